// SPDX-License-Identifier: MIT
// Batches of simulated events and a deep comparison of statistics for the
// archive tests.
#pragma once

#include "codec.h"
#include "eventbatch.h"
#include "simulator.h"
#include "statistics.h"

#include <QTest>

namespace dnd::testing {

// `count` game events on `partitions` partitions (round robin), offsets
// continuing from `next` (per partition, updated), plus one rejected
// message every `rejectEvery` messages (0 = none).
inline EventBatch simulatedBatch(Simulator &simulator, int count, int partitions,
                                 QHash<qint32, qint64> &next, int rejectEvery = 0)
{
    EventBatch batch;
    QHash<qint32, PartitionRange> ranges;
    for (int i = 0; i < count; ++i) {
        const qint32 partition = qint32(i % partitions);
        const qint64 offset = next[partition]++;
        auto it = ranges.find(partition);
        if (it == ranges.end())
            ranges.insert(partition, PartitionRange{partition, offset, offset});
        else
            it->last = offset;
        if (rejectEvery > 0 && i % rejectEvery == rejectEvery - 1) {
            RejectedMessage reject;
            reject.partition = partition;
            reject.offset = offset;
            reject.reason = RejectReason::RollOutOfRange;
            reject.message = QStringLiteral("roll_result 21 is outside 1..20");
            reject.preview = QStringLiteral("{\"player\":\"X\",\"roll_result\":21}");
            batch.rejected.append(reject);
            continue;
        }
        GameEvent event = simulator.next();
        event.partition = partition;
        event.offset = offset;
        batch.events.append(event);
    }
    batch.ranges = ranges.values();
    return batch;
}

inline bool sameCounts(const CountMap &a, const CountMap &b)
{
    return a == b;
}

// Everything a view reads, compared field by field (QHash iteration order
// is not part of the comparison).
inline void compareStatistics(const Statistics &actual, const Statistics &expected)
{
    QCOMPARE(actual.totalEvents(), expected.totalEvents());
    QCOMPARE(actual.totalRejected(), expected.totalRejected());
    for (int r = 0; r < RejectReasonCount; ++r)
        QCOMPARE(actual.rejectedCount(RejectReason(r)), expected.rejectedCount(RejectReason(r)));
    QVERIFY(actual.totalsByType() == expected.totalsByType());
    QCOMPARE(actual.playerNames(), expected.playerNames());
    for (const QString &name : expected.playerNames()) {
        const PlayerStats &a = *actual.player(name);
        const PlayerStats &e = *expected.player(name);
        QCOMPARE(a.events, e.events);
        QVERIFY(a.byType == e.byType);
        QCOMPARE(a.dice.size(), e.dice.size());
        for (const auto &[sides, die] : e.dice) {
            const DieStats *other = a.die(sides);
            QVERIFY(other);
            QCOMPARE(other->histogram, die.histogram);
            QCOMPARE(other->count, die.count);
            QCOMPARE(other->sum, die.sum);
        }
        QCOMPARE(a.nat20, e.nat20);
        QCOMPARE(a.nat1, e.nat1);
        QVERIFY(a.contexts == e.contexts);
        QVERIFY(a.monsters == e.monsters);
        QVERIFY(a.locations == e.locations);
        QVERIFY(a.spells == e.spells);
        QVERIFY(a.targets == e.targets);
        QVERIFY(a.effects == e.effects);
        QCOMPARE(a.firstSeenUs, e.firstSeenUs);
        QCOMPARE(a.lastSeenUs, e.lastSeenUs);
        QCOMPARE(a.recentD20.values(), e.recentD20.values());
        QCOMPARE(a.longestRunAbove, e.longestRunAbove);
        QCOMPARE(a.longestRunBelow, e.longestRunBelow);
        QCOMPARE(a.currentRunAbove, e.currentRunAbove);
        QCOMPARE(a.currentRunBelow, e.currentRunBelow);
    }
}

} // namespace dnd::testing
