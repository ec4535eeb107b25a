// SPDX-License-Identifier: MIT
#pragma once

#include "overviewchart.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dnd {

class PlayerTableModel;
class StatisticsRefresher;
class Throttle;

// The Overview tab: every player in a sortable, filterable table and a
// stacked bar chart comparing the top players' events by type. Double-click
// (or Enter) on a row emits playerActivated() so the window opens that tab.
class OverviewWidget : public QWidget
{
    Q_OBJECT
public:
    // The chart shows the players with the most events, at most this many.
    static constexpr int DefaultChartPlayers = 10;
    // With this many players or more, live refreshes of the table and chart
    // are coalesced to at most one per LargeRefreshIntervalMs: re-sorting
    // thousands of rows at the tracker's ~30 refreshes a second would take
    // most of the GUI thread. refresh() itself always runs at once.
    static constexpr int LargeTableRows = 2000;
    static constexpr int LargeRefreshIntervalMs = 250;

    explicit OverviewWidget(StatisticsRefresher *model, QWidget *parent = nullptr);
    ~OverviewWidget() override;

    PlayerTableModel *tableModel() const { return m_tableModel; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QChartView *chartView() const { return m_chartView; } // e.g. for PNG export
    QChart *chart() const;

    // What the chart shows now: players (categories, most events first) and
    // the event types (bar sets); for tests and export.
    QStringList chartedPlayers() const { return m_chartPlayers; }
    QStringList chartedTypes() const { return m_chartTypes; }
    // Count the chart shows for (player, type); 0 when not charted.
    double chartValue(const QString &player, const QString &type) const;

public Q_SLOTS:
    void refresh(); // re-reads the tracker's statistics
    void setFilterText(const QString &text);

Q_SIGNALS:
    void playerActivated(const QString &player);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh(); // on StatisticsRefresher::refreshed()
    void rebuildChart();
    void updateEmptyState();

    QPointer<StatisticsRefresher> m_tracker;
    Throttle *m_throttle = nullptr; // large tables: one refresh per LargeRefreshIntervalMs
    bool m_stale = false;           // refreshes skipped while hidden behind another tab
    PlayerTableModel *m_tableModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_emptyLabel = nullptr;
    OverviewChart *m_chartView = nullptr;
    QStringList m_chartPlayers;
    QStringList m_chartTypes;
    QVector<QVector<double>> m_chartValues; // [type][player]
};

} // namespace dnd
