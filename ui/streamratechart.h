// SPDX-License-Identifier: MIT
#pragma once

#include "chartwidget.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>

class QLineSeries;
class QValueAxis;

namespace dnd {

// A live line chart over time for the Stream tab: counts (events/s, lag,
// lost) against "how long ago", newest at the right edge. The time axis
// reads in seconds, minutes or hours ago with evenly spaced whole ticks, so
// labels stay put while the lines move left; the value axis is a count
// axis (integer, evenly spaced ticks from 0).
//
// setLines() replaces each line's points in one call (QXYSeries::replace),
// adding or removing lines as needed; nothing is appended point by point.
class StreamRateChart : public ChartWidget
{
    Q_OBJECT
public:
    struct Line
    {
        QString key;           // stable identity across updates
        QString name;          // legend text
        QList<QPointF> points; // x: ms since the epoch, y: the value
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
    };

    StreamRateChart(const QString &title, const QString &valueTitle, QWidget *parent = nullptr);

    // Shows `lines` over the `spanMs` milliseconds up to nowMs.
    void setLines(const QList<Line> &lines, qint64 nowMs, qint64 spanMs);

    QLineSeries *series(const QString &key) const { return m_series.value(key); }
    QStringList keys() const;
    QValueAxis *timeAxis() const { return m_time; }
    QValueAxis *valueAxis() const { return m_value; }

private:
    void setTimeRange(qint64 spanMs);

    QValueAxis *m_time;
    QValueAxis *m_value;
    QHash<QString, QLineSeries *> m_series;
    QStringList m_order; // keys in legend order
    qint64 m_unitMs = 0; // of the time axis, as last set
};

} // namespace dnd
