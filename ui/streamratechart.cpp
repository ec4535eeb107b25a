// SPDX-License-Identifier: MIT
#include "streamratechart.h"

#include "countaxis.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dnd {

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr int MaxTimeTicks = 6;

// Unit of the time axis for a span: seconds up to two minutes, minutes up
// to three hours, hours beyond.
qint64 unitFor(qint64 spanMs)
{
    if (spanMs <= 2 * MinuteMs)
        return SecondMs;
    if (spanMs <= 3 * HourMs)
        return MinuteMs;
    return HourMs;
}

// 1, 2, 5, 10, 15, 30, 60, ... units between ticks: at most MaxTimeTicks.
qint64 timeStep(qreal span)
{
    for (const qint64 step : {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1200, 3000}) {
        if (qreal(step) * MaxTimeTicks >= span)
            return step;
    }
    return qint64(std::ceil(span / MaxTimeTicks));
}

} // namespace

StreamRateChart::StreamRateChart(const QString &title, const QString &valueTitle, QWidget *parent)
    : ChartWidget(title, parent), m_time(new QValueAxis), m_value(new QValueAxis)
{
    // Newest at the right: "0" (now) on the right edge, older to the left.
    m_time->setReverse(true);
    m_time->setTickType(QValueAxis::TicksDynamic);
    m_time->setTickAnchor(0);
    m_time->setLabelFormat(QStringLiteral("%.0f"));
    m_time->setMinorTickCount(0);
    CountAxis::initialise(m_value);
    m_value->setTitleText(valueTitle);
    chart()->addAxis(m_time, Qt::AlignBottom);
    chart()->addAxis(m_value, Qt::AlignLeft);
    chart()->legend()->show();
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setTimeRange(10 * MinuteMs);
}

QStringList StreamRateChart::keys() const
{
    return m_order;
}

void StreamRateChart::setTimeRange(qint64 spanMs)
{
    const qint64 unit = unitFor(spanMs);
    const qreal span = std::max<qreal>(1, qreal(spanMs) / qreal(unit));
    const qint64 step = timeStep(span);
    const qreal top = qreal(step) * std::ceil(span / qreal(step));
    if (unit != m_unitMs) {
        m_unitMs = unit;
        m_time->setTitleText(unit == SecondMs   ? tr("seconds ago")
                             : unit == MinuteMs ? tr("minutes ago")
                                                : tr("hours ago"));
    }
    if (m_time->tickInterval() != qreal(step))
        m_time->setTickInterval(qreal(step));
    if (m_time->min() != 0 || m_time->max() != top)
        m_time->setRange(0, top);
}

void StreamRateChart::setLines(const QList<Line> &lines, qint64 nowMs, qint64 spanMs)
{
    setTimeRange(spanMs);
    const qreal unit = qreal(m_unitMs);
    QStringList order;
    qreal maximum = 0;
    for (const Line &line : lines) {
        order.append(line.key);
        QLineSeries *series = m_series.value(line.key);
        if (!series) {
            series = new QLineSeries(this);
            chart()->addSeries(series);
            series->attachAxis(m_time);
            series->attachAxis(m_value);
            m_series.insert(line.key, series);
        }
        if (series->name() != line.name)
            series->setName(line.name);
        QPen pen(line.color);
        pen.setWidthF(2);
        pen.setStyle(line.style);
        if (series->pen() != pen)
            series->setPen(pen);
        QList<QPointF> points;
        points.reserve(line.points.size());
        for (const QPointF &point : line.points) {
            points.append(QPointF(qreal(nowMs - qint64(point.x())) / unit, point.y()));
            maximum = std::max(maximum, point.y());
        }
        series->replace(points);
    }
    // Lines no longer given (partitions of a stream left behind) go.
    for (const QString &key : std::as_const(m_order)) {
        if (!order.contains(key)) {
            QLineSeries *series = m_series.take(key);
            chart()->removeSeries(series);
            delete series;
        }
    }
    m_order = order;
    CountAxis::setMaximum(m_value, maximum);
}

} // namespace dnd
