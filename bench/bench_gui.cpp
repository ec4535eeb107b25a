// SPDX-License-Identifier: MIT
// GUI benchmark: the real main window (GuiController: window + session with
// the built-in broker, consumer worker and simulated producer), offscreen,
// with a player tab (charts) in front and the simulator at a high rate. On
// the GUI thread a 10 ms timer measures the event loop's longest stall (its
// worst gap); refreshes per second count the model's refreshed() signals, on
// which the window redraws its charts; GUI-thread CPU time comes from
// CLOCK_THREAD_CPUTIME_ID. --breakdown also splits that CPU time by the
// top-level event that spent it (type and receiver class): timer -> refresh,
// layout requests, paints, queued batches; it times every event, so take the
// headline figures from a run without it.
//
// --archive FILE starts the window as the app does with its campaign
// archive (GuiCampaign): every applied batch is also written to FILE on the
// archive's thread, and the figures say how many events it stored.
//
//   bench_gui [--rate 50000] [--seconds 20] [--archive FILE] [--json] [--breakdown]
#include "benchutil.h"
#include "guicampaign.h"
#include "guicontroller.h"
#include "mainwindow.h"
#include "trackersession.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

namespace {

// The machine is shared: the 1-minute load average next to the figures says
// how much the wall-clock ones (worst stall, ticks) can be trusted.
double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

struct Options
{
    double rate = 50'000;
    double seconds = 20;
    bool json = false;
    bool breakdown = false;
    QString archive; // empty: in memory
};

// Thread CPU time per top-level event (nested sendEvent()s count towards
// the event that caused them), keyed by event type and receiver class.
class ProfilingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_enabled || thread() != QThread::currentThread())
            return QApplication::notify(receiver, event);
        if (m_depth > 0) {
            // Paint events run nested (inside an update request, or inside
            // a graphics scene's dirty-item processing); they are also
            // listed by widget class, as a share of their top-level event.
            if (event->type() != QEvent::Paint)
                return QApplication::notify(receiver, event);
            const double start = dnd::bench::threadCpuSeconds();
            const bool result = QApplication::notify(receiver, event);
            // A scroll area's (chart view's, table's) viewport is named after its owner.
            const QObject *owner = receiver;
            if (auto *area = qobject_cast<QAbstractScrollArea *>(receiver->parent());
                area && area->viewport() == receiver)
                owner = area;
            Entry &entry = m_paints[{int(QEvent::Paint), owner->metaObject()->className()}];
            const double spent = dnd::bench::threadCpuSeconds() - start;
            entry.seconds += spent;
            ++entry.count;
            entry.worst = std::max(entry.worst, spent);
            return result;
        }
        const QEvent::Type type = event->type();
        const char *className = receiver->metaObject()->className();
        ++m_depth;
        const double start = dnd::bench::threadCpuSeconds();
        const bool result = QApplication::notify(receiver, event);
        const double spent = dnd::bench::threadCpuSeconds() - start;
        --m_depth;
        Entry &entry = m_entries[{int(type), className}];
        entry.seconds += spent;
        ++entry.count;
        entry.worst = std::max(entry.worst, spent);
        return result;
    }

    void setEnabled(bool enabled) { m_enabled = enabled; }

    void print(quint64 refreshes) const
    {
        std::printf("\nGUI-thread CPU by top-level event (ms per refresh, count, worst ms):\n");
        printTable(m_entries, refreshes);
        std::printf("\nof which paint events, by widget (ms per refresh, count, worst ms):\n");
        printTable(m_paints, refreshes);
    }

private:
    using Key = std::pair<int, const char *>;
    struct Entry
    {
        double seconds = 0;
        quint64 count = 0;
        double worst = 0;
    };

    static void printTable(const std::map<Key, Entry> &entries, quint64 refreshes)
    {
        std::vector<std::pair<Key, Entry>> rows(entries.cbegin(), entries.cend());
        std::sort(rows.begin(), rows.end(),
                  [](const auto &a, const auto &b) { return a.second.seconds > b.second.seconds; });
        for (std::size_t i = 0; i < rows.size() && i < 16; ++i) {
            const auto &[key, entry] = rows[i];
            const QMetaEnum types = QEvent::staticMetaObject.enumerator(
                QEvent::staticMetaObject.indexOfEnumerator("Type"));
            const char *typeName = types.valueToKey(key.first);
            std::printf("  %-16s %-28s %8.2f %8llu %8.1f\n", typeName ? typeName : "?", key.second,
                        refreshes ? 1e3 * entry.seconds / double(refreshes) : 0.0,
                        static_cast<unsigned long long>(entry.count), 1e3 * entry.worst);
        }
    }

    std::map<Key, Entry> m_entries;
    std::map<Key, Entry> m_paints;
    int m_depth = 0;
    bool m_enabled = false;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Main window responsiveness benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Simulated events per second."),
                      QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds measured."),
                      QStringLiteral("S"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also print one JSON line.")});
    parser.addOption({QStringLiteral("breakdown"),
                      QStringLiteral("Split GUI-thread CPU by event (adds overhead).")});
    parser.addOption({QStringLiteral("archive"),
                      QStringLiteral("Campaign archive to write to (default: none)."),
                      QStringLiteral("FILE")});
    parser.process(app);
    Options options;
    options.rate = parser.value(QStringLiteral("rate")).toDouble();
    options.seconds = parser.value(QStringLiteral("seconds")).toDouble();
    options.json = parser.isSet(QStringLiteral("json"));
    options.breakdown = parser.isSet(QStringLiteral("breakdown"));
    options.archive = parser.value(QStringLiteral("archive"));
    if (options.rate <= 0 || options.seconds <= 0) {
        std::fprintf(stderr, "--rate and --seconds must be positive\n");
        std::exit(2);
    }
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ProfilingApplication app(argc, argv);
    const Options options = parse(app);

    // Window layout and preferences go to a throw-away file, not the user's.
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    dnd::GuiController controller(&settings);
    dnd::MainWindow *window = controller.window();
    dnd::TrackerSession *session = controller.session();

    dnd::SessionOptions sessionOptions;
    sessionOptions.builtInBroker.port = 0;
    sessionOptions.builtInBroker.topic = sessionOptions.consumer.topic;
    sessionOptions.consumer.groupId =
        QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    sessionOptions.consumer.startFrom = dnd::StartFrom::Latest;
    dnd::SettingValues preferences;
    QString error;
    std::unique_ptr<dnd::GuiCampaign> campaign;
    if (options.archive.isEmpty()) {
        if (!controller.start(sessionOptions, preferences, &error)) {
            std::fprintf(stderr, "start: %s\n", qPrintable(error));
            return 1;
        }
    } else {
        campaign = std::make_unique<dnd::GuiCampaign>(&controller);
        QEventLoop started;
        bool ok = false;
        campaign->start(options.archive, sessionOptions, preferences, [&](bool success) {
            ok = success;
            started.quit();
        });
        started.exec();
        if (!ok || !campaign->campaign()->isOpen()) {
            std::fprintf(stderr, "start with the archive %s failed: %s\n",
                         qPrintable(options.archive),
                         qPrintable(campaign->campaign()->fault().message));
            return 1;
        }
    }
    window->resize(1400, 900);
    window->show();
    std::printf("machine: %s\n", qPrintable(dnd::bench::machineDescription()));
    std::printf("built-in broker at %s; waiting for the consumer's partitions ...\n",
                qPrintable(session->bootstrap()));
    std::fflush(stdout);

    QEventLoop joined;
    QObject::connect(session, &dnd::TrackerSession::statusChanged, &joined,
                     [&](const dnd::ConsumerStatus &status) {
                         if (status.state == dnd::ConsumerState::CaughtUp)
                             joined.quit();
                     });
    QTimer::singleShot(60'000, &joined, &QEventLoop::quit);
    joined.exec();
    if (session->status().state != dnd::ConsumerState::CaughtUp) {
        std::fprintf(stderr, "the consumer did not get its partitions within 60 s\n");
        return 1;
    }

    // A player tab in front: its charts redraw on every refresh.
    window->openPlayerTab(QStringLiteral("Stravos"), true);

    dnd::SimulatedProducerOptions simulation;
    simulation.simulator.mode = dnd::SimulationMode::Game;
    simulation.simulator.encountersPerGame = 0;
    simulation.eventsPerSecond = options.rate;
    simulation.liveTimestamps = true;
    std::printf("simulating %.0f events/s for %.0f s with the window offscreen ...\n", options.rate,
                options.seconds);
    std::fflush(stdout);
    controller.startSimulation(simulation);

    // Let the producer connect and the stream settle before measuring.
    QEventLoop settle;
    QTimer::singleShot(2000, &settle, &QEventLoop::quit);
    settle.exec();

    const quint64 refreshesBefore = session->refresher()->refreshCount();
    const quint64 eventsBefore = session->refresher()->statistics().totalEvents();
    const quint64 producedBefore = session->simulationCounters().delivered;
    const double cpuBefore = dnd::bench::threadCpuSeconds();
    const double processCpuBefore = dnd::bench::processCpuSeconds();
    const double loadBefore = loadAverage();

    quint64 batches = 0;
    QObject::connect(session->refresher(), &dnd::StatisticsRefresher::batchApplied, &app,
                     [&batches] { ++batches; });
    QElapsedTimer clock;
    clock.start();
    qint64 lastTickNs = clock.nsecsElapsed();
    qint64 worstGapNs = 0;
    quint64 ticks = 0;
    quint64 gapsOver50Ms = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        worstGapNs = std::max(worstGapNs, now - lastTickNs);
        if (now - lastTickNs > 50'000'000)
            ++gapsOver50Ms;
        lastTickNs = now;
        ++ticks;
    });
    ticker.start();
    app.setEnabled(options.breakdown);
    QEventLoop measure;
    QTimer::singleShot(int(options.seconds * 1000), &measure, &QEventLoop::quit);
    measure.exec();
    ticker.stop();
    app.setEnabled(false);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double guiCpu = dnd::bench::threadCpuSeconds() - cpuBefore;
    const double processCpu = dnd::bench::processCpuSeconds() - processCpuBefore;
    const quint64 refreshes = session->refresher()->refreshCount() - refreshesBefore;
    const quint64 applied = session->refresher()->statistics().totalEvents() - eventsBefore;
    const quint64 produced = session->simulationCounters().delivered - producedBefore;
    const qint64 lag = session->status().lag;
    session->stopSimulation();
    // The archive keeps up if it stores every applied event within a few
    // seconds of the end (it writes on its own thread, behind the view).
    quint64 archived = 0;
    const quint64 appliedInAll = session->refresher()->statistics().totalEvents() -
                                 (campaign ? campaign->campaign()->restoredEvents() : 0);
    double archiveBehindSeconds = 0;
    if (campaign) {
        QElapsedTimer behind;
        behind.start();
        while (campaign->campaign()->storedEvents() < appliedInAll && behind.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        archiveBehindSeconds = double(behind.nsecsElapsed()) / 1e9;
        archived = campaign->campaign()->storedEvents();
    }

    const double worstStallMs = double(worstGapNs) / 1e6;
    std::printf("\n%-44s %12s\n", "measure", "value");
    std::printf("%-44s %12.1f\n", "seconds measured", seconds);
    std::printf("%-44s %12.0f\n", "events produced (delivered) per second",
                double(produced) / seconds);
    std::printf("%-44s %12.0f\n", "events applied per second", double(applied) / seconds);
    std::printf("%-44s %12.0f\n", "batches applied per second", double(batches) / seconds);
    std::printf("%-44s %12lld\n", "consumer lag at the end (messages)",
                static_cast<long long>(lag));
    std::printf("%-44s %12.1f\n", "worst gap of the 10 ms timer (ms)", worstStallMs);
    std::printf("%-44s %12.1f\n", "10 ms ticks per second (ideal 100)", double(ticks) / seconds);
    std::printf("%-44s %12.1f\n", "refreshes (charts redrawn) per second",
                double(refreshes) / seconds);
    std::printf("%-44s %12.2f  (%.0f%% of one core)\n", "GUI-thread CPU (s)", guiCpu,
                100.0 * guiCpu / seconds);
    const double cpuPerRefreshMs = refreshes ? 1e3 * guiCpu / double(refreshes) : 0.0;
    std::printf("%-44s %12.2f\n", "GUI-thread CPU per refresh (ms)", cpuPerRefreshMs);
    std::printf("%-44s %12llu\n", "gaps of the 10 ms timer over 50 ms",
                static_cast<unsigned long long>(gapsOver50Ms));
    std::printf("%-44s %12.2f\n", "process CPU, all threads (s)", processCpu);
    const double loadAfter = loadAverage();
    std::printf("%-44s %5.2f -> %.2f\n", "load average (1 min), start -> end", loadBefore,
                loadAfter);
    if (campaign) {
        std::printf("%-44s %12llu of %llu\n", "events archived (this run)",
                    static_cast<unsigned long long>(archived),
                    static_cast<unsigned long long>(appliedInAll));
        std::printf("%-44s %12.2f\n", "archive behind the view at the end (s)",
                    archiveBehindSeconds);
    }
    std::printf("peak RSS: %.1f MiB\n", dnd::bench::peakRssMiB());
    if (options.json) {
        dnd::bench::printJson(
            {{QStringLiteral("machine"), dnd::bench::machineDescription()},
             {QStringLiteral("rate"), options.rate},
             {QStringLiteral("seconds"), seconds},
             {QStringLiteral("produced_per_second"), double(produced) / seconds},
             {QStringLiteral("applied_per_second"), double(applied) / seconds},
             {QStringLiteral("batches_per_second"), double(batches) / seconds},
             {QStringLiteral("lag_at_end"), double(lag)},
             {QStringLiteral("worst_stall_ms"), worstStallMs},
             {QStringLiteral("ticks_per_second"), double(ticks) / seconds},
             {QStringLiteral("refreshes_per_second"), double(refreshes) / seconds},
             {QStringLiteral("gui_thread_cpu_seconds"), guiCpu},
             {QStringLiteral("gui_cpu_ms_per_refresh"), cpuPerRefreshMs},
             {QStringLiteral("gaps_over_50ms"), double(gapsOver50Ms)},
             {QStringLiteral("process_cpu_seconds"), processCpu},
             {QStringLiteral("load_average_start"), loadBefore},
             {QStringLiteral("load_average_end"), loadAfter},
             {QStringLiteral("peak_rss_mib"), dnd::bench::peakRssMiB()},
             {QStringLiteral("archive"), !options.archive.isEmpty()},
             {QStringLiteral("archived_events"), double(archived)},
             {QStringLiteral("archive_behind_seconds"), archiveBehindSeconds}});
    }
    if (options.breakdown)
        app.print(refreshes);
    return campaign && archived < appliedInAll ? 1 : 0;
}
