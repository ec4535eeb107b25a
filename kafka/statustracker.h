// SPDX-License-Identifier: MIT
#pragma once

#include "consumerstatus.h"
#include "partitionstatus.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVector>

namespace dnd {

// A broker as librdkafka's statistics report it.
struct BrokerLink
{
    int nodeId = -1;    // -1 for bootstrap entries
    QString state;      // "UP", "INIT", "DOWN", "CONNECT", ...
    int partitions = 0; // partitions this consumer fetches from it
};

// The consumer's status as a small state machine, kept apart from the poll
// loop so the rules are in one place (and testable without a broker):
// - Connecting until the topic's partitions are known and assigned;
// - BrokerDown from a transport error until the statistics show every
//   broker we fetch from up, or messages or end-of-partition events flow
//   while the statistics know of no such broker down (with several brokers,
//   data from the healthy ones must not hide the one that is down);
// - CaughtUp once every assigned partition reached its end at least once
//   and the lag measured at the last watermark update is zero;
// - Lagging while that lag is positive; Connected otherwise.
class StatusTracker
{
public:
    void setConnecting();
    void partitionsKnown(); // the topic's partitions were assigned
    void assigned(qint32 partition);
    void revoked(qint32 partition);
    // A message at offset, or the partition's end. When that is past the
    // expected next offset, what the broker's log start (logStart, -1 when
    // unknown) says it no longer had counts as lost.
    void consumed(qint32 partition, qint64 offset, qint64 logStart = -1);
    void reachedEnd(qint32 partition, qint64 offset, qint64 logStart = -1);
    // The consumer moved this partition forward itself (into the broker's
    // window): the next jump is lost as a whole.
    void movedPast(qint32 partition) { m_movedPast.insert(partition); }
    void setBrokerDown(const QString &reason);
    void setError(const QString &reason); // shown as reason, state unchanged
    void brokersReported(const QVector<BrokerLink> &brokers);
    void setHighWatermarks(const QHash<qint32, qint64> &highs);
    void replayed(); // every partition starts again from its beginning
    // Each partition's messages per second since the last measurement,
    // from its position: called with each lag update, never per message;
    // measures again once RateIntervalMs passed (else does nothing).
    static constexpr qint64 RateIntervalMs = 1000;
    void measureRates(qint64 nowMs);

    bool isBrokerDown() const { return m_brokerDown; }
    // Next offset to read in this session, -1 when never read.
    qint64 nextOffset(qint32 partition) const { return m_next.value(partition, -1); }
    QList<qint32> assignedPartitions() const { return m_partitions.keys(); }
    ConsumerStatus status() const; // state, lag and reason
    // Every assigned partition: position, end, lag and rate (Stream tab).
    PartitionStatusList partitionStatus() const;
    // Sum of the positions read this session: changes when anything was read.
    qint64 positionSum() const;

private:
    struct Partition
    {
        bool atEnd = false;      // the last event was end-of-partition
        bool reachedEnd = false; // reached its end at least once
        qint64 lag = 0;
        qint64 end = -1; // high watermark at the last update
        double rate = 0; // messages per second (measureRates)
    };
    void flowing();
    qint64 lostBetween(qint32 partition, qint64 offset, qint64 logStart);

    bool m_active = false;
    bool m_partitionsKnown = false;
    bool m_brokerDown = false;
    bool m_fetchBrokerDown = false; // per the last statistics
    qint64 m_lost = 0;              // see ConsumerStatus::lost
    QString m_reason;
    QHash<qint32, Partition> m_partitions; // assigned
    QHash<qint32, qint64> m_next;          // every partition read this session
    QSet<qint32> m_movedPast;
    QHash<qint32, qint64> m_ratePositions; // positions at the last measureRates()
    qint64 m_rateMs = -1;
};

} // namespace dnd
