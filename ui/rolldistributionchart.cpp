// SPDX-License-Identifier: MIT
#include "rolldistributionchart.h"

#include "categorypalette.h"
#include "countaxis.h"
#include "playerstats.h"
#include "throttle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <climits>

namespace dnd {

RollDistributionChart::RollDistributionChart(QWidget *parent)
    : ChartWidget(tr("Roll distribution"), parent),
      m_titleThrottle(new Throttle(TitleIntervalMs, this))
{
    connect(m_titleThrottle, &Throttle::due, this, &RollDistributionChart::showPendingTitle);
    auto *bars = new QBarSeries;
    m_set = new QBarSet(tr("Rolls"));
    bars->append(m_set);
    m_expected = new QLineSeries;
    m_expected->setName(tr("Expected if fair"));
    chart()->addSeries(bars);
    chart()->addSeries(m_expected);
    chart()->legend()->show();
    chart()->legend()->setAlignment(Qt::AlignBottom);

    m_faces = new QBarCategoryAxis;
    m_counts = new QValueAxis;
    CountAxis::initialise(m_counts);
    chart()->addAxis(m_faces, Qt::AlignBottom);
    chart()->addAxis(m_counts, Qt::AlignLeft);
    bars->attachAxis(m_faces);
    bars->attachAxis(m_counts);
    // A line on a category axis puts point x = i on category i.
    m_expected->attachAxis(m_faces);
    m_expected->attachAxis(m_counts);
    applyColors();
    setPlayer(nullptr);
}

void RollDistributionChart::applyColors()
{
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidthF(2.0);
    pen.setStyle(Qt::DashLine);
    m_expected->setPen(pen);
    // The bars in the die's colour, as everywhere else.
    const QColor color = CategoryPalette::die(m_sides, CategoryPalette::isDark(palette()));
    m_set->setColor(color);
    m_set->setBorderColor(color);
    applyFaceLabels();
}

void RollDistributionChart::applyFaceLabels()
{
    // Qt Charts elides a label wider than its bar ("1 2 3 … …"): twenty
    // faces need a small font and the tab's full width (PlayerTab). The chart
    // theme resets fonts, so this follows it.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_faces->setLabelsFont(small);
}

void RollDistributionChart::setSides(int sides)
{
    if (sides > 0 && sides != m_sides) {
        m_sides = sides;
        applyColors();
    }
}

int RollDistributionChart::facesPerBar(int sides)
{
    // Up to 20 faces each get a bar whose number is readable at 1280 px;
    // a d100 gets ten bars of ten faces (1-10, 11-20, ...).
    return sides > 20 && sides % 10 == 0 ? 10 : 1;
}

void RollDistributionChart::setPlayer(const PlayerStats *player)
{
    const DieStats *die = player ? player->die(m_sides) : nullptr;
    const int perBar = facesPerBar(m_sides);
    const int bars = m_sides / perBar;
    QList<qreal> values(bars, 0.0);
    if (die) {
        for (int face = 0; face < m_sides && face < die->histogram.size(); ++face)
            values[face / perBar] += qreal(die->histogram.at(face));
    }
    if (m_shownSides != m_sides) {
        m_shownSides = m_sides;
        QStringList labels;
        for (int bar = 0; bar < bars; ++bar) {
            labels.append(perBar == 1 ? QString::number(bar + 1)
                                      : tr("%1–%2").arg(bar * perBar + 1).arg((bar + 1) * perBar));
        }
        m_faces->setCategories(labels);
        applyFaceLabels();
        if (m_set->count() > 0)
            m_set->remove(0, m_set->count());
        m_set->append(values);
    } else {
        for (int i = 0; i < values.size(); ++i) {
            if (m_set->at(i) != values.at(i))
                m_set->replace(i, values.at(i));
        }
    }
    const qreal expected = die ? qreal(die->count) / bars : 0.0;
    QList<QPointF> line;
    line.reserve(bars);
    for (int i = 0; i < bars; ++i)
        line.append(QPointF(i, expected));
    m_expected->replace(line);
    CountAxis::setMaximum(m_counts,
                          std::max(expected, *std::max_element(values.cbegin(), values.cend())));
    // Only a new count of the same die waits; another die, the first roll
    // or a reset shows at once.
    const bool now = m_titleSides != m_sides || m_titleHadRolls != (die != nullptr);
    m_titleSides = m_sides;
    m_titleHadRolls = die != nullptr;
    const int rolls = die ? int(std::min<quint64>(die->count, INT_MAX)) : 0; // the plural form
    setTitle(die ? tr("Roll distribution, d%1 (%2 roll(s))", nullptr, rolls)
                       .arg(m_sides)
                       .arg(QLocale().toString(die->count))
                 : tr("Roll distribution, d%1 (no rolls yet)").arg(m_sides),
             now);
}

void RollDistributionChart::setTitle(const QString &title, bool now)
{
    m_pendingTitle = title;
    if (now)
        showPendingTitle();
    else
        m_titleThrottle->request();
}

void RollDistributionChart::showPendingTitle()
{
    m_titleThrottle->cancel();
    if (chart()->title() == m_pendingTitle)
        return;
    m_titleThrottle->ran();
    chart()->setTitle(m_pendingTitle);
}

} // namespace dnd
