// SPDX-License-Identifier: MIT
// StatisticsRefresher: when views are told to refresh. Timing is only ever waited
// for (QSignalSpy::wait, QTRY_*), never asserted as wall-clock numbers.
#include "statisticsrefresher.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace dnd;
using namespace Qt::StringLiterals;

namespace {

GameEvent d20(int result, qint32 partition = -1, qint64 offset = -1)
{
    GameEvent e;
    e.player = u"Stravos"_s;
    e.kind = EventKind::DiceRoll;
    e.type = u"dice_roll"_s;
    e.dieSides = 20;
    e.rollResult = result;
    e.partition = partition;
    e.offset = offset;
    return e;
}

EventBatch batchOf(int events, qint32 partition = -1, qint64 firstOffset = -1)
{
    EventBatch batch;
    for (int i = 0; i < events; ++i)
        batch.events.append(d20(i % 20 + 1, partition, partition < 0 ? -1 : firstOffset + i));
    if (partition >= 0 && events > 0)
        batch.ranges.append({partition, firstOffset, firstOffset + events - 1});
    return batch;
}

} // namespace

class Tst_statisticsrefresher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refreshAfterExactlyN_data();
    void refreshAfterExactlyN();
    void fewerThanNFlushedWhenIdle();
    void secondRefreshThrottledNotLost();
    void manySmallBatchesCoalesce();
    void trickleIsNotStarvedByIdleRestarts();
    void batchAppliedCarriesResult();
    void emptyBatchDoesNotRefresh();
    void rejectsOnlyRefreshWhenIdle();
    void setRefreshEveryClampsAndFlushes();
    void resetClearsAndEmits();
};

void Tst_statisticsrefresher::refreshAfterExactlyN_data()
{
    QTest::addColumn<int>("every");
    QTest::addColumn<bool>("oneBatch");
    QTest::newRow("5, one event per batch") << 5 << false;
    QTest::newRow("5, one batch of 5") << 5 << true;
    QTest::newRow("1") << 1 << false;
    QTest::newRow("12") << 12 << false;
}

void Tst_statisticsrefresher::refreshAfterExactlyN()
{
    QFETCH(int, every);
    QFETCH(bool, oneBatch);
    StatisticsRefresher model;
    model.setRefreshEvery(every);
    QSignalSpy refreshed(&model, &StatisticsRefresher::refreshed);

    if (oneBatch) {
        model.applyBatch(batchOf(every));
    } else {
        for (int i = 0; i < every - 1; ++i)
            model.applyBatch(batchOf(1));
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(model.pendingMessages(), quint64(every - 1));
        model.applyBatch(batchOf(1));
    }
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(model.refreshCount(), 1u);
    QCOMPARE(model.pendingMessages(), 0u);
    QCOMPARE(model.statistics().totalEvents(), quint64(every));
    // Nothing is pending, so neither the throttle nor the idle timer adds one.
    QVERIFY(!refreshed.wait(StatisticsRefresher::IdleFlushMs * 2));
    QCOMPARE(refreshed.count(), 1);
}

void Tst_statisticsrefresher::fewerThanNFlushedWhenIdle()
{
    StatisticsRefresher model;
    model.setRefreshEvery(5);
    QSignalSpy refreshed(&model, &StatisticsRefresher::refreshed);
    for (int i = 0; i < 4; ++i)
        model.applyBatch(batchOf(1));
    QCOMPARE(refreshed.count(), 0);
    QCOMPARE(model.pendingMessages(), 4u);

    QVERIFY(refreshed.wait(StatisticsRefresher::IdleFlushMs * 10));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(model.pendingMessages(), 0u);
    QCOMPARE(model.statistics().totalEvents(), 4u);
}

void Tst_statisticsrefresher::secondRefreshThrottledNotLost()
{
    StatisticsRefresher model;
    model.setRefreshEvery(5);
    QSignalSpy refreshed(&model, &StatisticsRefresher::refreshed);
    model.applyBatch(batchOf(5));
    QCOMPARE(refreshed.count(), 1);
    // Right after a refresh: normally too soon, so the throttle timer takes it
    // (on a very slow machine it may already be due; both are correct).
    model.applyBatch(batchOf(5));
    QVERIFY(refreshed.count() <= 2);
    QTRY_COMPARE(refreshed.count(), 2);
    QCOMPARE(model.pendingMessages(), 0u);
    QVERIFY(!refreshed.wait(StatisticsRefresher::IdleFlushMs * 2));
    QCOMPARE(refreshed.count(), 2);
}

void Tst_statisticsrefresher::manySmallBatchesCoalesce()
{
    StatisticsRefresher model;
    model.setRefreshEvery(5);
    QSignalSpy refreshed(&model, &StatisticsRefresher::refreshed);
    QSignalSpy applied(&model, &StatisticsRefresher::batchApplied);

    constexpr int Batches = 20000;
    QElapsedTimer loop;
    loop.start();
    for (int i = 0; i < Batches; ++i) {
        model.applyBatch(batchOf(1, 0, i));
        if (i % 100 == 0)
            QCoreApplication::processEvents(); // let the throttle timer fire
    }
    const qint64 loopMs = loop.elapsed();
    const int duringLoop = int(refreshed.count());

    // Without coalescing this would be one refresh per 5 messages (4000).
    // Refreshes are at least MinRefreshIntervalMs apart by construction, so
    // their number is bounded by the time the loop took (+1 for rounding).
    QVERIFY(duringLoop <= Batches / 5);
    QVERIFY2(duringLoop <= 2 + loopMs / StatisticsRefresher::MinRefreshIntervalMs,
             qPrintable(u"%1 refreshes in %2 ms"_s.arg(duringLoop).arg(loopMs)));
    QCOMPARE(applied.count(), Batches);

    // The tail of the burst is shown once it ends.
    QTRY_COMPARE(model.pendingMessages(), 0u);
    QVERIFY(refreshed.count() >= 1);
    QCOMPARE(model.refreshCount(), quint64(refreshed.count()));
    QCOMPARE(model.statistics().totalEvents(), quint64(Batches));
}

void Tst_statisticsrefresher::trickleIsNotStarvedByIdleRestarts()
{
    // One message every 50 ms with N = 1000: each batch restarts the idle
    // timer, so only the staleness cap gets these on screen while the trickle
    // goes on.
    StatisticsRefresher model;
    model.setRefreshEvery(1000);
    QSignalSpy refreshed(&model, &StatisticsRefresher::refreshed);
    QTimer trickle;
    trickle.setInterval(50);
    connect(&trickle, &QTimer::timeout, &model, [&model] { model.applyBatch(batchOf(1)); });
    trickle.start();
    QVERIFY(refreshed.wait(StatisticsRefresher::MaxStalenessMs * 5));
    trickle.stop();
    QVERIFY(model.statistics().totalEvents() < 1000u);
    QVERIFY(model.statistics().totalEvents() >= 1u);
}

void Tst_statisticsrefresher::batchAppliedCarriesResult()
{
    StatisticsRefresher model;
    QSignalSpy applied(&model, &StatisticsRefresher::batchApplied);
    EventBatch batch = batchOf(3, 1, 10);
    RejectedMessage bad;
    bad.partition = 1;
    bad.offset = 13;
    bad.reason = RejectReason::NotJson;
    batch.rejected.append(bad);
    batch.ranges = {{1, 10, 13}};

    model.applyBatch(batch);
    QCOMPARE(applied.count(), 1);
    const auto first = applied.at(0).at(1).value<ApplyResult>();
    QCOMPARE(first.accepted, 3);
    QCOMPARE(first.rejected, 1);
    QCOMPARE(applied.at(0).at(0).value<EventBatch>().events, batch.events);
}

void Tst_statisticsrefresher::emptyBatchDoesNotRefresh()
{
    StatisticsRefresher model;
    model.setRefreshEvery(5);
    QSignalSpy refreshed(&model, &StatisticsRefresher::refreshed);
    model.applyBatch(batchOf(5, 0, 0));
    QTRY_COMPARE(refreshed.count(), 1);
    model.applyBatch(EventBatch()); // nothing new to show
    QCOMPARE(model.pendingMessages(), 0u);
    QVERIFY(!refreshed.wait(StatisticsRefresher::IdleFlushMs * 2));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(model.statistics().totalEvents(), 5u);
}

void Tst_statisticsrefresher::rejectsOnlyRefreshWhenIdle()
{
    StatisticsRefresher model;
    QSignalSpy refreshed(&model, &StatisticsRefresher::refreshed);
    EventBatch batch;
    RejectedMessage bad;
    bad.reason = RejectReason::MissingPlayer;
    batch.rejected = {bad, bad};
    model.applyBatch(batch);
    QCOMPARE(model.pendingMessages(), 0u); // not accepted messages
    QCOMPARE(model.statistics().rejectedCount(RejectReason::MissingPlayer), 2u);
    // Rejected totals are on screen too, so the idle flush still shows them.
    QVERIFY(refreshed.wait(StatisticsRefresher::IdleFlushMs * 10));
    QCOMPARE(refreshed.count(), 1);
}

void Tst_statisticsrefresher::setRefreshEveryClampsAndFlushes()
{
    StatisticsRefresher model;
    QCOMPARE(model.refreshEvery(), 5);
    model.setRefreshEvery(0);
    QCOMPARE(model.refreshEvery(), 1);
    model.setRefreshEvery(5000);
    QCOMPARE(model.refreshEvery(), 1000);

    QSignalSpy refreshed(&model, &StatisticsRefresher::refreshed);
    model.applyBatch(batchOf(10));
    QCOMPARE(refreshed.count(), 0);
    // Lowering N below what is pending refreshes right away (first refresh).
    model.setRefreshEvery(10);
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(model.pendingMessages(), 0u);
}

void Tst_statisticsrefresher::resetClearsAndEmits()
{
    StatisticsRefresher model;
    QSignalSpy refreshed(&model, &StatisticsRefresher::refreshed);
    QSignalSpy wasReset(&model, &StatisticsRefresher::wasReset);
    const EventBatch batch = batchOf(7, 0, 100);
    model.applyBatch(batch);
    QTRY_COMPARE(model.pendingMessages(), 0u);
    const qsizetype before = refreshed.count();

    model.reset();
    QCOMPARE(wasReset.count(), 1);
    QCOMPARE(refreshed.count(), before + 1);
    QCOMPARE(model.statistics().totalEvents(), 0u);
    QVERIFY(model.statistics().players().isEmpty());
    QCOMPARE(model.pendingMessages(), 0u);

    // Replay from the beginning after a reset counts everything again.
    model.applyBatch(batch);
    QCOMPARE(model.statistics().totalEvents(), 7u);
    QTRY_COMPARE(model.pendingMessages(), 0u);
}

DND_GUILESS_TEST_MAIN(Tst_statisticsrefresher)
#include "tst_statisticsrefresher.moc"
