// SPDX-License-Identifier: MIT
#include "eventtypechart.h"

#include "playerstats.h"

#include <algorithm>

namespace dnd {

EventTypeChart::EventTypeChart(QWidget *parent)
    : CountBarChart(tr("Events by type"), Qt::Vertical, 0, parent)
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
    QVector<qreal> values;
    values.reserve(categories.size());
    for (const QString &type : std::as_const(categories))
        values.append(player ? qreal(player->byType.value(type)) : 0.0);
    setValues(categories, values);
}

} // namespace dnd
