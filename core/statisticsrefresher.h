// SPDX-License-Identifier: MIT
#pragma once

#include "eventbatch.h"
#include "statistics.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace dnd {

// Receives batches on the GUI thread, applies them to Statistics and decides
// when views refresh: after every N accepted messages (default 5), coalesced
// to at most ~30 refreshes a second, and after a short idle so the last few
// messages of a burst are shown. Views connect to refreshed().
class StatisticsRefresher : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinRefreshIntervalMs = 33; // ~30 refreshes/s
    static constexpr int IdleFlushMs = 200;
    // A steady trickle keeps restarting the idle timer; this caps how long an
    // accepted message can wait for a refresh when N is large and rates low.
    static constexpr int MaxStalenessMs = 1000;

    explicit StatisticsRefresher(QObject *parent = nullptr);

    const Statistics &statistics() const { return m_statistics; }
    int refreshEvery() const { return m_refreshEvery; }
    void setRefreshEvery(int messages); // 1..1000
    quint64 refreshCount() const { return m_refreshCount; }
    // Accepted messages applied but not yet shown by a refresh.
    quint64 pendingMessages() const { return m_pending; }

public Q_SLOTS:
    void applyBatch(const dnd::EventBatch &batch);
    void reset(); // clears statistics (and dedup state) and refreshes
    void refreshNow();

Q_SIGNALS:
    // Emitted after a batch was applied (every batch; cheap listeners only,
    // e.g. event log models that append rows).
    void batchApplied(const dnd::EventBatch &batch, const dnd::ApplyResult &result);
    // Views redraw on this.
    void refreshed();
    void wasReset();

private:
    void scheduleRefresh();
    void flushPending(); // refreshes if anything changed since the last refresh

    Statistics m_statistics;
    int m_refreshEvery = 5;
    quint64 m_pending = 0;
    quint64 m_refreshCount = 0;
    bool m_dirty = false; // rejects or pending messages not yet shown
    QElapsedTimer m_sinceRefresh;
    QElapsedTimer m_pendingSince; // started when the first unshown change arrived
    QTimer m_throttle;            // single shot: the rest of the frame budget
    QTimer m_idle;                // single shot: flush after a burst
};

} // namespace dnd

Q_DECLARE_METATYPE(dnd::ApplyResult)
