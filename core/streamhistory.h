// SPDX-License-Identifier: MIT
#pragma once

#include "consumerstatus.h"
#include "timeseries.h"

#include <QList>

#include <map>

namespace dnd {

// What the Stream tab charts: the consumer's rates, losses and lag, one
// sample a second (record()), kept for the last ten minutes at full
// resolution and for the whole session downsampled. Bounded memory: a
// fixed ring per value, a bounded series per value, and lag per partition
// for at most MaxPartitions partitions (beyond that only the total).
class StreamHistory
{
public:
    static constexpr int SampleIntervalMs = 1000;
    static constexpr qint64 RecentMs = 10 * 60 * 1000;
    static constexpr int SessionPoints = 600;
    static constexpr int MaxPartitions = 12;

    StreamHistory();

    void record(qint64 timeMs, const ConsumerStatus &status);
    void clear();

    bool isEmpty() const { return m_firstMs < 0; }
    qint64 firstSampleMs() const { return m_firstMs; } // -1 when empty
    qint64 lastSampleMs() const { return m_lastMs; }

    const MetricHistory &accepted() const { return m_accepted; }
    const MetricHistory &rejected() const { return m_rejected; }
    const MetricHistory &lost() const { return m_lost; }
    const MetricHistory &totalLag() const { return m_totalLag; }
    // Partitions of the last sample, when there were MaxPartitions or fewer.
    QList<qint32> chartedPartitions() const { return m_charted; }
    const MetricHistory *lag(qint32 partition) const;

private:
    static MetricHistory makeHistory(DownsampledSeries::Merge merge);

    MetricHistory m_accepted;
    MetricHistory m_rejected;
    MetricHistory m_lost;
    MetricHistory m_totalLag;
    std::map<qint32, MetricHistory> m_lag;
    QList<qint32> m_charted;
    qint64 m_firstMs = -1;
    qint64 m_lastMs = -1;
};

} // namespace dnd
