// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace dnd {

class ProblemsModel;
class StatisticsRefresher;
class TableCopy;

// The Problems dock's content: rejected messages, totals by reason and the
// full preview of the selected message (a plain-text label).
class ProblemsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsWidget(StatisticsRefresher *model, QWidget *parent = nullptr);

    ProblemsModel *model() const { return m_model; }
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

    ProblemsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QListWidget *m_totals = nullptr;
    QLabel *m_detail = nullptr;
    TableCopy *m_copy = nullptr;
};

} // namespace dnd
