// SPDX-License-Identifier: MIT
#include "recentrollschart.h"

#include "playerstats.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace dnd {

RecentRollsChart::RecentRollsChart(QWidget *parent)
    : ChartWidget(tr("Last 100 d20 rolls"), parent), m_rolls(new QScatterSeries),
      m_average(new QLineSeries), m_fairMean(new QLineSeries), m_x(new QValueAxis),
      m_y(new QValueAxis)
{
    m_rolls->setName(tr("Roll"));
    m_rolls->setMarkerSize(6);
    m_average->setName(tr("Running average"));
    m_fairMean->setName(tr("Fair mean 10.5"));
    chart()->addSeries(m_fairMean);
    chart()->addSeries(m_rolls);
    chart()->addSeries(m_average);
    chart()->legend()->show();
    chart()->legend()->setAlignment(Qt::AlignBottom);

    m_x->setRange(1, RecentRolls::Capacity);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_x->setTickCount(5);
    m_y->setRange(0, 20);
    m_y->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%d"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_rolls), static_cast<QXYSeries *>(m_average),
          static_cast<QXYSeries *>(m_fairMean)}) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_fairMean->replace({QPointF(1, 10.5), QPointF(RecentRolls::Capacity, 10.5)});
    applyColors();
}

void RecentRollsChart::applyColors()
{
    QPen fair(palette().color(QPalette::PlaceholderText));
    fair.setStyle(Qt::DashLine);
    m_fairMean->setPen(fair);
    QPen average(palette().color(QPalette::Highlight));
    average.setWidthF(2.5);
    m_average->setPen(average);
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
