// SPDX-License-Identifier: MIT
#include "startposition.h"

namespace dnd {

namespace {

constexpr StartFrom Named[] = {StartFrom::Resume, StartFrom::Earliest, StartFrom::Latest,
                               StartFrom::Committed};

// "-2h" and the like: a count and a unit, back from now.
bool parseRelative(const QString &text, const QDateTime &now, qint64 *timeMs)
{
    if (text.size() < 3 || text.front() != QLatin1Char('-'))
        return false;
    const QChar unit = text.back();
    qint64 unitMs = 0;
    if (unit == QLatin1Char('s'))
        unitMs = 1000;
    else if (unit == QLatin1Char('m'))
        unitMs = 60 * 1000;
    else if (unit == QLatin1Char('h'))
        unitMs = 3600 * 1000;
    else if (unit == QLatin1Char('d'))
        unitMs = 24 * 3600 * 1000;
    else
        return false;
    bool ok = false;
    const qint64 count = QStringView(text).mid(1, text.size() - 2).toLongLong(&ok);
    if (!ok || count < 0 || count > 100LL * 365 * 24 * 3600)
        return false;
    *timeMs = now.toMSecsSinceEpoch() - count * unitMs;
    return true;
}

bool parseAbsolute(const QString &text, const QDateTime &now, qint64 *timeMs)
{
    if (text == QLatin1String("today")) {
        *timeMs = QDateTime(now.date(), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
        return true;
    }
    // Without a zone, Qt reads ISO dates and times as local time.
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return false;
        time = QDateTime(date, QTime(0, 0), Qt::LocalTime);
    }
    *timeMs = time.toMSecsSinceEpoch();
    return true;
}

} // namespace

QString startFromName(StartFrom from)
{
    switch (from) {
    case StartFrom::Resume:
        return QStringLiteral("resume");
    case StartFrom::Earliest:
        return QStringLiteral("earliest");
    case StartFrom::Latest:
        return QStringLiteral("latest");
    case StartFrom::Committed:
        return QStringLiteral("committed");
    case StartFrom::Time:
        return QStringLiteral("time");
    }
    return {};
}

bool parseStartFrom(const QString &text, StartFrom *from, qint64 *timeMs, const QDateTime &now)
{
    const QString name = text.trimmed().toLower();
    for (const StartFrom candidate : Named) {
        if (name == startFromName(candidate)) {
            if (from)
                *from = candidate;
            return true;
        }
    }
    qint64 ms = 0;
    if (!parseRelative(name, now, &ms) && !parseAbsolute(text.trimmed(), now, &ms))
        return false;
    if (from)
        *from = StartFrom::Time;
    if (timeMs)
        *timeMs = ms;
    return true;
}

} // namespace dnd
