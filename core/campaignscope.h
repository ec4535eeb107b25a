// SPDX-License-Identifier: MIT
#pragma once

#include "campaignfilter.h"
#include "eventbatch.h"
#include "statistics.h"

namespace dnd {

// The statistics of a part of the campaign (CampaignFilter) kept up to date
// live: the archive's answer for the filter, plus the live events that match
// it. Live events that arrive between the question and the answer are held
// back and applied on top of the answer, so nothing counts twice or is
// missed (the archive answers after writing every batch sent before the
// question). The event log and Problems follow it with the archive's latest
// rows of the part and the live rows that belong to it, by the same rule
// (CampaignFilter::matches). Lives on the GUI thread, inside
// StatisticsRefresher.
class CampaignScope
{
public:
    // Starts narrowing to `filter` (not the whole campaign); `currentRunId`
    // is the run live events belong to. Returns the id the answer must carry.
    quint64 begin(const CampaignFilter &filter, qint64 currentRunId);
    // The archive's statistics for the question `id`; false when stale (a
    // later begin() or clear() came after it). `rows`, when given: the
    // archive's latest rows of the part, to which the live rows held back
    // are added (newest last).
    bool answer(quint64 id, Statistics statistics, EventBatch *rows = nullptr);
    void clear();

    bool isActive() const { return m_active; }
    bool isWaiting() const { return m_active && !m_answered; }
    const CampaignFilter &filter() const { return m_filter; }
    const Statistics &statistics() const { return m_statistics; }

    // A live batch (already deduplicated): counts the events the filter
    // matches, and the rejected messages its run and dates match unless it
    // names a game (they have none). Returns the rows the event log and
    // Problems show for the part: those events, and those rejected
    // messages even under a game. While the answer is awaited they are held
    // back (and returned by answer()), and nothing is returned.
    EventBatch applyLive(const EventBatch &batch);
    // Rejected messages count in the statistics of the part.
    bool countsRejected() const { return m_filter.gameId.isEmpty(); }

private:
    CampaignFilter m_filter;
    qint64 m_runId = 0;
    quint64 m_id = 0;
    bool m_active = false;
    bool m_answered = false;
    Statistics m_statistics;
    QVector<GameEvent> m_heldEvents;
    QVector<RejectedMessage> m_heldRejected;
};

} // namespace dnd
