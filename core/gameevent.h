// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>

namespace dnd {

// The three event types of the original producer get a fast path; anything
// else is kept by name in GameEvent::type and counted under that name.
enum class EventKind : quint8
{
    DiceRoll,
    Encounter,
    SpellCast,
    Other
};

inline constexpr qint64 NoTimestamp = std::numeric_limits<qint64>::min();

// One D&D event as decoded from (or encoded to) the wire. Strings are
// implicitly shared QStrings, so copying an event into a batch is cheap.
struct GameEvent
{
    QString player;
    EventKind kind = EventKind::Other;
    QString type;                     // event_type as on the wire, always set
    qint64 timestampUs = NoTimestamp; // UTC microseconds since epoch
    // dice_roll
    int dieSides = 0; // 4, 6, 8, 10, 12, 20, 100; 0 = not a roll
    int rollResult = 0;
    QString context; // attack_roll, saving_throw, skill_check, ...
    // encounter
    QString monster;
    QString location;
    int initiative = 0; // 0 = absent
    // spell_cast
    QString spell;
    QString target;
    QString effect;
    // optional on every event
    QString eventId;
    QString gameId;
    // Position in the Kafka stream; -1 when the event did not come from Kafka.
    // ConsumerWorker drops a redelivery by it; receivers never look again.
    qint32 partition = -1;
    qint64 offset = -1;

    bool operator==(const GameEvent &) const = default;
};

// Wire name of a kind ("dice_roll", ...); for Other, GameEvent::type.
QString eventKindName(EventKind kind);
EventKind eventKindFromName(const QString &name);

// Microseconds since epoch <-> ISO 8601. Parsing accepts Python's
// datetime.utcnow().isoformat() (no zone, microseconds: taken as UTC),
// a trailing Z and numeric offsets. Returns NoTimestamp on failure.
qint64 parseIsoTimestampUs(QStringView text);
qint64 parseIsoTimestampUs(QLatin1StringView text); // e.g. UTF-8 bytes seen as Latin-1
QString formatIsoTimestampUs(qint64 us);            // 2025-02-24T20:30:00.123456Z

} // namespace dnd

Q_DECLARE_METATYPE(dnd::GameEvent)
