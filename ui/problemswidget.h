// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "eventbatch.h"

class QIdentityProxyModel;
class QLabel;
class QListWidget;
class QTableView;

namespace dnd {

class ProblemsModel;
class StatisticsRefresher;
class TableCopy;

// The Problems dock's content: rejected messages, totals by reason and the
// full preview of the selected message (a plain-text label). With a part of
// the campaign chosen under Show:, it shows that part's rejected messages
// (as EventLogWidget does its events); they carry no game_id, so a game
// does not narrow them, and a note above the table says so.
class ProblemsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsWidget(StatisticsRefresher *model, QWidget *parent = nullptr);

    ProblemsModel *model() const { return m_model; } // the whole campaign
    ProblemsModel *scopedModel() const { return m_scopedModel; }
    ProblemsModel *shownModel() const; // one of the two
    QLabel *scopeNote() const { return m_scopeNote; }
    QTableView *view() const { return m_view; }
    QListWidget *totalsView() const { return m_totals; }
    QLabel *detailLabel() const { return m_detail; }
    TableCopy *copy() const { return m_copy; }

    quint64 count() const;
    // "Problems" or "Problems (N)": the dock title with its badge.
    QString title() const;

Q_SIGNALS:
    void countChanged(quint64 count);

private:
    void updateTotals();
    void showDetail();
    void followScope(const StatisticsRefresher *refresher);
    const RejectedMessage &rejectedAt(const QModelIndex &index) const; // of the view

    ProblemsModel *m_model = nullptr;
    ProblemsModel *m_scopedModel = nullptr;
    QIdentityProxyModel *m_shown = nullptr; // the view's model: one of the two
    QLabel *m_scopeNote = nullptr;
    QTableView *m_view = nullptr;
    QListWidget *m_totals = nullptr;
    QLabel *m_detail = nullptr;
    TableCopy *m_copy = nullptr;
};

} // namespace dnd
