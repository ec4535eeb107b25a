// SPDX-License-Identifier: MIT
// End-to-end consumption benchmark: start the built-in broker, fill a topic
// with N simulated events, then time the real consumer worker + TrackerModel
// from earliest to the last event. In the same run, time `kcat -C -e` reading
// the same topic as the reference for raw consumption on this machine.
//
//   bench_pipeline [--events N] [--partitions P] [--json]
#include "benchutil.h"
#include "codec.h"
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

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h> // no-ops unless run under callgrind
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

namespace {

struct Options
{
    int events = 300'000;
    // The 2.0.2 mock cluster keeps at most 5 MiB per partition; ~150-byte
    // events (~165 bytes on the log) need at least 10 partitions for
    // 300,000 of them to all stay.
    int partitions = 16;
    bool json = false;
    bool kcat = true;
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
    parser.addOption(
        {QStringLiteral("no-kcat"), QStringLiteral("Skip the kcat reference (profiling runs).")});
    parser.process(app);
    Options options;
    options.events = parser.value(QStringLiteral("events")).toInt();
    options.partitions = parser.value(QStringLiteral("partitions")).toInt();
    options.json = parser.isSet(QStringLiteral("json"));
    options.kcat = !parser.isSet(QStringLiteral("no-kcat"));
    if (options.events <= 0 || options.partitions <= 0) {
        std::fprintf(stderr, "--events and --partitions must be positive\n");
        std::exit(2);
    }
    return options;
}

bool fillTopic(const QString &bootstrap, const QString &topic, int events, int partitions)
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
    // Round robin over the partitions, key = player as usual: with the key
    // partitioner the four players of one table would land in at most four
    // partitions, and one partition holds only ~32,000 events in the built-in
    // broker. Many tables writing into one topic look like this.
    for (int i = 0; i < events; ++i) {
        const dnd::GameEvent event = simulator.next();
        if (!producer.produceRaw(event.player.toUtf8(), dnd::Codec::encode(event),
                                 i % partitions)) {
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

struct OurRun
{
    double seconds = -1;    // start() to the last event applied
    double firstBatch = -1; // start() to the first batch applied (group join)
    double steady = -1;     // first batch to the last event applied
    double cpuSeconds = 0;  // process CPU while consuming (broker included)
    quint64 batches = 0;
};

// Our consumer + model from start() until every event is applied.
OurRun timeOurConsumer(const QString &bootstrap, const QString &topic, int events)
{
    dnd::TrackerModel model;
    dnd::Consumer consumer;
    QObject::connect(&consumer, &dnd::Consumer::batchReady, &model, &dnd::TrackerModel::applyBatch);
    dnd::ConsumerOptions options;
    options.connection.bootstrap = bootstrap;
    options.topic = topic;
    options.groupId = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.startFrom = dnd::StartFrom::Earliest;

    OurRun run;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&model, &dnd::TrackerModel::batchApplied, &loop, [&] {
        if (++run.batches == 1)
            run.firstBatch = double(timer.nsecsElapsed()) / 1e9;
        if (model.statistics().totalEvents() >= quint64(events))
            loop.quit();
    });
    QTimer::singleShot(300'000, &loop, &QEventLoop::quit);
    const double cpuBefore = dnd::bench::processCpuSeconds();
    CALLGRIND_START_INSTRUMENTATION;
    timer.start();
    consumer.start(options);
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    CALLGRIND_STOP_INSTRUMENTATION;
    run.cpuSeconds = dnd::bench::processCpuSeconds() - cpuBefore;
    consumer.stop();
    if (model.statistics().totalEvents() < quint64(events)) {
        std::fprintf(stderr, "applied %llu of %d events in %.1f s (%llu batches)\n",
                     static_cast<unsigned long long>(model.statistics().totalEvents()), events,
                     seconds, static_cast<unsigned long long>(run.batches));
        return run;
    }
    run.seconds = seconds;
    run.steady = seconds - run.firstBatch;
    return run;
}

struct KcatRun
{
    double seconds = -1;
    double cpuSeconds = 0; // kcat's CPU plus ours (the broker) meanwhile
};

// `kcat -C -e` reading the whole topic; seconds = -1 on failure.
KcatRun timeKcat(const QString &bootstrap, const QString &topic, const QStringList &extra = {})
{
    QProcess kcat;
    kcat.setStandardOutputFile(QProcess::nullDevice());
    const QStringList arguments = QStringList{QStringLiteral("-b"),
                                              bootstrap,
                                              QStringLiteral("-C"),
                                              QStringLiteral("-t"),
                                              topic,
                                              QStringLiteral("-o"),
                                              QStringLiteral("beginning"),
                                              QStringLiteral("-e"),
                                              QStringLiteral("-q")} +
                                  extra;
    KcatRun run;
    const double cpuBefore = dnd::bench::processCpuSeconds() + dnd::bench::childrenCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    kcat.start(QStringLiteral(DND_KCAT), arguments);
    if (!kcat.waitForFinished(300'000) || kcat.exitCode() != 0) {
        std::fprintf(stderr, "kcat failed: %s\n", kcat.readAllStandardError().constData());
        return run;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = dnd::bench::processCpuSeconds() + dnd::bench::childrenCpuSeconds() - cpuBefore;
    return run;
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
    if (!fillTopic(broker.bootstrap(), brokerOptions.topic, options.events, options.partitions))
        return 1;
    const qint64 held = dnd::bench::messagesInTopic(broker.bootstrap(), brokerOptions.topic,
                                                    options.partitions, &error);
    if (held != options.events) {
        std::fprintf(stderr,
                     "the topic holds %lld of %d events (%s): the built-in broker keeps at most "
                     "5 MiB per partition; use more --partitions\n",
                     static_cast<long long>(held), options.events, qPrintable(error));
        return 1;
    }

    const double rssBefore = dnd::bench::currentRssMiB();
    const OurRun ours = timeOurConsumer(broker.bootstrap(), brokerOptions.topic, options.events);
    if (ours.seconds < 0) {
        std::fprintf(stderr, "our consumer did not apply every event in time\n");
        return 1;
    }
    const double ourRate = options.events / ours.steady;
    std::printf("\n%-44s %10s %12s\n", "reader", "seconds", "events/s");
    std::printf("%-44s %10.3f %12.0f\n", "dnd consumer + model, from start()", ours.seconds,
                options.events / ours.seconds);
    std::printf("%-44s %10.3f %12s\n", "  of which group join until the first batch",
                ours.firstBatch, "");
    std::printf("%-44s %10.3f %12.0f\n", "dnd consumer + model, first batch to last", ours.steady,
                ourRate);
    std::printf("  %llu batches, %.0f events/batch, process CPU %.2f s (broker included)\n",
                static_cast<unsigned long long>(ours.batches),
                double(options.events) / double(qMax<quint64>(1, ours.batches)), ours.cpuSeconds);

    QJsonObject json{{QStringLiteral("machine"), dnd::bench::machineDescription()},
                     {QStringLiteral("events"), options.events},
                     {QStringLiteral("partitions"), options.partitions},
                     {QStringLiteral("ours_seconds_from_start"), ours.seconds},
                     {QStringLiteral("ours_group_join_seconds"), ours.firstBatch},
                     {QStringLiteral("ours_seconds"), ours.steady},
                     {QStringLiteral("ours_events_per_second"), ourRate},
                     {QStringLiteral("ours_batches"), double(ours.batches)},
                     {QStringLiteral("ours_process_cpu_seconds"), ours.cpuSeconds}};
    if (options.kcat) {
        // kcat assigns partitions itself (no group), so its time has no join;
        // its start-up (process, metadata, offsets, first fetch) is measured
        // with a one-message run and taken off, as the join is taken off ours.
        const KcatRun kcatRun = timeKcat(broker.bootstrap(), brokerOptions.topic);
        const KcatRun kcatStartupRun = timeKcat(broker.bootstrap(), brokerOptions.topic,
                                                {QStringLiteral("-c"), QStringLiteral("1")});
        const double kcatTotal = kcatRun.seconds;
        const double kcatStartup = kcatStartupRun.seconds;
        if (kcatTotal < 0 || kcatStartup < 0)
            return 1;
        const double kcat = qMax(1e-3, kcatTotal - kcatStartup);
        const double kcatRate = options.events / kcat;
        std::printf("%-44s %10.3f %12.0f\n", "kcat -C -e, from process start", kcatTotal,
                    options.events / kcatTotal);
        std::printf("%-44s %10.3f %12s\n", "  of which start-up (kcat -c 1)", kcatStartup, "");
        std::printf("%-44s %10.3f %12.0f\n", "kcat -C -e, start-up excluded (reference)", kcat,
                    kcatRate);
        std::printf("  CPU (kcat + broker): %.2f s; ours (consumer + model + broker): %.2f s\n",
                    kcatRun.cpuSeconds, ours.cpuSeconds);
        std::printf("ratio (ours / kcat, start-up excluded): %.2f\n", ourRate / kcatRate);
        std::printf("ratio (ours / kcat, from start):        %.2f\n", kcatTotal / ours.seconds);
        json.insert(QStringLiteral("kcat_seconds_from_start"), kcatTotal);
        json.insert(QStringLiteral("kcat_startup_seconds"), kcatStartup);
        json.insert(QStringLiteral("kcat_cpu_seconds"), kcatRun.cpuSeconds);
        json.insert(QStringLiteral("kcat_seconds"), kcat);
        json.insert(QStringLiteral("kcat_events_per_second"), kcatRate);
        json.insert(QStringLiteral("ratio"), ourRate / kcatRate);
        json.insert(QStringLiteral("ratio_from_start"), kcatTotal / ours.seconds);
    }
    std::printf("peak RSS: %.1f MiB (before consuming: %.1f MiB, broker and its data included)\n",
                dnd::bench::peakRssMiB(), rssBefore);
    json.insert(QStringLiteral("peak_rss_mib"), dnd::bench::peakRssMiB());
    json.insert(QStringLiteral("rss_before_consuming_mib"), rssBefore);
    if (options.json)
        dnd::bench::printJson(json);
    broker.stop();
    return 0;
}
