// SPDX-License-Identifier: MIT
#pragma once

#include "campaignscope.h"
#include "eventbatch.h"
#include "statistics.h"
#include "throttle.h"

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

    // What the views show: the whole campaign, or the part the scope
    // narrows it to (setScope()).
    const Statistics &statistics() const
    {
        return m_scope.isActive() ? m_scope.statistics() : m_statistics;
    }
    // The whole campaign, whatever the scope.
    const Statistics &campaignStatistics() const { return m_statistics; }
    const CampaignScope &scope() const { return m_scope; }
    int refreshEvery() const { return m_refreshEvery; }
    void setRefreshEvery(int messages); // 1..1000
    quint64 refreshCount() const { return m_refreshCount; }
    // Accepted messages applied but not yet shown by a refresh.
    quint64 pendingMessages() const { return m_pending; }

public Q_SLOTS:
    void applyBatch(const dnd::EventBatch &batch);
    void reset(); // clears statistics and refreshes
    // Shows a campaign restored from the archive: its statistics replace
    // the current ones, `recent` (newest last) goes to the event log and
    // problems (restored()), and views refresh.
    void restore(const dnd::Statistics &statistics, const dnd::EventBatch &recent);
    void refreshNow();
    // Narrows the views to `filter` (the whole campaign: back to it at once).
    // Views keep what they show until answerScope() brings the archive's
    // statistics for the returned id; live events meanwhile are held back
    // and counted on top (CampaignScope). `currentRunId`: the archive's run.
    quint64 setScope(const dnd::CampaignFilter &filter, qint64 currentRunId);
    // `recent`: the archive's latest rows of the part, newest last, for the
    // event log and Problems (scopeRowsReset).
    void answerScope(quint64 id, const dnd::Statistics &statistics,
                     const dnd::EventBatch &recent = {});

Q_SIGNALS:
    // Emitted after a batch was applied (every batch; cheap listeners only,
    // e.g. event log models that append rows).
    void batchApplied(const dnd::EventBatch &batch, const dnd::ApplyResult &result);
    // Views redraw on this.
    void refreshed();
    void wasReset();
    // The scope was set, answered or dropped (a reset drops it).
    void scopeChanged();
    // The rows the event log and Problems show for the scope just answered
    // (the archive's latest of the part, then the live ones held back),
    // newest last; emitted before its scopeChanged(). Then, per live batch,
    // the rows of it that belong to the part.
    void scopeRowsReset(const dnd::EventBatch &rows);
    void scopeRowsAdded(const dnd::EventBatch &rows);
    // After a restore (statistics already replaced): the latest archived
    // events and rejected messages, newest last, for the lists.
    void restored(const dnd::EventBatch &recent);

private:
    void scheduleRefresh();
    void flushPending(); // refreshes if anything changed since the last refresh

    Statistics m_statistics;
    CampaignScope m_scope;
    int m_refreshEvery = 5;
    quint64 m_pending = 0;
    quint64 m_refreshCount = 0;
    bool m_dirty = false;                   // rejects or pending messages not yet shown
    QElapsedTimer m_pendingSince;           // started when the first unshown change arrived
    Throttle m_frame{MinRefreshIntervalMs}; // at most one refresh per frame budget
    QTimer m_idle;                          // single shot: flush after a burst
};

} // namespace dnd

Q_DECLARE_METATYPE(dnd::ApplyResult)
