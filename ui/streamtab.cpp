// SPDX-License-Identifier: MIT
#include "streamtab.h"

#include "categorypalette.h"
#include "partitiontablemodel.h"
#include "streamratechart.h"
#include "tablefit.h"

#include <QButtonGroup>
#include <QChart>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dnd {

namespace {

QList<QPointF> pointsOf(const MetricHistory &history, bool whole, qint64 fromMs)
{
    return whole ? history.session.points() : history.recent.points(fromMs);
}

} // namespace

StreamTab::StreamTab(QWidget *parent)
    : QWidget(parent), m_model(new PartitionTableModel(this)), m_view(new QTableView(this)),
      m_rates(new StreamRateChart(tr("Messages per second"), tr("messages/s"), this)),
      m_lag(new StreamRateChart(tr("Lag per partition"), tr("messages"), this)),
      m_lost(new StreamRateChart(tr("Messages lost"), tr("messages"), this)),
      m_recent(new QRadioButton(tr("Last &10 minutes"), this)),
      m_session(new QRadioButton(tr("&Whole session"), this)), m_sampler(new QTimer(this))
{
    setObjectName(QStringLiteral("streamTab"));
    m_rates->setObjectName(QStringLiteral("streamRateChart"));
    m_lag->setObjectName(QStringLiteral("streamLagChart"));
    m_lost->setObjectName(QStringLiteral("streamLostChart"));
    m_rates->setAccessibleName(tr("Messages per second"));
    m_lag->setAccessibleName(tr("Lag per partition"));
    m_lost->setAccessibleName(tr("Messages lost"));
    // One line, named by the chart's title: no legend to take its height,
    // and a third of the column (the lag's time axis is just above).
    m_lost->chart()->legend()->hide();
    m_lost->setMinimumHeight(150);

    m_recent->setChecked(true);
    auto *range = new QButtonGroup(this);
    range->addButton(m_recent);
    range->addButton(m_session);
    connect(m_session, &QRadioButton::toggled, this, &StreamTab::setShowWholeSession);
    auto *rangeLabel = new QLabel(tr("Show:"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(rangeLabel);
    top->addWidget(m_recent);
    top->addWidget(m_session);
    top->addStretch(1);

    m_view->setObjectName(QStringLiteral("partitionTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Partitions"));

    auto *charts = new QWidget(this);
    auto *chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_rates);
    // Lost messages in a chart of their own under the lag: on the lag's
    // axis their line lay on top of the partitions' (both mostly 0).
    auto *lagColumn = new QVBoxLayout;
    lagColumn->addWidget(m_lag, 2);
    lagColumn->addWidget(m_lost, 1);
    chartRow->addLayout(lagColumn);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(charts);
    split->addWidget(m_view);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    // The table as tall as its partitions need (half the tab at most), the
    // charts the rest.
    new TableFitSplitter(split, m_view);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    m_sampler->setInterval(StreamHistory::SampleIntervalMs);
    connect(m_sampler, &QTimer::timeout, this,
            [this] { recordSample(QDateTime::currentMSecsSinceEpoch()); });
    m_sampler->start();
}

bool StreamTab::showsWholeSession() const
{
    return m_session->isChecked();
}

void StreamTab::setConsumerStatus(const ConsumerStatus &status)
{
    m_status = status;
    // A few times a second at most: the consumer reports no faster.
    m_model->setPartitions(status.partitions);
}

void StreamTab::setShowWholeSession(bool whole)
{
    if (m_session->isChecked() != whole)
        (whole ? m_session : m_recent)->setChecked(true);
    if (isVisible())
        redraw(QDateTime::currentMSecsSinceEpoch());
}

void StreamTab::recordSample(qint64 nowMs)
{
    m_history.record(nowMs, m_status);
    if (isVisible())
        redraw(nowMs);
}

void StreamTab::redraw(qint64 nowMs)
{
    const bool whole = showsWholeSession();
    constexpr qint64 MinuteMs = 60 * 1000;
    const qint64 sessionMs = m_history.isEmpty() ? 0 : nowMs - m_history.firstSampleMs();
    const qint64 spanMs = whole ? std::max(sessionMs, MinuteMs) : StreamHistory::RecentMs;
    const qint64 fromMs = nowMs - spanMs;
    const bool dark = CategoryPalette::isDark(palette());

    m_rates->setLines(
        {{QStringLiteral("accepted"), tr("events"), pointsOf(m_history.accepted(), whole, fromMs),
          CategoryPalette::streamMeasure(QStringLiteral("accepted"), dark)},
         {QStringLiteral("rejected"), tr("rejected"), pointsOf(m_history.rejected(), whole, fromMs),
          CategoryPalette::streamMeasure(QStringLiteral("rejected"), dark)}},
        nowMs, spanMs);

    QList<StreamRateChart::Line> lag;
    const QList<qint32> partitions = m_history.chartedPartitions();
    if (partitions.isEmpty() && !m_status.partitions.isEmpty()) {
        lag.append({QStringLiteral("lag"), tr("lag, all partitions"),
                    pointsOf(m_history.totalLag(), whole, fromMs), CategoryPalette::other(dark)});
    }
    for (const qint32 partition : partitions) {
        if (const MetricHistory *history = m_history.lag(partition)) {
            lag.append({QStringLiteral("lag %1").arg(partition), tr("partition %1").arg(partition),
                        pointsOf(*history, whole, fromMs),
                        CategoryPalette::partition(partition, dark)});
        }
    }
    m_lag->setLines(lag, nowMs, spanMs);
    m_lost->setLines(
        {{QStringLiteral("lost"), tr("lost"), pointsOf(m_history.lost(), whole, fromMs),
          CategoryPalette::streamMeasure(QStringLiteral("lost"), dark)}},
        nowMs, spanMs);
}

void StreamTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    redraw(QDateTime::currentMSecsSinceEpoch());
}

} // namespace dnd
