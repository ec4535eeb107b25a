// SPDX-License-Identifier: MIT
#include "eventvalidator.h"

#include "codec.h"
#include "inerttext.h"
#include "namescan.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dnd {

namespace {

// Translation context of the codec's messages (the codec is no QObject).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dnd::Codec)
};

QString jsonTypeName(const FieldValue &value)
{
    switch (value.type) {
    case FieldValue::Type::Null:
        return Text::tr("null");
    case FieldValue::Type::Bool:
        return Text::tr("a boolean");
    case FieldValue::Type::Number:
        return Text::tr("a number");
    case FieldValue::Type::String:
        return Text::tr("a string");
    case FieldValue::Type::Array:
        return Text::tr("an array");
    case FieldValue::Type::Object:
        return Text::tr("an object");
    case FieldValue::Type::Absent:
        break;
    }
    return Text::tr("nothing");
}

EventKind eventKindFromUtf8(QByteArrayView name)
{
    if (name == "dice_roll")
        return EventKind::DiceRoll;
    if (name == "encounter")
        return EventKind::Encounter;
    if (name == "spell_cast")
        return EventKind::SpellCast;
    return EventKind::Other;
}

// Over UTF-16 text or the Latin-1 view of UTF-8 bytes: die names are ASCII,
// and a non-ASCII byte fails the name just as the character would.
template <typename View> int dieSidesFromName(View name)
{
    // Exactly the wire format's spelling: "d20", not "D20" or "d020".
    if (name.size() < 2 || name[0] != u'd' || name[1] == u'0')
        return 0;
    int sides = 0;
    for (qsizetype i = 1; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c < u'0' || c > u'9' || sides > 100)
            return 0;
        sides = sides * 10 + (c - u'0');
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

// State of validating one message; see validateEventFields().
class EventValidator
{
public:
    explicit EventValidator(const EventFields &fields) : m_fields(fields) {}

    ValidationResult run();

private:
    bool fail(RejectReason reason, const QString &message)
    {
        m_result.ok = false;
        m_result.reason = reason;
        m_result.message = message;
        return false;
    }

    bool wrongType(QLatin1StringView field, const QString &expected, const FieldValue &value)
    {
        return fail(
            RejectReason::WrongFieldType,
            Text::tr("field \"%1\" must be %2, not %3").arg(field, expected, jsonTypeName(value)));
    }

    bool readName(QLatin1StringView field, const FieldValue &value, QString *out);
    bool readPlayer();
    bool readEventType();
    bool readTimestamp();
    bool readRoll();
    bool readInitiative();
    bool readEncounterFields();
    bool readSpellFields();
    bool readOptionalString(FieldId id, QString *out);
    bool readRequiredString(FieldId id, QString *out);
    bool readId(FieldId id, QString *out);

    const FieldValue &lookup(FieldId id) const { return m_fields[id]; }

    const EventFields &m_fields;
    ValidationResult m_result;
};

ValidationResult EventValidator::run()
{
    GameEvent &e = m_result.event;
    const auto is = [&e](EventKind kind) { return e.kind == kind; };
    // The event's own fields first, then the other types' (which may be
    // there too); the order decides which problem a message is rejected for.
    const bool ok = readPlayer() && readEventType() && readTimestamp() &&
                    (!is(EventKind::DiceRoll) || readRoll()) &&
                    (!is(EventKind::Encounter) || readEncounterFields()) &&
                    (!is(EventKind::SpellCast) || readSpellFields()) &&
                    readOptionalString(FieldId::Context, &e.context) &&
                    (is(EventKind::Encounter) || readEncounterFields()) &&
                    (is(EventKind::SpellCast) || readSpellFields()) &&
                    readId(FieldId::EventId, &e.eventId) && readId(FieldId::GameId, &e.gameId);
    if (ok)
        m_result.ok = true;
    else
        m_result.event = GameEvent();
    return std::move(m_result);
}

bool EventValidator::readEncounterFields()
{
    GameEvent &e = m_result.event;
    return (e.kind == EventKind::Encounter
                ? readRequiredString(FieldId::MonsterType, &e.monster)
                : readOptionalString(FieldId::MonsterType, &e.monster)) &&
           readOptionalString(FieldId::Location, &e.location) && readInitiative();
}

bool EventValidator::readSpellFields()
{
    GameEvent &e = m_result.event;
    return (e.kind == EventKind::SpellCast ? readRequiredString(FieldId::SpellName, &e.spell)
                                           : readOptionalString(FieldId::SpellName, &e.spell)) &&
           readOptionalString(FieldId::Target, &e.target) &&
           readOptionalString(FieldId::Effect, &e.effect);
}

bool EventValidator::readPlayer()
{
    const FieldValue &value = lookup(FieldId::Player);
    if (value.isAbsent())
        return fail(RejectReason::MissingPlayer,
                    Text::tr("field \"%1\" is missing").arg(WireField::Player));
    if (value.type != FieldValue::Type::String)
        return wrongType(WireField::Player, Text::tr("a string"), value);
    return readName(WireField::Player, value, &m_result.event.player);
}

// Every name-like string (the player, event_type, the categories, ids): at
// most MaxPlayerNameLength / MaxNameLength characters, no character that
// InertText calls unsafe (controls, format and bidi characters, line
// separators: rejected, not stripped, so what is counted is what was sent),
// normalised to NFC so that one name typed two ways is one name.
bool EventValidator::readName(QLatin1StringView field, const FieldValue &value, QString *out)
{
    const bool player = field == WireField::Player;
    QString text = value.string();
    const NameScan scan = scanName(text);
    if (player && scan.blank) {
        return fail(RejectReason::MissingPlayer,
                    Text::tr("field \"%1\" is empty or only white space").arg(field));
    }
    const qsizetype limit = player ? MaxPlayerNameLength : MaxNameLength;
    if (scan.characters > limit) {
        return fail(player ? RejectReason::PlayerTooLong : RejectReason::FieldTooLong,
                    Text::tr("field \"%1\" is %2 characters long; the limit is %3")
                        .arg(field)
                        .arg(scan.characters)
                        .arg(limit));
    }
    if (scan.unsafeAt >= 0) {
        return fail(player ? RejectReason::PlayerControlChars : RejectReason::FieldControlChars,
                    Text::tr("field \"%1\" contains %2, a control, format or separator "
                             "character, at position %3")
                        .arg(field, InertText::codePointName(scan.unsafe))
                        .arg(scan.unsafeAt));
    }
    if (scan.maybeNotNfc)
        text = text.normalized(QString::NormalizationForm_C);
    *out = std::move(text);
    return true;
}

bool EventValidator::readEventType()
{
    const FieldValue &value = lookup(FieldId::EventType);
    if (value.isAbsent())
        return fail(RejectReason::MissingEventType,
                    Text::tr("field \"%1\" is missing").arg(WireField::EventType));
    if (value.type != FieldValue::Type::String)
        return wrongType(WireField::EventType, Text::tr("a string"), value);
    if (value.isEmptyString())
        return fail(RejectReason::MissingEventType,
                    Text::tr("field \"%1\" is empty").arg(WireField::EventType));
    GameEvent &e = m_result.event;
    e.kind = value.hasUtf8() ? eventKindFromUtf8(value.utf8) : eventKindFromName(value.text);
    // Known kinds share one string for all events instead of one each.
    if (e.kind != EventKind::Other) {
        e.type = eventKindName(e.kind);
        return true;
    }
    return readName(WireField::EventType, value, &e.type);
}

bool EventValidator::readTimestamp()
{
    const FieldValue &value = lookup(FieldId::Timestamp);
    if (value.isAbsent())
        return true;
    if (value.type != FieldValue::Type::String)
        return wrongType(WireField::Timestamp, Text::tr("an ISO 8601 string"), value);
    const qint64 us = value.hasUtf8() ? parseIsoTimestampUs(QLatin1StringView(value.utf8))
                                      : parseIsoTimestampUs(value.text);
    if (us == NoTimestamp) {
        return fail(RejectReason::WrongFieldType,
                    Text::tr("field \"%1\" is not an ISO 8601 date and time: \"%2\"")
                        .arg(WireField::Timestamp, InertText::escaped(value.string().left(40))));
    }
    m_result.event.timestampUs = us;
    return true;
}

bool EventValidator::readRoll()
{
    int sides = 20; // the original README's example has no dice_type: a d20
    const FieldValue &die = lookup(FieldId::DiceType);
    if (!die.isAbsent()) {
        if (die.type != FieldValue::Type::String)
            return wrongType(WireField::DiceType, Text::tr("a string such as \"d20\""), die);
        sides = die.hasUtf8() ? dieSidesFromName(QLatin1StringView(die.utf8))
                              : dieSidesFromName(QStringView(die.text));
        if (sides == 0) {
            return fail(
                RejectReason::UnknownDie,
                Text::tr("field \"%1\" is \"%2\"; known dice are d4, d6, d8, d10, d12, d20, d100")
                    .arg(WireField::DiceType, InertText::escaped(die.string().left(20))));
        }
    }
    const FieldValue &roll = lookup(FieldId::RollResult);
    if (roll.isAbsent()) {
        return fail(RejectReason::MissingField, Text::tr("field \"%1\" is required for %2 events")
                                                    .arg(WireField::RollResult, u"dice_roll"_s));
    }
    if (roll.type != FieldValue::Type::Number)
        return wrongType(WireField::RollResult, Text::tr("an integer"), roll);
    const double result = roll.number;
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

bool EventValidator::readInitiative()
{
    const FieldValue &value = lookup(FieldId::InitiativeOrder);
    if (value.isAbsent())
        return true;
    if (value.type != FieldValue::Type::Number)
        return wrongType(WireField::InitiativeOrder, Text::tr("an integer"), value);
    // Initiative is a small signed number; anything else is not an order.
    const double number = value.number;
    if (std::trunc(number) != number || std::abs(number) > 1'000'000) {
        return fail(RejectReason::WrongFieldType,
                    Text::tr("field \"%1\" is %2, not a whole number of a sensible size")
                        .arg(WireField::InitiativeOrder, QString::number(number, 'g', 12)));
    }
    m_result.event.initiative = int(number);
    return true;
}

bool EventValidator::readOptionalString(FieldId id, QString *out)
{
    const QLatin1StringView field = fieldName(id);
    const FieldValue &value = lookup(id);
    if (value.isAbsent())
        return true;
    if (value.type != FieldValue::Type::String)
        return wrongType(field, Text::tr("a string"), value);
    return readName(field, value, out);
}

bool EventValidator::readRequiredString(FieldId id, QString *out)
{
    const QLatin1StringView field = fieldName(id);
    const FieldValue &value = lookup(id);
    if (value.isAbsent()) {
        return fail(
            RejectReason::MissingField,
            Text::tr("field \"%1\" is required for %2 events").arg(field, m_result.event.type));
    }
    if (value.type != FieldValue::Type::String)
        return wrongType(field, Text::tr("a string"), value);
    if (value.isEmptyString()) {
        return fail(
            RejectReason::MissingField,
            Text::tr("field \"%1\" is empty; %2 events need it").arg(field, m_result.event.type));
    }
    return readName(field, value, out);
}

bool EventValidator::readId(FieldId id, QString *out)
{
    // Ids come as strings or numbers depending on the producer; we keep text.
    const QLatin1StringView field = fieldName(id);
    const FieldValue &value = lookup(id);
    if (value.isAbsent())
        return true;
    if (value.type == FieldValue::Type::String)
        return readName(field, value, out);
    if (value.type == FieldValue::Type::Number) {
        const double number = value.number;
        const qint64 integer = value.integer;
        *out =
            double(integer) == number ? QString::number(integer) : QString::number(number, 'g', 17);
        return true;
    }
    return wrongType(field, Text::tr("a string or a number"), value);
}

} // namespace

ValidationResult validateEventFields(const EventFields &fields)
{
    return EventValidator(fields).run();
}

} // namespace dnd
