// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dnd {

class EventLogModel;
class TableCopy;
class StatisticsRefresher;

// The Event log dock's content: recent events with a player filter, a type
// filter and a follow-tail toggle (on: the view keeps the newest row visible).
// With a part of the campaign chosen under Show: (the refresher's scope), it
// shows that part's rows once the archive answered: a model of its own,
// while the whole campaign's model goes on following every batch, so going
// back to the whole campaign shows it at once.
class EventLogWidget : public QWidget
{
    Q_OBJECT
public:
    // New rows repaint on the tracker's next refresh, or after this long
    // (one frame at the tracker's ~30 refreshes a second).
    static constexpr int RepaintAtLeastMs = 33;

    explicit EventLogWidget(StatisticsRefresher *model, QWidget *parent = nullptr);

    EventLogModel *model() const { return m_model; } // the whole campaign
    EventLogModel *scopedModel() const { return m_scopedModel; }
    EventLogModel *shownModel() const;     // one of the two
    QAbstractItemModel *viewModel() const; // what the view shows (filtered)
    QTableView *view() const { return m_view; }
    QLineEdit *playerFilterEdit() const { return m_playerFilter; }
    QComboBox *typeFilterCombo() const { return m_typeFilter; }
    QCheckBox *followTailCheckBox() const { return m_followTail; }
    TableCopy *copy() const { return m_copy; }

    bool followTail() const;

public Q_SLOTS:
    void setPlayerFilter(const QString &text); // case-insensitive substring; empty = all
    void setTypeFilter(const QString &type);   // exact type; empty = all
    void setFollowTail(bool follow);

private:
    void scrollToTailIfFollowing();
    void followScope(const StatisticsRefresher *refresher);

    EventLogModel *m_model = nullptr;
    EventLogModel *m_scopedModel = nullptr;
    QSortFilterProxyModel *m_playerProxy = nullptr;
    QSortFilterProxyModel *m_typeProxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_playerFilter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QCheckBox *m_followTail = nullptr;
    TableCopy *m_copy = nullptr;
};

} // namespace dnd
