// SPDX-License-Identifier: MIT
#include "flatjsonprototype.h"

#include <QString>

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace dnd::bench {

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool eat(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    char peek()
    {
        skipSpace();
        return m_p < m_end ? *m_p : '\0';
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    // A string without escapes is returned as a view of the input; with
    // escapes it is decoded into *decoded and the view points there.
    bool string(QByteArrayView *out, QByteArray *decoded)
    {
        if (!eat('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            if (uchar(*m_p) < 0x20)
                return false;
            ++m_p;
        }
        if (m_p < m_end && *m_p == '"') {
            *out = QByteArrayView(start, m_p - start);
            ++m_p;
            return true;
        }
        *decoded = QByteArray(start, m_p - start);
        while (m_p < m_end && *m_p != '"') {
            const char c = *m_p++;
            if (uchar(c) < 0x20)
                return false;
            if (c != '\\') {
                decoded->append(c);
                continue;
            }
            if (m_p == m_end)
                return false;
            switch (const char e = *m_p++) {
            case '"':
            case '\\':
            case '/':
                decoded->append(e);
                break;
            case 'b':
                decoded->append('\b');
                break;
            case 'f':
                decoded->append('\f');
                break;
            case 'n':
                decoded->append('\n');
                break;
            case 'r':
                decoded->append('\r');
                break;
            case 't':
                decoded->append('\t');
                break;
            case 'u': {
                if (m_end - m_p < 4)
                    return false;
                bool ok = false;
                const uint code = QByteArrayView(m_p, 4).toUInt(&ok, 16);
                if (!ok)
                    return false;
                m_p += 4;
                // Surrogate pairs are rare enough here to leave to Qt.
                if (code >= 0xD800 && code <= 0xDFFF)
                    return false;
                decoded->append(QString(QChar(char16_t(code))).toUtf8());
                break;
            }
            default:
                return false;
            }
        }
        if (m_p == m_end)
            return false;
        ++m_p;
        *out = *decoded;
        return true;
    }

    bool number(double *out)
    {
        skipSpace();
        const char *start = m_p;
        while (m_p < m_end && (std::strchr("+-0123456789.eE", *m_p) != nullptr))
            ++m_p;
        if (m_p == start)
            return false;
        bool ok = false;
        *out = QByteArrayView(start, m_p - start).toDouble(&ok);
        return ok;
    }

    bool literal(const char *word)
    {
        skipSpace();
        const size_t length = std::strlen(word);
        if (size_t(m_end - m_p) < length || std::memcmp(m_p, word, length) != 0)
            return false;
        m_p += length;
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

QString text(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

bool decodeFlatJsonPrototype(QByteArrayView payload, GameEvent *event)
{
    Scanner s(payload);
    if (!s.eat('{'))
        return false;
    *event = GameEvent();
    QByteArray keyBuffer;
    QByteArray valueBuffer;
    bool havePlayer = false;
    bool haveType = false;
    bool haveRoll = false;
    double roll = 0;
    int sides = 20;
    if (s.peek() != '}') {
        do {
            QByteArrayView key;
            if (!s.string(&key, &keyBuffer) || !s.eat(':'))
                return false;
            const char next = s.peek();
            if (next == '"') {
                QByteArrayView value;
                if (!s.string(&value, &valueBuffer))
                    return false;
                if (key == "player") {
                    event->player = text(value);
                    havePlayer = !event->player.trimmed().isEmpty();
                } else if (key == "event_type") {
                    const QString type = text(value);
                    event->kind = eventKindFromName(type);
                    event->type =
                        event->kind == EventKind::Other ? type : eventKindName(event->kind);
                    haveType = !type.isEmpty();
                } else if (key == "timestamp") {
                    event->timestampUs = parseIsoTimestampUs(text(value));
                    if (event->timestampUs == NoTimestamp)
                        return false;
                } else if (key == "dice_type") {
                    sides = value.size() >= 2 ? std::atoi(value.data() + 1) : 0;
                } else if (key == "context") {
                    event->context = text(value);
                } else if (key == "monster_type") {
                    event->monster = text(value);
                } else if (key == "location") {
                    event->location = text(value);
                } else if (key == "spell_name") {
                    event->spell = text(value);
                } else if (key == "target") {
                    event->target = text(value);
                } else if (key == "effect") {
                    event->effect = text(value);
                } else if (key == "event_id") {
                    event->eventId = text(value);
                } else if (key == "game_id") {
                    event->gameId = text(value);
                }
            } else if (next == '{' || next == '[') {
                return false; // nested values: the Qt path's business
            } else if (next == 't' || next == 'f' || next == 'n') {
                if (!s.literal("true") && !s.literal("false") && !s.literal("null"))
                    return false;
            } else {
                double number = 0;
                if (!s.number(&number))
                    return false;
                if (key == "roll_result") {
                    roll = number;
                    haveRoll = true;
                } else if (key == "initiative_order") {
                    event->initiative = int(number);
                }
            }
        } while (s.eat(','));
    }
    if (!s.eat('}') || !s.atEnd() || !havePlayer || !haveType)
        return false;
    if (event->kind == EventKind::DiceRoll) {
        if (!haveRoll || std::trunc(roll) != roll || roll < 1 || roll > sides)
            return false;
        event->dieSides = sides;
        event->rollResult = int(roll);
    }
    return true;
}

} // namespace dnd::bench
