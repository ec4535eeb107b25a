// SPDX-License-Identifier: MIT
#include "streamtab.h"

#include "partitiontablemodel.h"
#include "streamratechart.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dnd {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor acceptedColor(bool dark)
{
    return dark ? QColor(0x6c, 0xa6, 0xe0) : QColor(0x1f, 0x5f, 0xb0);
}

QColor rejectedColor(bool dark)
{
    return dark ? QColor(0xff, 0xc8, 0x57) : QColor(0xc2, 0x7c, 0x00);
}

QColor lostColor(bool dark)
{
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x1e, 0x1e);
}

// One colour per partition, the same in every redraw.
QColor partitionColor(qint32 partition, bool dark)
{
    static const QColor light[] = {{0x4e, 0x79, 0xa7}, {0xf2, 0x8e, 0x2b}, {0x59, 0xa1, 0x4f},
                                   {0xb0, 0x7a, 0xa1}, {0x76, 0xb7, 0xb2}, {0x9c, 0x75, 0x5f}};
    const QColor &color = light[std::size_t(partition) % std::size(light)];
    return dark ? color.lighter(130) : color;
}

QList<QPointF> pointsOf(const MetricHistory &history, bool whole, qint64 fromMs)
{
    return whole ? history.session.points() : history.recent.points(fromMs);
}

} // namespace

StreamTab::StreamTab(QWidget *parent)
    : QWidget(parent), m_model(new PartitionTableModel(this)), m_view(new QTableView(this)),
      m_rates(new StreamRateChart(tr("Messages per second"), tr("messages/s"), this)),
      m_lag(new StreamRateChart(tr("Lag per partition and messages lost"), tr("messages"), this)),
      m_recent(new QRadioButton(tr("Last &10 minutes"), this)),
      m_session(new QRadioButton(tr("&Whole session"), this)), m_sampler(new QTimer(this))
{
    setObjectName(QStringLiteral("streamTab"));
    m_rates->setObjectName(QStringLiteral("streamRateChart"));
    m_lag->setObjectName(QStringLiteral("streamLagChart"));
    m_rates->setAccessibleName(tr("Messages per second"));
    m_lag->setAccessibleName(tr("Lag per partition and messages lost"));

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
    chartRow->addWidget(m_lag);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(charts);
    split->addWidget(m_view);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

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
    const bool dark = isDark(palette());

    m_rates->setLines({{QStringLiteral("accepted"), tr("events"),
                        pointsOf(m_history.accepted(), whole, fromMs), acceptedColor(dark)},
                       {QStringLiteral("rejected"), tr("rejected"),
                        pointsOf(m_history.rejected(), whole, fromMs), rejectedColor(dark)}},
                      nowMs, spanMs);

    QList<StreamRateChart::Line> lag;
    const QList<qint32> partitions = m_history.chartedPartitions();
    if (partitions.isEmpty() && !m_status.partitions.isEmpty()) {
        lag.append({QStringLiteral("lag"), tr("lag, all partitions"),
                    pointsOf(m_history.totalLag(), whole, fromMs), partitionColor(0, dark)});
    }
    for (const qint32 partition : partitions) {
        if (const MetricHistory *history = m_history.lag(partition)) {
            lag.append({QStringLiteral("lag %1").arg(partition), tr("partition %1").arg(partition),
                        pointsOf(*history, whole, fromMs), partitionColor(partition, dark)});
        }
    }
    lag.append({QStringLiteral("lost"), tr("lost"), pointsOf(m_history.lost(), whole, fromMs),
                lostColor(dark), Qt::DashLine});
    m_lag->setLines(lag, nowMs, spanMs);
}

void StreamTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    redraw(QDateTime::currentMSecsSinceEpoch());
}

} // namespace dnd
