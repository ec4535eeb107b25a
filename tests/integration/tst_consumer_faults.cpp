// SPDX-License-Identifier: MIT
// The consumer under failures injected into the built-in broker (librdkafka's
// mock cluster): brokers set down and up, transport errors on Fetch. The
// status must say so, consumption must resume, and the totals must be exact.

#include "consumerworker.h"
#include "simulatedproducer.h"
#include "testbroker.h"
#include "testmain.h"

#include <QTcpServer>
#include <QTest>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

using namespace dnd;
using namespace dnd::test;

class TestConsumerFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokerDownAndUp_data();
    void brokerDownAndUp();
    void transportErrorsOnFetch();
    void messagesGoneBeforeReadAreReported();
    void positionDroppedWhileProducersWrite();
    void unreachableBroker();
    void unknownTopic();
    void cleanupTestCase();
};

void TestConsumerFaults::initTestCase()
{
    registerCoreMetaTypes();
}

void TestConsumerFaults::brokerDownAndUp_data()
{
    QTest::addColumn<int>("brokers");
    QTest::addColumn<int>("partitions");
    QTest::addColumn<int>("downBroker");
    QTest::newRow("the only broker") << 1 << 3 << 1;
    QTest::newRow("one of three") << 3 << 6 << 2;
}

// rd_kafka_mock_broker_set_down closes the broker's connections and refuses
// new ones, without moving partition leaders: the consumer sees a transport
// error, librdkafka keeps reconnecting, and the partitions that broker leads
// stall until it is up again. Events produced meanwhile wait in the
// producer's queue and arrive after the broker is back.
void TestConsumerFaults::brokerDownAndUp()
{
    QFETCH(int, brokers);
    QFETCH(int, partitions);
    QFETCH(int, downBroker);

    auto broker = startBroker(brokers, partitions);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(4000, 21, SimulationMode::Random, roster(24));
    const QVector<GameEvent> before = events.mid(0, 2000);
    const QVector<GameEvent> during = events.mid(2000);
    QVERIFY(produceAll(broker->bootstrap(), before));

    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(consumerOptions(broker->bootstrap()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(before.size()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);

    // Reported at some point: with one of three brokers down, the healthy
    // partitions' next status may follow at once (and on a busy machine
    // librdkafka may take longer to notice), so not only the latest status.
    const qsizetype downBefore = receiver.downReasons.size();
    QVERIFY(broker->setBrokerDown(downBroker, true));
    QTRY_VERIFY_WITH_TIMEOUT(receiver.downReasons.size() > downBefore, 30000);
    QVERIFY(!receiver.downReasons.constLast().isEmpty());
    qInfo("reported: %s", qPrintable(receiver.downReasons.constLast()));

    // Produce while the broker is down; deliveries complete once it is up.
    ConnectionSettings connection;
    connection.bootstrap = broker->bootstrap();
    connection.builtInBroker = true; // librdkafka's mock cluster
    Producer producer(connection, QStringLiteral("dnd_events"));
    QString error;
    QVERIFY2(producer.open(&error), qPrintable(error));
    for (const GameEvent &event : during)
        QVERIFY(producer.produce(event));
    producer.poll(200);
    QVERIFY(broker->setBrokerDown(downBroker, false));
    // librdkafka retries a refused broker with a backoff that grows to 10 s
    // (reconnect.backoff.max.ms), for the producer and the consumer alike:
    // under load, with the sanitizers on, 20 s was once not enough.
    QVERIFY(producer.flush(60000));
    QCOMPARE(producer.counters().delivered, quint64(during.size()));

    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(events.size()), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 30000);
    QVERIFY(receiver.last.reason.isEmpty());
    compareStatistics(receiver.statistics, statisticsOf(events));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(receiver.statistics.totalRejected(), quint64(0));
    // Nothing handed on twice: the consumer drops redeliveries.
    QCOMPARE(receiver.duplicates, qint64(0));
    QCOMPARE(receiver.delivered, qint64(events.size()));
}

void TestConsumerFaults::transportErrorsOnFetch()
{
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(3000, 22);
    QVERIFY(produceAll(broker->bootstrap(), events.mid(0, 1000)));

    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(consumerOptions(broker->bootstrap()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(1000), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);

    // Fetch is API key 1. __TRANSPORT makes the mock close the connection;
    // the others are answers librdkafka retries.
    const int fetch = 1;
    broker->pushRequestErrors(
        fetch, {RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT,
                RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION});
    QTRY_VERIFY_WITH_TIMEOUT(!receiver.downReasons.isEmpty(), 10000);
    qInfo("reported: %s", qPrintable(receiver.downReasons.first()));
    QVERIFY(produceAll(broker->bootstrap(), events.mid(1000)));

    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(events.size()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);
    compareStatistics(receiver.statistics, statisticsOf(events));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(receiver.duplicates, qint64(0));
    QCOMPARE(receiver.delivered, qint64(events.size()));
}

void TestConsumerFaults::messagesGoneBeforeReadAreReported()
{
    // The built-in broker keeps about 5 MiB a partition. While the consumer
    // cannot fetch, 60,000 more events push the oldest unread ones out; when
    // it fetches again its offset is gone and librdkafka restarts from the
    // earliest one still there. The jump must be counted and said, and
    // counted + lost must be every event: nothing silent, nothing twice.
    auto broker = startBroker(1, 1);
    QVERIFY(broker);
    const QVector<GameEvent> events = simulate(60500, 41, SimulationMode::Random);
    QVERIFY(produceAll(broker->bootstrap(), events.mid(0, 500)));

    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(consumerOptions(broker->bootstrap()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(500), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::CaughtUp, 10000);
    QCOMPARE(receiver.last.lost, qint64(0));

    // Fetch (API key 1) answered with errors for a while: librdkafka backs
    // off between retries, long enough to produce the rest meanwhile.
    const int fetch = 1;
    // (fetch.error.backoff.ms is 50 ms: 100 errors hold it off ~5 s.)
    broker->pushRequestErrors(fetch, QVector<int>(100, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT));
    QVERIFY(produceAll(broker->bootstrap(), events.mid(500)));

    QTRY_VERIFY_WITH_TIMEOUT(receiver.last.lost > 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted() + quint64(receiver.last.lost),
                              quint64(events.size()), 20000);
    qInfo("lost %lld of %lld", qlonglong(receiver.last.lost), qlonglong(events.size()));
    QVERIFY(receiver.counted() > 500);
    QCOMPARE(receiver.duplicates, qint64(0));
    QCOMPARE(receiver.delivered, qint64(receiver.counted()));
    const QString text = consumerStateText(receiver.last);
    QVERIFY2(text.contains(QString::number(receiver.last.lost)) &&
                 text.contains(QLatin1String("gone from the broker")),
             qPrintable(text));
    consumer.stop();
}

void TestConsumerFaults::positionDroppedWhileProducersWrite()
{
    // As above, but a producer keeps writing while the consumer comes back.
    // librdkafka resets to the log start learnt from its failed fetch and
    // fetches again 50 ms later, when the broker has dropped that start too:
    // left alone it loops, reading nothing while the producer runs. The
    // worker moves such a partition into what the broker still holds.
    auto broker = startBroker(1, 1);
    QVERIFY(broker);
    QVERIFY(produceAll(broker->bootstrap(), simulate(500, 43)));
    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(consumerOptions(broker->bootstrap()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted(), quint64(500), 20000);

    const int fetch = 1;
    broker->pushRequestErrors(fetch, QVector<int>(60, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT));
    SimulatedProducer producer;
    SimulatedProducerOptions options;
    options.connection.bootstrap = broker->bootstrap();
    options.connection.builtInBroker = true; // librdkafka's mock cluster
    options.eventsPerSecond = 30000;         // the ~5 MiB window turns over in ~1 s
    producer.start(options);
    QTRY_VERIFY_WITH_TIMEOUT(receiver.last.lost > 0, 20000);
    // Reading again while the producer still writes.
    const quint64 resumedAt = receiver.counted();
    QTRY_VERIFY_WITH_TIMEOUT(receiver.counted() > resumedAt + 20000, 20000);
    QVERIFY(producer.state() == SimulationState::Running);

    producer.stop();
    QTRY_VERIFY_WITH_TIMEOUT(producer.state() == SimulationState::Stopped, 10000);
    const ProducerCounters sent = producer.counters();
    QCOMPARE(sent.failed, quint64(0));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counted() + quint64(receiver.last.lost),
                              500 + sent.delivered, 20000);
    qInfo("lost %lld of %llu", qlonglong(receiver.last.lost),
          static_cast<unsigned long long>(500 + sent.delivered));
    consumer.stop();
}

void TestConsumerFaults::unreachableBroker()
{
    // A port that was free a moment ago: connections are refused.
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    Consumer consumer;
    Receiver receiver(&consumer);
    consumer.start(consumerOptions(QStringLiteral("127.0.0.1:%1").arg(port)));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.last.state, ConsumerState::BrokerDown, 10000);
    QVERIFY(!receiver.last.reason.isEmpty());
    qInfo("reported: %s", qPrintable(consumerStateText(receiver.last)));
    consumer.stop();
    QCOMPARE(receiver.counted(), quint64(0));
}

void TestConsumerFaults::unknownTopic()
{
    auto broker = startBroker(1, 3);
    QVERIFY(broker);
    // The mock cluster creates any topic a client asks for; make it answer
    // like a real cluster without auto-creation instead.
    rd_kafka_mock_topic_set_error(broker->mockCluster(), "no_such_topic",
                                  RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART);
    Consumer consumer;
    Receiver receiver(&consumer);
    ConsumerOptions options = consumerOptions(broker->bootstrap());
    options.topic = QStringLiteral("no_such_topic");
    consumer.start(options);
    QTRY_VERIFY_WITH_TIMEOUT(!receiver.last.reason.isEmpty(), 10000);
    qInfo("reported: %s (%s)", qPrintable(consumerStateText(receiver.last)),
          qPrintable(receiver.last.reason));
    QVERIFY(receiver.last.state != ConsumerState::CaughtUp);
    QCOMPARE(receiver.counted(), quint64(0));
}

void TestConsumerFaults::cleanupTestCase()
{
    QTRY_COMPARE_WITH_TIMEOUT(ConsumerWorker::closingInBackground(), 0, 10000);
}

DND_GUILESS_TEST_MAIN(TestConsumerFaults)
#include "tst_consumer_faults.moc"
