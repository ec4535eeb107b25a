// SPDX-License-Identifier: MIT
// Hand-made events and batches for the statistics tests.
#pragma once

#include "statistics.h"

#include <QString>

namespace dnd::testing {

using namespace Qt::StringLiterals;

inline GameEvent makeEvent(const QString &player, EventKind kind, const QString &type)
{
    GameEvent e;
    e.player = player;
    e.kind = kind;
    e.type = type;
    return e;
}

inline GameEvent roll(const QString &player, int sides, int result, const QString &context = {},
                      qint64 timestampUs = NoTimestamp)
{
    GameEvent e = makeEvent(player, EventKind::DiceRoll, u"dice_roll"_s);
    e.dieSides = sides;
    e.rollResult = result;
    e.context = context;
    e.timestampUs = timestampUs;
    return e;
}

inline GameEvent encounter(const QString &player, const QString &monster, const QString &location)
{
    GameEvent e = makeEvent(player, EventKind::Encounter, u"encounter"_s);
    e.monster = monster;
    e.location = location;
    e.initiative = 12;
    return e;
}

inline GameEvent spell(const QString &player, const QString &name, const QString &target,
                       const QString &effect)
{
    GameEvent e = makeEvent(player, EventKind::SpellCast, u"spell_cast"_s);
    e.spell = name;
    e.target = target;
    e.effect = effect;
    return e;
}

inline GameEvent at(GameEvent e, qint32 partition, qint64 offset)
{
    e.partition = partition;
    e.offset = offset;
    return e;
}

inline RejectedMessage reject(RejectReason reason, qint32 partition, qint64 offset)
{
    RejectedMessage r;
    r.reason = reason;
    r.partition = partition;
    r.offset = offset;
    r.message = u"test"_s;
    return r;
}

// d20 rolls of Stravos at offsets [first, first + count) of one partition.
inline EventBatch rollBatch(qint32 partition, qint64 first, int count)
{
    EventBatch batch;
    for (int i = 0; i < count; ++i)
        batch.events.append(at(roll(u"Stravos"_s, 20, 10), partition, first + i));
    batch.ranges.append({partition, first, first + count - 1});
    return batch;
}

} // namespace dnd::testing
