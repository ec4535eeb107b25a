// SPDX-License-Identifier: MIT
#pragma once

#include "archivetypes.h"
#include "campaignfilter.h"

#include <QMetaType>

namespace dnd {

// A question to the campaign archive, answered on its thread after every
// batch written before it (so an answer plus the live batches that arrive
// after the question is exactly the campaign so far).
struct CampaignQuery
{
    enum Part : quint8
    {
        Outline = 1,    // sessions, games, date range
        Statistics = 2, // Statistics of the events `filter` matches
        History = 4,    // per player and session, within `filter`
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
    ArchiveFault fault; // isFault(): nothing else is valid
    qint64 elapsedMs = 0;
};

class ArchiveStore;

// Runs `query` on an open store (on the thread that owns it).
CampaignAnswer answerCampaignQuery(const ArchiveStore &store, const CampaignQuery &query);

void registerCampaignQueryMetaTypes();

} // namespace dnd

Q_DECLARE_METATYPE(dnd::CampaignQuery)
Q_DECLARE_METATYPE(dnd::CampaignAnswer)
