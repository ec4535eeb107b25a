// SPDX-License-Identifier: MIT
// Offset dedup: a message at or below the highest offset already applied for
// its partition is skipped, so a redelivery never counts twice.
#include "statistics.h"
#include "statisticsevents.h"
#include "testmain.h"

#include <QtTest>

using namespace dnd;
using namespace dnd::testing;
using namespace Qt::StringLiterals;

class Tst_statisticsdedup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dedupSameBatchTwice();
    void dedupOverlappingBatches();
    void dedupPartitionsIndependent();
    void dedupJudgesAgainstStateBeforeBatch();
    void dedupRangesAdvanceThreshold();
    void partitionMinusOneNeverDeduped();
    void rejectsCountedAndDeduped();
};

void Tst_statisticsdedup::dedupSameBatchTwice()
{
    Statistics stats;
    EventBatch batch = rollBatch(0, 0, 5);
    batch.rejected.append(reject(RejectReason::NotJson, 0, 5));
    batch.ranges = {{0, 0, 5}};

    const ApplyResult first = stats.apply(batch);
    QCOMPARE(first.accepted, 5);
    QCOMPARE(first.rejected, 1);
    QCOMPARE(first.skipped, 0);
    QCOMPARE(stats.appliedOffsets().value(0), 5);

    const ApplyResult second = stats.apply(batch);
    QCOMPARE(second.accepted, 0);
    QCOMPARE(second.rejected, 0);
    QCOMPARE(second.skipped, 6);
    QCOMPARE(stats.totalEvents(), 5u);
    QCOMPARE(stats.totalRejected(), 1u);
    QCOMPARE(stats.player(u"Stravos"_s)->die(20)->count, 5u);
}

void Tst_statisticsdedup::dedupOverlappingBatches()
{
    Statistics stats;
    QCOMPARE(stats.apply(rollBatch(0, 0, 5)).accepted, 5);       // 0..4
    const ApplyResult overlap = stats.apply(rollBatch(0, 3, 5)); // 3..7: 3, 4 seen
    QCOMPARE(overlap.accepted, 3);
    QCOMPARE(overlap.skipped, 2);
    QCOMPARE(stats.totalEvents(), 8u);
    QCOMPARE(stats.appliedOffsets().value(0), 7);
    // An older batch entirely below the threshold is ignored.
    const ApplyResult old = stats.apply(rollBatch(0, 1, 3));
    QCOMPARE(old.accepted, 0);
    QCOMPARE(old.skipped, 3);
    QCOMPARE(stats.appliedOffsets().value(0), 7);
    QCOMPARE(stats.totalEvents(), 8u);
}

void Tst_statisticsdedup::dedupPartitionsIndependent()
{
    Statistics stats;
    QCOMPARE(stats.apply(rollBatch(0, 0, 10)).accepted, 10);
    // Partition 1 starts at offset 0 although partition 0 is at 9.
    QCOMPARE(stats.apply(rollBatch(1, 0, 5)).accepted, 5);

    // One batch over both partitions: 1's offsets 3, 4 are old, 0's 10, 11 new.
    EventBatch mixed = rollBatch(1, 3, 4);
    mixed.events.append(at(roll(u"Stravos"_s, 20, 10), 0, 10));
    mixed.events.append(at(roll(u"Stravos"_s, 20, 10), 0, 11));
    const ApplyResult result = stats.apply(mixed);
    QCOMPARE(result.accepted, 4);
    QCOMPARE(result.skipped, 2);
    QCOMPARE(stats.totalEvents(), 19u);
    QCOMPARE(stats.appliedOffsets(), (QHash<qint32, qint64>{{0, 11}, {1, 6}}));
}

void Tst_statisticsdedup::dedupJudgesAgainstStateBeforeBatch()
{
    Statistics stats;
    stats.apply(rollBatch(0, 0, 3)); // highest 2
    // Events at 5, 6 and rejects at 3, 4 of the same partition: all are new,
    // although the events are listed (and applied) before the rejects.
    EventBatch batch;
    batch.events = {at(roll(u"Ya"_s, 20, 1), 0, 5), at(roll(u"Ya"_s, 20, 2), 0, 6)};
    batch.rejected = {reject(RejectReason::UnknownDie, 0, 3),
                      reject(RejectReason::RollOutOfRange, 0, 4)};
    batch.ranges = {{0, 3, 6}};
    const ApplyResult result = stats.apply(batch);
    QCOMPARE(result.accepted, 2);
    QCOMPARE(result.rejected, 2);
    QCOMPARE(result.skipped, 0);
    QCOMPARE(stats.appliedOffsets().value(0), 6);
}

void Tst_statisticsdedup::dedupRangesAdvanceThreshold()
{
    Statistics stats;
    // The batch covered offsets 0..9 of partition 2, but only 0..2 became
    // items (e.g. tombstones were dropped): the range still counts as applied.
    EventBatch batch = rollBatch(2, 0, 3);
    batch.ranges = {{2, 0, 9}};
    stats.apply(batch);
    QCOMPARE(stats.appliedOffsets().value(2), 9);
    const ApplyResult result = stats.apply(rollBatch(2, 5, 6)); // 5..10
    QCOMPARE(result.accepted, 1);
    QCOMPARE(result.skipped, 5);
}

void Tst_statisticsdedup::partitionMinusOneNeverDeduped()
{
    Statistics stats;
    EventBatch batch;
    batch.events = {roll(u"Wurs"_s, 20, 20), roll(u"Wurs"_s, 20, 1)}; // partition -1
    batch.rejected = {reject(RejectReason::NotUtf8, -1, -1)};
    for (int i = 0; i < 3; ++i) {
        const ApplyResult result = stats.apply(batch);
        QCOMPARE(result.accepted, 2);
        QCOMPARE(result.rejected, 1);
        QCOMPARE(result.skipped, 0);
    }
    QCOMPARE(stats.totalEvents(), 6u);
    QCOMPARE(stats.totalRejected(), 3u);
    QCOMPARE(stats.player(u"Wurs"_s)->nat20, 3u);
    QVERIFY(stats.appliedOffsets().isEmpty());

    // applyEvents never dedups either.
    const QVector<GameEvent> positioned{at(roll(u"Wurs"_s, 20, 5), 0, 1)};
    stats.applyEvents(positioned);
    stats.applyEvents(positioned);
    QCOMPARE(stats.totalEvents(), 8u);
}

void Tst_statisticsdedup::rejectsCountedAndDeduped()
{
    Statistics stats;
    EventBatch batch;
    batch.rejected = {reject(RejectReason::NotJson, 3, 10), reject(RejectReason::NotJson, 3, 11),
                      reject(RejectReason::MissingPlayer, 3, 12),
                      reject(RejectReason::RollOutOfRange, 3, 13)};
    batch.ranges = {{3, 10, 13}};
    const ApplyResult first = stats.apply(batch);
    QCOMPARE(first.rejected, 4);
    QCOMPARE(first.accepted, 0);
    const ApplyResult second = stats.apply(batch);
    QCOMPARE(second.rejected, 0);
    QCOMPARE(second.skipped, 4);

    QCOMPARE(stats.totalRejected(), 4u);
    QCOMPARE(stats.rejectedCount(RejectReason::NotJson), 2u);
    QCOMPARE(stats.rejectedCount(RejectReason::MissingPlayer), 1u);
    QCOMPARE(stats.rejectedCount(RejectReason::RollOutOfRange), 1u);
    QCOMPARE(stats.rejectedCount(RejectReason::TooLarge), 0u);
    QCOMPARE(stats.totalEvents(), 0u);
    QVERIFY(stats.players().isEmpty());
    QCOMPARE(stats.appliedOffsets().value(3), 13);
}

DND_GUILESS_TEST_MAIN(Tst_statisticsdedup)
#include "tst_statisticsdedup.moc"
