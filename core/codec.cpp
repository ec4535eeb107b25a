// SPDX-License-Identifier: MIT
#include "codec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace dnd {

namespace {

// Wire field names (DESIGN.md). The original Python consumer reads these.
constexpr auto kPlayer = "player"_L1;
constexpr auto kEventType = "event_type"_L1;
constexpr auto kTimestamp = "timestamp"_L1;
constexpr auto kDiceType = "dice_type"_L1;
constexpr auto kRollResult = "roll_result"_L1;
constexpr auto kContext = "context"_L1;
constexpr auto kMonsterType = "monster_type"_L1;
constexpr auto kLocation = "location"_L1;
constexpr auto kInitiativeOrder = "initiative_order"_L1;
constexpr auto kSpellName = "spell_name"_L1;
constexpr auto kTarget = "target"_L1;
constexpr auto kEffect = "effect"_L1;
constexpr auto kEventId = "event_id"_L1;
constexpr auto kGameId = "game_id"_L1;

// Translation context of the codec's messages (the codec is no QObject).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dnd::Codec)
};

// Length of the well-formed UTF-8 sequence starting at p (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or 0 if the bytes
// there are not one. `available` is the number of bytes from p to the end.
int utf8SequenceLength(const uchar *p, qsizetype available)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80, high = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0; // overlong
        else if (c == 0xED)
            high = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90; // overlong
        else if (c == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (available < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

// Offset of the first byte that is not well-formed UTF-8, or -1 if all are.
// We check before parsing because QJsonDocument silently replaces bad bytes.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Almost all of our traffic is ASCII: test eight bytes at a time.
        if (n - i >= 8) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const int length = utf8SequenceLength(p + i, n - i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

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

const QString &dieName(int sides)
{
    // Shared strings: encode() runs for every simulated event.
    static const QString names[] = {u"d4"_s,  u"d6"_s,  u"d8"_s,  u"d10"_s,
                                    u"d12"_s, u"d20"_s, u"d100"_s};
    switch (sides) {
    case 4:
        return names[0];
    case 6:
        return names[1];
    case 8:
        return names[2];
    case 10:
        return names[3];
    case 12:
        return names[4];
    case 100:
        return names[6];
    default:
        return names[5];
    }
}

// Reads one message's fields into a GameEvent; the first problem found
// ends decoding with its reason and a message that names the field.
class Decoder
{
public:
    explicit Decoder(const QJsonObject &object) : m_object(object) {}

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
    bool readOptionalString(QLatin1StringView field, QString *out);
    bool readRequiredString(QLatin1StringView field, QString *out);
    bool readId(QLatin1StringView field, QString *out);

    const QJsonObject &m_object;
    DecodeResult m_result;
};

DecodeResult Decoder::run()
{
    GameEvent &e = m_result.event;
    const bool ok =
        readPlayer() && readEventType() && readTimestamp() &&
        (e.kind != EventKind::DiceRoll || readRoll()) && readOptionalString(kContext, &e.context) &&
        (e.kind == EventKind::Encounter ? readRequiredString(kMonsterType, &e.monster)
                                        : readOptionalString(kMonsterType, &e.monster)) &&
        readOptionalString(kLocation, &e.location) && readInitiative() &&
        (e.kind == EventKind::SpellCast ? readRequiredString(kSpellName, &e.spell)
                                        : readOptionalString(kSpellName, &e.spell)) &&
        readOptionalString(kTarget, &e.target) && readOptionalString(kEffect, &e.effect) &&
        readId(kEventId, &e.eventId) && readId(kGameId, &e.gameId);
    if (ok)
        m_result.ok = true;
    else
        m_result.event = GameEvent();
    return std::move(m_result);
}

bool Decoder::readPlayer()
{
    const QJsonValue value = m_object.value(kPlayer);
    if (isAbsent(value))
        return fail(RejectReason::MissingPlayer, Text::tr("field \"%1\" is missing").arg(kPlayer));
    if (!value.isString())
        return wrongType(kPlayer, Text::tr("a string"), value);
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
        if (!c.isSpace())
            blank = false;
        if (controlAt < 0 && c.category() == QChar::Other_Control)
            controlAt = i;
    }
    if (blank) {
        return fail(RejectReason::MissingPlayer,
                    Text::tr("field \"%1\" is empty or only white space").arg(kPlayer));
    }
    if (characters > MaxPlayerNameLength) {
        return fail(RejectReason::PlayerTooLong,
                    Text::tr("field \"%1\" is %2 characters long; the limit is %3")
                        .arg(kPlayer)
                        .arg(characters)
                        .arg(MaxPlayerNameLength));
    }
    if (controlAt >= 0) {
        return fail(RejectReason::PlayerControlChars,
                    Text::tr("field \"%1\" contains the control character U+%2 at position %3")
                        .arg(kPlayer)
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
    const QJsonValue value = m_object.value(kEventType);
    if (isAbsent(value))
        return fail(RejectReason::MissingEventType,
                    Text::tr("field \"%1\" is missing").arg(kEventType));
    if (!value.isString())
        return wrongType(kEventType, Text::tr("a string"), value);
    QString type = value.toString();
    if (type.isEmpty())
        return fail(RejectReason::MissingEventType,
                    Text::tr("field \"%1\" is empty").arg(kEventType));
    GameEvent &e = m_result.event;
    e.kind = eventKindFromName(type);
    // Known kinds share one string for all events instead of one each.
    e.type = e.kind == EventKind::Other ? std::move(type) : eventKindName(e.kind);
    return true;
}

bool Decoder::readTimestamp()
{
    const QJsonValue value = m_object.value(kTimestamp);
    if (isAbsent(value))
        return true;
    if (!value.isString())
        return wrongType(kTimestamp, Text::tr("an ISO 8601 string"), value);
    const QString text = value.toString();
    const qint64 us = parseIsoTimestampUs(text);
    if (us == NoTimestamp) {
        return fail(RejectReason::WrongFieldType,
                    Text::tr("field \"%1\" is not an ISO 8601 date and time: \"%2\"")
                        .arg(kTimestamp, text.left(40)));
    }
    m_result.event.timestampUs = us;
    return true;
}

bool Decoder::readRoll()
{
    int sides = 20; // the original README's example has no dice_type: a d20
    const QJsonValue die = m_object.value(kDiceType);
    if (!isAbsent(die)) {
        if (!die.isString())
            return wrongType(kDiceType, Text::tr("a string such as \"d20\""), die);
        const QString name = die.toString();
        sides = dieSidesFromName(name);
        if (sides == 0) {
            return fail(
                RejectReason::UnknownDie,
                Text::tr("field \"%1\" is \"%2\"; known dice are d4, d6, d8, d10, d12, d20, d100")
                    .arg(kDiceType, name.left(20)));
        }
    }
    const QJsonValue roll = m_object.value(kRollResult);
    if (isAbsent(roll)) {
        return fail(
            RejectReason::MissingField,
            Text::tr("field \"%1\" is required for %2 events").arg(kRollResult, u"dice_roll"_s));
    }
    if (!roll.isDouble())
        return wrongType(kRollResult, Text::tr("an integer"), roll);
    const double result = roll.toDouble();
    if (std::trunc(result) != result) {
        return fail(
            RejectReason::NonIntegerRoll,
            Text::tr("field \"%1\" is %2, not a whole number").arg(kRollResult).arg(result));
    }
    if (result < 1 || result > sides) {
        return fail(RejectReason::RollOutOfRange,
                    Text::tr("field \"%1\" is %2, outside 1..%3 of a d%3")
                        .arg(kRollResult)
                        .arg(QString::number(result, 'g', 12))
                        .arg(sides));
    }
    m_result.event.dieSides = sides;
    m_result.event.rollResult = int(result);
    return true;
}

bool Decoder::readInitiative()
{
    const QJsonValue value = m_object.value(kInitiativeOrder);
    if (isAbsent(value))
        return true;
    if (!value.isDouble())
        return wrongType(kInitiativeOrder, Text::tr("an integer"), value);
    // Initiative is a small signed number; anything else is not an order.
    const double number = value.toDouble();
    if (std::trunc(number) != number || std::abs(number) > 1'000'000) {
        return fail(RejectReason::WrongFieldType,
                    Text::tr("field \"%1\" is %2, not a whole number of a sensible size")
                        .arg(kInitiativeOrder, QString::number(number, 'g', 12)));
    }
    m_result.event.initiative = int(number);
    return true;
}

bool Decoder::readOptionalString(QLatin1StringView field, QString *out)
{
    const QJsonValue value = m_object.value(field);
    if (isAbsent(value))
        return true;
    if (!value.isString())
        return wrongType(field, Text::tr("a string"), value);
    *out = value.toString();
    return true;
}

bool Decoder::readRequiredString(QLatin1StringView field, QString *out)
{
    const QJsonValue value = m_object.value(field);
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
    const QJsonValue value = m_object.value(field);
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

DecodeResult reject(RejectReason reason, const QString &message)
{
    DecodeResult result;
    result.reason = reason;
    result.message = message;
    return result;
}

// Called only after a parse error: tells "valid JSON, but not an object"
// (42, "text", null) from text that is not JSON at all.
bool isJsonScalar(QByteArrayView payload)
{
    QByteArray wrapped;
    wrapped.reserve(payload.size() + 2);
    wrapped.append('[').append(payload).append(']');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    return error.error == QJsonParseError::NoError && doc.array().size() == 1;
}

} // namespace

namespace Codec {

QByteArray encode(const GameEvent &event)
{
    QJsonObject object;
    object.insert(kPlayer, event.player);
    object.insert(kEventType, event.type.isEmpty() ? eventKindName(event.kind) : event.type);
    if (event.timestampUs != NoTimestamp)
        object.insert(kTimestamp, formatIsoTimestampUs(event.timestampUs));
    if (event.dieSides != 0)
        object.insert(kDiceType, dieName(event.dieSides));
    if (event.dieSides != 0 || event.rollResult != 0)
        object.insert(kRollResult, event.rollResult);
    const auto insertIfSet = [&object](QLatin1StringView field, const QString &value) {
        if (!value.isEmpty())
            object.insert(field, value);
    };
    insertIfSet(kContext, event.context);
    insertIfSet(kMonsterType, event.monster);
    insertIfSet(kLocation, event.location);
    if (event.initiative != 0)
        object.insert(kInitiativeOrder, event.initiative);
    insertIfSet(kSpellName, event.spell);
    insertIfSet(kTarget, event.target);
    insertIfSet(kEffect, event.effect);
    insertIfSet(kEventId, event.eventId);
    insertIfSet(kGameId, event.gameId);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

DecodeResult decode(QByteArrayView payload)
{
    // Cheapest checks first: size, then bytes, then the JSON parser.
    if (payload.size() > MaxMessageBytes) {
        return reject(RejectReason::TooLarge, Text::tr("message is %1 bytes; the limit is %2 bytes")
                                                  .arg(payload.size())
                                                  .arg(MaxMessageBytes));
    }
    if (const qsizetype bad = firstInvalidUtf8(payload); bad >= 0) {
        return reject(RejectReason::NotUtf8,
                      Text::tr("message is not valid UTF-8: byte 0x%1 at offset %2")
                          .arg(uint(uchar(payload[bad])), 2, 16, QChar(u'0'))
                          .arg(bad));
    }
    // RFC 8259 lets parsers ignore a byte order mark; Qt's parser does not.
    if (payload.startsWith("\xEF\xBB\xBF"))
        payload = payload.sliced(3);
    if (payload.trimmed().isEmpty())
        return reject(RejectReason::NotJson, Text::tr("message is empty"));

    QJsonParseError error;
    // fromRawData: no copy; the parser reads by length, not up to a NUL.
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(payload.data(), payload.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        if (isJsonScalar(payload)) {
            return reject(RejectReason::NotObject,
                          Text::tr("message is a single JSON value, not an object"));
        }
        return reject(RejectReason::NotJson, Text::tr("message is not valid JSON: %1 at offset %2")
                                                 .arg(error.errorString())
                                                 .arg(error.offset));
    }
    if (!doc.isObject()) {
        return reject(RejectReason::NotObject, Text::tr("message is a JSON array, not an object"));
    }
    const QJsonObject object = doc.object();
    return Decoder(object).run();
}

QString escapedPreview(QByteArrayView payload, qsizetype maxBytes)
{
    const qsizetype limit = qBound(qsizetype(0), maxBytes, payload.size());
    const auto *p = reinterpret_cast<const uchar *>(payload.data());
    QString out;
    out.reserve(limit + 8);
    qsizetype i = 0;
    while (i < limit) {
        const uchar c = p[i];
        if (c >= 0x20 && c < 0x7F) {
            out += QLatin1Char(char(c));
            ++i;
            continue;
        }
        switch (c) {
        case '\n':
            out += "\\n"_L1;
            ++i;
            continue;
        case '\r':
            out += "\\r"_L1;
            ++i;
            continue;
        case '\t':
            out += "\\t"_L1;
            ++i;
            continue;
        default:
            break;
        }
        // A whole, printable multi-byte character inside the limit stays
        // readable; anything else is shown byte by byte.
        const int length = c >= 0x80 ? utf8SequenceLength(p + i, limit - i) : 0;
        if (length > 1) {
            const QString character =
                QString::fromUtf8(reinterpret_cast<const char *>(p + i), length);
            const char32_t ucs4 = character.size() == 2
                                      ? QChar::surrogateToUcs4(character[0], character[1])
                                      : character[0].unicode();
            if (QChar::isPrint(ucs4)) {
                out += character;
                i += length;
                continue;
            }
        }
        out += "\\x"_L1;
        out += QString::number(c, 16).rightJustified(2, u'0');
        ++i;
    }
    if (payload.size() > limit)
        out += QChar(0x2026); // …
    return out;
}

} // namespace Codec
} // namespace dnd
