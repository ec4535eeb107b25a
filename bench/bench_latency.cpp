// SPDX-License-Identifier: MIT
// Latency benchmark: the simulated producer writes into the built-in broker at
// a steady rate with wall-clock timestamps set when each event is produced;
// the real consumer worker + StatisticsRefresher (a headless TrackerSession) read
// them. For every event: time from produce to applied in the model, and to
// the first views refresh after that. Percentiles p50/p90/p99/max.
//
//   bench_latency [--rate 1000] [--seconds 30] [--warmup 2] [--json]
#include "benchutil.h"
#include "trackersession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

struct Options
{
    double rate = 1000;
    double seconds = 30;
    double warmup = 2;
    bool json = false;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Produce-to-applied latency benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Simulated events per second."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds of simulation."),
                      QStringLiteral("S"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("warmup"),
                      QStringLiteral("Seconds at the start not counted (the producer connects)."),
                      QStringLiteral("S"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also print one JSON line.")});
    parser.process(app);
    Options options;
    options.rate = parser.value(QStringLiteral("rate")).toDouble();
    options.seconds = parser.value(QStringLiteral("seconds")).toDouble();
    options.warmup = parser.value(QStringLiteral("warmup")).toDouble();
    options.json = parser.isSet(QStringLiteral("json"));
    if (options.rate <= 0 || options.seconds <= 0 || options.warmup < 0) {
        std::fprintf(stderr, "--rate and --seconds must be positive, --warmup not negative\n");
        std::exit(2);
    }
    return options;
}

// Same clock as the simulated producer's live timestamps.
qint64 wallClockUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

struct Percentiles
{
    double p50 = 0, p90 = 0, p99 = 0, max = 0; // milliseconds
};

Percentiles percentiles(std::vector<qint64> samplesUs)
{
    Percentiles result;
    if (samplesUs.empty())
        return result;
    std::sort(samplesUs.begin(), samplesUs.end());
    const auto at = [&samplesUs](double q) {
        const auto index = size_t(q * double(samplesUs.size() - 1) + 0.5);
        return double(samplesUs[std::min(index, samplesUs.size() - 1)]) / 1000.0;
    };
    result.p50 = at(0.50);
    result.p90 = at(0.90);
    result.p99 = at(0.99);
    result.max = double(samplesUs.back()) / 1000.0;
    return result;
}

QJsonObject toJson(const Percentiles &p)
{
    return {{QStringLiteral("p50_ms"), p.p50},
            {QStringLiteral("p90_ms"), p.p90},
            {QStringLiteral("p99_ms"), p.p99},
            {QStringLiteral("max_ms"), p.max}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app);

    dnd::TrackerSession session;
    dnd::SessionOptions sessionOptions;
    sessionOptions.builtInBroker.port = 0;
    sessionOptions.builtInBroker.topic = sessionOptions.consumer.topic;
    sessionOptions.consumer.groupId =
        QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    sessionOptions.consumer.startFrom = dnd::StartFrom::Latest;

    std::vector<qint64> appliedUs;
    std::vector<qint64> shownUs;
    std::vector<qint64> pendingStamps; // applied, waiting for a refresh
    appliedUs.reserve(size_t(options.rate * options.seconds) + 1024);
    bool measuring = false;
    qint64 measureFromUs = 0; // events produced before this are warm-up
    quint64 warmupEvents = 0;
    QObject::connect(session.refresher(), &dnd::StatisticsRefresher::batchApplied, &app,
                     [&](const dnd::EventBatch &batch, const dnd::ApplyResult &) {
                         if (!measuring)
                             return;
                         const qint64 now = wallClockUs();
                         for (const dnd::GameEvent &event : batch.events) {
                             if (event.timestampUs < measureFromUs) {
                                 ++warmupEvents;
                                 continue;
                             }
                             if (qEnvironmentVariableIsSet("DND_BENCH_TRACE"))
                                 std::fprintf(stderr, "trace %lld %lld\n",
                                              static_cast<long long>(event.timestampUs),
                                              static_cast<long long>(now - event.timestampUs));
                             appliedUs.push_back(now - event.timestampUs);
                             pendingStamps.push_back(event.timestampUs);
                         }
                     });
    QObject::connect(session.refresher(), &dnd::StatisticsRefresher::refreshed, &app, [&] {
        const qint64 now = wallClockUs();
        for (const qint64 stamp : pendingStamps)
            shownUs.push_back(now - stamp);
        pendingStamps.clear();
    });

    QString error;
    if (!session.start(sessionOptions, &error)) {
        std::fprintf(stderr, "session: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("machine: %s\n", qPrintable(dnd::bench::machineDescription()));
    std::printf("built-in broker at %s; waiting for the consumer's partitions ...\n",
                qPrintable(session.bootstrap()));
    std::fflush(stdout);

    // Events produced before the consumer has its partitions would measure
    // its start, not the pipeline.
    QEventLoop joined;
    QObject::connect(&session, &dnd::TrackerSession::statusChanged, &joined,
                     [&](const dnd::ConsumerStatus &status) {
                         if (status.state == dnd::ConsumerState::CaughtUp)
                             joined.quit();
                     });
    QTimer::singleShot(60'000, &joined, &QEventLoop::quit);
    joined.exec();
    if (session.status().state != dnd::ConsumerState::CaughtUp) {
        std::fprintf(stderr, "the consumer did not get its partitions within 60 s\n");
        return 1;
    }

    std::printf("simulating %.0f events/s for %.0f s ...\n", options.rate, options.seconds);
    std::fflush(stdout);
    dnd::SimulatedProducerOptions simulation;
    simulation.simulator.mode = dnd::SimulationMode::Game;
    simulation.simulator.encountersPerGame = 0;
    simulation.eventsPerSecond = options.rate;
    simulation.maxEvents = quint64(options.rate * (options.seconds + options.warmup));
    simulation.liveTimestamps = true;
    measuring = true;
    // The producer's first events wait for its connection and producer id
    // (about a second on a loaded machine): start-up, not steady latency.
    measureFromUs = wallClockUs() + qint64(options.warmup * 1e6);
    const double cpuBefore = dnd::bench::processCpuSeconds();
    session.startSimulation(simulation);

    // Done when every produced event was applied (or a generous deadline).
    QEventLoop done;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &done, [&] {
        const dnd::ProducerCounters counters = session.simulationCounters();
        const bool finished = session.simulationState() == dnd::SimulationState::Finished ||
                              session.simulationState() == dnd::SimulationState::Failed;
        if (finished && appliedUs.size() + warmupEvents >= counters.delivered &&
            pendingStamps.empty())
            done.quit();
    });
    check.start(100);
    QTimer::singleShot(int((options.seconds + options.warmup) * 1000) + 30'000, &done,
                       &QEventLoop::quit);
    done.exec();
    const double cpu = dnd::bench::processCpuSeconds() - cpuBefore;
    const dnd::ProducerCounters counters = session.simulationCounters();
    session.stop();

    const Percentiles applied = percentiles(appliedUs);
    const Percentiles shown = percentiles(shownUs);
    std::printf("\nproduced %llu, delivered %llu, applied %zu measured + %llu warm-up events\n",
                static_cast<unsigned long long>(counters.sent),
                static_cast<unsigned long long>(counters.delivered), appliedUs.size(),
                static_cast<unsigned long long>(warmupEvents));
    std::printf("\n%-34s %9s %9s %9s %9s\n", "latency (ms)", "p50", "p90", "p99", "max");
    std::printf("%-34s %9.2f %9.2f %9.2f %9.2f\n", "produce -> applied in the model", applied.p50,
                applied.p90, applied.p99, applied.max);
    std::printf("%-34s %9.2f %9.2f %9.2f %9.2f\n", "produce -> shown (views refreshed)", shown.p50,
                shown.p90, shown.p99, shown.max);
    std::printf("process CPU: %.2f s for %.0f s (producer, broker, consumer, model)\n", cpu,
                options.seconds + options.warmup);
    std::printf("peak RSS: %.1f MiB\n", dnd::bench::peakRssMiB());
    if (options.json) {
        dnd::bench::printJson({{QStringLiteral("machine"), dnd::bench::machineDescription()},
                               {QStringLiteral("rate"), options.rate},
                               {QStringLiteral("seconds"), options.seconds},
                               {QStringLiteral("delivered"), double(counters.delivered)},
                               {QStringLiteral("applied"), double(appliedUs.size())},
                               {QStringLiteral("warmup_events"), double(warmupEvents)},
                               {QStringLiteral("applied_latency"), toJson(applied)},
                               {QStringLiteral("shown_latency"), toJson(shown)},
                               {QStringLiteral("process_cpu_seconds"), cpu},
                               {QStringLiteral("peak_rss_mib"), dnd::bench::peakRssMiB()}});
    }
    const bool complete =
        counters.delivered > 0 && appliedUs.size() + warmupEvents >= counters.delivered;
    if (!complete)
        std::fprintf(stderr, "not every delivered event was applied\n");
    return complete ? 0 : 1;
}
