// SPDX-License-Identifier: MIT
#include "flatjsonscanner.h"

#include <cstring>

namespace dnd {

namespace {

// Integers of up to 15 digits are exact as doubles, so the value is the one
// Qt JSON gives for both toDouble() and toInteger().
constexpr int MaxIntegerDigits = 15;

class Scanner
{
public:
    explicit Scanner(QByteArrayView json) : m_p(json.data()), m_end(json.data() + json.size()) {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd() const { return m_p == m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    bool eat(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    // A string without escapes or control characters, as a view of the
    // input, after its opening quote has been eaten.
    bool string(QByteArrayView *out)
    {
        const char *start = m_p;
        // memchr finds the closing quote fast; the bytes before it are then
        // checked for what JSON forbids or we leave to Qt.
        const void *quote = std::memchr(m_p, '"', size_t(m_end - m_p));
        if (!quote)
            return false;
        const char *stop = static_cast<const char *>(quote);
        // Qt JSON drops a byte order mark at the start of a string (key or
        // value); a view of the bytes would keep it.
        if (stop - start >= 3 && std::memcmp(start, "\xEF\xBB\xBF", 3) == 0)
            return false;
        for (const char *c = start; c < stop; ++c) {
            if (uchar(*c) < 0x20 || *c == '\\')
                return false;
        }
        *out = QByteArrayView(start, stop - start);
        m_p = stop + 1;
        return true;
    }

    // -?(0|[1-9][0-9]*) with no fraction or exponent, up to 15 digits.
    bool integer(qint64 *out)
    {
        const bool negative = eat('-');
        const char *digits = m_p;
        qint64 value = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            value = value * 10 + (*m_p - '0');
            ++m_p;
            if (m_p - digits > MaxIntegerDigits)
                return false;
        }
        const qsizetype count = m_p - digits;
        // "-0" is left to Qt as well: it is no integer a field would take.
        if (count == 0 || (*digits == '0' && (count > 1 || negative)))
            return false;
        *out = negative ? -value : value;
        return true;
    }

    bool literal(const char *word, size_t length)
    {
        if (size_t(m_end - m_p) < length || std::memcmp(m_p, word, length) != 0)
            return false;
        m_p += length;
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

// Reads one value into *field (or just over it when field is null).
bool scanValue(Scanner &in, FieldValue *field)
{
    FieldValue ignored;
    FieldValue &out = field ? *field : ignored;
    const char c = in.peek();
    if (c == '"') {
        in.eat('"');
        QByteArrayView text;
        if (!in.string(&text))
            return false;
        out.type = FieldValue::Type::String;
        out.utf8 = text;
        return true;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        qint64 value = 0;
        if (!in.integer(&value))
            return false;
        out.type = FieldValue::Type::Number;
        out.integer = value;
        out.number = double(value);
        return true;
    }
    if (in.literal("true", 4) || in.literal("false", 5)) {
        out.type = FieldValue::Type::Bool;
        return true;
    }
    if (in.literal("null", 4)) {
        out.type = FieldValue::Type::Null;
        return true;
    }
    return false; // nested value, or not JSON: Qt's business
}

} // namespace

bool scanFlatJsonObject(QByteArrayView json, EventFields *fields)
{
    Scanner in(json);
    in.skipSpace();
    if (!in.eat('{'))
        return false;
    in.skipSpace();
    if (!in.eat('}')) {
        quint32 seen = 0;
        do {
            in.skipSpace();
            QByteArrayView key;
            if (!in.eat('"') || !in.string(&key))
                return false;
            in.skipSpace();
            if (!in.eat(':'))
                return false;
            in.skipSpace();
            const int index = fieldIndexOfKey(key);
            FieldValue *field = nullptr;
            if (index >= 0) {
                // Which of two equal keys Qt keeps is Qt's rule: leave it to Qt.
                if (seen & (1u << index))
                    return false;
                seen |= 1u << index;
                field = &fields->values[size_t(index)];
            }
            if (!scanValue(in, field))
                return false;
            in.skipSpace();
        } while (in.eat(','));
        if (!in.eat('}'))
            return false;
    }
    in.skipSpace();
    return in.atEnd();
}

} // namespace dnd
