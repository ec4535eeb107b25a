// SPDX-License-Identifier: MIT
#pragma once

// Internal to dnd_archive (the queries of archivequeries.cpp): the counts
// the session selector and the History view are answered from, and the SQL
// helpers they share with the queries.

#include "campaignfilter.h"
#include "gameevent.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace dnd {

// Rows are grouped by UTC quarter hour in SQL and the groups mapped to local
// days here: every time zone's offset is a multiple of 15 minutes, so a
// group never straddles a local midnight, and SQLite's 'localtime' would
// cost a conversion per row.
inline constexpr const char *QuarterHourSql = "ts_us / 900000000";

// Quarter hours in microseconds: a time filter on local days is aligned to
// them, so the cube answers it exactly.
inline constexpr qint64 QuarterUs = 900'000'000;

// Prepares and runs `sql` with `values` bound in order, forward only.
bool runQuery(QSqlQuery &query, const QString &sql, const QVariantList &values);
// A nullable ts_us column: NoTimestamp for NULL.
qint64 timestampOf(const QVariant &value);
// Widens [*first, *last] to include [from, to], NoTimestamp meaning none.
void widenRange(qint64 *first, qint64 *last, qint64 from, qint64 to);

struct CubeKey
{
    qint64 runId = 0;
    qint64 quarter = NoTimestamp; // ts_us / 900000000; NoTimestamp: no time
    QString player;
    QString gameId; // empty: none
    bool operator==(const CubeKey &) const = default;
};

size_t qHash(const CubeKey &key, size_t seed = 0);

struct CubeCell
{
    quint64 events = 0;
    quint64 d20Rolls = 0;
    quint64 d20Sum = 0;
    quint64 nat20 = 0;
    quint64 nat1 = 0;
    qint64 firstUs = NoTimestamp;
    qint64 lastUs = NoTimestamp;
};

// A time filter on local days aligned to quarter hours: the cube answers it
// exactly.
bool alignedToQuarters(const CampaignFilter &filter);
bool cellMatches(const CampaignFilter &filter, const CubeKey &key, const CubeCell &cell);

// Counts per run, quarter hour, player and game, brought up to date with
// the rows appended since the last query: a query scans only new rows
// (by rowid), not the campaign (docs/PERFORMANCE.md, "History queries").
struct HistoryCube
{
    // A stream of thousands of players makes too many cells: then every
    // query goes to SQL.
    static constexpr qsizetype MaxCells = 200'000;
    qint64 lastRowId = 0;
    QHash<CubeKey, CubeCell> cells;
    bool overflowed = false;

    // Adds the rows appended since the last update, up to rowid `lastId`.
    // False: the queries go to SQL (a database error, or too many cells).
    bool update(const QSqlDatabase &db, qint64 lastId, QSqlError *error);
};

} // namespace dnd
