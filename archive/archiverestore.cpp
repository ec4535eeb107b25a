// SPDX-License-Identifier: MIT
// ArchiveStore: reading the campaign back (statistics, latest rows).
#include "archivestore_p.h"

#include "statisticsstream.h"

#include <QSqlError>

#include <algorithm>

namespace dnd {

namespace {

// Rows applied to the statistics at a time while replaying after a snapshot.
constexpr int ReplayChunk = 10'000;

} // namespace

bool ArchiveStore::Private::loadStatistics(ArchiveFault *fault)
{
    statistics.reset();
    eventsSinceSnapshot = 0;
    qint64 lastEvent = 0;
    qint64 lastRejected = 0;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT last_event_id, last_rejected_id, data FROM snapshot WHERE id = 1"))) {
        *fault = sqlFault(query.lastError());
        return false;
    }
    if (query.next()) {
        Statistics loaded;
        // A snapshot in an unknown format is only a cache: replay everything.
        if (StatisticsStream::load(query.value(2).toByteArray(), &loaded)) {
            statistics = std::move(loaded);
            lastEvent = query.value(0).toLongLong();
            lastRejected = query.value(1).toLongLong();
        }
    }
    query.finish();

    // The rows written after the snapshot (a run that was killed before its
    // next one), applied in chunks.
    query.prepare(QStringLiteral("SELECT %1 FROM event WHERE id > ? ORDER BY id")
                      .arg(QLatin1String(EventColumns)));
    query.bindValue(0, lastEvent);
    if (!query.exec()) {
        *fault = sqlFault(query.lastError());
        return false;
    }
    QVector<GameEvent> chunk;
    chunk.reserve(ReplayChunk);
    while (query.next()) {
        chunk.append(eventFromRow(query, 0));
        if (chunk.size() == ReplayChunk) {
            statistics.applyEvents(chunk);
            eventsSinceSnapshot += quint64(chunk.size());
            chunk.clear();
        }
    }
    if (query.lastError().isValid()) {
        *fault = sqlFault(query.lastError());
        return false;
    }
    statistics.applyEvents(chunk);
    eventsSinceSnapshot += quint64(chunk.size());
    query.finish();

    query.prepare(QStringLiteral("SELECT %1 FROM rejected WHERE id > ? ORDER BY id")
                      .arg(QLatin1String(RejectedColumns)));
    query.bindValue(0, lastRejected);
    if (!query.exec()) {
        *fault = sqlFault(query.lastError());
        return false;
    }
    QVector<RejectedMessage> rejected;
    while (query.next())
        rejected.append(rejectedFromRow(query, 0));
    statistics.applyRejected(rejected);
    eventsSinceSnapshot += quint64(rejected.size());
    return true;
}

bool ArchiveStore::restore(RestoredCampaign *campaign, int recentEvents, int recentRejected,
                           ArchiveFault *fault)
{
    campaign->statistics = d->statistics;
    campaign->eventsReplayed = d->eventsSinceSnapshot;
    campaign->recentEvents.clear();
    campaign->recentRejected.clear();
    campaign->warnings.clear();

    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    // The newest rows by rowid, then oldest first as the views append them.
    query.prepare(QStringLiteral("SELECT %1 FROM event ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(EventColumns)));
    query.bindValue(0, std::max(0, recentEvents));
    if (!query.exec()) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    while (query.next())
        campaign->recentEvents.append(eventFromRow(query, 0));
    std::reverse(campaign->recentEvents.begin(), campaign->recentEvents.end());
    query.finish();

    query.prepare(QStringLiteral("SELECT %1 FROM rejected ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(RejectedColumns)));
    query.bindValue(0, std::max(0, recentRejected));
    if (!query.exec()) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    while (query.next())
        campaign->recentRejected.append(rejectedFromRow(query, 0));
    std::reverse(campaign->recentRejected.begin(), campaign->recentRejected.end());
    query.finish();

    if (!query.exec(QStringLiteral("SELECT message FROM warning ORDER BY id"))) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    while (query.next())
        campaign->warnings.append(query.value(0).toString());

    // Many rows after the last snapshot (a killed run): take one now so the
    // next start is fast again.
    if (d->eventsSinceSnapshot >= SnapshotEvery && !writeSnapshot(fault))
        return false;
    return true;
}

} // namespace dnd
