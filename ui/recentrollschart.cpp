// SPDX-License-Identifier: MIT
#include "recentrollschart.h"

#include "categorypalette.h"
#include "playerstats.h"

#include <QChart>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dnd {

namespace {
constexpr qreal MarkerSize = 6;
} // namespace

RecentRollsChart::RecentRollsChart(QWidget *parent)
    : ChartWidget(tr("Last 100 d20 rolls"), parent), m_rolls(new QScatterSeries),
      m_average(new QLineSeries), m_fairMean(new QLineSeries), m_x(new QValueAxis),
      m_y(new QValueAxis)
{
    // Short legend names: in a third of the tab at 1280x800 the legend
    // gives each entry a third of the chart's width and cut "Running
    // average" and "Fair mean 10.5" to "Running av…" and "Fair mean 1…".
    // "Fair die 10.5" as in the History tab's chart.
    m_rolls->setName(tr("Roll"));
    m_rolls->setMarkerSize(MarkerSize);
    m_average->setName(tr("Average"));
    m_fairMean->setName(tr("Fair die 10.5"));
    chart()->addSeries(m_fairMean);
    chart()->addSeries(m_rolls);
    chart()->addSeries(m_average);
    chart()->legend()->show();
    chart()->legend()->setAlignment(Qt::AlignBottom);

    // 0..100 so that the ticks fall on 0, 25, 50, 75, 100 (from 1 they
    // read "1 26 51 75 100"); the first roll is at 1.
    m_x->setRange(0, RecentRolls::Capacity);
    // "%.0f": with localised numbers (ChartWidget) Qt 6.4 draws no label
    // for a "%d" format.
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_x->setTickCount(5);
    m_y->setRange(0, 20);
    m_y->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_rolls), static_cast<QXYSeries *>(m_average),
          static_cast<QXYSeries *>(m_fairMean)}) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_fairMean->replace({QPointF(0, 10.5), QPointF(RecentRolls::Capacity, 10.5)});
    applyColors();
}

void RecentRollsChart::applyColors()
{
    // The roll markers are drawn from one pre-rendered image ("light
    // marker") instead of as 100 antialiased ellipse items, every one of
    // which was rasterised again on each refresh (the largest part of this
    // chart's paint). The image is the theme's marker, its brush and border
    // pen, placed as Qt Charts places an ellipse item: the item's bounding
    // rectangle (the ellipse plus half a pen width) is centred on the point,
    // which puts the ellipse half a pen width up and left of it. The image
    // is centred on the point, so it reaches a whole pen width beyond the
    // ellipse on each side and is drawn at that size.
    if (m_rolls->markerSize() != MarkerSize || !m_rolls->lightMarker().isNull()) {
        m_rolls->setLightMarker(QImage());
        m_rolls->setMarkerSize(MarkerSize);
    }
    if (!m_colorPlayer.isEmpty()) {
        const QColor color =
            CategoryPalette::player(m_colorPlayer, CategoryPalette::isDark(palette()));
        m_rolls->setColor(color);
        m_rolls->setBorderColor(color.darker(130));
    }
    const QPen border = m_rolls->pen();
    const qreal penWidth = border.style() == Qt::NoPen ? 0.0 : std::max(1.0, border.widthF());
    const qreal size = MarkerSize + 2 * penWidth;
    const qreal ratio = devicePixelRatioF();
    QImage marker(QSize(int(std::ceil(size * ratio)), int(std::ceil(size * ratio))),
                  QImage::Format_ARGB32_Premultiplied);
    marker.setDevicePixelRatio(ratio);
    marker.fill(Qt::transparent);
    {
        QPainter painter(&marker);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(border);
        painter.setBrush(m_rolls->brush());
        painter.drawEllipse(QRectF(penWidth / 2, penWidth / 2, MarkerSize, MarkerSize));
    }
    m_rolls->setMarkerSize(size);
    m_rolls->setLightMarker(marker);

    QPen fair(palette().color(QPalette::PlaceholderText));
    fair.setStyle(Qt::DashLine);
    m_fairMean->setPen(fair);
    QPen average(palette().color(QPalette::Highlight));
    average.setWidthF(2.5);
    m_average->setPen(average);
}

void RecentRollsChart::setPlayerColor(const QString &player)
{
    m_colorPlayer = player;
    applyColors();
}

void RecentRollsChart::setPlayer(const PlayerStats *player)
{
    const QVector<int> rolls = player ? player->recentD20.values() : QVector<int>();
    QList<QPointF> points;
    QList<QPointF> average;
    points.reserve(rolls.size());
    average.reserve(rolls.size());
    double sum = 0;
    for (int i = 0; i < rolls.size(); ++i) {
        sum += rolls.at(i);
        points.append(QPointF(i + 1, rolls.at(i)));
        average.append(QPointF(i + 1, sum / (i + 1)));
    }
    // One replace() per series and refresh, never append per point.
    m_rolls->replace(points);
    m_average->replace(average);
}

} // namespace dnd
