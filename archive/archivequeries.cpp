// SPDX-License-Identifier: MIT
// The queries for the session selector and the History view (CampaignReads),
// and ArchiveStore's own entry points to them.
#include "archivefault.h"
#include "archivestore_p.h"
#include "campaignreads.h"
#include "historycube.h"

#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <map>
#include <tuple>

namespace dnd {

namespace {

// Statistics are applied this many rows at a time.
constexpr int Chunk = 10'000;

struct Where
{
    QString sql; // "" or " WHERE ..."
    QVariantList values;
};

// `lastId`: the cut of the table read (ReadCut).
Where whereClause(const CampaignFilter &filter, bool withGame, qint64 lastId)
{
    QStringList terms;
    Where where;
    if (lastId != ReadCut::All) {
        terms << QStringLiteral("id <= ?");
        where.values << lastId;
    }
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

namespace {

void sortOutline(CampaignOutline *outline)
{
    std::sort(outline->sessions.begin(), outline->sessions.end(), startsBefore);
    for (int i = 0; i < outline->sessions.size(); ++i)
        outline->sessions[i].number = i + 1;
    std::sort(outline->games.begin(), outline->games.end(),
              [](const CampaignGame &a, const CampaignGame &b) {
                  return std::tie(a.firstUs, a.gameId) < std::tie(b.firstUs, b.gameId);
              });
}

using RowKey = std::tuple<qint64, qint64, QString>; // run, Julian day, player

SessionPlayerRow &rowFor(std::map<RowKey, SessionPlayerRow> &rows, qint64 runId, QDate day,
                         const QString &player)
{
    SessionPlayerRow &row = rows[{runId, day.toJulianDay(), player}];
    row.runId = runId;
    row.day = day;
    row.player = player;
    return row;
}

// Sessions and games of the cells (the outline without currentRunId).
void outlineFromCube(const HistoryCube &cube, CampaignOutline *outline)
{
    QHash<QString, qsizetype> games;
    for (auto it = cube.cells.cbegin(); it != cube.cells.cend(); ++it) {
        const CubeKey &key = it.key();
        const CubeCell &cell = it.value();
        const QDate day = localDay(cell.firstUs);
        auto session =
            std::find_if(outline->sessions.begin(), outline->sessions.end(),
                         [&](const PlaySession &s) { return s.sameSession(key.runId, day); });
        if (session == outline->sessions.end()) {
            outline->sessions.append(PlaySession{key.runId, day, NoTimestamp, NoTimestamp, 0, 0});
            session = outline->sessions.end() - 1;
        }
        widenRange(&session->firstUs, &session->lastUs, cell.firstUs, cell.lastUs);
        session->events += cell.events;
        outline->events += cell.events;
        widenRange(&outline->firstUs, &outline->lastUs, cell.firstUs, cell.lastUs);
        if (key.gameId.isEmpty())
            continue;
        auto game = games.constFind(key.gameId);
        if (game == games.cend()) {
            game = games.insert(key.gameId, outline->games.size());
            outline->games.append(CampaignGame{key.gameId, 0, NoTimestamp, NoTimestamp});
        }
        CampaignGame &g = outline->games[*game];
        g.events += cell.events;
        widenRange(&g.firstUs, &g.lastUs, cell.firstUs, cell.lastUs);
    }
}

} // namespace

bool CampaignReads::stopped(ArchiveFault *fault) const
{
    if (!stop || !stop->load(std::memory_order_relaxed))
        return false;
    *fault = archiveFault(ArchiveFault::Kind::Other, path,
                          QStringLiteral("the query was stopped: the campaign closes"));
    return true;
}

bool CampaignReads::cubeUsable() const
{
    // A cube already past the cut (not after queries in order) cannot
    // answer it: SQL can.
    if (!cube || cube->lastRowId > cut.lastEventId)
        return false;
    QSqlError error;
    return cube->update(db, cut.lastEventId, &error);
}

qint64 ArchiveStore::runId() const
{
    return d->runId;
}

ReadCut ArchiveStore::readCut() const
{
    ReadCut cut;
    cut.runId = d->runId;
    QSqlQuery query(d->db);
    // Rowids only grow (no row is ever deleted): two index seeks.
    if (isOpen() &&
        query.exec(QStringLiteral("SELECT (SELECT ifnull(max(id), 0) FROM event), "
                                  "(SELECT ifnull(max(id), 0) FROM rejected)")) &&
        query.next()) {
        cut.lastEventId = query.value(0).toLongLong();
        cut.lastRejectedId = query.value(1).toLongLong();
    }
    return cut;
}

namespace {

// The store's own queries read everything it committed.
CampaignReads readsOf(const QSqlDatabase &db, const QString &path, qint64 runId,
                      std::shared_ptr<HistoryCube> &cube)
{
    if (!cube)
        cube = std::make_shared<HistoryCube>();
    CampaignReads reads;
    reads.db = db;
    reads.path = path;
    reads.cube = cube.get();
    reads.cut.runId = runId;
    return reads;
}

} // namespace

bool ArchiveStore::outline(CampaignOutline *outline, ArchiveFault *fault) const
{
    return readsOf(d->db, d->path, d->runId, d->cube).outline(outline, fault);
}

bool ArchiveStore::statistics(const CampaignFilter &filter, Statistics *statistics,
                              ArchiveFault *fault) const
{
    return readsOf(d->db, d->path, d->runId, d->cube).statistics(filter, statistics, fault);
}

bool ArchiveStore::history(const CampaignFilter &filter, QVector<SessionPlayerRow> *rows,
                           ArchiveFault *fault) const
{
    return readsOf(d->db, d->path, d->runId, d->cube).history(filter, rows, fault);
}

bool CampaignReads::outline(CampaignOutline *outline, ArchiveFault *fault) const
{
    *outline = CampaignOutline{};
    outline->currentRunId = cut.runId;
    if (cubeUsable()) {
        outlineFromCube(*cube, outline);
        sortOutline(outline);
        return true;
    }
    QSqlQuery query(db);
    const Where all = whereClause(CampaignFilter{}, false, cut.lastEventId);
    const QString sessions =
        QStringLiteral("SELECT run_id, min(ts_us), max(ts_us), count(*) FROM event%1 "
                       "GROUP BY run_id, %2")
            .arg(all.sql, QLatin1String(QuarterHourSql));
    if (!runQuery(query, sessions, all.values)) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    while (query.next()) {
        const qint64 runId = query.value(0).toLongLong();
        const qint64 first = timestampOf(query.value(1));
        const qint64 last = timestampOf(query.value(2));
        const QDate day = localDay(first);
        auto it = std::find_if(outline->sessions.begin(), outline->sessions.end(),
                               [&](const PlaySession &s) { return s.sameSession(runId, day); });
        if (it == outline->sessions.end()) {
            outline->sessions.append(PlaySession{runId, day, NoTimestamp, NoTimestamp, 0, 0});
            it = outline->sessions.end() - 1;
        }
        widenRange(&it->firstUs, &it->lastUs, first, last);
        it->events += query.value(3).toULongLong();
        outline->events += query.value(3).toULongLong();
        widenRange(&outline->firstUs, &outline->lastUs, first, last);
    }
    if (query.lastError().isValid()) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }

    const QString games =
        QStringLiteral("SELECT game_id, count(*), min(ts_us), max(ts_us) FROM event "
                       "WHERE game_id IS NOT NULL%1 GROUP BY game_id")
            .arg(all.sql.isEmpty() ? QString() : QStringLiteral(" AND id <= ?"));
    if (!runQuery(query, games, all.values)) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    while (query.next())
        outline->games.append(CampaignGame{query.value(0).toString(), query.value(1).toULongLong(),
                                           timestampOf(query.value(2)),
                                           timestampOf(query.value(3))});
    if (query.lastError().isValid()) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    sortOutline(outline);
    return true;
}

bool CampaignReads::statistics(const CampaignFilter &filter, Statistics *statistics,
                               ArchiveFault *fault) const
{
    statistics->reset();
    QSqlQuery query(db);
    Where where = whereClause(filter, true, cut.lastEventId);
    if (!runQuery(query,
                  QStringLiteral("SELECT %1 FROM event%2 ORDER BY id")
                      .arg(QLatin1String(EventColumns), where.sql),
                  where.values)) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    QVector<GameEvent> chunk;
    chunk.reserve(Chunk);
    while (query.next()) {
        chunk.append(eventFromRow(query, 0));
        if (chunk.size() == Chunk) {
            statistics->applyEvents(chunk);
            chunk.clear();
            if (stopped(fault))
                return false;
        }
    }
    if (query.lastError().isValid()) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    statistics->applyEvents(chunk);
    // Rejected messages belong to no game.
    if (!filter.gameId.isEmpty())
        return true;
    where = whereClause(filter, false, cut.lastRejectedId);
    if (!runQuery(query,
                  QStringLiteral("SELECT %1 FROM rejected%2 ORDER BY id")
                      .arg(QLatin1String(RejectedColumns), where.sql),
                  where.values)) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    QVector<RejectedMessage> rejected;
    while (query.next())
        rejected.append(rejectedFromRow(query, 0));
    if (query.lastError().isValid()) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    statistics->applyRejected(rejected);
    return true;
}

bool CampaignReads::history(const CampaignFilter &filter, QVector<SessionPlayerRow> *rows,
                            ArchiveFault *fault) const
{
    rows->clear();
    // (run, day, player) -> row; QDate orders invalid (no time) first.
    std::map<RowKey, SessionPlayerRow> merged;
    if (alignedToQuarters(filter) && cubeUsable()) {
        for (auto it = cube->cells.cbegin(); it != cube->cells.cend(); ++it) {
            const CubeCell &cell = it.value();
            if (!cellMatches(filter, it.key(), cell))
                continue;
            SessionPlayerRow &row =
                rowFor(merged, it.key().runId, localDay(cell.firstUs), it.key().player);
            row.events += cell.events;
            row.d20Rolls += cell.d20Rolls;
            row.d20Sum += cell.d20Sum;
            row.nat20 += cell.nat20;
            row.nat1 += cell.nat1;
        }
        for (auto &entry : merged)
            rows->append(std::move(entry.second));
        return true;
    }
    QSqlQuery query(db);
    const Where where = whereClause(filter, true, cut.lastEventId);
    const QString sql = QStringLiteral("SELECT run_id, player, min(ts_us), count(*), "
                                       "sum(die = 20), sum(CASE WHEN die = 20 THEN roll END), "
                                       "sum(die = 20 AND roll = 20), sum(die = 20 AND roll = 1) "
                                       "FROM event%1 GROUP BY run_id, %2, player")
                            .arg(where.sql, QLatin1String(QuarterHourSql));
    if (!runQuery(query, sql, where.values)) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    while (query.next()) {
        SessionPlayerRow &row =
            rowFor(merged, query.value(0).toLongLong(), localDay(timestampOf(query.value(2))),
                   query.value(1).toString());
        row.events += query.value(3).toULongLong();
        row.d20Rolls += query.value(4).toULongLong();
        row.d20Sum += query.value(5).toULongLong();
        row.nat20 += query.value(6).toULongLong();
        row.nat1 += query.value(7).toULongLong();
    }
    if (query.lastError().isValid()) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    rows->reserve(qsizetype(merged.size()));
    for (auto &entry : merged)
        rows->append(std::move(entry.second));
    return true;
}

bool CampaignReads::recent(const CampaignFilter &filter, int maxEvents, int maxRejected,
                           QVector<GameEvent> *events, QVector<RejectedMessage> *rejected,
                           ArchiveFault *fault) const
{
    events->clear();
    rejected->clear();
    // The newest rows by rowid (no index: a narrow part scans back further).
    QSqlQuery query(db);
    Where where = whereClause(filter, true, cut.lastEventId);
    where.values << std::max(0, maxEvents);
    if (!runQuery(query,
                  QStringLiteral("SELECT %1 FROM event%2 ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(EventColumns), where.sql),
                  where.values)) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    while (query.next())
        events->append(eventFromRow(query, 0));
    if (query.lastError().isValid()) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    std::reverse(events->begin(), events->end());
    if (stopped(fault))
        return false;
    where = whereClause(filter, false, cut.lastRejectedId); // no game
    where.values << std::max(0, maxRejected);
    if (!runQuery(query,
                  QStringLiteral("SELECT %1 FROM rejected%2 ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(RejectedColumns), where.sql),
                  where.values)) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    while (query.next())
        rejected->append(rejectedFromRow(query, 0));
    if (query.lastError().isValid()) {
        *fault = archiveFaultFromSql(query.lastError(), path);
        return false;
    }
    std::reverse(rejected->begin(), rejected->end());
    return true;
}

} // namespace dnd
