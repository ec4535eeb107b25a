// SPDX-License-Identifier: MIT
// Throttle: at most one run per interval, none lost. Timing is only ever
// waited for (QSignalSpy::wait), never asserted as wall-clock numbers.
#include "testmain.h"
#include "throttle.h"

#include <QSignalSpy>
#include <QtTest>

using namespace dnd;

class Tst_throttle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstRequestRunsAtOnce();
    void zeroIntervalAlwaysRunsAtOnce();
    void requestsWithinIntervalCoalesce();
    void ranDropsPendingRun();
    void cancelDropsPendingRun();
    void cancelKeepsLastRun();
};

void Tst_throttle::firstRequestRunsAtOnce()
{
    Throttle throttle(10'000);
    QSignalSpy due(&throttle, &Throttle::due);
    throttle.request();
    QCOMPARE(due.count(), 1);
    QVERIFY(!throttle.isPending());
}

void Tst_throttle::zeroIntervalAlwaysRunsAtOnce()
{
    Throttle throttle(0);
    QSignalSpy due(&throttle, &Throttle::due);
    for (int i = 0; i < 3; ++i) {
        throttle.ran();
        throttle.request();
    }
    QCOMPARE(due.count(), 3);
    QVERIFY(!throttle.isPending());
}

void Tst_throttle::requestsWithinIntervalCoalesce()
{
    Throttle throttle(500);
    QSignalSpy due(&throttle, &Throttle::due);
    throttle.ran();
    for (int i = 0; i < 100; ++i)
        throttle.request();
    QCOMPARE(due.count(), 0);
    QVERIFY(throttle.isPending());
    QVERIFY(due.wait(5000));
    QCOMPARE(due.count(), 1);
    QVERIFY(!throttle.isPending());
}

void Tst_throttle::ranDropsPendingRun()
{
    Throttle throttle(300);
    QSignalSpy due(&throttle, &Throttle::due);
    throttle.ran();
    throttle.request();
    QVERIFY(throttle.isPending());
    throttle.ran(); // the owner ran on its own, e.g. a reset
    QVERIFY(!throttle.isPending());
    QVERIFY(!due.wait(600));
    QCOMPARE(due.count(), 0);
}

void Tst_throttle::cancelDropsPendingRun()
{
    Throttle throttle(300);
    QSignalSpy due(&throttle, &Throttle::due);
    throttle.ran();
    throttle.request();
    throttle.cancel();
    QVERIFY(!throttle.isPending());
    QVERIFY(!due.wait(600));
    QCOMPARE(due.count(), 0);
}

void Tst_throttle::cancelKeepsLastRun()
{
    Throttle throttle(10'000);
    QSignalSpy due(&throttle, &Throttle::due);
    throttle.ran();
    throttle.request();
    throttle.cancel();
    // The last run's time stays: a request right away waits again.
    throttle.request();
    QCOMPARE(due.count(), 0);
    QVERIFY(throttle.isPending());
}

DND_GUILESS_TEST_MAIN(Tst_throttle)
#include "tst_throttle.moc"
