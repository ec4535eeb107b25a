// SPDX-License-Identifier: MIT
// Whole-process timings for bench_pipeline: the built tracker as a child,
// and a consumer's restart against a broker in another process.
#include "processtiming.h"

#include "consumer.h"
#include "producer.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>

namespace dnd::bench {

namespace {

constexpr int RunTimeoutMs = 300'000;

QProcessEnvironment childEnvironment()
{
    // Only what the benchmark says counts: no broker, topic or archive from
    // the caller's environment, and preferences of their own.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("DND_")) || name == QLatin1String("KAFKA_BROKER_ADDRESS"))
            env.remove(name);
    }
    env.insert(QStringLiteral("DND_SETTINGS_SCOPE"), QStringLiteral("bench"));
    return env;
}

ProcessRun runTracker(const QString &tracker, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    ProcessRun run;
    QElapsedTimer timer;
    timer.start();
    process.start(tracker, arguments);
    QByteArray output;
    while (process.waitForReadyRead(RunTimeoutMs)) {
        output += process.readAllStandardOutput();
        if (run.summarySeconds < 0 && output.contains('{'))
            run.summarySeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    // waitForFinished() is false for a process that has already ended.
    const bool ended =
        process.state() == QProcess::NotRunning || process.waitForFinished(RunTimeoutMs);
    if (!ended || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        if (process.state() != QProcess::NotRunning)
            process.kill();
        return run;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    // The JSON follows the "bootstrap:" line of a built-in broker.
    output += process.readAllStandardOutput();
    output = output.mid(output.indexOf('{'));
    const QJsonObject json = QJsonDocument::fromJson(output).object();
    run.counted = json.value(QLatin1String("events")).toInteger(-1) +
                  json.value(QLatin1String("rejected")).toInteger(0);
    return run;
}

} // namespace

ProcessRun runTrackerToEnd(const QString &tracker, const QString &bootstrap, const QString &topic,
                           const QStringList &extra)
{
    return runTracker(tracker,
                      QStringList{QStringLiteral("--headless"), QStringLiteral("--broker"),
                                  bootstrap, QStringLiteral("--topic"), topic,
                                  QStringLiteral("--exit-at-end"), QStringLiteral("--json")} +
                          extra);
}

ProcessRun runTrackerFirstEvent(const QString &tracker, const QStringList &extra)
{
    return runTracker(tracker,
                      QStringList{QStringLiteral("--headless"), QStringLiteral("--simulate"),
                                  QStringLiteral("--max-events"), QStringLiteral("1"),
                                  QStringLiteral("--port"), QStringLiteral("0"),
                                  QStringLiteral("--json")} +
                          extra);
}

bool trackerHasArchive(const QString &tracker)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(tracker, {QStringLiteral("--help")});
    return process.waitForFinished(30'000) && process.readAllStandardOutput().contains("--archive");
}

QString startBrokerProcess(const QString &tracker, QProcess *process)
{
    process->setProcessEnvironment(childEnvironment());
    process->start(tracker,
                   {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--from"), QStringLiteral("latest")});
    QElapsedTimer waited;
    waited.start();
    while (!process->canReadLine() && process->state() != QProcess::NotRunning &&
           waited.elapsed() < 30'000)
        process->waitForReadyRead(100);
    const QByteArray line = process->readLine().trimmed();
    if (!line.startsWith("bootstrap: "))
        return {};
    return QString::fromUtf8(line.mid(int(qstrlen("bootstrap: "))));
}

double reconnectSeconds(const QString &bootstrap)
{
    const QString topic = QStringLiteral("bench_reconnect");
    ConnectionSettings connection;
    connection.bootstrap = bootstrap;
    connection.builtInBroker = true; // librdkafka's mock cluster
    Producer producer(connection, topic);
    QString error;
    if (!producer.open(&error))
        return -1;
    Simulator simulator{SimulatorConfig{}};
    const auto produce = [&](int count) {
        for (int i = 0; i < count; ++i)
            producer.produce(simulator.next());
        return producer.flush(10'000);
    };
    if (!produce(100))
        return -1;

    ConsumerOptions options;
    options.connection = connection;
    options.topic = topic;
    options.groupId = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::Id128);
    options.startFrom = StartFrom::Committed;
    Consumer consumer;
    quint64 messages = 0;
    QObject::connect(&consumer, &Consumer::batchReady, &consumer, [&](const EventBatch &batch) {
        messages += quint64(batch.events.size() + batch.rejected.size());
    });
    const auto waitFor = [&messages](quint64 count) {
        QElapsedTimer waited;
        waited.start();
        while (messages < count && waited.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return messages >= count;
    };
    consumer.start(options);
    const bool readAll = waitFor(100);
    consumer.stop(); // Stream > Disconnect: commits what was read
    if (!readAll || !produce(10))
        return -1;
    messages = 0;
    QElapsedTimer timer;
    timer.start();
    consumer.start(options); // Stream > Connect, the same group
    const bool got = waitFor(1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    consumer.stop();
    return got ? seconds : -1;
}

} // namespace dnd::bench
