// SPDX-License-Identifier: MIT
// Deduplication at the consumer, on the built-in broker: whatever a batch
// holds is new, across Stream > Disconnect / Connect, a restart with other
// options on the same stream and a replay; another stream starts afresh.
// Every message is counted exactly once per pass.
#include "testbroker.h"
#include "testmain.h"

#include <QtTest>

using namespace dnd;
using namespace dnd::test;

class TestConsumerDedup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void disconnectConnectCountsEachMessageOnce_data();
    void disconnectConnectCountsEachMessageOnce();
    void restartWithOtherOptionsCountsEachMessageOnce();
    void replayCountsEachMessageOncePerPass();
    void anotherTopicStartsAfresh();
    void forgottenPositionsAreHandedOnAgain();
    void archivePositionsAreNotHandedOnAgain_data();
    void archivePositionsAreNotHandedOnAgain();
};

void TestConsumerDedup::disconnectConnectCountsEachMessageOnce_data()
{
    QTest::addColumn<int>("from"); // StartFrom
    // Earliest rereads the whole topic on Connect; Committed rereads from the
    // last commit, which may be behind what was handed on.
    QTest::newRow("earliest") << int(StartFrom::Earliest);
    QTest::newRow("committed") << int(StartFrom::Committed);
}

void TestConsumerDedup::disconnectConnectCountsEachMessageOnce()
{
    QFETCH(int, from);
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(3000, 17);
    QVERIFY(produceAll(broker->bootstrap(), events.mid(0, 1500)));

    Consumer consumer;
    Receiver receiver(&consumer);
    const ConsumerOptions options = consumerOptions(broker->bootstrap(), StartFrom(from));
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(1500), 20000);
    consumer.stop(); // Stream > Disconnect

    QVERIFY(produceAll(broker->bootstrap(), events.mid(1500, 1000)));
    consumer.start(options); // Stream > Connect
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(2500), 20000);
    consumer.stop();
    consumer.start(options); // and once more, nothing new in between
    QVERIFY(produceAll(broker->bootstrap(), events.mid(2500)));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(events.size()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);

    QCOMPARE(receiver.duplicates, qint64(0));
    QCOMPARE(receiver.delivered, qint64(events.size()));
    compareStatistics(receiver.statistics, statisticsOf(events));
}

void TestConsumerDedup::restartWithOtherOptionsCountsEachMessageOnce()
{
    // A reconnect on the same bootstrap and topic (another group, batch
    // size or start position) keeps what was handed on.
    auto broker = startBroker(1, 4);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(2000, 23);
    QVERIFY(produceAll(broker->bootstrap(), events.mid(0, 1200)));

    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(consumerOptions(broker->bootstrap(), StartFrom::Earliest));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(1200), 20000);

    ConsumerOptions other = consumerOptions(broker->bootstrap(), StartFrom::Earliest);
    other.maxBatchMessages = 100;
    consumer.start(other); // running: stop, then start with the new options
    QVERIFY(produceAll(broker->bootstrap(), events.mid(1200)));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(events.size()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);

    QCOMPARE(receiver.duplicates, qint64(0));
    QCOMPARE(receiver.delivered, qint64(events.size()));
    compareStatistics(receiver.statistics, statisticsOf(events));
}

void TestConsumerDedup::replayCountsEachMessageOncePerPass()
{
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(1500, 29);
    QVERIFY(produceAll(broker->bootstrap(), events));

    Consumer consumer;
    Receiver receiver(&consumer);
    const ConsumerOptions options = consumerOptions(broker->bootstrap());
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(events.size()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);

    // The replay forgets what was handed on: every message comes once more,
    // after replayStarted() (the receiver resets).
    consumer.replayFromBeginning();
    QTRY_COMPARE_WITH_TIMEOUT(receiver.replays, 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(events.size()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);
    QCOMPARE(receiver.duplicates, qint64(0));
    QCOMPARE(receiver.delivered, 2 * qint64(events.size()));

    // What the replay handed on is carried like any other pass.
    consumer.stop();
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 20000);
    QCOMPARE(receiver.delivered, 2 * qint64(events.size()));
    QCOMPARE(receiver.counted(), quint64(events.size()));
    compareStatistics(receiver.statistics, statisticsOf(events));
}

void TestConsumerDedup::anotherTopicStartsAfresh()
{
    // Offsets of another topic start at 0 again: nothing of it was handed on.
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QString otherTopic = QStringLiteral("other_table");
    QString error;
    QVERIFY2(broker->createTopic(otherTopic, 3, &error), qPrintable(error));
    const QVector<GameEvent> first = simulate(800, 31);
    const QVector<GameEvent> second = simulate(600, 37);
    QVERIFY(produceAll(broker->bootstrap(), first));
    QVERIFY(produceAll(broker->bootstrap(), second, otherTopic));

    Consumer consumer;
    Receiver receiver(&consumer);
    ConsumerOptions options = consumerOptions(broker->bootstrap());
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(first.size()), 20000);
    consumer.stop();

    receiver.statistics.reset();
    receiver.seen.clear();
    receiver.delivered = 0;
    options.topic = otherTopic;
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(second.size()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);
    QCOMPARE(receiver.duplicates, qint64(0));
    QCOMPARE(receiver.delivered, qint64(second.size()));
    compareStatistics(receiver.statistics, statisticsOf(second));
    if (QTest::currentTestFailed())
        return;

    // And back: the first topic is another stream again, read afresh.
    receiver.statistics.reset();
    receiver.seen.clear();
    receiver.delivered = 0;
    options.topic = QStringLiteral("dnd_events");
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(first.size()), 20000);
    QCOMPARE(receiver.duplicates, qint64(0));
    compareStatistics(receiver.statistics, statisticsOf(first));
}

void TestConsumerDedup::forgottenPositionsAreHandedOnAgain()
{
    // Another campaign restored while reading was paused: its counts do not
    // hold what this consumer handed on for the old one.
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(900, 41);
    QVERIFY(produceAll(broker->bootstrap(), events));

    Consumer consumer;
    Receiver receiver(&consumer);
    const ConsumerOptions options = consumerOptions(broker->bootstrap(), StartFrom::Earliest);
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(events.size()), 20000);
    consumer.stop();

    receiver.statistics.reset();
    receiver.seen.clear();
    receiver.delivered = 0;
    consumer.forgetHandedOn();
    consumer.start(options);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(events.size()), 20000);
    QCOMPARE(receiver.duplicates, qint64(0));
    compareStatistics(receiver.statistics, statisticsOf(events));
}

void TestConsumerDedup::archivePositionsAreNotHandedOnAgain_data()
{
    QTest::addColumn<int>("from"); // StartFrom
    QTest::newRow("earliest") << int(StartFrom::Earliest);
    QTest::newRow("committed") << int(StartFrom::Committed);
}

void TestConsumerDedup::archivePositionsAreNotHandedOnAgain()
{
    // Reading again what the campaign archive holds (--from earliest, the
    // group's commit): nothing below its positions for this cluster is
    // handed on; another cluster's positions say nothing.
    QFETCH(int, from);
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(900, 43, SimulationMode::Random, roster(12));
    QVERIFY(produceAll(broker->bootstrap(), events));
    QString clusterId;
    const PartitionOffsets ends = readToEnd(broker->bootstrap(), &clusterId);
    QVERIFY(!clusterId.isEmpty());
    QCOMPARE(ends.size(), 3);
    QVERIFY(ends.value(0) > 10);

    ConsumerOptions options = consumerOptions(broker->bootstrap(), StartFrom(from));
    options.resumePositions.insert(clusterId, {{0, 10}, {1, ends.value(1)}});
    options.resumePositions.insert(QStringLiteral("another-cluster"), {{2, ends.value(2)}});
    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(options);
    const auto expected = quint64(ends.value(0) - 10 + ends.value(2));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), expected, 10000);
    QCOMPARE(receiver.duplicates, qint64(0));
    QCOMPARE(receiver.delivered, qint64(expected));
}

DND_GUILESS_TEST_MAIN(TestConsumerDedup)
#include "tst_consumerdedup.moc"
