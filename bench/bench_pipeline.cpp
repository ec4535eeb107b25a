// SPDX-License-Identifier: MIT
// End-to-end consumption benchmark: start the built-in broker, fill a topic
// with N simulated events, then time the real consumer worker + StatisticsRefresher
// from earliest to the last event. In the same run, time `kcat -C -e` reading
// the same topic as the reference for raw consumption on this machine.
//
// Then, whole processes: the built dnd-tracker reading the topic with
// --exit-at-end (archive off, and on when the build has it) against
// `kcat -C -e -o beginning -q` without a group; its start to the first
// event applied; and a consumer's restart (Stream > Disconnect, Connect)
// against a broker in another process.
//
//   bench_pipeline [--events N] [--partitions P] [--repeat N] [--json] [--no-process]
#include "benchutil.h"
#include "codec.h"
#include "consumer.h"
#include "embeddedbroker.h"
#include "processtiming.h"
#include "producer.h"
#include "simulator.h"
#include "statisticsrefresher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTimer>
#include <QUuid>

#include <algorithm>
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
    int repeat = 3;
    bool json = false;
    bool kcat = true;
    bool processes = true;
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
    parser.addOption({QStringLiteral("repeat"),
                      QStringLiteral("Runs of each reader, interleaved; medians are reported."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also print one JSON line.")});
    parser.addOption(
        {QStringLiteral("no-kcat"), QStringLiteral("Skip the kcat reference (profiling runs).")});
    parser.addOption({QStringLiteral("no-process"),
                      QStringLiteral("Skip the whole-process timings of dnd-tracker.")});
    parser.process(app);
    Options options;
    options.events = parser.value(QStringLiteral("events")).toInt();
    options.partitions = parser.value(QStringLiteral("partitions")).toInt();
    options.repeat = parser.value(QStringLiteral("repeat")).toInt();
    options.json = parser.isSet(QStringLiteral("json"));
    options.kcat = !parser.isSet(QStringLiteral("no-kcat"));
    options.processes = !parser.isSet(QStringLiteral("no-process"));
    if (options.events <= 0 || options.partitions <= 0 || options.repeat <= 0) {
        std::fprintf(stderr, "--events, --partitions and --repeat must be positive\n");
        std::exit(2);
    }
    return options;
}

bool fillTopic(const QString &bootstrap, const QString &topic, int events, int partitions)
{
    dnd::ConnectionSettings connection;
    connection.bootstrap = bootstrap;
    connection.builtInBroker = true; // librdkafka's mock cluster
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
    double firstBatch = -1; // start() to the first batch applied
    double steady = -1;     // first batch to the last event applied
    double cpuSeconds = 0;  // process CPU while consuming (broker included)
    quint64 batches = 0;
};

// Our consumer + model from start() until every event is applied.
OurRun timeOurConsumer(const QString &bootstrap, const QString &topic, int events)
{
    dnd::StatisticsRefresher model;
    dnd::Consumer consumer;
    QObject::connect(&consumer, &dnd::Consumer::batchReady, &model,
                     &dnd::StatisticsRefresher::applyBatch);
    dnd::ConsumerOptions options;
    options.connection.bootstrap = bootstrap;
    options.connection.builtInBroker = true; // librdkafka's mock cluster
    options.topic = topic;
    options.groupId = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.startFrom = dnd::StartFrom::Earliest;

    OurRun run;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&model, &dnd::StatisticsRefresher::batchApplied, &loop, [&] {
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

// `kcat -C -e` reading the whole topic, one byte written per message so the
// count can be checked; seconds = -1 on failure or a short read.
KcatRun timeKcat(const QString &bootstrap, const QString &topic, qint64 expected,
                 const QStringList &extra = {})
{
    QTemporaryFile output;
    if (!output.open())
        return {};
    QProcess kcat;
    kcat.setStandardOutputFile(output.fileName());
    const QStringList arguments = QStringList{QStringLiteral("-b"),
                                              bootstrap,
                                              QStringLiteral("-C"),
                                              QStringLiteral("-t"),
                                              topic,
                                              QStringLiteral("-o"),
                                              QStringLiteral("beginning"),
                                              QStringLiteral("-e"),
                                              QStringLiteral("-q"),
                                              QStringLiteral("-f"),
                                              QStringLiteral("x")} +
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
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = dnd::bench::processCpuSeconds() + dnd::bench::childrenCpuSeconds() - cpuBefore;
    if (QFileInfo(output.fileName()).size() != expected) {
        std::fprintf(stderr, "kcat read %lld of %lld messages\n",
                     static_cast<long long>(QFileInfo(output.fileName()).size()),
                     static_cast<long long>(expected));
        return run;
    }
    run.seconds = seconds;
    return run;
}

// One kcat configuration: a whole read and a one-message read (its
// start-up: process, metadata, offsets, first fetch), as ours has its
// start taken off.
struct KcatFigures
{
    double total = -1;
    double startup = -1;
    double cpuSeconds = 0;
    double steady() const { return qMax(1e-3, total - startup); }
};

KcatFigures measureKcat(const QString &bootstrap, const QString &topic, int events,
                        const QStringList &extra)
{
    KcatFigures figures;
    const KcatRun whole = timeKcat(bootstrap, topic, events, extra);
    const KcatRun startup = timeKcat(
        bootstrap, topic, 1, extra + QStringList{QStringLiteral("-c"), QStringLiteral("1")});
    if (whole.seconds < 0 || startup.seconds < 0)
        return figures;
    figures.total = whole.seconds;
    figures.startup = startup.seconds;
    figures.cpuSeconds = whole.cpuSeconds;
    return figures;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values[values.size() / 2];
}

// The whole-process figures; kcat's are those of the runs above (librdkafka
// defaults, no group: `kcat -C -e -o beginning -q`).
bool measureProcesses(const Options &options, const QString &bootstrap, const QString &topic,
                      const QVector<KcatFigures> &kcat, QJsonObject *json)
{
    const QString tracker = QStringLiteral(DND_TRACKER_BIN);
    const bool archive = dnd::bench::trackerHasArchive(tracker);
    QTemporaryDir dir;
    QVector<double> off, on, first, firstSummary, kcatTotals;
    for (int i = 0; i < options.repeat; ++i) {
        const QStringList common = {QStringLiteral("--from"), QStringLiteral("earliest")};
        const QStringList noArchive =
            archive ? QStringList{QStringLiteral("--no-archive")} : QStringList{};
        const dnd::bench::ProcessRun plain =
            dnd::bench::runTrackerToEnd(tracker, bootstrap, topic, common + noArchive);
        if (plain.seconds < 0 || plain.counted != options.events) {
            std::fprintf(stderr, "dnd-tracker --exit-at-end counted %lld of %d: %s\n",
                         static_cast<long long>(plain.counted), options.events,
                         qPrintable(plain.error));
            return false;
        }
        off.append(plain.seconds);
        if (archive) {
            const QString file = dir.filePath(QStringLiteral("campaign-%1.sqlite").arg(i));
            const dnd::bench::ProcessRun archived = dnd::bench::runTrackerToEnd(
                tracker, bootstrap, topic, common + QStringList{QStringLiteral("--archive"), file});
            if (archived.seconds < 0 || archived.counted != options.events) {
                std::fprintf(stderr, "dnd-tracker --archive counted %lld of %d: %s\n",
                             static_cast<long long>(archived.counted), options.events,
                             qPrintable(archived.error));
                return false;
            }
            on.append(archived.seconds);
        }
        // A new campaign file each run: the whole start, creating the archive
        // included, and a count of this run's event only.
        const QStringList firstArchive =
            archive ? QStringList{QStringLiteral("--archive"),
                                  dir.filePath(QStringLiteral("first-%1.sqlite").arg(i))}
                    : QStringList{};
        const dnd::bench::ProcessRun start =
            dnd::bench::runTrackerFirstEvent(tracker, firstArchive);
        if (start.seconds < 0 || start.counted != 1) {
            std::fprintf(stderr, "dnd-tracker --simulate --max-events 1 counted %lld of 1: %s\n",
                         static_cast<long long>(start.counted), qPrintable(start.error));
            return false;
        }
        first.append(start.seconds);
        firstSummary.append(start.summarySeconds);
    }
    for (const KcatFigures &figures : kcat)
        kcatTotals.append(figures.total);

    QProcess brokerProcess;
    const QString external = dnd::bench::startBrokerProcess(tracker, &brokerProcess);
    QVector<double> reconnects;
    for (int i = 0; i < options.repeat && !external.isEmpty(); ++i)
        reconnects.append(dnd::bench::reconnectSeconds(external));
    brokerProcess.terminate();
    brokerProcess.waitForFinished(10'000);

    std::printf("\nwhole processes, medians of %d runs\n", options.repeat);
    std::printf("%-52s %10.3f %12.0f\n", "dnd-tracker --exit-at-end, archive off", median(off),
                options.events / median(off));
    if (archive)
        std::printf("%-52s %10.3f %12.0f\n", "dnd-tracker --exit-at-end, archive on", median(on),
                    options.events / median(on));
    else
        std::printf("  (this build has no --archive)\n");
    json->insert(QStringLiteral("tracker_process_seconds_archive_off"), median(off));
    if (archive)
        json->insert(QStringLiteral("tracker_process_seconds_archive_on"), median(on));
    if (!kcatTotals.isEmpty()) {
        const double reference = median(kcatTotals);
        std::printf("%-52s %10.3f %12.0f\n", "kcat -C -e -o beginning -q (no group)", reference,
                    options.events / reference);
        std::printf("ratio kcat / dnd-tracker (time), archive off: %.2f\n",
                    reference / median(off));
        json->insert(QStringLiteral("process_ratio_archive_off"), reference / median(off));
        if (archive) {
            std::printf("ratio kcat / dnd-tracker (time), archive on: %.2f\n",
                        reference / median(on));
            json->insert(QStringLiteral("process_ratio_archive_on"), reference / median(on));
        }
    }
    // The summary is printed once the first event is applied (and the
    // simulator stopped, the campaign closed): an upper bound of "start to
    // first event applied". The exit after it tears down librdkafka's
    // threads and the built-in broker (up to a second in librdkafka 2.0).
    std::printf("%-52s %10.3f\n", "dnd-tracker --simulate --max-events 1, to summary",
                median(firstSummary));
    std::printf("%-52s %10.3f\n", "dnd-tracker --simulate --max-events 1, whole process",
                median(first));
    json->insert(QStringLiteral("first_event_summary_seconds"), median(firstSummary));
    json->insert(QStringLiteral("first_event_process_seconds"), median(first));
    if (!reconnects.isEmpty() && !reconnects.contains(-1)) {
        std::printf("%-52s %10.3f\n", "disconnect, connect: first batch (broker process)",
                    median(reconnects));
        json->insert(QStringLiteral("reconnect_first_batch_seconds"), median(reconnects));
    } else {
        std::fprintf(stderr, "the restart against the broker process failed\n");
        return false;
    }
    return true;
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

    // kcat twice: with librdkafka's defaults, and with the fetch settings our
    // consumer uses (fetch.wait.max.ms=10). The built-in broker holds a fetch
    // that finds no new data for the whole fetch.wait.max.ms, 500 ms by
    // default, which kcat -e waits out at the end: the second is the fair
    // reference for raw consumption, and the ratio is taken against it.
    const QStringList ourFetchSettings = {QStringLiteral("-X"),
                                          QStringLiteral("fetch.wait.max.ms=10")};
    const double rssBefore = dnd::bench::currentRssMiB();
    QVector<OurRun> ourRuns;
    QVector<KcatFigures> kcatDefault;
    QVector<KcatFigures> kcatSame;
    for (int i = 0; i < options.repeat; ++i) {
        const OurRun ours =
            timeOurConsumer(broker.bootstrap(), brokerOptions.topic, options.events);
        if (ours.seconds < 0) {
            std::fprintf(stderr, "our consumer did not apply every event in time\n");
            return 1;
        }
        ourRuns.append(ours);
        if (!options.kcat)
            continue;
        kcatDefault.append(
            measureKcat(broker.bootstrap(), brokerOptions.topic, options.events, {}));
        kcatSame.append(
            measureKcat(broker.bootstrap(), brokerOptions.topic, options.events, ourFetchSettings));
        if (kcatDefault.last().total < 0 || kcatSame.last().total < 0)
            return 1;
    }
    const auto ourMedian = [&ourRuns](double OurRun::*field) {
        QVector<double> values;
        for (const OurRun &run : ourRuns)
            values.append(run.*field);
        return median(values);
    };
    const double ourSteady = ourMedian(&OurRun::steady);
    const double ourRate = options.events / ourSteady;
    quint64 batches = 0;
    for (const OurRun &run : ourRuns)
        batches += run.batches;
    batches /= quint64(ourRuns.size());

    std::printf("\nmedians of %d runs each, %d events\n", options.repeat, options.events);
    std::printf("%-52s %10s %12s\n", "reader", "seconds", "events/s");
    std::printf("%-52s %10.3f %12.0f\n", "dnd consumer + model, from start()",
                ourMedian(&OurRun::seconds), options.events / ourMedian(&OurRun::seconds));
    std::printf("%-52s %10.3f %12s\n", "  of which start() to the first batch",
                ourMedian(&OurRun::firstBatch), "");
    std::printf("%-52s %10.3f %12.0f\n", "dnd consumer + model, first batch to last", ourSteady,
                ourRate);
    std::printf("  %llu batches, %.0f events/batch, process CPU %.2f s (broker included)\n",
                static_cast<unsigned long long>(batches),
                double(options.events) / double(qMax<quint64>(1, batches)),
                ourMedian(&OurRun::cpuSeconds));
    QString runs;
    for (const OurRun &run : ourRuns)
        runs += QString::number(options.events / run.steady, 'f', 0) + u' ';
    std::printf("  each run: %s events/s\n", qPrintable(runs.trimmed()));

    QJsonObject json{{QStringLiteral("machine"), dnd::bench::machineDescription()},
                     {QStringLiteral("events"), options.events},
                     {QStringLiteral("partitions"), options.partitions},
                     {QStringLiteral("repeat"), options.repeat},
                     {QStringLiteral("ours_seconds_from_start"), ourMedian(&OurRun::seconds)},
                     {QStringLiteral("ours_first_batch_seconds"), ourMedian(&OurRun::firstBatch)},
                     {QStringLiteral("ours_seconds"), ourSteady},
                     {QStringLiteral("ours_events_per_second"), ourRate},
                     {QStringLiteral("ours_batches"), double(batches)},
                     {QStringLiteral("ours_process_cpu_seconds"), ourMedian(&OurRun::cpuSeconds)}};
    if (options.kcat) {
        const auto report = [&](const char *label, const QVector<KcatFigures> &runs,
                                const QString &key) {
            QVector<double> totals, startups, steadies, cpus;
            for (const KcatFigures &f : runs) {
                totals.append(f.total);
                startups.append(f.startup);
                steadies.append(f.steady());
                cpus.append(f.cpuSeconds);
            }
            const double steady = median(steadies);
            const double rate = options.events / steady;
            std::printf("%s\n", label);
            std::printf("%-52s %10.3f %12.0f\n", "  from process start", median(totals),
                        options.events / median(totals));
            std::printf("%-52s %10.3f %12s\n", "  of which start-up (kcat -c 1)", median(startups),
                        "");
            std::printf("%-52s %10.3f %12.0f\n", "  start-up excluded", steady, rate);
            std::printf("  CPU (kcat + broker): %.2f s\n", median(cpus));
            std::printf("  ratio ours / kcat (start-up excluded): %.2f\n", ourRate / rate);
            json.insert(key + QStringLiteral("_seconds_from_start"), median(totals));
            json.insert(key + QStringLiteral("_startup_seconds"), median(startups));
            json.insert(key + QStringLiteral("_seconds"), steady);
            json.insert(key + QStringLiteral("_events_per_second"), rate);
            json.insert(key + QStringLiteral("_cpu_seconds"), median(cpus));
            json.insert(key + QStringLiteral("_ratio"), ourRate / rate);
            return rate;
        };
        report("kcat -C -e, librdkafka defaults (fetch.wait.max.ms=500)", kcatDefault,
               QStringLiteral("kcat_defaults"));
        const double reference =
            report("kcat -C -e -X fetch.wait.max.ms=10, our fetch settings (reference)", kcatSame,
                   QStringLiteral("kcat"));
        std::printf("ratio (ours / reference kcat, start-up excluded): %.2f\n",
                    ourRate / reference);
        json.insert(QStringLiteral("ratio"), ourRate / reference);
    }
    if (options.processes &&
        !measureProcesses(options, broker.bootstrap(), brokerOptions.topic, kcatDefault, &json))
        return 1;
    std::printf("peak RSS: %.1f MiB (before consuming: %.1f MiB, broker and its data included)\n",
                dnd::bench::peakRssMiB(), rssBefore);
    json.insert(QStringLiteral("peak_rss_mib"), dnd::bench::peakRssMiB());
    json.insert(QStringLiteral("rss_before_consuming_mib"), rssBefore);
    if (options.json)
        dnd::bench::printJson(json);
    broker.stop();
    return 0;
}
