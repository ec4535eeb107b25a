// SPDX-License-Identifier: MIT
#pragma once

#include "countbarchart.h"

namespace dnd {

struct PlayerStats;

// Events of one player by type: the bar chart of the original consumer. The
// three standard types always have a bar (zero included), other type names
// follow alphabetically.
class EventTypeChart : public CountBarChart
{
    Q_OBJECT
public:
    explicit EventTypeChart(QWidget *parent = nullptr);

    void setPlayer(const PlayerStats *player); // nullptr = no events yet
    static QStringList standardTypes();        // dice_roll, encounter, spell_cast
};

} // namespace dnd
