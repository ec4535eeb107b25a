// SPDX-License-Identifier: MIT
#include "historycube.h"

#include <algorithm>
#include <limits>

namespace dnd {

bool runQuery(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

qint64 timestampOf(const QVariant &value)
{
    return value.isNull() ? NoTimestamp : value.toLongLong();
}

void widenRange(qint64 *first, qint64 *last, qint64 from, qint64 to)
{
    if (from != NoTimestamp && (*first == NoTimestamp || from < *first))
        *first = from;
    if (to != NoTimestamp && (*last == NoTimestamp || to > *last))
        *last = to;
}

size_t qHash(const CubeKey &key, size_t seed)
{
    return qHashMulti(seed, key.runId, key.quarter, key.player, key.gameId);
}

bool alignedToQuarters(const CampaignFilter &filter)
{
    return (filter.fromUs == NoTimestamp || filter.fromUs % QuarterUs == 0) &&
           (filter.toUs == std::numeric_limits<qint64>::max() || filter.toUs % QuarterUs == 0);
}

bool cellMatches(const CampaignFilter &filter, const CubeKey &key, const CubeCell &cell)
{
    if (!filter.gameId.isEmpty() && key.gameId != filter.gameId)
        return false;
    if (filter.runId != 0 && key.runId != filter.runId)
        return false;
    if (filter.hasTimeRange() && (cell.firstUs == NoTimestamp || cell.firstUs < filter.fromUs ||
                                  cell.firstUs >= filter.toUs))
        return false;
    return true;
}

bool HistoryCube::update(const QSqlDatabase &db, qint64 lastId, QSqlError *error)
{
    if (overflowed)
        return false;
    QSqlQuery query(db);
    const QString sql =
        QStringLiteral("SELECT run_id, %1, player, game_id, count(*), sum(die = 20), "
                       "sum(CASE WHEN die = 20 THEN roll END), sum(die = 20 AND roll = 20), "
                       "sum(die = 20 AND roll = 1), min(ts_us), max(ts_us), max(id) "
                       "FROM event WHERE id > ? AND id <= ? GROUP BY 1, 2, 3, 4")
            .arg(QLatin1String(QuarterHourSql));
    if (!runQuery(query, sql, {lastRowId, lastId})) {
        *error = query.lastError();
        return false;
    }
    qint64 last = lastRowId;
    while (query.next()) {
        const CubeKey key{query.value(0).toLongLong(),
                          query.value(1).isNull() ? NoTimestamp : query.value(1).toLongLong(),
                          query.value(2).toString(), query.value(3).toString()};
        CubeCell &cell = cells[key];
        cell.events += query.value(4).toULongLong();
        cell.d20Rolls += query.value(5).toULongLong();
        cell.d20Sum += query.value(6).toULongLong();
        cell.nat20 += query.value(7).toULongLong();
        cell.nat1 += query.value(8).toULongLong();
        widenRange(&cell.firstUs, &cell.lastUs, timestampOf(query.value(9)),
                   timestampOf(query.value(10)));
        last = std::max(last, query.value(11).toLongLong());
    }
    if (query.lastError().isValid()) {
        *error = query.lastError();
        cells.clear(); // half applied: start again next time
        lastRowId = 0;
        return false;
    }
    lastRowId = last;
    if (cells.size() > MaxCells) {
        overflowed = true;
        cells.clear();
        return false;
    }
    return true;
}

} // namespace dnd
