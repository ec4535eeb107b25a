// SPDX-License-Identifier: MIT
// The built-in broker: mock cluster + loopback forwarder on a stable port.

#include "brokertestutil.h"
#include "connectionsettings.h"
#include "embeddedbroker.h"
#include "loopbackforwarder.h"
#include "testmain.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <librdkafka/rdkafka_mock.h>

using namespace dnd;

class TestEmbeddedBroker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithTopicAndBrokers_data();
    void startsWithTopicAndBrokers();
    void defaultsMatchTheOriginalProject();
    void takenPortFallsBackToFreePort();
    void takenPortWithoutFallbackFails();
    void defaultPortTakenStillStarts();
    void invalidOptionsAreRefused();
    void stopClosesEverything();
    void createTopicTwiceFails();
    void brokerDownAndUp();
    void bootstrapWorksWhileFirstBrokerIsDown();
    void forwarderRelaysBytesBothWays();
    void forwarderClosesClientWhenNoTargetAccepts();
    void forwarderRejectsInvalidTargets();
    void forwarderOnlyAddressProducesAndConsumesWithKcat();
    void testConnectionReportsUnreachableBroker();
    void testConnectionRejectsBadSecurityProtocol();
    void testConnectionSaysWhyAtOnce_data();
    void testConnectionSaysWhyAtOnce();
};

static EmbeddedBrokerOptions testOptions(int brokers = 1, int partitions = 3)
{
    EmbeddedBrokerOptions options;
    options.brokers = brokers;
    options.partitions = partitions;
    options.port = 0; // tests run in parallel: never fight over 9092
    return options;
}

void TestEmbeddedBroker::startsWithTopicAndBrokers_data()
{
    QTest::addColumn<int>("brokers");
    QTest::addColumn<int>("partitions");
    QTest::newRow("default 1 broker, 3 partitions") << 1 << 3;
    QTest::newRow("3 brokers, 6 partitions") << 3 << 6;
    QTest::newRow("1 broker, 1 partition") << 1 << 1;
}

void TestEmbeddedBroker::startsWithTopicAndBrokers()
{
    QFETCH(int, brokers);
    QFETCH(int, partitions);
    EmbeddedBroker broker;
    QString error;
    QVERIFY2(broker.start(testOptions(brokers, partitions), &error), qPrintable(error));
    QVERIFY(broker.isRunning());
    QVERIFY(broker.port() > 0);
    QCOMPARE(broker.bootstrap(), QStringLiteral("127.0.0.1:%1").arg(broker.port()));
    QCOMPARE(broker.clusterBootstraps().split(QLatin1Char(',')).size(), brokers);
    QVERIFY(broker.mockCluster() != nullptr);

    // Through the forwarder, as any outside client would see it.
    const test::TopicInfo info = test::topicInfo(broker.bootstrap(), QStringLiteral("dnd_events"));
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.brokers, brokers);
    QCOMPARE(info.partitions, partitions);

    QString summary;
    const QString failure = testConnection(test::connectionTo(broker.bootstrap()),
                                           QStringLiteral("dnd_events"), 5000, &summary);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(summary.contains(QStringLiteral("%1 broker(s)").arg(brokers)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 partition(s)").arg(partitions)),
             qPrintable(summary));
}

void TestEmbeddedBroker::defaultsMatchTheOriginalProject()
{
    const EmbeddedBrokerOptions defaults;
    QCOMPARE(defaults.port, quint16(9092));
    QCOMPARE(defaults.brokers, 1);
    QCOMPARE(defaults.partitions, 3);
    QCOMPARE(defaults.topic, QStringLiteral("dnd_events"));
    QVERIFY(defaults.fallbackToFreePort);
    QVERIFY(!librdkafkaVersion().isEmpty());
}

void TestEmbeddedBroker::takenPortFallsBackToFreePort()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    EmbeddedBrokerOptions options = testOptions();
    options.port = blocker.serverPort();
    options.fallbackToFreePort = true;

    EmbeddedBroker broker;
    QString error;
    QVERIFY2(broker.start(options, &error), qPrintable(error));
    QVERIFY(broker.port() > 0);
    QVERIFY(broker.port() != blocker.serverPort());
    const test::TopicInfo info = test::topicInfo(broker.bootstrap(), options.topic);
    QCOMPARE(info.partitions, 3);
}

void TestEmbeddedBroker::takenPortWithoutFallbackFails()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    EmbeddedBrokerOptions options = testOptions();
    options.port = blocker.serverPort();
    options.fallbackToFreePort = false;

    EmbeddedBroker broker;
    QString error;
    QVERIFY(!broker.start(options, &error));
    QVERIFY2(error.contains(QString::number(blocker.serverPort())), qPrintable(error));
    QVERIFY(!broker.isRunning());
    QVERIFY(broker.bootstrap().isEmpty());
}

// The real default: 9092 is occupied (by us, or by whatever already holds it
// on this machine) and the broker still comes up on another port.
void TestEmbeddedBroker::defaultPortTakenStillStarts()
{
    QTcpServer blocker;
    const bool weHoldIt = blocker.listen(QHostAddress::LocalHost, 9092);
    if (!weHoldIt) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, 9092);
        if (!probe.waitForConnected(1000))
            QSKIP("127.0.0.1:9092 can neither be bound nor reached; cannot set up the case");
    }
    EmbeddedBroker broker;
    QString error;
    QVERIFY2(broker.start(EmbeddedBrokerOptions{}, &error), qPrintable(error));
    QVERIFY(broker.port() != 9092);
    QVERIFY(broker.port() > 0);
    const test::TopicInfo info = test::topicInfo(broker.bootstrap(), QStringLiteral("dnd_events"));
    QCOMPARE(info.partitions, 3);
}

void TestEmbeddedBroker::invalidOptionsAreRefused()
{
    EmbeddedBroker broker;
    QString error;
    QVERIFY(!broker.start(testOptions(0, 3), &error));
    QVERIFY(error.contains(QStringLiteral("broker")));
    QVERIFY(!broker.start(testOptions(1, 0), &error));
    QVERIFY(error.contains(QStringLiteral("partition")));
    QVERIFY(!broker.isRunning());
}

void TestEmbeddedBroker::stopClosesEverything()
{
    EmbeddedBroker broker;
    QString error;
    QVERIFY2(broker.start(testOptions(), &error), qPrintable(error));
    const quint16 port = broker.port();
    broker.stop();
    QVERIFY(!broker.isRunning());
    QVERIFY(broker.bootstrap().isEmpty());
    QCOMPARE(broker.port(), quint16(0));
    QVERIFY(broker.mockCluster() == nullptr);

    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(1000));

    // And it starts again.
    QVERIFY2(broker.start(testOptions(), &error), qPrintable(error));
    QCOMPARE(test::topicInfo(broker.bootstrap(), QStringLiteral("dnd_events")).partitions, 3);
}

void TestEmbeddedBroker::createTopicTwiceFails()
{
    EmbeddedBroker broker;
    QString error;
    QVERIFY2(broker.start(testOptions(), &error), qPrintable(error));
    QVERIFY(!broker.createTopic(QStringLiteral("dnd_events"), 5, &error));
    QVERIFY2(error.contains(QStringLiteral("dnd_events")), qPrintable(error));
    QVERIFY2(broker.createTopic(QStringLiteral("other"), 2, &error), qPrintable(error));
    QCOMPARE(test::topicInfo(broker.bootstrap(), QStringLiteral("other")).partitions, 2);
}

void TestEmbeddedBroker::brokerDownAndUp()
{
    EmbeddedBroker broker;
    QString error;
    QVERIFY2(broker.start(testOptions(3, 3), &error), qPrintable(error));
    QVERIFY(broker.setBrokerDown(2, true));
    QVERIFY(broker.setBrokerDown(2, false));
    QVERIFY(!broker.setBrokerDown(42, true)); // no such broker
    // Transport errors on the next two Metadata requests (ApiKey 3): the
    // client retries and still gets its answer.
    broker.pushRequestErrors(3, {RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR__TRANSPORT});
    const test::TopicInfo info = test::topicInfo(broker.bootstrap(), QStringLiteral("dnd_events"));
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.brokers, 3);
    broker.stop();
    QVERIFY(!broker.setBrokerDown(1, true));
}

void TestEmbeddedBroker::bootstrapWorksWhileFirstBrokerIsDown()
{
    EmbeddedBroker broker;
    QString error;
    QVERIFY2(broker.start(testOptions(3, 3), &error), qPrintable(error));
    QVERIFY(broker.setBrokerDown(1, true));
    // The forwarder's first target refuses; it moves on to broker 2.
    const test::TopicInfo info = test::topicInfo(broker.bootstrap(), QStringLiteral("dnd_events"));
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.partitions, 3);
}

// An echo server stands in for the broker: the forwarder must be byte-exact
// in both directions, for more than one socket buffer's worth.
void TestEmbeddedBroker::forwarderRelaysBytesBothWays()
{
    QTcpServer echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
    QTcpSocket *serverSide = nullptr;
    connect(&echo, &QTcpServer::newConnection, this, [&] {
        serverSide = echo.nextPendingConnection();
        connect(serverSide, &QTcpSocket::readyRead, serverSide,
                [serverSide] { serverSide->write(serverSide->readAll()); });
    });

    // First target refuses (nothing listens there), second is the echo.
    quint16 deadPort = 0;
    {
        QTcpServer dead;
        QVERIFY(dead.listen(QHostAddress::LocalHost, 0));
        deadPort = dead.serverPort();
    }
    LoopbackForwarder forwarder;
    QString error;
    QVERIFY2(forwarder.start(0, false,
                             {QStringLiteral("127.0.0.1:%1").arg(deadPort),
                              QStringLiteral("127.0.0.1:%1").arg(echo.serverPort())},
                             &error),
             qPrintable(error));
    QVERIFY(forwarder.port() > 0);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, forwarder.port());
    QVERIFY(client.waitForConnected(5000));
    QByteArray payload(1 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char(i * 31 + i / 251);
    client.write(payload);
    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), payload.size(), 20000);
    QVERIFY(received == payload);

    // The target hangs up: the client sees the connection close.
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    QVERIFY(serverSide);
    serverSide->disconnectFromHost();
    QVERIFY(disconnected.wait(5000));

    forwarder.stop();
    QCOMPARE(forwarder.port(), quint16(0));
}

void TestEmbeddedBroker::forwarderClosesClientWhenNoTargetAccepts()
{
    quint16 deadPort = 0;
    {
        QTcpServer dead;
        QVERIFY(dead.listen(QHostAddress::LocalHost, 0));
        deadPort = dead.serverPort();
    }
    LoopbackForwarder forwarder;
    QString error;
    QVERIFY2(forwarder.start(0, false, QStringLiteral("127.0.0.1"), deadPort, &error),
             qPrintable(error));
    QTcpSocket client;
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, forwarder.port());
    QVERIFY(client.waitForConnected(5000));
    QVERIFY(disconnected.wait(5000));
}

void TestEmbeddedBroker::forwarderRejectsInvalidTargets()
{
    LoopbackForwarder forwarder;
    QString error;
    QVERIFY(!forwarder.start(0, false, QStringList{QStringLiteral("no-port-here")}, &error));
    QVERIFY2(error.contains(QStringLiteral("no-port-here")), qPrintable(error));
    QVERIFY(!forwarder.start(0, false, QStringList{}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(forwarder.port(), quint16(0));
}

// A client given only the stable address can produce and consume: the
// forwarder serves the bootstrap, metadata then points at the real brokers.
void TestEmbeddedBroker::forwarderOnlyAddressProducesAndConsumesWithKcat()
{
    const QString kcat = test::kcatPath();
    if (kcat.isEmpty())
        QSKIP("kcat is not installed (apt-get install kcat)");
    EmbeddedBroker broker;
    QString error;
    QVERIFY2(broker.start(testOptions(3, 3), &error), qPrintable(error));

    const QByteArray lines = "Stravos:one\nWurs:two\nYa:three\nSylas:four\n";
    const test::ProcessResult produced = test::runProcess(
        kcat,
        {QStringLiteral("-b"), broker.bootstrap(), QStringLiteral("-t"),
         QStringLiteral("dnd_events"), QStringLiteral("-P"), QStringLiteral("-K:")},
        lines);
    QVERIFY(produced.started);
    QVERIFY2(produced.finished && produced.exitCode == 0, produced.err.constData());

    const test::ProcessResult consumed = test::runProcess(
        kcat, {QStringLiteral("-b"), broker.bootstrap(), QStringLiteral("-t"),
               QStringLiteral("dnd_events"), QStringLiteral("-C"), QStringLiteral("-e"),
               QStringLiteral("-o"), QStringLiteral("beginning"), QStringLiteral("-f"),
               QStringLiteral("%k %s\\n")});
    QVERIFY2(consumed.finished && consumed.exitCode == 0, consumed.err.constData());
    QStringList got = QString::fromUtf8(consumed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    got.sort();
    const QStringList expected = {QStringLiteral("Stravos one"), QStringLiteral("Sylas four"),
                                  QStringLiteral("Wurs two"), QStringLiteral("Ya three")};
    QCOMPARE(got, expected);
}

void TestEmbeddedBroker::testConnectionReportsUnreachableBroker()
{
    // A port nobody listens on: bind one, note it, close it.
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    QString summary;
    const QString failure =
        testConnection(test::connectionTo(QStringLiteral("127.0.0.1:%1").arg(port)),
                       QStringLiteral("dnd_events"), 1500, &summary);
    QVERIFY(!failure.isEmpty());
    QVERIFY(summary.isEmpty());
}

void TestEmbeddedBroker::testConnectionRejectsBadSecurityProtocol()
{
    ConnectionSettings settings;
    settings.bootstrap = QStringLiteral("127.0.0.1:9092");
    settings.securityProtocol = QStringLiteral("CARRIER_PIGEON");
    QString summary;
    const QString failure = testConnection(settings, QStringLiteral("dnd_events"), 1000, &summary);
    QVERIFY2(failure.contains(QStringLiteral("CARRIER_PIGEON")), qPrintable(failure));

    settings.securityProtocol = QStringLiteral("SASL_PLAINTEXT");
    settings.saslMechanism = QStringLiteral("GSSAPI-ISH");
    QString error;
    QVERIFY(makeKafkaConf(settings, &error) == nullptr);
    QVERIFY2(error.contains(QStringLiteral("GSSAPI-ISH")), qPrintable(error));

    settings = ConnectionSettings{};
    QVERIFY(makeKafkaConf(settings, &error) == nullptr);
    QVERIFY2(error.contains(QStringLiteral("broker address")), qPrintable(error));
}

void TestEmbeddedBroker::testConnectionSaysWhyAtOnce_data()
{
    QTest::addColumn<QString>("bootstrap");
    QTest::addColumn<QString>("words");
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    QTest::newRow("refused") << QStringLiteral("127.0.0.1:%1").arg(port)
                             << QStringLiteral("No Kafka broker answers at 127.0.0.1:%1").arg(port);
    QTest::newRow("unknown host") << QStringLiteral("no-such-host.invalid:9092")
                                  << QStringLiteral("could not be found");
}

void TestEmbeddedBroker::testConnectionSaysWhyAtOnce()
{
    // A refused port or an unknown host is a final answer: the test says so
    // in words, with librdkafka's text as the detail, instead of waiting for
    // the whole timeout (whose message is "No answer from ... within 30 s").
    QFETCH(QString, bootstrap);
    QFETCH(QString, words);
    QString summary;
    const QString failure = testConnection(test::connectionTo(bootstrap),
                                           QStringLiteral("dnd_events"), 30000, &summary);
    QVERIFY2(failure.contains(words), qPrintable(failure));
    QVERIFY2(failure.contains(QLatin1String("\nlibrdkafka: ")), qPrintable(failure));
    QVERIFY2(!failure.contains(QLatin1String("within")), qPrintable(failure));
    QVERIFY(summary.isEmpty());
}

DND_GUILESS_TEST_MAIN(TestEmbeddedBroker)
#include "tst_embeddedbroker.moc"
