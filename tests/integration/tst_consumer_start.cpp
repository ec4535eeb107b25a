// SPDX-License-Identifier: MIT
// Where the consumer starts and what it commits, on the built-in broker:
// it assigns itself every partition (no group to join), starts from the
// archive's positions, a time, the group's commit, and commits only what
// the receiver confirmed.

#include "consumerworker.h"
#include "testbroker.h"
#include "testmain.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

class TestConsumerStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstBatchWithoutJoinDelay();
    void restartWithTheSameGroupAtOnce();
    void resumeFromArchivePositions();
    void startFromTime();
    void commitsOnlyWhatWasConfirmed();
    void initialEndAfterTheLastBatch();
    void topicCreatedLaterIsRead();
    void cleanupTestCase();
};

void TestConsumerStart::initTestCase()
{
    registerCoreMetaTypes();
}

void TestConsumerStart::firstBatchWithoutJoinDelay()
{
    // A consumer group join took 3 s on the built-in broker before the
    // first batch; assigning the partitions itself takes a round trip.
    auto broker = startBroker(1, 8);
    QVERIFY(broker);
    QVERIFY(produceAll(broker->bootstrap(), simulate(800, 4)));
    Consumer consumer;
    Receiver receiver(&consumer);
    QElapsedTimer clock;
    clock.start();
    consumer.start(consumerOptions(broker->bootstrap()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(800), 10000);
    qInfo("start to every event: %lld ms", clock.elapsed());
    // Generous for a loaded machine; the join alone took 3,000 ms.
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestConsumerStart::restartWithTheSameGroupAtOnce()
{
    // Stream > Disconnect, then Connect with the same group: the rejoin
    // used to wait for the old member's session (30-40 s on a real broker).
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(1200, 8);
    QVERIFY(produceAll(broker->bootstrap(), events.mid(0, 600)));
    const ConsumerOptions options = consumerOptions(broker->bootstrap(), StartFrom::Committed);
    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(600), 10000);
    consumer.stop();

    QVERIFY(produceAll(broker->bootstrap(), events.mid(600)));
    QElapsedTimer clock;
    clock.start();
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(1200), 5000);
    qInfo("restart to every new event: %lld ms", clock.elapsed());
    QCOMPARE(receiver.delivered, qint64(1200)); // resumed at the commit: nothing twice
    compareStatistics(receiver.statistics, statisticsOf(events));
}

void TestConsumerStart::resumeFromArchivePositions()
{
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(900, 12, SimulationMode::Random, roster(12));
    QVERIFY(produceAll(broker->bootstrap(), events));
    QString clusterId;
    const PartitionOffsets ends = readToEnd(broker->bootstrap(), &clusterId);
    QVERIFY(!clusterId.isEmpty());
    QCOMPARE(ends.size(), 3);
    QVERIFY(ends.value(0) > 10);

    // Partition 0 from offset 10, partition 1 after its end (nothing new),
    // partition 2 unknown to the archive: from its beginning. Another
    // cluster's positions are not used.
    ConsumerOptions options = consumerOptions(broker->bootstrap(), StartFrom::Resume);
    options.resumePositions.insert(clusterId, {{0, 10}, {1, ends.value(1)}});
    options.resumePositions.insert(QStringLiteral("another-cluster"), {{2, ends.value(2)}});
    Consumer consumer;
    Receiver receiver(&consumer);
    QSignalSpy found(&consumer, &Consumer::sourceFound);
    consumer.start(options);
    const auto expected = quint64(ends.value(0) - 10 + ends.value(2));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), expected, 10000);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().at(0).toString(), clusterId);
    QCOMPARE(found.constFirst().at(1).toString(), QStringLiteral("dnd_events"));
}

void TestConsumerStart::startFromTime()
{
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(600, 21);
    QVERIFY(produceAll(broker->bootstrap(), events.mid(0, 300)));
    // Message times are the producer's clock in milliseconds: the second
    // half is produced strictly after `from`.
    QTest::qWait(20);
    const qint64 from = QDateTime::currentMSecsSinceEpoch();
    QTest::qWait(20);
    QVERIFY(produceAll(broker->bootstrap(), events.mid(300)));

    ConsumerOptions options = consumerOptions(broker->bootstrap(), StartFrom::Time);
    options.startTimeMs = from;
    options.brokerLacksTimeIndex = true;
    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);
    QCOMPARE(receiver.counted(), quint64(300));
    compareStatistics(receiver.statistics, statisticsOf(events.mid(300)));

    // A time after every message: only what comes next.
    options.startTimeMs = QDateTime::currentMSecsSinceEpoch() + 60'000;
    Consumer later;
    Receiver laterReceiver(&later);
    later.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(laterReceiver.last.state, ConsumerState::CaughtUp, 10000);
    QCOMPARE(laterReceiver.counted(), quint64(0));
}

void TestConsumerStart::commitsOnlyWhatWasConfirmed()
{
    // The receiver counts only part of what it got (like --max-events):
    // the group's position is what it confirmed, not what was emitted.
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    QVERIFY(produceAll(broker->bootstrap(), simulate(900, 5)));
    ConsumerOptions options = consumerOptions(broker->bootstrap(), StartFrom::Committed);
    options.commitConfirmedOnly = true;
    PartitionOffsets confirmed;
    {
        Consumer consumer;
        Receiver receiver(&consumer);
        consumer.start(options);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(900), 10000);
        confirmed = {{0, 5}, {1, 0}};
        consumer.commitPositions(confirmed);
        consumer.stop();
    }
    // Partition 2 was never confirmed: read from its beginning again.
    Consumer consumer;
    Receiver receiver(&consumer);
    QHash<qint32, qint64> firstOffset;
    connect(&consumer, &Consumer::batchReady, this, [&firstOffset](const EventBatch &batch) {
        for (const PartitionRange &range : batch.ranges) {
            if (!firstOffset.contains(range.partition))
                firstOffset.insert(range.partition, range.first);
        }
    });
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(900 - 5), 10000);
    QCOMPARE(firstOffset.value(0), qint64(5));
    QCOMPARE(firstOffset.value(1, 0), qint64(0));
    QCOMPARE(firstOffset.value(2, 0), qint64(0));
}

void TestConsumerStart::initialEndAfterTheLastBatch()
{
    // kcat -e: once every partition was read to the end it had at start,
    // with the batches up to there delivered before the signal, and
    // nothing produced afterwards waited for.
    auto broker = startBroker(1, 6);
    QVERIFY(broker);
    QVERIFY(produceAll(broker->bootstrap(), simulate(3000, 6)));
    ConsumerOptions options = consumerOptions(broker->bootstrap());
    options.signalInitialEnd = true;
    Consumer consumer;
    Receiver receiver(&consumer);
    quint64 countedAtEnd = 0;
    connect(&consumer, &Consumer::initialEndReached, this,
            [&] { countedAtEnd = receiver.counted(); });
    QSignalSpy end(&consumer, &Consumer::initialEndReached);
    consumer.start(options);
    QVERIFY(end.wait(10000));
    QCOMPARE(countedAtEnd, quint64(3000));

    // An empty topic ends at once.
    auto empty = startBroker(1, 2);
    QVERIFY(empty);
    Consumer idle;
    options.connection.bootstrap = empty->bootstrap();
    options.connection.builtInBroker = true; // librdkafka's mock cluster
    QSignalSpy idleEnd(&idle, &Consumer::initialEndReached);
    idle.start(options);
    QVERIFY(idleEnd.wait(10000));
}

void TestConsumerStart::topicCreatedLaterIsRead()
{
    // The partitions are looked up again until the topic is there; then
    // each is read from its beginning.
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    // The mock cluster creates any topic a client asks for; make it answer
    // like a real cluster without auto-creation until "created".
    rd_kafka_mock_topic_set_error(broker->mockCluster(), "later_table",
                                  RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART);
    ConsumerOptions options = consumerOptions(broker->bootstrap());
    options.topic = QStringLiteral("later_table");
    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(options);
    QTRY_VERIFY_WITH_TIMEOUT(!receiver.last.reason.isEmpty(), 5000);
    QCOMPARE(receiver.last.state, ConsumerState::Connecting);
    rd_kafka_mock_topic_set_error(broker->mockCluster(), "later_table", RD_KAFKA_RESP_ERR_NO_ERROR);
    const QVector<GameEvent> events = simulate(400, 2);
    QVERIFY(produceAll(broker->bootstrap(), events, QStringLiteral("later_table")));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(400), 10000);
    compareStatistics(receiver.statistics, statisticsOf(events));
}

void TestConsumerStart::cleanupTestCase()
{
    QTRY_COMPARE_WITH_TIMEOUT(ConsumerWorker::closingInBackground(), 0, 10000);
}

DND_GUILESS_TEST_MAIN(TestConsumerStart)
#include "tst_consumer_start.moc"
