// SPDX-License-Identifier: MIT
#include "statisticsrefresher.h"

#include <QThread>

#include <algorithm>

namespace dnd {

StatisticsRefresher::StatisticsRefresher(QObject *parent) : QObject(parent)
{
    // Batches arrive by queued connection from the consumer thread; listeners
    // of batchApplied may be queued too.
    qRegisterMetaType<dnd::EventBatch>();
    qRegisterMetaType<dnd::ApplyResult>();

    connect(&m_frame, &Throttle::due, this, &StatisticsRefresher::flushPending);

    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleFlushMs);
    connect(&m_idle, &QTimer::timeout, this, &StatisticsRefresher::flushPending);
}

void StatisticsRefresher::setRefreshEvery(int messages)
{
    m_refreshEvery = std::clamp(messages, 1, 1000);
    if (m_dirty)
        scheduleRefresh();
}

void StatisticsRefresher::applyBatch(const dnd::EventBatch &batch)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const ApplyResult result = m_statistics.apply(batch);
    // The batch holds only new messages (the consumer dropped redeliveries).
    if (m_scope.isActive() && (result.accepted > 0 || result.rejected > 0)) {
        const EventBatch rows = m_scope.applyLive(batch);
        if (!rows.isEmpty())
            Q_EMIT scopeRowsAdded(rows);
    }
    if (result.accepted > 0 || result.rejected > 0) {
        if (!m_dirty)
            m_pendingSince.start();
        m_dirty = true;
        m_pending += quint64(result.accepted);
    }
    // Listeners (event log, problems) see the batch before views redraw.
    Q_EMIT batchApplied(batch, result);
    if (m_dirty)
        scheduleRefresh();
}

void StatisticsRefresher::reset()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_statistics.reset();
    // A replay counts the stream again: the archive's part would count twice.
    const bool scoped = m_scope.isActive();
    m_scope.clear();
    if (scoped)
        Q_EMIT scopeChanged();
    Q_EMIT wasReset();
    refreshNow();
}

void StatisticsRefresher::restore(const Statistics &statistics, const EventBatch &recent)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_statistics = statistics;
    // Another campaign (or the same one again): a narrowed view starts over.
    const bool scoped = m_scope.isActive();
    m_scope.clear();
    if (scoped)
        Q_EMIT scopeChanged();
    Q_EMIT wasReset();
    Q_EMIT restored(recent);
    refreshNow();
}

void StatisticsRefresher::refreshNow()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_pending = 0;
    m_dirty = false;
    ++m_refreshCount;
    m_frame.ran();
    m_idle.stop();
    Q_EMIT refreshed();
}

void StatisticsRefresher::scheduleRefresh()
{
    if (m_scope.isWaiting())
        return; // answerScope() refreshes
    if (m_pending >= quint64(m_refreshEvery)) {
        // Now, or once for the rest of the frame budget however many
        // batches arrive meanwhile.
        m_frame.request();
        if (!m_dirty)
            return; // refreshed
    }
    // Debounce: the last messages of a burst are shown once it ends, or at
    // the latest MaxStalenessMs after the first of them arrived.
    const qint64 waited = m_pendingSince.isValid() ? m_pendingSince.elapsed() : 0;
    const qint64 remaining = std::max<qint64>(0, MaxStalenessMs - waited);
    m_idle.start(int(std::min<qint64>(IdleFlushMs, remaining)));
}

void StatisticsRefresher::flushPending()
{
    // While the scope waits for the archive, views keep what they show.
    if (m_dirty && !m_scope.isWaiting())
        refreshNow();
}

quint64 StatisticsRefresher::setScope(const dnd::CampaignFilter &filter, qint64 currentRunId)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (filter.isWholeCampaign()) {
        m_scope.clear();
        Q_EMIT scopeChanged();
        refreshNow();
        return 0;
    }
    const quint64 id = m_scope.begin(filter, currentRunId);
    Q_EMIT scopeChanged();
    return id;
}

void StatisticsRefresher::answerScope(quint64 id, const dnd::Statistics &statistics,
                                      const dnd::EventBatch &recent)
{
    Q_ASSERT(QThread::currentThread() == thread());
    EventBatch rows = recent;
    if (!m_scope.answer(id, statistics, &rows))
        return; // stale: another scope was chosen since
    Q_EMIT scopeRowsReset(rows);
    Q_EMIT scopeChanged();
    refreshNow();
}

} // namespace dnd
