// SPDX-License-Identifier: MIT
// The Stream tab's figures without a window: the fixed-size ring of the
// last ten minutes, the whole session downsampled into bounded memory, what
// a status sample records, and when the catch-up progress shows.
#include "catchupprogress.h"
#include "streamhistory.h"
#include "testmain.h"
#include "timeseries.h"

#include <QTest>

using namespace dnd;

namespace {

ConsumerStatus lagging(qint64 lag, double rate, const QList<qint64> &positions)
{
    ConsumerStatus status;
    status.state = lag > 0 ? ConsumerState::Lagging : ConsumerState::CaughtUp;
    status.lag = lag;
    status.messagesPerSecond = rate;
    for (qint32 i = 0; i < positions.size(); ++i) {
        PartitionStatus partition;
        partition.partition = i;
        partition.position = positions.at(i);
        status.partitions.append(partition);
    }
    return status;
}

} // namespace

class TstStreamHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ringKeepsTheLatest_data();
    void ringKeepsTheLatest();
    void ringPointsFrom();
    void downsampledStaysBounded_data();
    void downsampledStaysBounded();
    void downsampledMergesByMeanOrMax();
    void historyRecordsStatus();
    void historyChartsAtMostMaxPartitions();
    void catchUp_data();
    void catchUp();
    void catchUpCountsFromItsStart();
};

void TstStreamHistory::ringKeepsTheLatest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appended");

    QTest::newRow("empty") << 4 << 0;
    QTest::newRow("part full") << 4 << 3;
    QTest::newRow("exactly full") << 4 << 4;
    QTest::newRow("wrapped once") << 4 << 6;
    QTest::newRow("wrapped many times") << 5 << 23;
    QTest::newRow("capacity one") << 1 << 3;
}

void TstStreamHistory::ringKeepsTheLatest()
{
    QFETCH(int, capacity);
    QFETCH(int, appended);

    SampleRing ring(capacity);
    for (int i = 0; i < appended; ++i)
        ring.append(1000 * i, i);
    const int kept = qMin(capacity, appended);
    QCOMPARE(ring.size(), kept);
    QCOMPARE(ring.capacity(), capacity);
    const QList<QPointF> points = ring.points();
    QCOMPARE(points.size(), kept);
    for (int i = 0; i < kept; ++i) {
        const int value = appended - kept + i; // oldest first
        QCOMPARE(points.at(i), QPointF(1000 * value, value));
        QCOMPARE(ring.at(i), points.at(i));
    }
}

void TstStreamHistory::ringPointsFrom()
{
    SampleRing ring(8);
    for (int i = 0; i < 12; ++i) // keeps times 4000 .. 11000
        ring.append(1000 * i, i);
    QCOMPARE(ring.points(0).size(), 8);
    QCOMPARE(ring.points(4000).size(), 8);
    QCOMPARE(ring.points(8500).size(), 3);
    QCOMPARE(ring.points(8500).first(), QPointF(9000, 9));
    QCOMPARE(ring.points(11000).size(), 1);
    QCOMPARE(ring.points(11001).size(), 0);
    ring.clear();
    QCOMPARE(ring.points().size(), 0);
}

void TstStreamHistory::downsampledStaysBounded_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appended");
    QTest::addColumn<int>("perPoint");

    QTest::newRow("below capacity: exact") << 8 << 7 << 1;
    QTest::newRow("full once: halved") << 8 << 8 << 2;
    QTest::newRow("a day of seconds") << 600 << 86400 << 256;
    QTest::newRow("odd capacity rounds down") << 7 << 100 << 32;
}

void TstStreamHistory::downsampledStaysBounded()
{
    QFETCH(int, capacity);
    QFETCH(int, appended);
    QFETCH(int, perPoint);

    DownsampledSeries series(capacity);
    for (int i = 0; i < appended; ++i)
        series.append(1000LL * i, 1.0);
    QCOMPARE(series.samplesPerPoint(), perPoint);
    QVERIFY(series.size() <= capacity);
    const QList<QPointF> points = series.points();
    QCOMPARE(points.size(), series.size());
    QCOMPARE(points.first().x(), 0.0); // the session's start stays
    for (qsizetype i = 1; i < points.size(); ++i) {
        QVERIFY(points.at(i).x() > points.at(i - 1).x());
        QCOMPARE(points.at(i).y(), 1.0);
    }
    // Complete points stand for perPoint samples each; the last may be filling.
    const qint64 lastStart = qint64(points.last().x()) / 1000;
    QVERIFY(appended - lastStart >= 1 && appended - lastStart <= perPoint);
}

void TstStreamHistory::downsampledMergesByMeanOrMax()
{
    DownsampledSeries mean(4, DownsampledSeries::Merge::Mean);
    DownsampledSeries max(4, DownsampledSeries::Merge::Max);
    const double values[] = {1, 3, 10, 0, 5, 7};
    for (int i = 0; i < 6; ++i) {
        mean.append(i * 1000, values[i]);
        max.append(i * 1000, values[i]);
    }
    // 4 samples filled it: pairs merged (1,3) (10,0); then (5,7) is one point.
    QCOMPARE(mean.samplesPerPoint(), 2);
    QCOMPARE(mean.points(), (QList<QPointF>{{0, 2}, {2000, 5}, {4000, 6}}));
    QCOMPARE(max.points(), (QList<QPointF>{{0, 3}, {2000, 10}, {4000, 7}}));
    // A point still filling shows what it has so far.
    mean.append(6000, 4);
    QCOMPARE(mean.points().last(), QPointF(6000, 4));
    mean.clear();
    QCOMPARE(mean.size(), 0);
    QCOMPARE(mean.samplesPerPoint(), 1);
}

void TstStreamHistory::historyRecordsStatus()
{
    StreamHistory history;
    QVERIFY(history.isEmpty());
    ConsumerStatus status;
    status.acceptedPerSecond = 40;
    status.rejectedPerSecond = 2;
    status.lost = 7;
    status.partitions = {{0, 10, 15, 5, 3}, {1, 20, 20, 0, 4}};
    history.record(5000, status);
    status.partitions[0].lag = 1;
    history.record(6000, status);

    QCOMPARE(history.firstSampleMs(), qint64(5000));
    QCOMPARE(history.lastSampleMs(), qint64(6000));
    QCOMPARE(history.accepted().recent.points(), (QList<QPointF>{{5000, 40}, {6000, 40}}));
    QCOMPARE(history.rejected().session.points(), (QList<QPointF>{{5000, 2}, {6000, 2}}));
    QCOMPARE(history.lost().recent.points().last(), QPointF(6000, 7));
    QCOMPARE(history.totalLag().recent.points(), (QList<QPointF>{{5000, 5}, {6000, 1}}));
    QCOMPARE(history.chartedPartitions(), (QList<qint32>{0, 1}));
    QVERIFY(history.lag(0));
    QCOMPARE(history.lag(0)->recent.points(), (QList<QPointF>{{5000, 5}, {6000, 1}}));
    QVERIFY(!history.lag(2));

    // A new stream without partitions yet: none charted, the old ones kept.
    history.record(7000, ConsumerStatus());
    QVERIFY(history.chartedPartitions().isEmpty());
    history.clear();
    QVERIFY(history.isEmpty());
    QVERIFY(!history.lag(0));
}

void TstStreamHistory::historyChartsAtMostMaxPartitions()
{
    StreamHistory history;
    ConsumerStatus status;
    for (qint32 i = 0; i <= StreamHistory::MaxPartitions; ++i)
        status.partitions.append({i, 0, 2, 2, 0});
    history.record(1000, status);
    QVERIFY(history.chartedPartitions().isEmpty());
    QVERIFY(!history.lag(0));
    QCOMPARE(history.totalLag().recent.points().last().y(),
             2.0 * (StreamHistory::MaxPartitions + 1));
}

void TstStreamHistory::catchUp_data()
{
    QTest::addColumn<qint64>("lag");
    QTest::addColumn<double>("rate");
    QTest::addColumn<bool>("shown");

    QTest::newRow("caught up") << qint64(0) << 100.0 << false;
    QTest::newRow("a few behind") << CatchUpProgress::MinBacklog - 1 << 0.0 << false;
    QTest::newRow("backlog, rate not known yet") << qint64(5000) << 0.0 << true;
    QTest::newRow("backlog of seconds") << qint64(5000) << 1000.0 << true;
    QTest::newRow("live stream a moment behind") << qint64(5000) << 100000.0 << false;
}

void TstStreamHistory::catchUp()
{
    QFETCH(qint64, lag);
    QFETCH(double, rate);
    QFETCH(bool, shown);

    CatchUpProgress progress;
    const CatchUpProgress::Figures &figures = progress.update(lagging(lag, rate, {100, 200}));
    QCOMPARE(figures.active, shown);
    if (shown) {
        QCOMPARE(figures.read, qint64(0));
        QCOMPARE(figures.backlog, lag);
        QCOMPARE(figures.secondsLeft, rate > 0 ? double(lag) / rate : -1.0);
    }
}

void TstStreamHistory::catchUpCountsFromItsStart()
{
    CatchUpProgress progress;
    QVERIFY(progress.update(lagging(1000, 0, {100, 200})).active);
    // 300 read on partition 0, 100 on 1; 400 more produced meanwhile.
    CatchUpProgress::Figures figures = progress.update(lagging(1000, 200, {400, 300}));
    QVERIFY(figures.active);
    QCOMPARE(figures.read, qint64(400));
    QCOMPARE(figures.backlog, qint64(1400));
    QCOMPARE(figures.secondsLeft, 5.0);
    // A replay moves positions back: a new catch-up counted from there.
    figures = progress.update(lagging(2000, 200, {0, 0}));
    QCOMPARE(figures.read, qint64(0));
    QCOMPARE(figures.backlog, qint64(2000));
    figures = progress.update(lagging(1500, 500, {250, 250}));
    QCOMPARE(figures.read, qint64(500));
    // Nearly there at the current rate: hidden, and when caught up too.
    QVERIFY(!progress.update(lagging(50, 500, {1700, 1700})).active);
    QVERIFY(!progress.update(lagging(0, 500, {1750, 1750})).active);
    QCOMPARE(progress.figures().read, qint64(0));
}

DND_GUILESS_TEST_MAIN(TstStreamHistory)
#include "tst_streamhistory.moc"
