// SPDX-License-Identifier: MIT
// The consumer on the real Kafka protocol: the built-in broker in-process,
// events produced through librdkafka, statistics compared field by field
// with those computed straight from the simulator.

#include "codec.h"
#include "consumerworker.h"
#include "defaultgroupid.h"
#include "testbroker.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

class TestConsumer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exactStatistics_data();
    void exactStatistics();
    void malformedMessagesRejected();
    void restartResumesFromCommittedOffsets();
    void startFromLatest();
    void replayRecountsAfterReset();
    void startOnAnotherBrokerSwitchesStreams();
    void backlogBeyondThePrefetchLimit();
    void stopsWithinASecond_data();
    void stopsWithinASecond();
    void defaultGroupIdIsStable();
    void stateTexts();
    void cleanupTestCase();
};

void TestConsumer::initTestCase()
{
    registerCoreMetaTypes();
}

void TestConsumer::exactStatistics_data()
{
    QTest::addColumn<int>("brokers");
    QTest::addColumn<int>("partitions");
    QTest::addColumn<int>("count");
    QTest::addColumn<SimulationMode>("mode");
    QTest::addColumn<int>("players");
    QTest::newRow("1 broker, 3 partitions, game") << 1 << 3 << 5000 << SimulationMode::Game << 4;
    QTest::newRow("3 brokers, 6 partitions, random")
        << 3 << 6 << 5000 << SimulationMode::Random << 24;
}

void TestConsumer::exactStatistics()
{
    QFETCH(int, brokers);
    QFETCH(int, partitions);
    QFETCH(int, count);
    QFETCH(SimulationMode, mode);
    QFETCH(int, players);

    auto broker = startBroker(brokers, partitions);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(count, 42, mode, roster(players));
    const qsizetype half = count / 2;
    // Half before the consumer starts (a backlog), half while it runs (live).
    QVERIFY(produceAll(broker->bootstrap(), events.mid(0, half)));

    Consumer consumer;
    Receiver receiver(&consumer);
    ConsumerOptions options = consumerOptions(broker->bootstrap());
    options.maxBatchMessages = 500;
    consumer.start(options);
    QVERIFY(consumer.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(half), 20000);
    QVERIFY(produceAll(broker->bootstrap(), events.mid(half)));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(count), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);

    compareStatistics(receiver.statistics, statisticsOf(events));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(receiver.statistics.totalRejected(), quint64(0));
    QCOMPARE(receiver.duplicates, qint64(0));
    QCOMPARE(receiver.delivered, qint64(count));
    QVERIFY(receiver.rangesOk);
    QVERIFY(receiver.maxBatch <= 500);
    // Key = player: each player's events sit in one partition, in order.
    QVERIFY(receiver.highest.size() >= qMin(players / 4, partitions));
    QVERIFY(receiver.highest.size() <= partitions);
    QCOMPARE(receiver.states.first(), ConsumerState::Connecting);
    QCOMPARE(receiver.last.lag, qint64(0));
    QCOMPARE(receiver.last.bootstrap, broker->bootstrap());
    QCOMPARE(receiver.last.topic, QStringLiteral("dnd_events"));
    consumer.stop();
    QVERIFY(!consumer.isRunning());
}

void TestConsumer::malformedMessagesRejected()
{
    auto broker = startBroker(1, 1);
    QVERIFY(broker);

    struct Case
    {
        QByteArray payload;
        bool valid;
        RejectReason reason;
    };
    const QByteArray tooLarge = "{\"player\":\"Ya\",\"event_type\":\"note\",\"text\":\"" +
                                QByteArray(MaxMessageBytes, 'x') + "\"}";
    // Valid and malformed interleaved; the original producer's format first.
    const QVector<Case> cases = {
        {R"({"player":"Stravos","event_type":"dice_roll","dice_type":"d20","roll_result":17,)"
         R"("context":"attack_roll","timestamp":"2025-02-24T20:30:00.123456"})",
         true,
         {}},
        {"this is not json", false, RejectReason::NotJson},
        {R"({"player":"Wurs","event_type":"encounter","monster_type":"Goblin","location":"Cave",)"
         R"("initiative_order":12})",
         true,
         {}},
        {"[1,2,3]", false, RejectReason::NotObject},
        {R"({"event_type":"dice_roll","roll_result":3})", false, RejectReason::MissingPlayer},
        {R"({"player":"Ya","event_type":"spell_cast","spell_name":"Fireball","target":"Orc",)"
         R"("effect":"burn"})",
         true,
         {}},
        {R"({"player":"Ya","event_type":"dice_roll","dice_type":"d20","roll_result":21})", false,
         RejectReason::RollOutOfRange},
        {R"({"player":"Ya","event_type":"dice_roll","dice_type":"d7","roll_result":3})", false,
         RejectReason::UnknownDie},
        {R"({"player":"Sylas","event_type":"dice_roll","roll_result":20})", true, {}},
        {R"({"player":"Ya","event_type":"spell_cast"})", false, RejectReason::MissingField},
        {QByteArray("\xff\xfe{\"player\":1}\x01", 15), false, RejectReason::NotUtf8},
        {R"({"player":5,"event_type":"encounter","monster_type":"Orc"})", false,
         RejectReason::WrongFieldType},
        {R"({"player":"Ya"})", false, RejectReason::MissingEventType},
        {tooLarge, false, RejectReason::TooLarge},
        {R"({"player":"Sylas","event_type":"level_up","level":5})", true, {}},
        {"", false, RejectReason::NotJson},
    };

    {
        ConnectionSettings connection;
        connection.bootstrap = broker->bootstrap();
        connection.builtInBroker = true; // librdkafka's mock cluster
        Producer producer(connection, QStringLiteral("dnd_events"));
        QString error;
        QVERIFY2(producer.open(&error), qPrintable(error));
        for (const Case &c : cases)
            QVERIFY(producer.produceRaw("key", c.payload, 0));
        QVERIFY(producer.flush(10000));
        QCOMPARE(producer.counters().delivered, quint64(cases.size()));
    }

    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(consumerOptions(broker->bootstrap()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(cases.size()), 20000);

    int valid = 0;
    QVector<RejectedMessage> expected;
    for (qsizetype offset = 0; offset < cases.size(); ++offset) {
        const Case &c = cases[offset];
        if (c.valid) {
            ++valid;
            continue;
        }
        RejectedMessage rejected;
        rejected.partition = 0;
        rejected.offset = offset;
        rejected.reason = c.reason;
        rejected.preview = Codec::escapedPreview(c.payload, 200);
        expected.append(rejected);
    }
    QCOMPARE(receiver.statistics.totalEvents(), quint64(valid));
    QCOMPARE(receiver.rejected.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const RejectedMessage &got = receiver.rejected[i];
        const RejectedMessage &want = expected[i];
        QCOMPARE(got.partition, want.partition);
        QCOMPARE(got.offset, want.offset);
        QCOMPARE(rejectReasonKey(got.reason), rejectReasonKey(want.reason));
        QCOMPARE(got.preview, want.preview);
        QVERIFY(!got.message.isEmpty());
        QVERIFY(got.timestampUs != NoTimestamp); // Kafka's message time
    }
    QCOMPARE(receiver.statistics.totalRejected(), quint64(expected.size()));
    QCOMPARE(receiver.statistics.rejectedCount(RejectReason::NotJson), quint64(2));
    // Without a timestamp of its own, an event gets the Kafka message time.
    const PlayerStats *sylas = receiver.statistics.player(QStringLiteral("Sylas"));
    QVERIFY(sylas);
    QCOMPARE(sylas->events, quint64(2));
    QVERIFY(sylas->firstSeenUs > 1'700'000'000'000'000);
    QCOMPARE(receiver.statistics.player(QStringLiteral("Stravos"))->firstSeenUs,
             parseIsoTimestampUs(u"2025-02-24T20:30:00.123456"));
    QCOMPARE(receiver.statistics.player(QStringLiteral("Sylas"))
                 ->byType.value(QStringLiteral("level_up")),
             quint64(1));
}

void TestConsumer::restartResumesFromCommittedOffsets()
{
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(3000, 7);
    const QVector<GameEvent> first = events.mid(0, 1800);
    const QVector<GameEvent> second = events.mid(1800);
    const QString group = QStringLiteral("resume-") + QUuid::createUuid().toString(QUuid::Id128);

    Statistics statistics; // the same dashboard across both runs
    QVERIFY(produceAll(broker->bootstrap(), first));
    qint64 firstDelivered = 0;
    QHash<qint32, qint64> firstOffsets;
    {
        Consumer consumer;
        Receiver receiver(&consumer);
        consumer.start(consumerOptions(broker->bootstrap(), StartFrom::Committed, group));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(first.size()), 20000);
        consumer.stop(); // commits the stored offsets
        QCoreApplication::processEvents();
        firstDelivered = receiver.delivered;
        firstOffsets = receiver.highest;
        statistics = receiver.statistics;
    }
    QCOMPARE(firstDelivered, qint64(first.size()));

    QVERIFY(produceAll(broker->bootstrap(), second));
    Consumer consumer;
    qint64 delivered = 0;
    QHash<qint32, qint64> firstSeenOffset;
    connect(&consumer, &Consumer::batchReady, this, [&](const EventBatch &batch) {
        delivered += batch.events.size() + batch.rejected.size();
        statistics.apply(batch);
        for (const PartitionRange &range : batch.ranges) {
            if (!firstSeenOffset.contains(range.partition))
                firstSeenOffset.insert(range.partition, range.first);
        }
    });
    consumer.start(consumerOptions(broker->bootstrap(), StartFrom::Committed, group));
    QTRY_COMPARE_WITH_TIMEOUT(statistics.totalEvents(), quint64(events.size()), 20000);
    consumer.stop();

    // Nothing of the first run came again: each partition resumed right after
    // the last offset applied before the stop.
    QCOMPARE(delivered, qint64(second.size()));
    for (auto it = firstSeenOffset.constBegin(); it != firstSeenOffset.constEnd(); ++it)
        QCOMPARE(it.value(), firstOffsets.value(it.key(), -1) + 1);
    compareStatistics(statistics, statisticsOf(events));
}

void TestConsumer::startFromLatest()
{
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(600, 11);
    QVERIFY(produceAll(broker->bootstrap(), events.mid(0, 400)));

    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(consumerOptions(broker->bootstrap(), StartFrom::Latest));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 20000);
    QCOMPARE(receiver.counted(), quint64(0));
    QVERIFY(produceAll(broker->bootstrap(), events.mid(400)));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(200), 20000);
    compareStatistics(receiver.statistics, statisticsOf(events.mid(400)));
}

void TestConsumer::replayRecountsAfterReset()
{
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(2000, 3);
    QVERIFY(produceAll(broker->bootstrap(), events));

    Consumer consumer;
    Receiver receiver(&consumer);
    QSignalSpy replays(&consumer, &Consumer::replayStarted);
    consumer.start(consumerOptions(broker->bootstrap()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(events.size()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);

    consumer.replayFromBeginning();
    QVERIFY(replays.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(events.size()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);
    QCOMPARE(receiver.replays, 1);
    QCOMPARE(receiver.delivered, 2 * qint64(events.size()));
    QCOMPARE(receiver.duplicates, qint64(0)); // each pass handed every message on once
    compareStatistics(receiver.statistics, statisticsOf(events));
}

void TestConsumer::startOnAnotherBrokerSwitchesStreams()
{
    auto first = startBroker(1, 3);
    auto second = startBroker(3, 4, QStringLiteral("other_table"));
    QVERIFY(first && second);
    const QVector<GameEvent> eventsA = simulate(1000, 5);
    const QVector<GameEvent> eventsB = simulate(1500, 6, SimulationMode::Random);
    QVERIFY(produceAll(first->bootstrap(), eventsA));
    QVERIFY(produceAll(second->bootstrap(), eventsB, QStringLiteral("other_table")));

    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(consumerOptions(first->bootstrap()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(eventsA.size()), 20000);
    compareStatistics(receiver.statistics, statisticsOf(eventsA));
    if (QTest::currentTestFailed())
        return;

    // start() on a running consumer stops it first; the receiver starts
    // afresh as TrackerSession::reconnect has it do.
    ConsumerOptions options = consumerOptions(second->bootstrap());
    options.topic = QStringLiteral("other_table");
    consumer.start(options);
    receiver.statistics.reset();
    QVERIFY(consumer.isRunning());
    QCOMPARE(consumer.options().topic, QStringLiteral("other_table"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(eventsB.size()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.topic, QStringLiteral("other_table"), 5000);
    compareStatistics(receiver.statistics, statisticsOf(eventsB));
}

void TestConsumer::backlogBeyondThePrefetchLimit()
{
    // librdkafka stops fetching while prefetchMessages are queued and, left
    // alone, decides to fetch again only when its broker thread next wakes
    // up, up to a second later. The worker wakes it when it runs dry with
    // data still on the broker. Here every fetch fills the one-message
    // prefetch: 1,000 events in small message sets took minutes without
    // the wake-up, well under a second with it.
    auto broker = startBroker(1, 4);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(1000, 3, SimulationMode::Game, roster(8));
    ConnectionSettings connection;
    connection.bootstrap = broker->bootstrap();
    connection.builtInBroker = true; // librdkafka's mock cluster
    Producer producer(connection, QStringLiteral("dnd_events"));
    QString error;
    QVERIFY2(producer.open(&error), qPrintable(error));
    for (qsizetype i = 0; i < events.size(); i += 4) {
        for (const GameEvent &event : events.mid(i, 4))
            QVERIFY(producer.produce(event));
        QVERIFY(producer.flush(5000)); // one small message set per partition
    }
    QCOMPARE(producer.counters().delivered, quint64(events.size()));

    Consumer consumer;
    Receiver receiver(&consumer);
    ConsumerOptions options = consumerOptions(broker->bootstrap());
    options.prefetchMessages = 1;
    consumer.start(options);
    QTRY_VERIFY_WITH_TIMEOUT(receiver.counted() > 0, 20000);
    // A generous bound for slow CI that the stalls would exceed many times.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(events.size()), 15000);
    compareStatistics(receiver.statistics, statisticsOf(events));
    QCOMPARE(receiver.statistics.totalRejected(), quint64(0));
    consumer.stop();
}

void TestConsumer::stopsWithinASecond_data()
{
    QTest::addColumn<bool>("brokerDown");
    QTest::newRow("connected") << false;
    QTest::newRow("broker down") << true;
}

void TestConsumer::stopsWithinASecond()
{
    QFETCH(bool, brokerDown);
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    QVERIFY(produceAll(broker->bootstrap(), simulate(500, 9)));

    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(consumerOptions(broker->bootstrap()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(500), 20000);
    if (brokerDown) {
        QVERIFY(broker->setBrokerDown(1, true));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::BrokerDown, 10000);
    }
    QElapsedTimer timer;
    timer.start();
    consumer.stop();
    const qint64 elapsed = timer.elapsed();
    qInfo("stop took %lld ms", elapsed);
    QVERIFY(!consumer.isRunning());
    // A behavioural bound (the design says one second), generous for slow CI.
    QVERIFY2(elapsed < 3000, qPrintable(QStringLiteral("stop took %1 ms").arg(elapsed)));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::Stopped, 1000);
}

void TestConsumer::defaultGroupIdIsStable()
{
    const QString id = defaultGroupId();
    QVERIFY(id.startsWith(QLatin1String("dnd-tracker-")));
    QCOMPARE(defaultGroupId(), id);
}

void TestConsumer::stateTexts()
{
    ConsumerStatus status;
    status.state = ConsumerState::Lagging;
    status.lag = 42;
    QCOMPARE(consumerStateText(status), QStringLiteral("lagging by 42"));
    status.state = ConsumerState::BrokerDown;
    status.reason = QStringLiteral("Connection refused");
    QVERIFY(consumerStateText(status).contains(QLatin1String("Connection refused")));
    StartFrom from = StartFrom::Earliest;
    QVERIFY(parseStartFrom(QStringLiteral("committed"), &from));
    QCOMPARE(from, StartFrom::Committed);
    QVERIFY(!parseStartFrom(QStringLiteral("yesterday"), &from));
    QCOMPARE(startFromName(StartFrom::Latest), QStringLiteral("latest"));
}

void TestConsumer::cleanupTestCase()
{
    // A consumer stopped while its broker was down finishes closing in the
    // background; let it end before the process does.
    QTRY_COMPARE_WITH_TIMEOUT(ConsumerWorker::closingInBackground(), 0, 10000);
}

DND_GUILESS_TEST_MAIN(TestConsumer)
#include "tst_consumer.moc"
