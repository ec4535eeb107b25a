// SPDX-License-Identifier: MIT
#include "campaignscope.h"

namespace dnd {

quint64 CampaignScope::begin(const CampaignFilter &filter, qint64 currentRunId)
{
    m_filter = filter;
    m_runId = currentRunId;
    m_active = true;
    m_answered = false;
    m_statistics.reset();
    m_heldEvents.clear();
    m_heldRejected.clear();
    return ++m_id;
}

bool CampaignScope::answer(quint64 id, Statistics statistics, EventBatch *rows)
{
    if (!m_active || m_answered || id != m_id)
        return false;
    m_statistics = std::move(statistics);
    m_answered = true;
    const QVector<GameEvent> events = std::exchange(m_heldEvents, {});
    const QVector<RejectedMessage> rejected = std::exchange(m_heldRejected, {});
    m_statistics.applyEvents(events);
    if (countsRejected())
        m_statistics.applyRejected(rejected);
    if (rows) {
        rows->events += events;
        rows->rejected += rejected;
    }
    return true;
}

void CampaignScope::clear()
{
    ++m_id; // an answer still on its way is stale
    m_active = false;
    m_answered = false;
    m_filter = CampaignFilter{};
    m_statistics.reset();
    m_heldEvents.clear();
    m_heldRejected.clear();
}

EventBatch CampaignScope::applyLive(const EventBatch &batch)
{
    EventBatch rows;
    if (!m_active)
        return rows;
    for (const GameEvent &event : batch.events) {
        if (m_filter.matches(event, m_runId))
            rows.events.append(event);
    }
    // Live rejected messages belong to the current run.
    for (const RejectedMessage &message : batch.rejected) {
        if (m_filter.matches(message, m_runId))
            rows.rejected.append(message);
    }
    if (!m_answered) {
        m_heldEvents += rows.events;
        m_heldRejected += rows.rejected;
        return {};
    }
    m_statistics.applyEvents(rows.events);
    if (countsRejected())
        m_statistics.applyRejected(rows.rejected);
    return rows;
}

} // namespace dnd
