// SPDX-License-Identifier: MIT
#include "statustracker.h"

#include <algorithm>

namespace dnd {

void StatusTracker::setConnecting()
{
    m_active = true;
}

void StatusTracker::partitionsKnown()
{
    m_partitionsKnown = true;
}

void StatusTracker::assigned(qint32 partition)
{
    m_partitions.insert(partition, Partition());
}

void StatusTracker::revoked(qint32 partition)
{
    m_partitions.remove(partition);
}

void StatusTracker::flowing()
{
    if (m_brokerDown && m_fetchBrokerDown)
        return;
    m_brokerDown = false;
    m_reason.clear();
}

qint64 StatusTracker::lostBetween(qint32 partition, qint64 offset, qint64 logStart)
{
    const auto next = m_next.constFind(partition);
    if (next == m_next.constEnd() || offset <= *next)
        return 0;
    if (m_movedPast.remove(partition))
        return offset - *next; // we skipped all of it to get back in
    if (logStart > *next)
        return qMin(offset, logStart) - *next; // the broker no longer had these
    return 0; // compacted away or transaction markers: nothing was lost
}

void StatusTracker::consumed(qint32 partition, qint64 offset, qint64 logStart)
{
    flowing();
    m_lost += lostBetween(partition, offset, logStart);
    m_next.insert(partition, offset + 1);
    const auto it = m_partitions.find(partition);
    if (it != m_partitions.end())
        it->atEnd = false;
}

void StatusTracker::reachedEnd(qint32 partition, qint64 offset, qint64 logStart)
{
    flowing();
    m_lost += lostBetween(partition, offset, logStart);
    m_next.insert(partition, offset);
    const auto it = m_partitions.find(partition);
    if (it != m_partitions.end()) {
        it->atEnd = true;
        it->reachedEnd = true;
        it->lag = 0;
        it->end = qMax(it->end, offset);
    }
}

void StatusTracker::setBrokerDown(const QString &reason)
{
    m_brokerDown = true;
    m_reason = reason;
}

void StatusTracker::setError(const QString &reason)
{
    m_reason = reason;
}

void StatusTracker::brokersReported(const QVector<BrokerLink> &brokers)
{
    bool anyUp = false;
    m_fetchBrokerDown = false;
    for (const BrokerLink &broker : brokers) {
        if (broker.nodeId < 0)
            continue; // bootstrap entries come and go
        const bool up = broker.state == QLatin1String("UP");
        anyUp = anyUp || up;
        // Leaders do not move away from a broker that is down, so its
        // partitions stay with it: any state but UP means they stall.
        if (broker.partitions > 0 && !up)
            m_fetchBrokerDown = true;
    }
    if (anyUp)
        flowing();
}

void StatusTracker::setHighWatermarks(const QHash<qint32, qint64> &highs)
{
    for (auto it = m_partitions.begin(); it != m_partitions.end(); ++it) {
        const qint64 next = m_next.value(it.key(), -1);
        const auto high = highs.constFind(it.key());
        if (high != highs.constEnd())
            it->end = *high;
        if (it->atEnd || next < 0 || high == highs.constEnd())
            it->lag = 0;
        else
            it->lag = qMax<qint64>(0, *high - next);
    }
}

void StatusTracker::replayed()
{
    m_next.clear();
    m_movedPast.clear();
    m_lost = 0;
    m_ratePositions.clear();
    m_rateMs = -1;
    for (Partition &partition : m_partitions)
        partition = Partition();
}

void StatusTracker::measureRates(qint64 nowMs)
{
    const qint64 elapsed = nowMs - m_rateMs;
    if (m_rateMs >= 0 && elapsed < RateIntervalMs)
        return;
    for (auto it = m_partitions.begin(); it != m_partitions.end(); ++it) {
        const qint64 next = m_next.value(it.key(), -1);
        const qint64 before = m_ratePositions.value(it.key(), -1);
        it->rate = m_rateMs >= 0 && elapsed > 0 && before >= 0 && next > before
                       ? double(next - before) * 1000.0 / double(elapsed)
                       : 0.0;
        m_ratePositions.insert(it.key(), next);
    }
    m_rateMs = nowMs;
}

PartitionStatusList StatusTracker::partitionStatus() const
{
    PartitionStatusList list;
    list.reserve(m_partitions.size());
    for (auto it = m_partitions.cbegin(); it != m_partitions.cend(); ++it) {
        PartitionStatus partition;
        partition.partition = it.key();
        partition.position = m_next.value(it.key(), -1);
        partition.end = it->end;
        partition.lag = it->lag;
        partition.messagesPerSecond = it->rate;
        list.append(partition);
    }
    std::sort(list.begin(), list.end(), [](const PartitionStatus &a, const PartitionStatus &b) {
        return a.partition < b.partition;
    });
    return list;
}

qint64 StatusTracker::positionSum() const
{
    qint64 sum = 0;
    for (const qint64 next : m_next)
        sum += next;
    return sum;
}

ConsumerStatus StatusTracker::status() const
{
    ConsumerStatus status;
    status.reason = m_reason;
    status.lost = m_lost;
    if (!m_active) {
        status.state = ConsumerState::Stopped;
        return status;
    }
    if (m_brokerDown) {
        status.state = ConsumerState::BrokerDown;
        return status;
    }
    if (!m_partitionsKnown) {
        status.state = ConsumerState::Connecting;
        return status;
    }
    if (m_partitions.isEmpty()) {
        status.state = ConsumerState::Connected;
        return status;
    }
    bool allReachedEnd = true;
    for (const Partition &partition : m_partitions) {
        status.lag += partition.lag;
        allReachedEnd = allReachedEnd && partition.reachedEnd;
    }
    if (status.lag > 0)
        status.state = ConsumerState::Lagging;
    else if (allReachedEnd)
        status.state = ConsumerState::CaughtUp;
    else
        status.state = ConsumerState::Connected;
    return status;
}

} // namespace dnd
