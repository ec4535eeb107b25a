// SPDX-License-Identifier: MIT
#include "eventtypechart.h"

#include "playerstats.h"

#include <algorithm>

namespace dnd {

// Horizontal bars: the type names stand whole beside them (under vertical
// bars a third of a player tab's width cut them to "dice_…", "enco…").
EventTypeChart::EventTypeChart(QWidget *parent)
    : CountBarChart(tr("Events by type"), Qt::Horizontal, 0, parent)
{
    setCategoryColors(CategoryPalette::Kind::EventType);
}

QStringList EventTypeChart::standardTypes()
{
    return {QStringLiteral("dice_roll"), QStringLiteral("encounter"), QStringLiteral("spell_cast")};
}

void EventTypeChart::setPlayer(const PlayerStats *player)
{
    QStringList categories = standardTypes();
    if (player) {
        QStringList others;
        for (auto it = player->byType.cbegin(); it != player->byType.cend(); ++it) {
            if (!categories.contains(it.key()))
                others.append(it.key());
        }
        std::sort(others.begin(), others.end());
        categories += others;
    }
    // Horizontal bars are drawn bottom-up: the standard types read top down.
    std::reverse(categories.begin(), categories.end());
    QVector<qreal> values;
    values.reserve(categories.size());
    for (const QString &type : std::as_const(categories))
        values.append(player ? qreal(player->byType.value(type)) : 0.0);
    setValues(categories, values);
}

} // namespace dnd
