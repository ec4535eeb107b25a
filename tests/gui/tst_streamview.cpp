// SPDX-License-Identifier: MIT
// The Stream tab and the catch-up progress on the real window and a real
// built-in broker: N messages on a four-partition topic, read as a backlog;
// the status bar shows the progress while catching up and hides it after,
// and the tab's table says what the consumer's status says.
#include "guitestutil.h"
#include "testmain.h"

#include "catchupprogressbar.h"
#include "commandline.h"
#include "embeddedbroker.h"
#include "eventbatch.h"
#include "partitiontablemodel.h"
#include "streamratechart.h"
#include "streamtab.h"

#include <QDateTime>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

using namespace dnd;
using namespace dnd::test;

namespace {

constexpr int Timeout = 30000;
constexpr int Partitions = 4;
// Each round is one produce request, so one message set per partition; the
// built-in broker (librdkafka's mock cluster) answers a fetch with one
// message set per partition, so reading takes Rounds round trips.
constexpr int Rounds = 40;
constexpr int PerRound = 40;
constexpr int RoundTripMs = 100;

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace

class TestStreamView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        applyApplicationIdentity();
        registerCoreMetaTypes();
    }

    void backlogShowsProgressThenTableMatchesStatus()
    {
        GuiFixture f;
        QVERIFY(f.start({}, Partitions));
        MainWindow *window = f.window();
        StreamTab *tab = window->streamTab();
        QVERIFY(tab);
        // Next to the overview, before the players' tabs.
        const int index = window->tabWidget()->indexOf(tab);
        QVERIFY(index > 0);
        QVERIFY(index < window->tabWidget()->indexOf(window->playerTab(QStringLiteral("Stravos"))));
        window->tabWidget()->setCurrentWidget(tab);
        CatchUpProgressBar *progress = window->catchUpProgressBar();
        QTRY_COMPARE_WITH_TIMEOUT(tab->partitionModel()->rowCount(), Partitions, Timeout);
        QVERIFY(!progress->isVisible());

        // A backlog: written while the app does not read.
        f.session()->disconnectConsumer();
        QTRY_COMPARE_WITH_TIMEOUT(tab->partitionModel()->rowCount(), 0, Timeout);
        int produced = 0;
        for (int round = 0; round < Rounds; ++round) {
            QVector<GameEvent> events;
            for (int i = 0; i < PerRound; ++i) {
                // Many keys, so every partition gets some.
                events.append(
                    rollEvent(QStringLiteral("Player%1").arg(produced % 32), 1 + produced % 20));
                ++produced;
            }
            QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"), events));
        }
        QCOMPARE(rd_kafka_mock_broker_set_rtt(f.session()->builtInBroker()->mockCluster(), -1,
                                              RoundTripMs),
                 RD_KAFKA_RESP_ERR_NO_ERROR);

        QVERIFY(f.session()->connectConsumer());
        // Catching up: the bar shows how far, out of how much.
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), Timeout);
        QVERIFY(progress->text().startsWith(QStringLiteral("Catching up: ")));
        QVERIFY(progress->figures().backlog > 0);
        QVERIFY(progress->figures().backlog <= produced);

        // Caught up: hidden, and the table says what the status says.
        QTRY_COMPARE_WITH_TIMEOUT(f.session()->status().state, ConsumerState::CaughtUp, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), Timeout);
        rd_kafka_mock_broker_set_rtt(f.session()->builtInBroker()->mockCluster(), -1, 0);
        QTRY_COMPARE_WITH_TIMEOUT(f.refresher()->statistics().totalEvents(), quint64(produced),
                                  Timeout);

        const ConsumerStatus status = f.session()->status();
        const PartitionTableModel *model = tab->partitionModel();
        QCOMPARE(status.partitions.size(), Partitions);
        QCOMPARE(model->partitions(), status.partitions);
        const QLocale locale;
        qint64 positions = 0;
        qint64 ends = 0;
        for (int row = 0; row < Partitions; ++row) {
            const PartitionStatus &expected = status.partitions.at(row);
            QCOMPARE(expected.partition, row);
            QCOMPARE(cell(model, row, PartitionTableModel::PartitionColumn), locale.toString(row));
            QCOMPARE(cell(model, row, PartitionTableModel::PositionColumn),
                     locale.toString(expected.position));
            QCOMPARE(cell(model, row, PartitionTableModel::EndColumn),
                     locale.toString(expected.end));
            QCOMPARE(cell(model, row, PartitionTableModel::LagColumn), QStringLiteral("0"));
            QCOMPARE(expected.position, expected.end);
            QVERIFY2(expected.end > 0, "every partition got messages");
            positions += expected.position;
            ends += expected.end;
        }
        // Every message produced, read: nothing else was on the topic.
        QCOMPARE(positions, qint64(produced));
        QCOMPARE(ends, qint64(produced));
        QCOMPARE(status.lag, qint64(0));
        QCOMPARE(status.lost, qint64(0));

        // The lag chart draws one line per partition, the lost chart one.
        tab->recordSample(QDateTime::currentMSecsSinceEpoch());
        QStringList keys;
        for (int p = 0; p < Partitions; ++p)
            keys.append(QStringLiteral("lag %1").arg(p));
        QCOMPARE(tab->lagChart()->keys(), keys);
        QCOMPARE(tab->lagChart()->series(QStringLiteral("lag 0"))->points().last().y(), 0.0);
        QCOMPARE(tab->lostChart()->series(QStringLiteral("lost"))->points().last().y(), 0.0);
        f.controller.reset(); // the consumer stops before the broker it reads from
    }
};

DND_TEST_MAIN(TestStreamView)
#include "tst_streamview.moc"
