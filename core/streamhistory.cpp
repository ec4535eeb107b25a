// SPDX-License-Identifier: MIT
#include "streamhistory.h"

namespace dnd {

namespace {
// The recent ring holds a little more than ten minutes of samples, so the
// window's left edge is always covered.
constexpr int RecentCapacity = int(StreamHistory::RecentMs / StreamHistory::SampleIntervalMs) + 60;
} // namespace

MetricHistory StreamHistory::makeHistory(DownsampledSeries::Merge merge)
{
    return MetricHistory(RecentCapacity, SessionPoints, merge);
}

StreamHistory::StreamHistory()
    : m_accepted(makeHistory(DownsampledSeries::Merge::Mean)),
      m_rejected(makeHistory(DownsampledSeries::Merge::Mean)),
      // Peaks matter for these: a stall shows as lag, a loss as a step.
      m_lost(makeHistory(DownsampledSeries::Merge::Max)),
      m_totalLag(makeHistory(DownsampledSeries::Merge::Max))
{}

void StreamHistory::record(qint64 timeMs, const ConsumerStatus &status)
{
    if (m_firstMs < 0)
        m_firstMs = timeMs;
    m_lastMs = timeMs;
    m_accepted.append(timeMs, status.acceptedPerSecond);
    m_rejected.append(timeMs, status.rejectedPerSecond);
    m_lost.append(timeMs, double(status.lost));
    qint64 total = 0;
    for (const PartitionStatus &partition : status.partitions)
        total += partition.lag;
    m_totalLag.append(timeMs, double(total));

    m_charted.clear();
    if (status.partitions.size() > MaxPartitions)
        return;
    for (const PartitionStatus &partition : status.partitions) {
        auto it = m_lag.find(partition.partition);
        if (it == m_lag.end())
            it = m_lag.emplace(partition.partition, makeHistory(DownsampledSeries::Merge::Max))
                     .first;
        it->second.append(timeMs, double(partition.lag));
        m_charted.append(partition.partition);
    }
}

void StreamHistory::clear()
{
    for (MetricHistory *history : {&m_accepted, &m_rejected, &m_lost, &m_totalLag}) {
        history->recent.clear();
        history->session.clear();
    }
    m_lag.clear();
    m_charted.clear();
    m_firstMs = -1;
    m_lastMs = -1;
}

const MetricHistory *StreamHistory::lag(qint32 partition) const
{
    const auto it = m_lag.find(partition);
    return it == m_lag.end() ? nullptr : &it->second;
}

} // namespace dnd
