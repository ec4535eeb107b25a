// SPDX-License-Identifier: MIT
#pragma once

// Internal to dnd_archive: the queries of the session selector and the
// History view (archivequeries.cpp) on one connection, bounded by a cut.
// The reader runs them on its read-only connection (archivereader.h);
// ArchiveStore's own query methods run them on the writer's.

#include "campaignquery.h"

#include <QSqlDatabase>

#include <atomic>

namespace dnd {

struct HistoryCube;

struct CampaignReads
{
    QSqlDatabase db;
    QString path;                // named in faults
    HistoryCube *cube = nullptr; // counts kept between queries (historycube.h)
    ReadCut cut;                 // rows stored after it are left out
    // Set from another thread: a long query ends early with a fault.
    const std::atomic<bool> *stop = nullptr;

    bool outline(CampaignOutline *outline, ArchiveFault *fault) const;
    // The statistics of the events `filter` matches (rejected messages too,
    // unless it names a game: they have none), applied in archive order.
    bool statistics(const CampaignFilter &filter, Statistics *statistics,
                    ArchiveFault *fault) const;
    // Per player and play session, within `filter`; by session, then player.
    bool history(const CampaignFilter &filter, QVector<SessionPlayerRow> *rows,
                 ArchiveFault *fault) const;
    // The latest `maxEvents` events `filter` matches and the latest
    // `maxRejected` rejected messages of its run and dates, newest last.
    bool recent(const CampaignFilter &filter, int maxEvents, int maxRejected,
                QVector<GameEvent> *events, QVector<RejectedMessage> *rejected,
                ArchiveFault *fault) const;

private:
    bool stopped(ArchiveFault *fault) const;
    bool cubeUsable() const; // brought up to the cut
};

} // namespace dnd
