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

    m_throttle.setSingleShot(true);
    m_throttle.setTimerType(Qt::PreciseTimer);
    connect(&m_throttle, &QTimer::timeout, this, &StatisticsRefresher::flushPending);

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
    Q_EMIT wasReset();
    refreshNow();
}

void StatisticsRefresher::refreshNow()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_pending = 0;
    m_dirty = false;
    ++m_refreshCount;
    m_sinceRefresh.start();
    m_throttle.stop();
    m_idle.stop();
    Q_EMIT refreshed();
}

void StatisticsRefresher::scheduleRefresh()
{
    if (m_pending >= quint64(m_refreshEvery)) {
        const qint64 elapsed = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : -1;
        if (elapsed < 0 || elapsed >= MinRefreshIntervalMs) {
            refreshNow();
            return;
        }
        // Too soon after the last frame: one timer for the rest of the
        // budget, however many batches arrive meanwhile.
        if (!m_throttle.isActive())
            m_throttle.start(int(MinRefreshIntervalMs - elapsed));
    }
    // Debounce: the last messages of a burst are shown once it ends, or at
    // the latest MaxStalenessMs after the first of them arrived.
    const qint64 waited = m_pendingSince.isValid() ? m_pendingSince.elapsed() : 0;
    const qint64 remaining = std::max<qint64>(0, MaxStalenessMs - waited);
    m_idle.start(int(std::min<qint64>(IdleFlushMs, remaining)));
}

void StatisticsRefresher::flushPending()
{
    if (m_dirty)
        refreshNow();
}

} // namespace dnd
