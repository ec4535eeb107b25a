// SPDX-License-Identifier: MIT
// End-to-end consumption benchmark: start the built-in broker, fill a topic
// with N simulated events, then time the real consumer worker + TrackerModel
// from earliest to the last event. In the same run, time `kcat -C -e` reading
// the same topic as the reference for raw consumption on this machine.
//
//   bench_pipeline [--events N] [--partitions P] [--json]
#include "benchutil.h"
#include "consumerworker.h"
#include "embeddedbroker.h"
#include "producer.h"
#include "simulator.h"
#include "trackermodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace {

struct Options
{
    int events = 300'000;
    // The 2.0.2 mock cluster keeps at most 5 MiB per partition; ~150-byte
    // events need at least 10 partitions for 300,000 of them to all stay.
    int partitions = 16;
    bool json = false;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Consumer pipeline benchmark against kcat"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events to produce."),
                      QStringLiteral("N"), QStringLiteral("300000")});
    parser.addOption({QStringLiteral("partitions"), QStringLiteral("Topic partitions."),
                      QStringLiteral("P"), QStringLiteral("16")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also print one JSON line.")});
    parser.process(app);
    Options options;
    options.events = parser.value(QStringLiteral("events")).toInt();
    options.partitions = parser.value(QStringLiteral("partitions")).toInt();
    options.json = parser.isSet(QStringLiteral("json"));
    if (options.events <= 0 || options.partitions <= 0) {
        std::fprintf(stderr, "--events and --partitions must be positive\n");
        std::exit(2);
    }
    return options;
}

bool fillTopic(const QString &bootstrap, const QString &topic, int events)
{
    dnd::ConnectionSettings connection;
    connection.bootstrap = bootstrap;
    dnd::Producer producer(connection, topic);
    QString error;
    if (!producer.open(&error)) {
        std::fprintf(stderr, "producer: %s\n", qPrintable(error));
        return false;
    }
    dnd::SimulatorConfig config;
    config.mode = dnd::SimulationMode::Random;
    config.seed = 1;
    dnd::Simulator simulator(config);
    for (int i = 0; i < events; ++i) {
        if (!producer.produce(simulator.next())) {
            std::fprintf(stderr, "produce: %s\n", qPrintable(producer.counters().lastError));
            return false;
        }
    }
    if (!producer.flush(60'000) || producer.counters().delivered != quint64(events)) {
        std::fprintf(stderr, "only %llu of %d events delivered\n",
                     static_cast<unsigned long long>(producer.counters().delivered), events);
        return false;
    }
    return true;
}

// Seconds for our consumer + model to apply every event, or -1 on timeout.
double timeOurConsumer(const QString &bootstrap, const QString &topic, int events)
{
    dnd::TrackerModel model;
    dnd::Consumer consumer;
    QObject::connect(&consumer, &dnd::Consumer::batchReady, &model, &dnd::TrackerModel::applyBatch);
    dnd::ConsumerOptions options;
    options.connection.bootstrap = bootstrap;
    options.topic = topic;
    options.groupId = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.startFrom = dnd::StartFrom::Earliest;

    QEventLoop loop;
    QObject::connect(&model, &dnd::TrackerModel::batchApplied, &loop, [&] {
        if (model.statistics().totalEvents() >= quint64(events))
            loop.quit();
    });
    QTimer::singleShot(300'000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    consumer.start(options);
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    consumer.stop();
    if (model.statistics().totalEvents() < quint64(events))
        return -1;
    return seconds;
}

// Seconds for `kcat -C -e` to read the whole topic, or -1 on failure.
double timeKcat(const QString &bootstrap, const QString &topic)
{
    QProcess kcat;
    kcat.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    kcat.start(QStringLiteral(DND_KCAT),
               {QStringLiteral("-b"), bootstrap, QStringLiteral("-C"), QStringLiteral("-t"), topic,
                QStringLiteral("-o"), QStringLiteral("beginning"), QStringLiteral("-e"),
                QStringLiteral("-q")});
    if (!kcat.waitForFinished(300'000) || kcat.exitCode() != 0) {
        std::fprintf(stderr, "kcat failed: %s\n", kcat.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app);

    dnd::EmbeddedBroker broker;
    dnd::EmbeddedBrokerOptions brokerOptions;
    brokerOptions.port = 0;
    brokerOptions.partitions = options.partitions;
    brokerOptions.topic = QStringLiteral("bench_events");
    QString error;
    if (!broker.start(brokerOptions, &error)) {
        std::fprintf(stderr, "broker: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("machine: %s\n", qPrintable(dnd::bench::machineDescription()));
    std::printf("filling %d events into %d partitions at %s ...\n", options.events,
                options.partitions, qPrintable(broker.bootstrap()));
    std::fflush(stdout);
    if (!fillTopic(broker.bootstrap(), brokerOptions.topic, options.events))
        return 1;

    const double rssBefore = dnd::bench::currentRssMiB();
    const double ours = timeOurConsumer(broker.bootstrap(), brokerOptions.topic, options.events);
    const double kcat = timeKcat(broker.bootstrap(), brokerOptions.topic);
    if (ours < 0 || kcat < 0) {
        std::fprintf(stderr, "a run did not complete\n");
        return 1;
    }
    const double ourRate = options.events / ours;
    const double kcatRate = options.events / kcat;
    std::printf("\n%-34s %12s %14s\n", "reader", "seconds", "events/s");
    std::printf("%-34s %12.3f %14.0f\n", "dnd consumer worker + model", ours, ourRate);
    std::printf("%-34s %12.3f %14.0f\n", "kcat -C -e (reference)", kcat, kcatRate);
    std::printf("ratio (ours / kcat): %.2f\n", ourRate / kcatRate);
    std::printf("peak RSS: %.1f MiB (before consuming: %.1f MiB, broker included)\n",
                dnd::bench::peakRssMiB(), rssBefore);
    if (options.json) {
        dnd::bench::printJson({{QStringLiteral("events"), options.events},
                               {QStringLiteral("partitions"), options.partitions},
                               {QStringLiteral("ours_seconds"), ours},
                               {QStringLiteral("ours_events_per_second"), ourRate},
                               {QStringLiteral("kcat_seconds"), kcat},
                               {QStringLiteral("kcat_events_per_second"), kcatRate},
                               {QStringLiteral("ratio"), ourRate / kcatRate},
                               {QStringLiteral("peak_rss_mib"), dnd::bench::peakRssMiB()}});
    }
    broker.stop();
    return 0;
}
