// SPDX-License-Identifier: MIT
#include "archivestore_p.h"

#include "archivefault.h"
#include "archiveschema.h"
#include "statisticsstream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSysInfo>

#include <atomic>

namespace dnd {

namespace {

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

void raisePosition(PartitionPositions &positions, qint32 partition, qint64 offset)
{
    if (partition < 0 || offset < 0)
        return;
    auto it = positions.find(partition);
    if (it == positions.end())
        positions.insert(partition, offset + 1);
    else if (offset + 1 > it.value())
        it.value() = offset + 1;
}

} // namespace

qint64 ArchiveStore::sourceId(const ArchiveSource &source, ArchiveFault *fault)
{
    qint64 best = 0;
    int bestEpoch = -1;
    for (auto it = d->sources.cbegin(); it != d->sources.cend(); ++it) {
        if (it->clusterId == source.clusterId && it->topic == source.topic &&
            it->epoch > bestEpoch) {
            best = it.key();
            bestEpoch = it->epoch;
        }
    }
    if (best > 0)
        return best;
    QSqlQuery insert(d->db);
    insert.prepare(QStringLiteral(
        "INSERT INTO source (cluster_id, topic, epoch, created_us) VALUES (?, ?, 0, ?)"));
    insert.bindValue(0, source.clusterId);
    insert.bindValue(1, source.topic);
    insert.bindValue(2, nowUs());
    if (!insert.exec()) {
        *fault = d->sqlFault(insert.lastError());
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    d->sources.insert(id, SourceRow{source.clusterId, source.topic, 0});
    return id;
}

qint64 ArchiveStore::startNewEpoch(qint64 sourceId, const QString &reason, ArchiveFault *fault)
{
    const auto it = d->sources.constFind(sourceId);
    if (it == d->sources.cend())
        return 0;
    const SourceRow row{it->clusterId, it->topic, it->epoch + 1};
    if (!d->exec(QStringLiteral("BEGIN"), fault))
        return 0;
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral(
        "INSERT INTO source (cluster_id, topic, epoch, created_us) VALUES (?, ?, ?, ?)"));
    query.bindValue(0, row.clusterId);
    query.bindValue(1, row.topic);
    query.bindValue(2, row.epoch);
    query.bindValue(3, nowUs());
    bool ok = query.exec();
    const qint64 id = ok ? query.lastInsertId().toLongLong() : 0;
    if (ok) {
        query.prepare(QStringLiteral(
            "INSERT INTO warning (created_us, source_id, message) VALUES (?, ?, ?)"));
        query.bindValue(0, nowUs());
        query.bindValue(1, id);
        query.bindValue(2, reason);
        ok = query.exec();
    }
    if (!ok)
        *fault = d->sqlFault(query.lastError());
    if (!ok || !d->exec(QStringLiteral("COMMIT"), fault)) {
        d->rollback();
        return 0;
    }
    d->sources.insert(id, row);
    return id;
}

PartitionPositions ArchiveStore::positions(qint64 sourceId) const
{
    return d->positions.value(sourceId);
}

QHash<QString, PartitionPositions> ArchiveStore::positionsForTopic(const QString &topic) const
{
    QHash<QString, PartitionPositions> result;
    QHash<QString, int> epochs;
    for (auto it = d->sources.cbegin(); it != d->sources.cend(); ++it) {
        if (it->topic != topic || epochs.value(it->clusterId, -1) > it->epoch)
            continue;
        epochs.insert(it->clusterId, it->epoch);
        result.insert(it->clusterId, d->positions.value(it.key()));
    }
    return result;
}

QHash<QString, QHash<QString, PartitionPositions>> ArchiveStore::positionsByTopic() const
{
    QHash<QString, QHash<QString, PartitionPositions>> result;
    for (const SourceRow &source : std::as_const(d->sources)) {
        if (!result.contains(source.topic))
            result.insert(source.topic, positionsForTopic(source.topic));
    }
    return result;
}

StoreResult ArchiveStore::store(qint64 sourceId, const QVector<EventBatch> &batches,
                                ArchiveFault *fault)
{
    StoreResult result;
    if (!isOpen()) {
        *fault = archiveFault(ArchiveFault::Kind::CannotOpen, d->path,
                              QStringLiteral("the archive is not open"));
        return result;
    }
    const PartitionPositions stored = d->positions.value(sourceId);
    PartitionPositions next = stored;
    // Already stored: below the position of its partition (a redelivery).
    auto isStored = [&stored](qint32 partition, qint64 offset) {
        if (partition < 0)
            return false;
        const auto it = stored.constFind(partition);
        return it != stored.cend() && offset < it.value();
    };
    // What is new, for the snapshot's statistics, in order: a batch's events
    // as they came (shared, not copied: the usual case), or the new part of
    // a batch that was partly stored before.
    QVector<QVector<GameEvent>> newEvents;
    quint64 newEventCount = 0;
    QVector<RejectedMessage> newRejected;

    if (!d->run(*d->begin, fault))
        return result;
    bool ok = true;
    for (const EventBatch &batch : batches) {
        QVector<GameEvent> part; // the new events, once one was skipped
        bool skippedSome = false;
        for (qsizetype i = 0; i < batch.events.size(); ++i) {
            const GameEvent &event = batch.events.at(i);
            if (isStored(event.partition, event.offset)) {
                ++result.skipped;
                if (!skippedSome)
                    part = batch.events.first(i);
                skippedSome = true;
                continue;
            }
            bindEvent(*d->insertEvent, sourceId, d->runId, event);
            if (!d->run(*d->insertEvent, fault)) {
                ok = false;
                break;
            }
            if (skippedSome)
                part.append(event);
            ++newEventCount;
            raisePosition(next, event.partition, event.offset);
        }
        newEvents.append(skippedSome ? part : batch.events);
        for (const RejectedMessage &rejected : batch.rejected) {
            if (!ok)
                break;
            if (isStored(rejected.partition, rejected.offset)) {
                ++result.skipped;
                continue;
            }
            bindRejected(*d->insertRejected, sourceId, d->runId, rejected);
            if (!d->run(*d->insertRejected, fault)) {
                ok = false;
                break;
            }
            newRejected.append(rejected);
            raisePosition(next, rejected.partition, rejected.offset);
        }
        if (!ok)
            break;
        // Offsets in a range that held no message (transaction markers,
        // compacted away) are consumed too.
        for (const PartitionRange &range : batch.ranges)
            raisePosition(next, range.partition, range.last);
    }
    if (ok) {
        for (auto it = next.cbegin(); it != next.cend() && ok; ++it) {
            if (stored.value(it.key(), -1) == it.value())
                continue;
            d->upsertPosition->bindInt(1, sourceId);
            d->upsertPosition->bindInt(2, it.key());
            d->upsertPosition->bindInt(3, it.value());
            ok = d->run(*d->upsertPosition, fault);
        }
    }
    if (ok && !d->run(*d->commit, fault))
        ok = false;
    if (!ok) {
        d->rollback();
        return result;
    }

    d->positions.insert(sourceId, next);
    for (const QVector<GameEvent> &events : std::as_const(newEvents))
        d->statistics.applyEvents(events);
    d->statistics.applyRejected(newRejected);
    result.ok = true;
    result.events = newEventCount;
    result.rejected = quint64(newRejected.size());
    d->eventsSinceSnapshot += result.events + result.rejected;
    if (d->eventsSinceSnapshot >= SnapshotEvery) {
        ArchiveFault snapshotFault;
        if (!writeSnapshot(&snapshotFault))
            *fault = snapshotFault; // the batch is stored; the caller decides
    }
    return result;
}

bool ArchiveStore::writeSnapshot(ArchiveFault *fault)
{
    // The snapshot names the last rows it covers, so rows written after it
    // (until the next one) are replayed by a restore.
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO snapshot (id, last_event_id, last_rejected_id, data) "
        "VALUES (1, (SELECT coalesce(max(id), 0) FROM event), "
        "(SELECT coalesce(max(id), 0) FROM rejected), ?)"));
    query.bindValue(0, StatisticsStream::save(d->statistics));
    if (!query.exec()) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    d->eventsSinceSnapshot = 0;
    return true;
}

} // namespace dnd
