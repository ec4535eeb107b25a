// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <array>

class QJsonObject;

namespace dnd {

// Field names of the wire format (DESIGN.md); the original Python consumer
// looks these up, so they never change.
namespace WireField {
using namespace Qt::StringLiterals;
inline constexpr auto Player = "player"_L1;
inline constexpr auto EventType = "event_type"_L1;
inline constexpr auto Timestamp = "timestamp"_L1;
inline constexpr auto DiceType = "dice_type"_L1;
inline constexpr auto RollResult = "roll_result"_L1;
inline constexpr auto Context = "context"_L1;
inline constexpr auto MonsterType = "monster_type"_L1;
inline constexpr auto Location = "location"_L1;
inline constexpr auto InitiativeOrder = "initiative_order"_L1;
inline constexpr auto SpellName = "spell_name"_L1;
inline constexpr auto Target = "target"_L1;
inline constexpr auto Effect = "effect"_L1;
inline constexpr auto EventId = "event_id"_L1;
inline constexpr auto GameId = "game_id"_L1;
} // namespace WireField

// The wire fields the tracker reads, as indexes into EventFields.
enum class FieldId : quint8
{
    Player,
    EventType,
    Timestamp,
    DiceType,
    RollResult,
    Context,
    MonsterType,
    Location,
    InitiativeOrder,
    SpellName,
    Target,
    Effect,
    EventId,
    GameId,
};
inline constexpr int FieldCount = int(FieldId::GameId) + 1;

QLatin1StringView fieldName(FieldId id);
// The field a JSON key names, or -1 for a key the tracker ignores.
int fieldIndexOfKey(QByteArrayView utf8Key);

// QString::fromUtf8, except that a leading byte order mark is kept (as Qt
// JSON keeps it) instead of dropped: the validator must see it to refuse it.
QString stringFromUtf8(QByteArrayView utf8);

// One field's JSON value, as either JSON reader found it. Validation
// (eventvalidator.h) works on these, so both readers give the same results
// and the same reject messages.
struct FieldValue
{
    enum class Type : quint8
    {
        Absent,
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    Type type = Type::Absent;
    // Type::String: Qt JSON gives text; the fast reader gives utf8, a view
    // of the message (valid while it is decoded), so a value that is only
    // compared or parsed (event_type, dice_type, timestamp) is never copied
    // into a QString.
    QString text;
    QByteArrayView utf8;
    double number = 0;  // Type::Number
    qint64 integer = 0; // Type::Number: the value as QJsonValue::toInteger() gives it

    // JSON null counts as absent: producers often write null for "not set".
    bool isAbsent() const { return type == Type::Absent || type == Type::Null; }
    bool hasUtf8() const { return utf8.data() != nullptr; }
    QString string() const { return hasUtf8() ? stringFromUtf8(utf8) : text; }
    bool isEmptyString() const { return hasUtf8() ? utf8.isEmpty() : text.isEmpty(); }
};

struct EventFields
{
    std::array<FieldValue, FieldCount> values;

    const FieldValue &operator[](FieldId id) const { return values[size_t(id)]; }
    FieldValue &operator[](FieldId id) { return values[size_t(id)]; }
};

// Reads the tracker's fields out of an object parsed by Qt JSON.
EventFields fieldsFromJsonObject(const QJsonObject &object);

} // namespace dnd
