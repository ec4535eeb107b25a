// SPDX-License-Identifier: MIT
#pragma once

#include "campaignfilter.h"
#include "statistics.h"

namespace dnd {

// The statistics of a part of the campaign (CampaignFilter) kept up to date
// live: the archive's answer for the filter, plus the live events that match
// it. Live events that arrive between the question and the answer are held
// back and applied on top of the answer, so nothing counts twice or is
// missed (the archive answers after writing every batch sent before the
// question). Lives on the GUI thread, inside StatisticsRefresher.
class CampaignScope
{
public:
    // Starts narrowing to `filter` (not the whole campaign); `currentRunId`
    // is the run live events belong to. Returns the id the answer must carry.
    quint64 begin(const CampaignFilter &filter, qint64 currentRunId);
    // The archive's statistics for the question `id`; false when stale (a
    // later begin() or clear() came after it).
    bool answer(quint64 id, Statistics statistics);
    void clear();

    bool isActive() const { return m_active; }
    bool isWaiting() const { return m_active && !m_answered; }
    const CampaignFilter &filter() const { return m_filter; }
    const Statistics &statistics() const { return m_statistics; }

    // New events of a live batch (already deduplicated); those the filter
    // matches are counted. True when any matched.
    bool applyLive(const QVector<GameEvent> &events);
    // The same for rejected messages (only without a game in the filter).
    bool applyLiveRejected(const QVector<RejectedMessage> &rejected);

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
