// SPDX-License-Identifier: MIT
#include "gameevent.h"

#include <cstdio>

namespace dnd {

namespace {

// Days between 1970-01-01 and the given proleptic Gregorian date
// (Howard Hinnant's days_from_civil): plain arithmetic, because the decoder
// calls this for every message and QDateTime::fromString is far slower.
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

struct CivilDate
{
    qint64 year;
    unsigned month;
    unsigned day;
};

// Inverse of daysFromCivil.
constexpr CivilDate civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {qint64(yoe) + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);
static_assert(civilFromDays(11017).year == 2000);

constexpr bool isLeapYear(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr unsigned daysInMonth(qint64 y, unsigned m)
{
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

// Small cursor over the text; every read checks bounds.
// Over UTF-16 text, or the Latin-1 view of UTF-8 bytes: an ISO 8601 time is
// ASCII, and a non-ASCII byte fails it just as the character would.
template <typename View> class IsoReader
{
public:
    explicit IsoReader(View text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char16_t peek() const { return atEnd() ? u'\0' : m_text[m_pos].unicode(); }
    void skip() { ++m_pos; }

    bool expect(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // Exactly `count` ASCII digits.
    bool digits(int count, int *value)
    {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = peek();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
            ++m_pos;
        }
        *value = v;
        return true;
    }

private:
    View m_text;
    qsizetype m_pos = 0;
};

const QString &diceRollName()
{
    static const QString name = QStringLiteral("dice_roll");
    return name;
}

const QString &encounterName()
{
    static const QString name = QStringLiteral("encounter");
    return name;
}

const QString &spellCastName()
{
    static const QString name = QStringLiteral("spell_cast");
    return name;
}

} // namespace

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::DiceRoll:
        return diceRollName();
    case EventKind::Encounter:
        return encounterName();
    case EventKind::SpellCast:
        return spellCastName();
    case EventKind::Other:
        break;
    }
    // Other has no fixed name: the event's own type string is its name.
    return QString();
}

EventKind eventKindFromName(const QString &name)
{
    if (name == diceRollName())
        return EventKind::DiceRoll;
    if (name == encounterName())
        return EventKind::Encounter;
    if (name == spellCastName())
        return EventKind::SpellCast;
    return EventKind::Other;
}

namespace {
template <typename View> qint64 parseIso(View text)
{
    IsoReader<View> in(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!in.digits(4, &year) || !in.expect(u'-') || !in.digits(2, &month) || !in.expect(u'-') ||
        !in.digits(2, &day))
        return NoTimestamp;
    // Python's str(datetime) separates with a space, isoformat() with 'T'.
    const char16_t sep = in.peek();
    if (sep != u'T' && sep != u't' && sep != u' ')
        return NoTimestamp;
    in.skip();
    if (!in.digits(2, &hour) || !in.expect(u':') || !in.digits(2, &minute))
        return NoTimestamp;
    if (in.expect(u':') && !in.digits(2, &second))
        return NoTimestamp;
    if (month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month)) ||
        hour > 23 || minute > 59 || second > 59)
        return NoTimestamp;

    // Fraction: any number of digits (Java and Go send nanoseconds); digits
    // past microseconds are dropped, not rounded, so parse(format(x)) == x.
    qint64 fractionUs = 0;
    if (in.peek() == u'.' || in.peek() == u',') {
        in.skip();
        int count = 0;
        for (char16_t c = in.peek(); c >= u'0' && c <= u'9'; c = in.peek()) {
            if (count < 6)
                fractionUs = fractionUs * 10 + (c - u'0');
            ++count;
            in.skip();
        }
        if (count == 0)
            return NoTimestamp;
        for (int i = count; i < 6; ++i)
            fractionUs *= 10;
    }

    // Zone: none (Python's utcnow(): UTC), Z, or +hh:mm / +hhmm / +hh.
    qint64 offsetSeconds = 0;
    const char16_t zone = in.peek();
    if (zone == u'Z' || zone == u'z') {
        in.skip();
    } else if (zone == u'+' || zone == u'-') {
        in.skip();
        int oh = 0, om = 0;
        if (!in.digits(2, &oh))
            return NoTimestamp;
        if (!in.atEnd()) {
            in.expect(u':');
            if (!in.digits(2, &om))
                return NoTimestamp;
        }
        if (oh > 23 || om > 59)
            return NoTimestamp;
        offsetSeconds = (oh * 3600 + om * 60) * (zone == u'-' ? -1 : 1);
    }
    if (!in.atEnd())
        return NoTimestamp;

    const qint64 seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 +
                           hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * 1'000'000 + fractionUs;
}
} // namespace

qint64 parseIsoTimestampUs(QStringView text)
{
    return parseIso(text);
}

qint64 parseIsoTimestampUs(QLatin1StringView text)
{
    return parseIso(text);
}

QString formatIsoTimestampUs(qint64 us)
{
    if (us == NoTimestamp)
        return QString();
    // Floor division, so times before 1970 still get a non-negative fraction.
    qint64 seconds = us / 1'000'000;
    qint64 fraction = us % 1'000'000;
    if (fraction < 0) {
        fraction += 1'000'000;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 secOfDay = seconds % 86400;
    if (secOfDay < 0) {
        secOfDay += 86400;
        --days;
    }
    const CivilDate date = civilFromDays(days);

    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d.%06lldZ",
                                static_cast<long long>(date.year), date.month, date.day,
                                int(secOfDay / 3600), int(secOfDay / 60 % 60), int(secOfDay % 60),
                                static_cast<long long>(fraction));
    return QString::fromLatin1(buf, n);
}

} // namespace dnd
