// SPDX-License-Identifier: MIT
#include "jsoneventreader.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dnd {

namespace {

// Translation context of the codec's messages (the codec is no QObject).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dnd::Codec)
};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

bool isAbsent(const QJsonValue &value)
{
    // JSON null counts as absent: producers often write null for "not set".
    return value.isUndefined() || value.isNull();
}

int dieSidesFromName(QStringView name)
{
    if (name.size() < 2 || (name[0] != u'd' && name[0] != u'D'))
        return 0;
    int sides = 0;
    for (QChar c : name.mid(1)) {
        if (c < u'0' || c > u'9' || sides > 100)
            return 0;
        sides = sides * 10 + (c.unicode() - u'0');
    }
    switch (sides) {
    case 4:
    case 6:
    case 8:
    case 10:
    case 12:
    case 20:
    case 100:
        return sides;
    default:
        return 0;
    }
}

// State of reading one object; see readJsonEvent().
class Decoder
{
public:
    explicit Decoder(const QJsonObject &object) : m_object(object), m_unseenKeys(object.size()) {}

    DecodeResult run();

private:
    bool fail(RejectReason reason, const QString &message)
    {
        m_result.ok = false;
        m_result.reason = reason;
        m_result.message = message;
        return false;
    }

    bool wrongType(QLatin1StringView field, const QString &expected, const QJsonValue &value)
    {
        return fail(
            RejectReason::WrongFieldType,
            Text::tr("field \"%1\" must be %2, not %3").arg(field, expected, jsonTypeName(value)));
    }

    bool readPlayer();
    bool readEventType();
    bool readTimestamp();
    bool readRoll();
    bool readInitiative();
    bool readEncounterFields();
    bool readSpellFields();
    bool readOptionalString(QLatin1StringView field, QString *out);
    bool readRequiredString(QLatin1StringView field, QString *out);
    bool readId(QLatin1StringView field, QString *out);

    // Looks a field up. Lookups stop once every key of the object has been
    // found: messages carry 5-7 of our 14 fields.
    QJsonValue lookup(QLatin1StringView name)
    {
        if (m_unseenKeys == 0)
            return QJsonValue(QJsonValue::Undefined);
        QJsonValue value = m_object.value(name);
        if (!value.isUndefined())
            --m_unseenKeys;
        return value;
    }

    const QJsonObject &m_object;
    qsizetype m_unseenKeys;
    DecodeResult m_result;
};

DecodeResult Decoder::run()
{
    GameEvent &e = m_result.event;
    const auto is = [&e](EventKind kind) { return e.kind == kind; };
    // The event's own fields first: once every key of the object has been
    // seen, the lookups for the other event types' fields are skipped.
    const bool ok = readPlayer() && readEventType() && readTimestamp() &&
                    (!is(EventKind::DiceRoll) || readRoll()) &&
                    (!is(EventKind::Encounter) || readEncounterFields()) &&
                    (!is(EventKind::SpellCast) || readSpellFields()) &&
                    readOptionalString(WireField::Context, &e.context) &&
                    (is(EventKind::Encounter) || readEncounterFields()) &&
                    (is(EventKind::SpellCast) || readSpellFields()) &&
                    readId(WireField::EventId, &e.eventId) && readId(WireField::GameId, &e.gameId);
    if (ok)
        m_result.ok = true;
    else
        m_result.event = GameEvent();
    return std::move(m_result);
}

bool Decoder::readEncounterFields()
{
    GameEvent &e = m_result.event;
    return (e.kind == EventKind::Encounter
                ? readRequiredString(WireField::MonsterType, &e.monster)
                : readOptionalString(WireField::MonsterType, &e.monster)) &&
           readOptionalString(WireField::Location, &e.location) && readInitiative();
}

bool Decoder::readSpellFields()
{
    GameEvent &e = m_result.event;
    return (e.kind == EventKind::SpellCast ? readRequiredString(WireField::SpellName, &e.spell)
                                           : readOptionalString(WireField::SpellName, &e.spell)) &&
           readOptionalString(WireField::Target, &e.target) &&
           readOptionalString(WireField::Effect, &e.effect);
}

bool Decoder::readPlayer()
{
    const QJsonValue value = lookup(WireField::Player);
    if (isAbsent(value))
        return fail(RejectReason::MissingPlayer,
                    Text::tr("field \"%1\" is missing").arg(WireField::Player));
    if (!value.isString())
        return wrongType(WireField::Player, Text::tr("a string"), value);
    QString player = value.toString();

    // One pass: length in characters (not UTF-16 units), blankness and the
    // first control character.
    qsizetype characters = 0;
    qsizetype controlAt = -1;
    bool blank = true;
    for (qsizetype i = 0; i < player.size(); ++i) {
        const QChar c = player[i];
        if (!c.isLowSurrogate())
            ++characters;
        const char16_t u = c.unicode();
        // ASCII without a table lookup: names are almost always ASCII.
        const bool control =
            u < 0x80 ? (u < 0x20 || u == 0x7F) : c.category() == QChar::Other_Control;
        if (blank && !(u < 0x80 ? (u == u' ' || (u >= 0x09 && u <= 0x0D)) : c.isSpace()))
            blank = false;
        if (controlAt < 0 && control)
            controlAt = i;
    }
    if (blank) {
        return fail(RejectReason::MissingPlayer,
                    Text::tr("field \"%1\" is empty or only white space").arg(WireField::Player));
    }
    if (characters > MaxPlayerNameLength) {
        return fail(RejectReason::PlayerTooLong,
                    Text::tr("field \"%1\" is %2 characters long; the limit is %3")
                        .arg(WireField::Player)
                        .arg(characters)
                        .arg(MaxPlayerNameLength));
    }
    if (controlAt >= 0) {
        return fail(RejectReason::PlayerControlChars,
                    Text::tr("field \"%1\" contains the control character U+%2 at position %3")
                        .arg(WireField::Player)
                        .arg(QString::number(player[controlAt].unicode(), 16)
                                 .toUpper()
                                 .rightJustified(4, u'0'))
                        .arg(controlAt));
    }
    m_result.event.player = std::move(player);
    return true;
}

bool Decoder::readEventType()
{
    const QJsonValue value = lookup(WireField::EventType);
    if (isAbsent(value))
        return fail(RejectReason::MissingEventType,
                    Text::tr("field \"%1\" is missing").arg(WireField::EventType));
    if (!value.isString())
        return wrongType(WireField::EventType, Text::tr("a string"), value);
    QString type = value.toString();
    if (type.isEmpty())
        return fail(RejectReason::MissingEventType,
                    Text::tr("field \"%1\" is empty").arg(WireField::EventType));
    GameEvent &e = m_result.event;
    e.kind = eventKindFromName(type);
    // Known kinds share one string for all events instead of one each.
    e.type = e.kind == EventKind::Other ? std::move(type) : eventKindName(e.kind);
    return true;
}

bool Decoder::readTimestamp()
{
    const QJsonValue value = lookup(WireField::Timestamp);
    if (isAbsent(value))
        return true;
    if (!value.isString())
        return wrongType(WireField::Timestamp, Text::tr("an ISO 8601 string"), value);
    const QString text = value.toString();
    const qint64 us = parseIsoTimestampUs(text);
    if (us == NoTimestamp) {
        return fail(RejectReason::WrongFieldType,
                    Text::tr("field \"%1\" is not an ISO 8601 date and time: \"%2\"")
                        .arg(WireField::Timestamp, text.left(40)));
    }
    m_result.event.timestampUs = us;
    return true;
}

bool Decoder::readRoll()
{
    int sides = 20; // the original README's example has no dice_type: a d20
    const QJsonValue die = lookup(WireField::DiceType);
    if (!isAbsent(die)) {
        if (!die.isString())
            return wrongType(WireField::DiceType, Text::tr("a string such as \"d20\""), die);
        const QString name = die.toString();
        sides = dieSidesFromName(name);
        if (sides == 0) {
            return fail(
                RejectReason::UnknownDie,
                Text::tr("field \"%1\" is \"%2\"; known dice are d4, d6, d8, d10, d12, d20, d100")
                    .arg(WireField::DiceType, name.left(20)));
        }
    }
    const QJsonValue roll = lookup(WireField::RollResult);
    if (isAbsent(roll)) {
        return fail(RejectReason::MissingField, Text::tr("field \"%1\" is required for %2 events")
                                                    .arg(WireField::RollResult, u"dice_roll"_s));
    }
    if (!roll.isDouble())
        return wrongType(WireField::RollResult, Text::tr("an integer"), roll);
    const double result = roll.toDouble();
    if (std::trunc(result) != result) {
        return fail(RejectReason::NonIntegerRoll, Text::tr("field \"%1\" is %2, not a whole number")
                                                      .arg(WireField::RollResult)
                                                      .arg(result));
    }
    if (result < 1 || result > sides) {
        return fail(RejectReason::RollOutOfRange,
                    Text::tr("field \"%1\" is %2, outside 1..%3 of a d%3")
                        .arg(WireField::RollResult)
                        .arg(QString::number(result, 'g', 12))
                        .arg(sides));
    }
    m_result.event.dieSides = sides;
    m_result.event.rollResult = int(result);
    return true;
}

bool Decoder::readInitiative()
{
    const QJsonValue value = lookup(WireField::InitiativeOrder);
    if (isAbsent(value))
        return true;
    if (!value.isDouble())
        return wrongType(WireField::InitiativeOrder, Text::tr("an integer"), value);
    // Initiative is a small signed number; anything else is not an order.
    const double number = value.toDouble();
    if (std::trunc(number) != number || std::abs(number) > 1'000'000) {
        return fail(RejectReason::WrongFieldType,
                    Text::tr("field \"%1\" is %2, not a whole number of a sensible size")
                        .arg(WireField::InitiativeOrder, QString::number(number, 'g', 12)));
    }
    m_result.event.initiative = int(number);
    return true;
}

bool Decoder::readOptionalString(QLatin1StringView field, QString *out)
{
    const QJsonValue value = lookup(field);
    if (isAbsent(value))
        return true;
    if (!value.isString())
        return wrongType(field, Text::tr("a string"), value);
    *out = value.toString();
    return true;
}

bool Decoder::readRequiredString(QLatin1StringView field, QString *out)
{
    const QJsonValue value = lookup(field);
    if (isAbsent(value)) {
        return fail(
            RejectReason::MissingField,
            Text::tr("field \"%1\" is required for %2 events").arg(field, m_result.event.type));
    }
    if (!value.isString())
        return wrongType(field, Text::tr("a string"), value);
    *out = value.toString();
    if (out->isEmpty()) {
        return fail(
            RejectReason::MissingField,
            Text::tr("field \"%1\" is empty; %2 events need it").arg(field, m_result.event.type));
    }
    return true;
}

bool Decoder::readId(QLatin1StringView field, QString *out)
{
    // Ids come as strings or numbers depending on the producer; we keep text.
    const QJsonValue value = lookup(field);
    if (isAbsent(value))
        return true;
    if (value.isString()) {
        *out = value.toString();
        return true;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 integer = value.toInteger();
        *out =
            double(integer) == number ? QString::number(integer) : QString::number(number, 'g', 17);
        return true;
    }
    return wrongType(field, Text::tr("a string or a number"), value);
}

} // namespace

DecodeResult readJsonEvent(const QJsonObject &object)
{
    return Decoder(object).run();
}

} // namespace dnd
