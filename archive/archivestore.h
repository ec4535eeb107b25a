// SPDX-License-Identifier: MIT
#pragma once

#include "archivetypes.h"
#include "campaignfilter.h"
#include "campaignquery.h"

#include <QString>

#include <memory>

class QIODevice;

namespace dnd {

// Counts of a JSON Lines import.
struct ImportResult
{
    quint64 lines = 0;      // non-empty lines read
    quint64 imported = 0;   // events added to the campaign
    quint64 duplicates = 0; // already in the campaign (or earlier in the file)
    quint64 invalid = 0;    // lines the codec rejected
};

// The campaign archive file, used synchronously from one thread (the
// archive writer's). Every method that writes takes one transaction: a batch
// with the positions it ends, so positions never run ahead of what is
// stored. A failing call leaves the file as it was and returns a fault.
class ArchiveStore
{
public:
    // Events written between two snapshots of the statistics; a restore
    // replays at most this many rows one by one.
    static constexpr quint64 SnapshotEvery = 50'000;

    ArchiveStore();
    ~ArchiveStore(); // close()
    ArchiveStore(const ArchiveStore &) = delete;
    ArchiveStore &operator=(const ArchiveStore &) = delete;

    // Locks (a QLockFile beside it), opens or creates, migrates and loads the
    // campaign's statistics. A newer, foreign or damaged file is refused
    // and not written to.
    bool open(const QString &path, ArchiveFault *fault);
    // Writes a last snapshot and releases the file. Idempotent.
    void close();
    bool isOpen() const;
    QString path() const;

    // The latest epoch of a source, created when it is new.
    qint64 sourceId(const ArchiveSource &source, ArchiveFault *fault);
    // The topic's offsets went backwards (deleted and recreated): later
    // batches of the source count from its next epoch, and a warning
    // saying so is kept in the campaign. Returns the new source id.
    qint64 startNewEpoch(qint64 sourceId, const QString &reason, ArchiveFault *fault);
    PartitionPositions positions(qint64 sourceId) const;
    // Positions of every epoch-latest source of `topic`, by cluster id.
    QHash<QString, PartitionPositions> positionsForTopic(const QString &topic) const;
    // The same for every topic: topic -> cluster id -> positions.
    QHash<QString, QHash<QString, PartitionPositions>> positionsByTopic() const;

    // Stores batches in one transaction with their positions. Messages at
    // offsets below the stored position of their partition are already in
    // the archive and skipped. Nothing changes on failure.
    StoreResult store(qint64 sourceId, const QVector<EventBatch> &batches, ArchiveFault *fault);

    // The campaign: statistics (snapshot + the rows after it) and the
    // latest rows for the event log and problems.
    bool restore(RestoredCampaign *campaign, int recentEvents, int recentRejected,
                 ArchiveFault *fault);
    const Statistics &statistics() const;
    bool writeSnapshot(ArchiveFault *fault);

    // Every archived event, oldest first, as JSON Lines in the wire format.
    bool exportJsonLines(QIODevice *out, quint64 *written, ArchiveFault *fault);
    // Adds the events of a JSON Lines file, skipping those the campaign
    // already has: by event_id when an event has one, else by content.
    bool importJsonLines(QIODevice *in, const QString &name, ImportResult *result,
                         ArchiveFault *fault);

    // Queries for the session selector and the History view
    // (archivequeries.cpp); they read what is committed.
    qint64 runId() const; // this run's row in `run`
    // The rows stored so far: what a question asked now may read (the
    // reader answers it while later batches are stored).
    ReadCut readCut() const;
    bool outline(CampaignOutline *outline, ArchiveFault *fault) const;
    // The statistics of the events `filter` matches (rejected messages too,
    // unless it names a game: they have none), applied in archive order.
    bool statistics(const CampaignFilter &filter, Statistics *statistics,
                    ArchiveFault *fault) const;
    // Per player and play session, within `filter`; by session, then player.
    bool history(const CampaignFilter &filter, QVector<SessionPlayerRow> *rows,
                 ArchiveFault *fault) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dnd
