// SPDX-License-Identifier: MIT
#include "historytrendchart.h"

#include "historymodel.h"
#include "inerttext.h"

#include <QChart>
#include <QHash>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dnd {

HistoryTrendChart::HistoryTrendChart(QWidget *parent)
    : ChartWidget(tr("Average d20 per session"), parent), m_fair(new QLineSeries),
      m_x(new QValueAxis), m_y(new QValueAxis)
{
    m_fair->setName(tr("Fair die 10.5"));
    chart()->addSeries(m_fair);
    chart()->legend()->show();
    chart()->legend()->setAlignment(Qt::AlignRight);
    m_x->setLabelFormat(QStringLiteral("%.0f")); // "%d" draws nothing with localised numbers
    m_x->setTitleText(tr("Session"));
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(1);
    m_x->setTickInterval(1);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTickInterval(2);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_fair->attachAxis(m_x);
    m_fair->attachAxis(m_y);
    m_x->setRange(0.6, 2.4);
    m_y->setRange(8, 13);
    applyColors();
}

void HistoryTrendChart::applyColors()
{
    QPen pen = m_fair->pen();
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    pen.setColor(palette().color(QPalette::PlaceholderText));
    m_fair->setPen(pen);
}

void HistoryTrendChart::setHistory(const HistoryModel &model)
{
    // The most active players (by d20 rolls over all sessions) get a line.
    QHash<QString, quint64> rolls;
    for (const SessionPlayerRow &row : model.rows())
        rolls[row.player] += row.d20Rolls;
    QStringList players;
    for (auto it = rolls.cbegin(); it != rolls.cend(); ++it) {
        if (it.value() > 0)
            players.append(it.key());
    }
    std::sort(players.begin(), players.end(), [&rolls](const QString &a, const QString &b) {
        const quint64 ra = rolls.value(a);
        const quint64 rb = rolls.value(b);
        return ra != rb ? ra > rb : a.compare(b, Qt::CaseInsensitive) < 0;
    });
    if (players.size() > MaxPlayers)
        players.resize(MaxPlayers);
    std::sort(players.begin(), players.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });

    QHash<QString, QList<QPointF>> points;
    double low = 10.5;
    double high = 10.5;
    for (int i = 0; i < model.rows().size(); ++i) {
        const SessionPlayerRow &row = model.rows()[i];
        const double average = row.averageD20();
        if (std::isnan(average) || !players.contains(row.player))
            continue;
        points[row.player].append(QPointF(model.sessionOfRow(i).number, average));
        low = std::min(low, average);
        high = std::max(high, average);
    }

    // One series per player, reused while the players stay the same (the
    // colours stay put), rebuilt when they change.
    const bool samePlayers = players == this->players();
    if (!samePlayers) {
        for (QLineSeries *line : std::as_const(m_lines)) {
            chart()->removeSeries(line);
            delete line;
        }
        m_lines.clear();
        for (const QString &player : std::as_const(players)) {
            auto *line = new QLineSeries;
            line->setName(InertText::escaped(player));
            line->setProperty("player", player);
            line->setPointsVisible(true);
            chart()->addSeries(line);
            line->attachAxis(m_x);
            line->attachAxis(m_y);
            m_lines.append(line);
        }
    }
    for (QLineSeries *line : std::as_const(m_lines))
        line->replace(points.value(line->property("player").toString()));

    const int sessions = std::max<int>(2, int(model.outline().sessions.size()));
    // Half a session either side, so the first and last points are whole.
    m_x->setRange(0.6, sessions + 0.4);
    // Whole numbers around the data, at least 8..13 so small wobbles do not
    // look dramatic, never beyond the die's 1..20.
    m_y->setRange(std::max(1.0, std::min(8.0, std::floor(low - 0.5))),
                  std::min(20.0, std::max(13.0, std::ceil(high + 0.5))));
    m_fair->replace({QPointF(1, 10.5), QPointF(sessions, 10.5)});
}

QStringList HistoryTrendChart::players() const
{
    QStringList names;
    for (const QLineSeries *line : m_lines)
        names.append(line->property("player").toString());
    return names;
}

QVector<QPointF> HistoryTrendChart::pointsOf(const QString &player) const
{
    for (const QLineSeries *line : m_lines) {
        if (line->property("player").toString() == player)
            return line->points();
    }
    return {};
}

} // namespace dnd
