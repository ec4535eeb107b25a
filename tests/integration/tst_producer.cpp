// SPDX-License-Identifier: MIT
// The producer on the real protocol: counts, keys, queue-full back-pressure,
// idempotence, failures.

#include "brokertestutil.h"
#include "codec.h"
#include "embeddedbroker.h"
#include "producer.h"
#include "testmain.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QtTest>

#include <atomic>

using namespace dnd;

class TestProducer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void producesCountsAndKeysByPlayer_data();
    void producesCountsAndKeysByPlayer();
    void queueFullWaitsAndNeverDrops();
    void produceRawToPartition();
    void learnTopicKnowsPartitionsOrGivesUp();
    void unreachableBrokerCountsFailure();
    void interruptFlagStopsWaitingForQueueSpace();
    void invalidPropertyIsReported();
    void notOpenIsAnError();

private:
    std::unique_ptr<EmbeddedBroker> m_broker;
};

static GameEvent roll(const QString &player, int sides, int result, qint64 timestampUs)
{
    GameEvent event;
    event.player = player;
    event.kind = EventKind::DiceRoll;
    event.type = QStringLiteral("dice_roll");
    event.dieSides = sides;
    event.rollResult = result;
    event.context = QStringLiteral("attack_roll");
    event.timestampUs = timestampUs;
    return event;
}

void TestProducer::init()
{
    m_broker = std::make_unique<EmbeddedBroker>();
    EmbeddedBrokerOptions options;
    options.port = 0;
    options.brokers = 3;
    options.partitions = 3;
    QString error;
    QVERIFY2(m_broker->start(options, &error), qPrintable(error));
}

void TestProducer::cleanup()
{
    m_broker.reset();
}

void TestProducer::producesCountsAndKeysByPlayer_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("idempotent");
    QTest::newRow("one") << 1 << true;
    QTest::newRow("500 idempotent") << 500 << true;
    QTest::newRow("500 not idempotent") << 500 << false;
}

void TestProducer::producesCountsAndKeysByPlayer()
{
    QFETCH(int, count);
    QFETCH(bool, idempotent);
    const QStringList players = {QStringLiteral("Stravos"), QStringLiteral("Wurs"),
                                 QStringLiteral("Ya")};
    QVector<GameEvent> events;
    for (int i = 0; i < count; ++i)
        events.append(
            roll(players[i % players.size()], 20, 1 + i % 20, 1'740'429'000'000'000 + i * 1000));

    Producer producer(test::connectionTo(m_broker->bootstrap()), QStringLiteral("dnd_events"));
    if (!idempotent)
        producer.setProperty("enable.idempotence", QStringLiteral("false"));
    QCOMPARE(producer.isIdempotent(), idempotent);
    QString error;
    QVERIFY2(producer.open(&error), qPrintable(error));
    for (const GameEvent &event : std::as_const(events))
        QVERIFY(producer.produce(event));
    QCOMPARE(producer.counters().sent, quint64(count));
    QVERIFY(producer.flush(15000));
    QCOMPARE(producer.outstanding(), quint64(0));
    const ProducerCounters counters = producer.counters();
    QCOMPARE(counters.sent, quint64(count));
    QCOMPARE(counters.delivered, quint64(count));
    QCOMPARE(counters.failed, quint64(0));

    const QVector<test::RawMessage> messages =
        test::readTopic(m_broker->bootstrap(), QStringLiteral("dnd_events"), count);
    QCOMPARE(messages.size(), count);
    QVector<GameEvent> decoded;
    for (const test::RawMessage &message : messages) {
        const ValidationResult result = Codec::decode(message.value);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(QString::fromUtf8(message.key), result.event.player);
        GameEvent event = result.event;
        event.partition = -1;
        event.offset = -1;
        decoded.append(event);
    }
    // Partitions interleave; order by the (unique) timestamp to compare.
    std::sort(decoded.begin(), decoded.end(),
              [](const GameEvent &a, const GameEvent &b) { return a.timestampUs < b.timestampUs; });
    QCOMPARE(decoded, events);
}

void TestProducer::queueFullWaitsAndNeverDrops()
{
    Producer producer(test::connectionTo(m_broker->bootstrap()), QStringLiteral("dnd_events"));
    // A tiny local queue: produce() must hit QUEUE_FULL many times.
    producer.setProperty("queue.buffering.max.messages", QStringLiteral("5"));
    QString error;
    QVERIFY2(producer.open(&error), qPrintable(error));
    const int count = 2000;
    for (int i = 0; i < count; ++i) {
        QVERIFY(producer.produceRaw(QByteArray("Sylas"),
                                    QByteArray(R"({"player":"Sylas","event_type":"n","i":)") +
                                        QByteArray::number(i) + '}'));
        QVERIFY(producer.outstanding() <= 5);
    }
    QVERIFY(producer.flush(15000));
    const ProducerCounters counters = producer.counters();
    QCOMPARE(counters.sent, quint64(count));
    QCOMPARE(counters.delivered, quint64(count));
    QCOMPARE(counters.failed, quint64(0));
    QCOMPARE(test::readTopic(m_broker->bootstrap(), QStringLiteral("dnd_events"), count).size(),
             count);
}

void TestProducer::produceRawToPartition()
{
    Producer producer(test::connectionTo(m_broker->bootstrap()), QStringLiteral("dnd_events"));
    QString error;
    QVERIFY2(producer.open(&error), qPrintable(error));
    QVERIFY(producer.produceRaw("k", "not json at all", 2));
    QVERIFY(producer.flush(10000));
    const QVector<test::RawMessage> messages =
        test::readTopic(m_broker->bootstrap(), QStringLiteral("dnd_events"), 1);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().partition, 2);
    QCOMPARE(messages.first().key, QByteArray("k"));
    QCOMPARE(messages.first().value, QByteArray("not json at all"));

    // A partition the topic does not have is refused, counted, explained.
    QVERIFY(!producer.produceRaw("k", "v", 17));
    QCOMPARE(producer.counters().failed, quint64(1));
    QVERIFY(!producer.counters().lastError.isEmpty());
}

static QString deadAddress()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {};
    return QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
}

void TestProducer::learnTopicKnowsPartitionsOrGivesUp()
{
    // A reachable cluster answers with the topic's partitions.
    Producer producer(test::connectionTo(m_broker->bootstrap()), QStringLiteral("dnd_events"));
    QString error;
    QVERIFY2(producer.open(&error), qPrintable(error));
    QVERIFY(producer.learnTopic(10'000));
    QVERIFY(producer.produce(roll(QStringLiteral("Ya"), 20, 20, 1)));
    QVERIFY(producer.flush(10'000));
    QCOMPARE(producer.counters().delivered, quint64(1));

    // An unreachable one does not answer; a set interrupt flag stops asking
    // at once (a stop must not wait out the timeout).
    Producer unreachable(test::connectionTo(deadAddress()), QStringLiteral("dnd_events"));
    QVERIFY2(unreachable.open(&error), qPrintable(error));
    QVERIFY(!unreachable.learnTopic(300));
    std::atomic<bool> interrupt{true};
    unreachable.setInterruptFlag(&interrupt);
    QVERIFY(!unreachable.learnTopic(3'600'000));
}

void TestProducer::unreachableBrokerCountsFailure()
{
    Producer producer(test::connectionTo(deadAddress()), QStringLiteral("dnd_events"));
    producer.setProperty("message.timeout.ms", QStringLiteral("300"));
    QString error;
    QVERIFY2(producer.open(&error), qPrintable(error)); // connecting is asynchronous
    QVERIFY(producer.produce(roll(QStringLiteral("Wurs"), 6, 3, 1)));
    QVERIFY(!producer.flush(200) || producer.counters().failed == 1);
    QTRY_COMPARE_WITH_TIMEOUT((producer.poll(10), producer.counters().failed), quint64(1), 10000);
    const ProducerCounters counters = producer.counters();
    QCOMPARE(counters.sent, quint64(1));
    QCOMPARE(counters.delivered, quint64(0));
    QVERIFY(!counters.lastError.isEmpty());
}

void TestProducer::interruptFlagStopsWaitingForQueueSpace()
{
    Producer producer(test::connectionTo(deadAddress()), QStringLiteral("dnd_events"));
    producer.setProperty("queue.buffering.max.messages", QStringLiteral("1"));
    std::atomic<bool> interrupt{false};
    producer.setInterruptFlag(&interrupt);
    QString error;
    QVERIFY2(producer.open(&error), qPrintable(error));
    QVERIFY(producer.produceRaw("a", "1"));
    interrupt = true; // the queue stays full: the broker is unreachable
    QVERIFY(!producer.produceRaw("b", "2"));
    QCOMPARE(producer.counters().sent, quint64(1));
    QVERIFY(producer.counters().lastError.contains(QStringLiteral("Interrupted")));
}

void TestProducer::invalidPropertyIsReported()
{
    Producer producer(test::connectionTo(m_broker->bootstrap()), QStringLiteral("dnd_events"));
    producer.setProperty("linger.ms", QStringLiteral("soon"));
    QString error;
    QVERIFY(!producer.open(&error));
    QVERIFY2(error.contains(QStringLiteral("linger.ms")), qPrintable(error));
}

void TestProducer::notOpenIsAnError()
{
    Producer producer(test::connectionTo(m_broker->bootstrap()), QStringLiteral("dnd_events"));
    QVERIFY(!producer.produceRaw("k", "v"));
    QVERIFY(!producer.counters().lastError.isEmpty());
    QVERIFY(producer.flush(10));
    QCOMPARE(producer.outstanding(), quint64(0));

    Producer noTopic(test::connectionTo(m_broker->bootstrap()), QString());
    QString error;
    QVERIFY(!noTopic.open(&error));
    QVERIFY(!error.isEmpty());
}

DND_GUILESS_TEST_MAIN(TestProducer)
#include "tst_producer.moc"
