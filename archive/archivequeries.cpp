// SPDX-License-Identifier: MIT
// ArchiveStore: queries for the session selector and the History view.
#include "archivestore_p.h"

#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <map>
#include <tuple>

namespace dnd {

namespace {

// Rows are grouped by UTC quarter hour in SQL and the groups mapped to local
// days here: every time zone's offset is a multiple of 15 minutes, so a
// group never straddles a local midnight, and SQLite's 'localtime' would
// cost a conversion per row.
const char *const QuarterHour = "ts_us / 900000000";

// Statistics are applied this many rows at a time.
constexpr int Chunk = 10'000;

struct Where
{
    QString sql; // "" or " WHERE ..."
    QVariantList values;
};

Where whereClause(const CampaignFilter &filter, bool withGame)
{
    QStringList terms;
    Where where;
    if (withGame && !filter.gameId.isEmpty()) {
        terms << QStringLiteral("game_id = ?");
        where.values << filter.gameId;
    }
    if (filter.runId != 0) {
        terms << QStringLiteral("run_id = ?");
        where.values << filter.runId;
    }
    if (filter.fromUs != NoTimestamp) {
        terms << QStringLiteral("ts_us >= ?");
        where.values << filter.fromUs;
    }
    if (filter.toUs != std::numeric_limits<qint64>::max()) {
        terms << QStringLiteral("ts_us < ?");
        where.values << filter.toUs;
    }
    if (!terms.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return where;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

qint64 timestamp(const QVariant &value)
{
    return value.isNull() ? NoTimestamp : value.toLongLong();
}

// Earlier of two timestamps, NoTimestamp meaning none.
void widen(qint64 *first, qint64 *last, qint64 from, qint64 to)
{
    if (from != NoTimestamp && (*first == NoTimestamp || from < *first))
        *first = from;
    if (to != NoTimestamp && (*last == NoTimestamp || to > *last))
        *last = to;
}

// Sessions without a time last; else by start, then run.
bool startsBefore(const PlaySession &a, const PlaySession &b)
{
    const bool aTimed = a.firstUs != NoTimestamp;
    const bool bTimed = b.firstUs != NoTimestamp;
    if (aTimed != bTimed)
        return aTimed;
    return std::tie(a.firstUs, a.runId) < std::tie(b.firstUs, b.runId);
}

} // namespace

qint64 ArchiveStore::runId() const
{
    return d->runId;
}

bool ArchiveStore::outline(CampaignOutline *outline, ArchiveFault *fault) const
{
    *outline = CampaignOutline{};
    outline->currentRunId = d->runId;
    QSqlQuery query(d->db);
    const QString sessions =
        QStringLiteral("SELECT run_id, min(ts_us), max(ts_us), count(*) FROM event "
                       "GROUP BY run_id, %1")
            .arg(QLatin1String(QuarterHour));
    if (!run(query, sessions, {})) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    while (query.next()) {
        const qint64 runId = query.value(0).toLongLong();
        const qint64 first = timestamp(query.value(1));
        const qint64 last = timestamp(query.value(2));
        const QDate day = localDay(first);
        auto it = std::find_if(outline->sessions.begin(), outline->sessions.end(),
                               [&](const PlaySession &s) { return s.sameSession(runId, day); });
        if (it == outline->sessions.end()) {
            outline->sessions.append(PlaySession{runId, day, NoTimestamp, NoTimestamp, 0, 0});
            it = outline->sessions.end() - 1;
        }
        widen(&it->firstUs, &it->lastUs, first, last);
        it->events += query.value(3).toULongLong();
        outline->events += query.value(3).toULongLong();
        widen(&outline->firstUs, &outline->lastUs, first, last);
    }
    if (query.lastError().isValid()) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    std::sort(outline->sessions.begin(), outline->sessions.end(), startsBefore);
    for (int i = 0; i < outline->sessions.size(); ++i)
        outline->sessions[i].number = i + 1;

    if (!run(query,
             QStringLiteral("SELECT game_id, count(*), min(ts_us), max(ts_us) FROM event "
                            "WHERE game_id IS NOT NULL GROUP BY game_id"),
             {})) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    while (query.next())
        outline->games.append(CampaignGame{query.value(0).toString(), query.value(1).toULongLong(),
                                           timestamp(query.value(2)), timestamp(query.value(3))});
    if (query.lastError().isValid()) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    std::stable_sort(outline->games.begin(), outline->games.end(),
                     [](const CampaignGame &a, const CampaignGame &b) {
                         return std::tie(a.firstUs, a.gameId) < std::tie(b.firstUs, b.gameId);
                     });
    return true;
}

bool ArchiveStore::statistics(const CampaignFilter &filter, Statistics *statistics,
                              ArchiveFault *fault) const
{
    statistics->reset();
    QSqlQuery query(d->db);
    Where where = whereClause(filter, true);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM event%2 ORDER BY id")
                 .arg(QLatin1String(EventColumns), where.sql),
             where.values)) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    QVector<GameEvent> chunk;
    chunk.reserve(Chunk);
    while (query.next()) {
        chunk.append(eventFromRow(query, 0));
        if (chunk.size() == Chunk) {
            statistics->applyEvents(chunk);
            chunk.clear();
        }
    }
    if (query.lastError().isValid()) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    statistics->applyEvents(chunk);
    // Rejected messages belong to no game.
    if (!filter.gameId.isEmpty())
        return true;
    where = whereClause(filter, false);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM rejected%2 ORDER BY id")
                 .arg(QLatin1String(RejectedColumns), where.sql),
             where.values)) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    QVector<RejectedMessage> rejected;
    while (query.next())
        rejected.append(rejectedFromRow(query, 0));
    if (query.lastError().isValid()) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    statistics->applyRejected(rejected);
    return true;
}

bool ArchiveStore::history(const CampaignFilter &filter, QVector<SessionPlayerRow> *rows,
                           ArchiveFault *fault) const
{
    rows->clear();
    QSqlQuery query(d->db);
    const Where where = whereClause(filter, true);
    const QString sql = QStringLiteral("SELECT run_id, player, min(ts_us), count(*), "
                                       "sum(die = 20), sum(CASE WHEN die = 20 THEN roll END), "
                                       "sum(die = 20 AND roll = 20), sum(die = 20 AND roll = 1) "
                                       "FROM event%1 GROUP BY run_id, %2, player")
                            .arg(where.sql, QLatin1String(QuarterHour));
    if (!run(query, sql, where.values)) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    // (run, day, player) -> row; QDate orders invalid (no time) first.
    std::map<std::tuple<qint64, qint64, QString>, SessionPlayerRow> merged;
    while (query.next()) {
        const qint64 runId = query.value(0).toLongLong();
        const QString player = query.value(1).toString();
        const QDate day = localDay(timestamp(query.value(2)));
        SessionPlayerRow &row = merged[{runId, day.toJulianDay(), player}];
        row.runId = runId;
        row.day = day;
        row.player = player;
        row.events += query.value(3).toULongLong();
        row.d20Rolls += query.value(4).toULongLong();
        row.d20Sum += query.value(5).toULongLong();
        row.nat20 += query.value(6).toULongLong();
        row.nat1 += query.value(7).toULongLong();
    }
    if (query.lastError().isValid()) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    rows->reserve(qsizetype(merged.size()));
    for (auto &entry : merged)
        rows->append(std::move(entry.second));
    return true;
}

} // namespace dnd
