// SPDX-License-Identifier: MIT
// The Stream tab's parts without a broker: the partition table model (under
// QAbstractItemModelTester), the charts drawn from recorded samples, and
// the status bar's catch-up progress as a user reads it.
#include "catchupprogressbar.h"
#include "partitiontablemodel.h"
#include "streamratechart.h"
#include "streamtab.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace dnd;

namespace {

PartitionStatus partition(qint32 number, qint64 position, qint64 end, double rate = 0)
{
    return PartitionStatus{number, position, end, qMax<qint64>(0, end - position), rate};
}

ConsumerStatus status(ConsumerState state, const PartitionStatusList &partitions, double rate = 0)
{
    ConsumerStatus status;
    status.state = state;
    status.partitions = partitions;
    for (const PartitionStatus &p : partitions)
        status.lag += p.lag;
    status.messagesPerSecond = rate;
    status.acceptedPerSecond = rate;
    return status;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TstStreamTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableFollowsPartitions();
    void tableShowsNumbersAsAUserReadsThem();
    void chartsDrawRecordedSamples();
    void wholeSessionShowsEverySample();
    void progressBarShowsAndHides();
    void durationText_data();
    void durationText();
};

void TstStreamTab::tableFollowsPartitions()
{
    PartitionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(PartitionTableModel::ColumnCount));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setPartitions({partition(0, 10, 20), partition(1, 5, 5)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(resets.count(), 1);

    // Same partitions, new values: changed in place.
    model.setPartitions({partition(0, 15, 20), partition(1, 5, 6)});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.data(model.index(0, PartitionTableModel::PositionColumn),
                        PartitionTableModel::ValueRole),
             QVariant(qlonglong(15)));
    // Unchanged: nothing emitted.
    model.setPartitions({partition(0, 15, 20), partition(1, 5, 6)});
    QCOMPARE(changes.count(), 1);

    // More partitions, then none (disconnected).
    model.setPartitions({partition(0, 15, 20), partition(1, 5, 6), partition(2, -1, -1)});
    QCOMPARE(model.rowCount(), 3);
    model.setPartitions({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 3);
}

void TstStreamTab::tableShowsNumbersAsAUserReadsThem()
{
    PartitionTableModel model;
    model.setPartitions({partition(3, 1234567, 1234600, 2500.4), partition(4, -1, -1)});
    const QLocale locale;
    QCOMPARE(cell(model, 0, PartitionTableModel::PartitionColumn), QStringLiteral("3"));
    QCOMPARE(cell(model, 0, PartitionTableModel::PositionColumn), locale.toString(1234567));
    QCOMPARE(cell(model, 0, PartitionTableModel::EndColumn), locale.toString(1234600));
    QCOMPARE(cell(model, 0, PartitionTableModel::LagColumn), QStringLiteral("33"));
    QCOMPARE(cell(model, 0, PartitionTableModel::RateColumn), locale.toString(2500));
    // Not known yet: a dash with a tooltip that says why, not "-1".
    QCOMPARE(cell(model, 1, PartitionTableModel::PositionColumn), QStringLiteral("–"));
    QCOMPARE(cell(model, 1, PartitionTableModel::LagColumn), QStringLiteral("–"));
    QVERIFY(!model.data(model.index(1, PartitionTableModel::EndColumn), Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    for (int column = 0; column < PartitionTableModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TstStreamTab::chartsDrawRecordedSamples()
{
    StreamTab tab;
    tab.resize(1000, 600);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    const qint64 start = 1'000'000'000'000;
    ConsumerStatus flowing =
        status(ConsumerState::Lagging, {partition(0, 100, 140), partition(1, 90, 90)}, 40);
    flowing.rejectedPerSecond = 3;
    flowing.lost = 12;
    tab.setConsumerStatus(flowing);
    QCOMPARE(tab.partitionModel()->rowCount(), 2);
    for (int i = 0; i < 5; ++i)
        tab.recordSample(start + 1000 * i);

    StreamRateChart *rates = tab.rateChart();
    QCOMPARE(rates->keys(), (QStringList{QStringLiteral("accepted"), QStringLiteral("rejected")}));
    const QList<QPointF> accepted = rates->series(QStringLiteral("accepted"))->points();
    QCOMPARE(accepted.size(), 5);
    // Newest at "0 minutes ago", older further along the (reversed) axis.
    QCOMPARE(accepted.last(), QPointF(0, 40));
    QCOMPARE(accepted.first().y(), 40.0);
    QVERIFY(rates->timeAxis()->isReverse());
    QCOMPARE(rates->timeAxis()->max(), 10.0); // ten minutes
    QCOMPARE(rates->timeAxis()->titleText(), QStringLiteral("minutes ago"));
    QVERIFY(rates->valueAxis()->max() >= 40);

    StreamRateChart *lag = tab.lagChart();
    QCOMPARE(lag->keys(), (QStringList{QStringLiteral("lag 0"), QStringLiteral("lag 1")}));
    QCOMPARE(lag->series(QStringLiteral("lag 0"))->points().last().y(), 40.0);
    // Lost messages on a chart (and an axis) of their own.
    QCOMPARE(tab.lostChart()->keys(), QStringList{QStringLiteral("lost")});
    QCOMPARE(tab.lostChart()->series(QStringLiteral("lost"))->points().last().y(), 12.0);
    QVERIFY(lag->series(QStringLiteral("lag 0"))->pen().color() !=
            lag->series(QStringLiteral("lag 1"))->pen().color());

    // Another stream with other partitions: the old lines go.
    tab.setConsumerStatus(status(ConsumerState::CaughtUp, {partition(7, 5, 5)}));
    tab.recordSample(start + 5000);
    QCOMPARE(lag->keys(), QStringList{QStringLiteral("lag 7")});
}

void TstStreamTab::wholeSessionShowsEverySample()
{
    StreamTab tab;
    tab.resize(1000, 600);
    tab.setConsumerStatus(status(ConsumerState::CaughtUp, {partition(0, 1, 1)}, 5));
    const qint64 start = 1'000'000'000'000;
    const int samples = 3 * 60 * 60; // three hours, one a second, recorded while hidden
    for (int i = 0; i < samples; ++i)
        tab.recordSample(start + 1000LL * i);
    const qint64 now = start + 1000LL * (samples - 1);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.redraw(now);

    // The last ten minutes: one point a second.
    QCOMPARE(tab.rateChart()->series(QStringLiteral("accepted"))->points().size(), 601);
    tab.sessionButton()->click();
    QVERIFY(tab.showsWholeSession());
    tab.redraw(now);
    const QList<QPointF> whole = tab.rateChart()->series(QStringLiteral("accepted"))->points();
    QVERIFY(whole.size() <= StreamHistory::SessionPoints);
    QVERIFY(whole.size() >= StreamHistory::SessionPoints / 2);
    QCOMPARE(whole.first().x(), 180.0 - 1.0 / 60); // the session's first sample, minutes ago
    QCOMPARE(tab.rateChart()->timeAxis()->titleText(), QStringLiteral("minutes ago"));
    QVERIFY(tab.rateChart()->timeAxis()->max() >= 180);
    tab.recentButton()->click();
    QVERIFY(!tab.showsWholeSession());
}

void TstStreamTab::progressBarShowsAndHides()
{
    QWidget statusBar;
    CatchUpProgressBar bar(&statusBar);
    statusBar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&statusBar));
    QVERIFY(!bar.isVisible()); // nothing to catch up on yet
    bar.setConsumerStatus(status(ConsumerState::CaughtUp, {partition(0, 10, 10)}, 5));
    QVERIFY(!bar.isVisible());

    bar.setConsumerStatus(status(ConsumerState::Lagging, {partition(0, 0, 4000)}));
    QVERIFY(bar.isVisible());
    const QLocale locale;
    QCOMPARE(bar.text(), QStringLiteral("Catching up: 0 of %1").arg(locale.toString(4000)));
    QCOMPARE(bar.bar()->value(), 0);

    bar.setConsumerStatus(status(ConsumerState::Lagging, {partition(0, 1000, 4000)}, 500));
    QCOMPARE(bar.text(), QStringLiteral("Catching up: %1 of %2 · 6 s left")
                             .arg(locale.toString(1000), locale.toString(4000)));
    QCOMPARE(bar.bar()->value(), bar.bar()->maximum() / 4);

    bar.setConsumerStatus(status(ConsumerState::CaughtUp, {partition(0, 4000, 4000)}, 500));
    QVERIFY(!bar.isVisible());
}

void TstStreamTab::durationText_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("under a second") << 0.2 << QStringLiteral("1 s");
    QTest::newRow("seconds") << 42.0 << QStringLiteral("42 s");
    QTest::newRow("minutes") << 125.0 << QStringLiteral("2 min 05 s");
    QTest::newRow("hours") << 3780.0 << QStringLiteral("1 h 03 min");
}

void TstStreamTab::durationText()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(CatchUpProgressBar::durationText(seconds), text);
}

DND_TEST_MAIN(TstStreamTab)
#include "tst_streamtab.moc"
