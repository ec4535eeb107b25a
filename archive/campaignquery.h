// SPDX-License-Identifier: MIT
#pragma once

#include "archivetypes.h"
#include "campaignfilter.h"

#include <QMetaType>

#include <limits>

namespace dnd {

// A question to the campaign archive. It passes the writer's thread (after
// every batch written before it, so an answer plus the live batches that
// arrive after the question is exactly the campaign so far), which hands it
// with a ReadCut to the reader's thread, where it is answered on a
// read-only connection while the writer goes on writing.
struct CampaignQuery
{
    enum Part : quint8
    {
        Outline = 1,    // sessions, games, date range
        Statistics = 2, // Statistics of the events `filter` matches
        History = 4,    // per player and session, within `filter`
        // The latest events and rejected messages of `filter` (the event
        // log and Problems of a narrowed view), as many as a restore shows.
        Recent = 8,
    };
    quint64 id = 0; // echoed in the answer: stale answers are dropped by id
    quint8 parts = Outline;
    CampaignFilter filter;
};

struct CampaignAnswer
{
    quint64 id = 0;
    quint8 parts = 0;
    CampaignFilter filter;
    CampaignOutline outline;
    dnd::Statistics statistics;
    QVector<SessionPlayerRow> history;
    // Recent: newest last. Rejected messages carry no game: those of the
    // filter's run and dates (CampaignFilter::matches).
    QVector<GameEvent> recentEvents;
    QVector<RejectedMessage> recentRejected;
    ArchiveFault fault; // isFault(): nothing else is valid
    qint64 elapsedMs = 0;
};

// What an answer reads: the rows stored when the question reached the
// writer (its last row ids then), not those stored while it is answered.
struct ReadCut
{
    static constexpr qint64 All = std::numeric_limits<qint64>::max();
    qint64 lastEventId = All;
    qint64 lastRejectedId = All;
    qint64 runId = 0; // the run writing now (CampaignOutline::currentRunId)
};

void registerCampaignQueryMetaTypes();

} // namespace dnd

Q_DECLARE_METATYPE(dnd::CampaignQuery)
Q_DECLARE_METATYPE(dnd::CampaignAnswer)
Q_DECLARE_METATYPE(dnd::ReadCut)
