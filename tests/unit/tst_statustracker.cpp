// SPDX-License-Identifier: MIT
// StatusTracker's count of lost messages: a jump past the expected offset
// is lost only as far as the broker's log start says it no longer had the
// messages, or as a whole when the consumer moved the partition itself.
// Gaps from compaction or transaction markers are not losses.
#include "statustracker.h"
#include "testmain.h"

#include <QTest>

using namespace dnd;

class TstStatusTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lostMessages_data();
    void lostMessages();
    void replayForgetsLosses();
};

void TstStatusTracker::lostMessages_data()
{
    QTest::addColumn<qint64>("offset");   // next message (or end) after offset 99
    QTest::addColumn<qint64>("logStart"); // librdkafka's cached log start, -1 unknown
    QTest::addColumn<bool>("moved");      // the consumer moved the partition itself
    QTest::addColumn<bool>("atEnd");      // the jump is seen as end-of-partition
    QTest::addColumn<qint64>("lost");

    QTest::newRow("next in line") << qint64(100) << qint64(0) << false << false << qint64(0);
    QTest::newRow("transaction marker") << qint64(101) << qint64(0) << false << false << qint64(0);
    QTest::newRow("compacted, log start unknown")
        << qint64(150) << qint64(-1) << false << false << qint64(0);
    QTest::newRow("dropped up to the log start")
        << qint64(150) << qint64(140) << false << false << qint64(40);
    QTest::newRow("log start already past the message")
        << qint64(150) << qint64(200) << false << false << qint64(50);
    QTest::newRow("moved by the consumer")
        << qint64(150) << qint64(120) << true << false << qint64(50);
    QTest::newRow("end of partition after a drop")
        << qint64(150) << qint64(150) << false << true << qint64(50);
}

void TstStatusTracker::lostMessages()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, logStart);
    QFETCH(bool, moved);
    QFETCH(bool, atEnd);
    QFETCH(qint64, lost);

    StatusTracker tracker;
    tracker.setConnecting();
    tracker.partitionsKnown();
    tracker.assigned(0);
    tracker.consumed(0, 99);
    if (moved)
        tracker.movedPast(0);
    if (atEnd)
        tracker.reachedEnd(0, offset, logStart);
    else
        tracker.consumed(0, offset, logStart);
    QCOMPARE(tracker.status().lost, lost);
    QCOMPARE(tracker.nextOffset(0), atEnd ? offset : offset + 1);
    // Only the jump counts, once.
    tracker.consumed(0, tracker.nextOffset(0), logStart);
    QCOMPARE(tracker.status().lost, lost);
}

void TstStatusTracker::replayForgetsLosses()
{
    StatusTracker tracker;
    tracker.setConnecting();
    tracker.partitionsKnown();
    tracker.assigned(0);
    tracker.consumed(0, 10);
    tracker.consumed(0, 30, 25);
    QCOMPARE(tracker.status().lost, qint64(14));
    tracker.replayed();
    QCOMPARE(tracker.status().lost, qint64(0));
    tracker.consumed(0, 0);
    tracker.consumed(0, 1);
    QCOMPARE(tracker.status().lost, qint64(0));
}

DND_GUILESS_TEST_MAIN(TstStatusTracker)
#include "tst_statustracker.moc"
