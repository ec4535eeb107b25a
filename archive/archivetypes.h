// SPDX-License-Identifier: MIT
#pragma once

#include "eventbatch.h"
#include "statistics.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace dnd {

// Where messages come from: a Kafka cluster (its cluster id) and a topic.
// Each run of the built-in broker has a cluster id of its own, so it is a
// new source; a topic deleted and recreated gets a new epoch of its source.
struct ArchiveSource
{
    QString clusterId;
    QString topic;
    bool operator==(const ArchiveSource &) const = default;
};

// Next offset to read, per partition of one source: what the consumer may
// commit and resume from. Stored in the transaction of the batch it ends.
using PartitionPositions = QHash<qint32, qint64>;

// Something went wrong with the archive file. `message` is for a person
// ("The disk is full..."), `detail` is SQLite's or the system's own text.
struct ArchiveFault
{
    enum class Kind : quint8
    {
        None,
        DiskFull,     // SQLITE_FULL, or a write refused by the system
        ReadOnly,     // the file or its folder cannot be written
        Corrupt,      // not a database, or a damaged one
        Locked,       // another tracker has it open
        NewerVersion, // written by a newer tracker: refused, left as it is
        CannotOpen,
        Other
    };
    Kind kind = Kind::None;
    QString message;
    QString detail;

    bool isFault() const { return kind != Kind::None; }
};

// What the views need at start, read from the archive.
struct RestoredCampaign
{
    Statistics statistics;                   // the whole campaign, every source
    QVector<GameEvent> recentEvents;         // newest last
    QVector<RejectedMessage> recentRejected; // newest last
    QStringList warnings;                    // e.g. a topic that started a new epoch
    quint64 eventsReplayed = 0;              // events read row by row after the snapshot
    // Where reading stopped: topic -> cluster id -> positions of the latest
    // epoch of that source (the consumer resumes from these).
    QHash<QString, QHash<QString, PartitionPositions>> positions;
};

// Result of writing one batch.
struct StoreResult
{
    bool ok = false;
    quint64 events = 0;   // rows written
    quint64 rejected = 0; // rows written
    quint64 skipped = 0;  // below the stored position: already in the archive
};

void registerArchiveMetaTypes();

} // namespace dnd

Q_DECLARE_METATYPE(dnd::ArchiveSource)
Q_DECLARE_METATYPE(dnd::ArchiveFault)
Q_DECLARE_METATYPE(dnd::RestoredCampaign)
