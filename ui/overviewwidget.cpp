// SPDX-License-Identifier: MIT
#include "overviewwidget.h"

#include "inerttext.h"

#include "countaxis.h"
#include "overviewchart.h"

#include "chartdescription.h"
#include "playertablemodel.h"
#include "statisticsrefresher.h"
#include "tablefit.h"
#include "throttle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace dnd {

namespace {

// More types than this are summed into one "other types" bar set so the
// legend stays readable when a stream invents many event types.
constexpr int MaxChartTypes = 6;
constexpr int FilterDebounceMs = 150;

} // namespace

OverviewWidget::OverviewWidget(StatisticsRefresher *model, QWidget *parent)
    : QWidget(parent), m_tracker(model)
{
    m_tableModel = new PlayerTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_tableModel);
    m_proxy->setSortRole(PlayerTableModel::SortRole);
    m_proxy->setFilterKeyColumn(PlayerTableModel::PlayerColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter players"));
    m_filter->setClearButtonEnabled(true);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(FilterDebounceMs);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { setFilterText(m_filter->text()); });

    m_emptyLabel = new QLabel(
        tr("No players yet. Start a simulated game in the Simulator panel, or connect to a "
           "topic that carries D&D events."),
        this);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PlayerTableModel::EventsColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Fixed row heights and no resize-to-contents: both would touch every
    // row, which does not scale to thousands of players.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString name = index.data(PlayerTableModel::PlayerNameRole).toString();
        if (!name.isEmpty())
            Q_EMIT playerActivated(name);
    });

    // A ChartWidget: dark with the dark theme, colours by event type.
    m_chartView = new OverviewChart(tr("Events by type, players with the most events"), this);
    QChart *chart = m_chartView->chart();
    auto *axisX = new QBarCategoryAxis(chart);
    auto *axisY = new QValueAxis(chart);
    CountAxis::initialise(axisY);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_emptyLabel);
    topLayout->addWidget(m_view);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_chartView);
    // The chart gets what the table's rows do not need (at least three rows,
    // at most half the height), until the user drags the handle.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    new TableFitSplitter(splitter, m_view);
    // Whole numbers and times from the start ("Last seen" was cut), without
    // measuring every row.
    const QLocale locale;
    const QString count = locale.toString(99999);
    fitColumnsToSamples(m_view, {QStringLiteral("Stravos the Bold"), count, count, count, count,
                                 locale.toString(20.0, 'f', 2), count, count,
                                 QStringLiteral("2026-12-05 13:45:12")});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_throttle = new Throttle(LargeRefreshIntervalMs, this);
    connect(m_throttle, &Throttle::due, this, &OverviewWidget::refresh);
    if (model) {
        connect(model, &StatisticsRefresher::refreshed, this, &OverviewWidget::scheduleRefresh);
        connect(model, &StatisticsRefresher::wasReset, this, &OverviewWidget::refresh);
    }
    refresh();
}

OverviewWidget::~OverviewWidget() = default;

QChart *OverviewWidget::chart() const
{
    return m_chartView->chart();
}

double OverviewWidget::chartValue(const QString &player, const QString &type) const
{
    const qsizetype p = m_chartPlayers.indexOf(player);
    const qsizetype t = m_chartTypes.indexOf(type);
    if (p < 0 || t < 0)
        return 0;
    return m_chartValues.at(t).at(p);
}

void OverviewWidget::setFilterText(const QString &text)
{
    if (m_filter->text() != text) {
        const QSignalBlocker blocker(m_filter);
        m_filter->setText(text);
    }
    m_proxy->setFilterFixedString(text.trimmed());
}

void OverviewWidget::scheduleRefresh()
{
    // Behind a player tab nobody sees the table or the chart, and rebuilding
    // the chart (series, axes, a chart layout that measures every label)
    // was the largest single cost of a refresh. Catch up when shown. A
    // widget that was never shown (tests, export) keeps refreshing.
    if (!isVisible() && window()->isVisible()) {
        m_throttle->cancel();
        m_stale = true;
        return;
    }
    if (m_tableModel->rowCount() < LargeTableRows)
        refresh();
    else
        m_throttle->request();
}

void OverviewWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OverviewWidget::refresh()
{
    m_stale = false;
    m_throttle->ran();
    if (m_tracker) {
        m_tableModel->refresh(m_tracker->statistics());
        if (m_tracker->statistics().players().isEmpty())
            m_tableModel->clear();
    } else {
        m_tableModel->clear();
    }
    updateEmptyState();
    rebuildChart();
}

void OverviewWidget::updateEmptyState()
{
    m_emptyLabel->setVisible(m_tableModel->rowCount() == 0);
}

void OverviewWidget::rebuildChart()
{
    QStringList players;
    QStringList types;
    QVector<QVector<double>> values;
    bool lumpRest = false; // the last type is "other types"
    if (m_tracker) {
        const auto &all = m_tracker->statistics().players();
        QVector<const PlayerStats *> ranked;
        ranked.reserve(all.size());
        for (const PlayerStats &p : all)
            ranked.append(&p);
        const auto byEvents = [](const PlayerStats *a, const PlayerStats *b) {
            return a->events != b->events ? a->events > b->events : a->name < b->name;
        };
        const qsizetype shown = std::min<qsizetype>(DefaultChartPlayers, ranked.size());
        std::partial_sort(ranked.begin(), ranked.begin() + shown, ranked.end(), byEvents);
        ranked.resize(shown);

        // Types ordered by their total over the charted players.
        CountMap typeTotals;
        for (const PlayerStats *p : std::as_const(ranked)) {
            players.append(p->name);
            for (auto it = p->byType.cbegin(); it != p->byType.cend(); ++it)
                typeTotals[it.key()] += it.value();
        }
        QStringList allTypes = typeTotals.keys();
        std::sort(allTypes.begin(), allTypes.end(), [&](const QString &a, const QString &b) {
            const quint64 ca = typeTotals.value(a);
            const quint64 cb = typeTotals.value(b);
            return ca != cb ? ca > cb : a < b;
        });
        lumpRest = allTypes.size() > MaxChartTypes;
        types = allTypes.mid(0, lumpRest ? MaxChartTypes - 1 : allTypes.size());
        const QString otherLabel = tr("other types");
        if (lumpRest)
            types.append(otherLabel);
        values.fill(QVector<double>(players.size(), 0.0), types.size());
        for (qsizetype pi = 0; pi < ranked.size(); ++pi) {
            const PlayerStats *p = ranked.at(pi);
            for (auto it = p->byType.cbegin(); it != p->byType.cend(); ++it) {
                qsizetype ti = types.indexOf(it.key());
                if (ti < 0 || (lumpRest && ti == types.size() - 1))
                    ti = types.size() - 1;
                values[ti][pi] += double(it.value());
            }
        }
    }

    if (players == m_chartPlayers && types == m_chartTypes && values == m_chartValues &&
        !chart()->series().isEmpty())
        return; // nothing changed: no relayout
    m_chartPlayers = players;
    m_chartTypes = types;
    m_chartValues = values;

    // The series is replaced as a whole (one relayout), never updated value by value.
    QChart *chart = this->chart();
    chart->removeAllSeries();
    auto *series = new QStackedBarSeries;
    double maxTotal = 0;
    QVector<double> totals(players.size(), 0.0);
    for (qsizetype ti = 0; ti < types.size(); ++ti) {
        // Chart labels are rendered as HTML by Qt Charts; names come from the
        // wire, so they are escaped to show literally.
        auto *set = new QBarSet(InertText::escaped(types.at(ti)).toHtmlEscaped());
        // The colour follows the type, never its rank (CategoryPalette).
        const bool lumped = lumpRest && ti == types.size() - 1;
        set->setProperty(OverviewChart::EventTypeProperty, lumped ? QString() : types.at(ti));
        QList<qreal> row;
        row.reserve(players.size());
        for (qsizetype pi = 0; pi < players.size(); ++pi) {
            row.append(values.at(ti).at(pi));
            totals[pi] += values.at(ti).at(pi);
        }
        set->append(row);
        series->append(set);
    }
    for (double total : std::as_const(totals))
        maxTotal = std::max(maxTotal, total);
    chart->addSeries(series);
    m_chartView->applySetColors();
    const auto axesX = chart->axes(Qt::Horizontal);
    const auto axesY = chart->axes(Qt::Vertical);
    if (auto *axisX = qobject_cast<QBarCategoryAxis *>(axesX.value(0))) {
        QStringList categories;
        categories.reserve(players.size());
        for (const QString &name : std::as_const(players))
            categories.append(InertText::escaped(name).toHtmlEscaped());
        // setCategories({}) keeps the old names drawn: clear() after a reset.
        if (categories.isEmpty())
            axisX->clear();
        else
            axisX->setCategories(categories);
        axisX->setVisible(!categories.isEmpty()); // clear() leaves the old labels drawn
        series->attachAxis(axisX);
    }
    if (auto *axisY = qobject_cast<QValueAxis *>(axesY.value(0))) {
        CountAxis::setMaximum(axisY, maxTotal);
        series->attachAxis(axisY);
    }
    updateChartAccessibility(m_chartView);
}

} // namespace dnd
