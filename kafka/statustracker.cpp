// SPDX-License-Identifier: MIT
#include "statustracker.h"

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
    for (Partition &partition : m_partitions)
        partition = Partition();
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
