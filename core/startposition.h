// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace dnd {

// Where a consumer starts reading a partition it has not read in this run.
enum class StartFrom : quint8
{
    Resume,    // the campaign archive's positions for this source; else Earliest
    Earliest,  // the whole topic (it is the game's log)
    Latest,    // new events only
    Committed, // the consumer group's committed positions; else Earliest
    Time       // the first message at or after a time (offsets for times)
};

QString startFromName(StartFrom from);

// Parses what --from, DND_START_FROM and the preferences accept: a name
// ("resume", "earliest", "latest", "committed"), "today" (local midnight),
// a local date or date and time ("2026-12-02", "2026-12-02T19:00", with
// seconds or a UTC offset too), or a time back from `now` ("-2h", "-30m",
// "-1d", "-90s"). A time sets *timeMs (milliseconds since the epoch).
bool parseStartFrom(const QString &text, StartFrom *from, qint64 *timeMs = nullptr,
                    const QDateTime &now = QDateTime::currentDateTime());

} // namespace dnd
