// SPDX-License-Identifier: MIT
#include "codec.h"
#include "eventvalidator.h"
#include "flatjsonscanner.h"
#include "inerttext.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dnd {

namespace {

// Translation context of the codec's messages (the codec is no QObject).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dnd::Codec)
};

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

ValidationResult reject(RejectReason reason, const QString &message)
{
    ValidationResult result;
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

// QJsonDocument::toJson(Compact) of encode()'s object, written directly:
// keys in Qt's (sorted) order, '"' and '\\' escaped, UTF-8 otherwise. False
// when a string needs more escaping than that; the caller then uses Qt.
bool appendJsonString(QByteArray *out, QStringView text)
{
    out->append('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || QChar::isSurrogate(u))
            return false;
        if (u < 0x80) {
            if (u == u'"' || u == u'\\')
                out->append('\\');
            out->append(char(u));
        } else if (u < 0x800) {
            out->append(char(0xC0 | (u >> 6)));
            out->append(char(0x80 | (u & 0x3F)));
        } else {
            out->append(char(0xE0 | (u >> 12)));
            out->append(char(0x80 | ((u >> 6) & 0x3F)));
            out->append(char(0x80 | (u & 0x3F)));
        }
    }
    out->append('"');
    return true;
}

class FastWriter
{
public:
    explicit FastWriter(QByteArray *out) : m_out(out)
    {
        m_out->reserve(256);
        m_out->append('{');
    }
    bool string(QLatin1StringView key, QStringView value)
    {
        this->key(key);
        return appendJsonString(m_out, value);
    }
    bool stringIfSet(QLatin1StringView key, const QString &value)
    {
        return value.isEmpty() || string(key, value);
    }
    void integer(QLatin1StringView key, int value)
    {
        this->key(key);
        m_out->append(QByteArray::number(value));
    }
    void finish() { m_out->append('}'); }

private:
    void key(QLatin1StringView key)
    {
        if (!m_first)
            m_out->append(',');
        m_first = false;
        m_out->append('"').append(key.data(), key.size()).append("\":");
    }
    QByteArray *m_out;
    bool m_first = true;
};

bool encodeFast(const GameEvent &event, QByteArray *out)
{
    // Same fields and conditions as encodeWithQt(), in sorted key order.
    FastWriter w(out);
    const bool ok =
        w.stringIfSet(WireField::Context, event.context) &&
        (event.dieSides == 0 || w.string(WireField::DiceType, dieName(event.dieSides))) &&
        w.stringIfSet(WireField::Effect, event.effect) &&
        w.stringIfSet(WireField::EventId, event.eventId) &&
        w.string(WireField::EventType,
                 event.type.isEmpty() ? eventKindName(event.kind) : event.type) &&
        w.stringIfSet(WireField::GameId, event.gameId);
    if (!ok)
        return false;
    if (event.initiative != 0)
        w.integer(WireField::InitiativeOrder, event.initiative);
    if (!w.stringIfSet(WireField::Location, event.location) ||
        !w.stringIfSet(WireField::MonsterType, event.monster) ||
        !w.string(WireField::Player, event.player))
        return false;
    if (event.dieSides != 0 || event.rollResult != 0)
        w.integer(WireField::RollResult, event.rollResult);
    if (!w.stringIfSet(WireField::SpellName, event.spell) ||
        !w.stringIfSet(WireField::Target, event.target))
        return false;
    if (event.timestampUs != NoTimestamp &&
        !w.string(WireField::Timestamp, formatIsoTimestampUs(event.timestampUs)))
        return false;
    w.finish();
    return true;
}

QByteArray encodeWithQt(const GameEvent &event)
{
    QJsonObject object;
    object.insert(WireField::Player, event.player);
    object.insert(WireField::EventType,
                  event.type.isEmpty() ? eventKindName(event.kind) : event.type);
    if (event.timestampUs != NoTimestamp)
        object.insert(WireField::Timestamp, formatIsoTimestampUs(event.timestampUs));
    if (event.dieSides != 0)
        object.insert(WireField::DiceType, dieName(event.dieSides));
    if (event.dieSides != 0 || event.rollResult != 0)
        object.insert(WireField::RollResult, event.rollResult);
    const auto insertIfSet = [&object](QLatin1StringView field, const QString &value) {
        if (!value.isEmpty())
            object.insert(field, value);
    };
    insertIfSet(WireField::Context, event.context);
    insertIfSet(WireField::MonsterType, event.monster);
    insertIfSet(WireField::Location, event.location);
    if (event.initiative != 0)
        object.insert(WireField::InitiativeOrder, event.initiative);
    insertIfSet(WireField::SpellName, event.spell);
    insertIfSet(WireField::Target, event.target);
    insertIfSet(WireField::Effect, event.effect);
    insertIfSet(WireField::EventId, event.eventId);
    insertIfSet(WireField::GameId, event.gameId);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

namespace Codec {

QByteArray encode(const GameEvent &event)
{
    // The simulated producer encodes every event it sends (50,000 a second
    // in bench_gui): building a QJsonObject and serialising it cost ~6 us an
    // event, a third of all CPU there. Writing the same bytes directly costs
    // a fraction of that. Strings with control characters or surrogates take
    // Qt's path, so escaping stays exactly Qt's.
    QByteArray out;
    if (!encodeFast(event, &out))
        return encodeWithQt(event);
    return out;
}

ValidationResult decode(QByteArrayView payload, JsonReader reader)
{
    // Cheapest checks first: size, then bytes, then the JSON parser. The
    // bytes must be checked by us: QJsonDocument silently replaces bad UTF-8.
    if (payload.size() > MaxMessageBytes) {
        return reject(RejectReason::TooLarge, Text::tr("message is %1 bytes; the limit is %2 bytes")
                                                  .arg(payload.size())
                                                  .arg(MaxMessageBytes));
    }
    // Qt's check is the faster one (bench_micro); ours only names the byte.
    if (!payload.isValidUtf8()) {
        const qsizetype bad = std::max(Utf8::firstInvalid(payload), qsizetype(0));
        return reject(RejectReason::NotUtf8,
                      Text::tr("message is not valid UTF-8: byte 0x%1 at offset %2")
                          .arg(uint(uchar(payload[bad])), 2, 16, QChar(u'0'))
                          .arg(bad));
    }
    // RFC 8259 lets parsers ignore a byte order mark; Qt's parser does not.
    if (payload.startsWith("\xEF\xBB\xBF"))
        payload = payload.sliced(3);

    // Flat events (all that producers we know send) take the fast reader;
    // it declines anything else, which Qt JSON then parses or rejects.
    if (reader == JsonReader::FastThenQt) {
        EventFields fields;
        if (scanFlatJsonObject(payload, &fields))
            return validateEventFields(fields);
    }

    if (payload.trimmed().isEmpty())
        return reject(RejectReason::NotJson, Text::tr("message is empty"));
    // Qt JSON drops a byte order mark at the start of a string
    // ("\xEF\xBB\xBFStravos" becomes "Stravos", a look-alike of Stravos);
    // written as an escape it is kept, and the validator refuses it.
    QByteArray withEscapedBoms;
    if (payload.contains("\xEF\xBB\xBF")) {
        withEscapedBoms = payload.toByteArray().replace("\xEF\xBB\xBF", "\\uFEFF");
        payload = withEscapedBoms;
    }
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
    return validateEventFields(fieldsFromJsonObject(doc.object()));
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
        // A whole multi-byte character inside the limit that InertText lets
        // through stays readable; anything else is shown byte by byte.
        const int length = c >= 0x80 ? Utf8::sequenceLength(p + i, limit - i) : 0;
        if (length > 1) {
            const QString character =
                QString::fromUtf8(reinterpret_cast<const char *>(p + i), length);
            // fromUtf8 drops a byte order mark: an empty result is shown
            // byte by byte like any other invisible character.
            const char32_t ucs4 = character.isEmpty() ? 0
                                  : character.size() == 2
                                      ? QChar::surrogateToUcs4(character[0], character[1])
                                      : character[0].unicode();
            if (!InertText::isUnsafe(ucs4)) {
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
