// SPDX-License-Identifier: MIT
#pragma once

#include "campaignfilter.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace dnd {

class HistoryModel;
class HistoryTrendChart;

// The History view: the trend of every player's average d20 across play
// sessions above a table per player and session. Shows what the archive
// answers (setHistory); without an archive it says so.
class HistoryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWidget(QWidget *parent = nullptr);

    void setHistory(const CampaignOutline &outline, const QVector<SessionPlayerRow> &rows);
    // No archive (--no-archive, or it failed): a page that says why.
    void setUnavailable(const QString &reason);

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    HistoryTrendChart *trendChart() const { return m_chart; }
    bool isShowingTable() const;

private:
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    HistoryTrendChart *m_chart;
    QStackedWidget *m_stack;
    QLabel *m_empty;
};

} // namespace dnd
