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

bool CampaignScope::answer(quint64 id, Statistics statistics)
{
    if (!m_active || m_answered || id != m_id)
        return false;
    m_statistics = std::move(statistics);
    m_answered = true;
    m_statistics.applyEvents(std::exchange(m_heldEvents, {}));
    m_statistics.applyRejected(std::exchange(m_heldRejected, {}));
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

bool CampaignScope::applyLive(const QVector<GameEvent> &events)
{
    if (!m_active)
        return false;
    QVector<GameEvent> matching;
    for (const GameEvent &event : events) {
        if (m_filter.matches(event, m_runId))
            matching.append(event);
    }
    if (matching.isEmpty())
        return false;
    if (m_answered)
        m_statistics.applyEvents(matching);
    else
        m_heldEvents += matching;
    return true;
}

bool CampaignScope::applyLiveRejected(const QVector<RejectedMessage> &rejected)
{
    // Rejected messages have no game; live ones belong to the current run.
    if (!m_active || !m_filter.gameId.isEmpty() ||
        (m_filter.runId != 0 && m_filter.runId != m_runId))
        return false;
    QVector<RejectedMessage> matching;
    for (const RejectedMessage &message : rejected) {
        const qint64 ts = message.timestampUs;
        if (!m_filter.hasTimeRange() ||
            (ts != NoTimestamp && ts >= m_filter.fromUs && ts < m_filter.toUs))
            matching.append(message);
    }
    if (matching.isEmpty())
        return false;
    if (m_answered)
        m_statistics.applyRejected(matching);
    else
        m_heldRejected += matching;
    return true;
}

} // namespace dnd
