// SPDX-License-Identifier: MIT
// The simulated producer on the real protocol: lifecycle, rate, limits,
// exact content, failures.

#include "brokertestutil.h"
#include "codec.h"
#include "embeddedbroker.h"
#include "simulatedproducer.h"
#include "testmain.h"

#include <QDateTime>
#include <QHostAddress>
#include <QTcpServer>
#include <QtTest>

using namespace dnd;

class TestSimulatedProducer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startPauseResumeStop();
    void rateIsRoughlyHonoured();
    void maxEventsFinishesWithEveryEventDelivered_data();
    void maxEventsFinishesWithEveryEventDelivered();
    void liveTimestampsUseTheWallClock();
    void everyStartIsANewGame();
    void slowRateSendsTheFirstEventAtOnce();
    void setRateTakesEffect();
    void unopenableProducerFails();
    void stopWithUnreachableBrokerIsPrompt();
    void destroyWhileRunning();

private:
    SimulatedProducerOptions options(double rate, quint64 maxEvents = 0) const;
    std::unique_ptr<EmbeddedBroker> m_broker;
};

void TestSimulatedProducer::init()
{
    m_broker = std::make_unique<EmbeddedBroker>();
    EmbeddedBrokerOptions options;
    options.port = 0;
    QString error;
    QVERIFY2(m_broker->start(options, &error), qPrintable(error));
}

void TestSimulatedProducer::cleanup()
{
    m_broker.reset();
}

SimulatedProducerOptions TestSimulatedProducer::options(double rate, quint64 maxEvents) const
{
    SimulatedProducerOptions options;
    options.connection = test::connectionTo(m_broker->bootstrap());
    options.eventsPerSecond = rate;
    options.maxEvents = maxEvents;
    return options;
}

void TestSimulatedProducer::startPauseResumeStop()
{
    SimulatedProducer sim;
    QSignalSpy states(&sim, &SimulatedProducer::stateChanged);
    QSignalSpy counters(&sim, &SimulatedProducer::countersChanged);
    QVERIFY(sim.state() == SimulationState::Stopped);

    sim.start(options(200));
    QTRY_VERIFY_WITH_TIMEOUT(sim.state() == SimulationState::Running, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(sim.counters().sent > 0, 5000);
    QVERIFY(!counters.isEmpty());

    sim.pause();
    QTRY_VERIFY_WITH_TIMEOUT(sim.state() == SimulationState::Paused, 5000);
    const quint64 atPause = sim.counters().sent;
    // Deliveries may still be reported while paused; nothing new is sent.
    QTest::qWait(300);
    QCOMPARE(sim.counters().sent, atPause);
    QTRY_COMPARE_WITH_TIMEOUT(sim.counters().delivered, atPause, 5000);

    sim.resume();
    QTRY_VERIFY_WITH_TIMEOUT(sim.state() == SimulationState::Running, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(sim.counters().sent > atPause, 5000);

    sim.stop();
    QTRY_VERIFY_WITH_TIMEOUT(sim.state() == SimulationState::Stopped, 5000);
    const ProducerCounters final = sim.counters();
    QCOMPARE(final.delivered, final.sent);
    QCOMPARE(final.failed, quint64(0));

    QVector<SimulationState> seen;
    for (const QList<QVariant> &args : std::as_const(states))
        seen.append(args.at(0).value<SimulationState>());
    const QVector<SimulationState> expected = {SimulationState::Running, SimulationState::Paused,
                                               SimulationState::Running, SimulationState::Stopped};
    QVERIFY(seen == expected);

    // What the counters say went out is what the topic holds.
    QCOMPARE(test::readTopic(m_broker->bootstrap(), QStringLiteral("dnd_events"), int(final.sent))
                 .size(),
             int(final.sent));
}

void TestSimulatedProducer::rateIsRoughlyHonoured()
{
    SimulatedProducer sim;
    sim.start(options(200));
    QTRY_VERIFY_WITH_TIMEOUT(sim.state() == SimulationState::Running, 5000);
    QTest::qWait(1000);
    sim.pause();
    QTRY_VERIFY_WITH_TIMEOUT(sim.state() == SimulationState::Paused, 5000);
    // Loose bounds on purpose: a loaded machine may be slow, never 50x fast.
    const quint64 sent = sim.counters().sent;
    QVERIFY2(sent > 0 && sent < 10000, qPrintable(QString::number(sent)));
}

void TestSimulatedProducer::maxEventsFinishesWithEveryEventDelivered_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("maxEvents");
    QTest::addColumn<SimulationMode>("mode");
    QTest::newRow("random, 100k/s") << 100000.0 << 20000 << SimulationMode::Random;
    QTest::newRow("game, 5k/s") << 5000.0 << 500 << SimulationMode::Game;
}

void TestSimulatedProducer::maxEventsFinishesWithEveryEventDelivered()
{
    QFETCH(double, rate);
    QFETCH(int, maxEvents);
    QFETCH(SimulationMode, mode);
    SimulatedProducerOptions opts = options(rate, quint64(maxEvents));
    opts.simulator.mode = mode;
    opts.simulator.seed = 42;
    opts.liveTimestamps = false; // reproducible: compare with the simulator itself

    SimulatedProducer sim;
    QSignalSpy states(&sim, &SimulatedProducer::stateChanged);
    sim.start(opts);
    QTRY_VERIFY_WITH_TIMEOUT(sim.state() == SimulationState::Finished, 30000);
    const ProducerCounters counters = sim.counters();
    QCOMPARE(counters.sent, quint64(maxEvents));
    QCOMPARE(counters.delivered, quint64(maxEvents));
    QCOMPARE(counters.failed, quint64(0));
    QVERIFY(states.last().at(1).toString().isEmpty());

    // Exactly the simulator's sequence, as a multiset (partitions interleave),
    // with the game id prefix this start chose (uniqueGameIdPrefix).
    const QVector<test::RawMessage> messages =
        test::readTopic(m_broker->bootstrap(), QStringLiteral("dnd_events"), maxEvents, 30000);
    QVERIFY(!messages.isEmpty());
    SimulatorConfig config = opts.simulator;
    const QString gameId = Codec::decode(messages.first().value).event.gameId;
    if (mode == SimulationMode::Game) {
        config.gameIdPrefix = gameId.left(gameId.lastIndexOf(QLatin1Char('-')) + 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^game-[0-9]{6}-[0-9a-f]{6}-$"))
                     .match(config.gameIdPrefix)
                     .hasMatch(),
                 qPrintable(gameId));
    }
    Simulator reference(config);
    QList<QByteArray> expected;
    for (int i = 0; i < maxEvents; ++i)
        expected.append(Codec::encode(reference.next()));
    QList<QByteArray> got;
    for (const test::RawMessage &message : messages)
        got.append(message.value);
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
}

void TestSimulatedProducer::liveTimestampsUseTheWallClock()
{
    SimulatedProducer sim;
    const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1000;
    sim.start(options(1000, 20));
    QTRY_VERIFY_WITH_TIMEOUT(sim.state() == SimulationState::Finished, 10000);
    const qint64 after = QDateTime::currentMSecsSinceEpoch() * 1000 + 1000;
    const QVector<test::RawMessage> messages =
        test::readTopic(m_broker->bootstrap(), QStringLiteral("dnd_events"), 20);
    QCOMPARE(messages.size(), 20);
    for (const test::RawMessage &message : messages) {
        const ValidationResult result = Codec::decode(message.value);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.event.timestampUs >= before - 1000);
        QVERIFY(result.event.timestampUs <= after);
    }
}

// The same seed twice: the same rolls, but two games to a campaign (its
// session selector and import tell games apart by their ids).
void TestSimulatedProducer::everyStartIsANewGame()
{
    SimulatedProducer sim;
    SimulatedProducerOptions opts = options(1000, 5);
    opts.simulator.seed = 7;
    QSet<QString> games;
    for (int start = 1; start <= 2; ++start) {
        sim.start(opts);
        QTRY_VERIFY_WITH_TIMEOUT(sim.state() == SimulationState::Finished, 10000);
        const QVector<test::RawMessage> messages =
            test::readTopic(m_broker->bootstrap(), QStringLiteral("dnd_events"), 5 * start);
        QCOMPARE(messages.size(), 5 * start);
        for (const test::RawMessage &message : messages)
            games.insert(Codec::decode(message.value).event.gameId);
        QCOMPARE(games.size(), start);
    }
}

void TestSimulatedProducer::slowRateSendsTheFirstEventAtOnce()
{
    SimulatedProducer sim;
    sim.start(options(0.2)); // one event every 5 s
    QTRY_COMPARE_WITH_TIMEOUT(sim.counters().delivered, quint64(1), 5000);
    QVERIFY(sim.state() == SimulationState::Running);
    sim.stop();
    QTRY_VERIFY_WITH_TIMEOUT(sim.state() == SimulationState::Stopped, 5000);
}

void TestSimulatedProducer::setRateTakesEffect()
{
    SimulatedProducer sim;
    sim.start(options(0.2));
    QTRY_COMPARE_WITH_TIMEOUT(sim.counters().sent, quint64(1), 5000);
    sim.setRate(5000);
    QTRY_VERIFY_WITH_TIMEOUT(sim.counters().sent > 100, 10000);
}

void TestSimulatedProducer::unopenableProducerFails()
{
    SimulatedProducerOptions opts = options(10);
    opts.connection.securityProtocol = QStringLiteral("NOT_A_PROTOCOL");
    SimulatedProducer sim;
    QSignalSpy states(&sim, &SimulatedProducer::stateChanged);
    sim.start(opts);
    QVERIFY(states.wait(5000));
    QVERIFY(states.last().at(0).value<SimulationState>() == SimulationState::Failed);
    QVERIFY2(states.last().at(1).toString().contains(QStringLiteral("NOT_A_PROTOCOL")),
             qPrintable(states.last().at(1).toString()));
    QVERIFY(sim.state() == SimulationState::Failed);
    QCOMPARE(sim.counters().sent, quint64(0));
}

void TestSimulatedProducer::stopWithUnreachableBrokerIsPrompt()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    SimulatedProducerOptions opts = options(1000);
    opts.connection.bootstrap = QStringLiteral("127.0.0.1:%1").arg(port);
    SimulatedProducer sim;
    sim.start(opts);
    QTRY_VERIFY_WITH_TIMEOUT(sim.counters().sent > 10, 5000);
    QCOMPARE(sim.counters().delivered, quint64(0));
    sim.stop();
    // Bounded flush on stop: it does not wait for librdkafka's 5-minute
    // message timeout.
    QTRY_VERIFY_WITH_TIMEOUT(sim.state() == SimulationState::Stopped, 5000);
}

void TestSimulatedProducer::destroyWhileRunning()
{
    auto sim = std::make_unique<SimulatedProducer>();
    sim->start(options(2000));
    QTRY_VERIFY_WITH_TIMEOUT(sim->counters().sent > 0, 5000);
    sim.reset(); // stops, flushes and joins its thread
    QVERIFY(!sim);
    // Whatever was sent before destruction was delivered by the final flush.
    QVERIFY(!test::readTopic(m_broker->bootstrap(), QStringLiteral("dnd_events"), 1).isEmpty());
}

DND_GUILESS_TEST_MAIN(TestSimulatedProducer)
#include "tst_simulatedproducer.moc"
