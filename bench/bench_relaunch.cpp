// SPDX-License-Identifier: MIT
// Relaunch benchmark (issue 11: "relaunch with an archive of 1,000,000
// events to a window with every view filled: at most 1 s"). Writes an
// archive of N simulated events as the app stores them (ArchiveStore, 64
// partitions, batches of 2,000), then starts the window on it the way
// dnd-tracker does (GuiController + GuiCampaign: the built-in broker, the
// campaign opened and restored on the archive's thread before the consumer
// starts) and times it to every view filled: the campaign restored and
// applied, the Overview, a player tab and History rendered (QWidget::grab
// paints them). The reference, in the same process: ArchiveStore::restore
// alone, the part of the start that reads the file.
//
//   bench_relaunch [--events 1000000] [--partitions 64] [--json]
#include "archivestore.h"
#include "benchutil.h"
#include "guicampaign.h"
#include "guicontroller.h"
#include "historycontroller.h"
#include "mainwindow.h"
#include "simulator.h"
#include "trackersession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace dnd;

namespace {

// N events of the simulator spread over `partitions`, stored in `path`.
bool writeArchive(const QString &path, int events, int partitions)
{
    ArchiveStore store;
    ArchiveFault fault;
    if (!store.open(path, &fault))
        return false;
    const qint64 source =
        store.sourceId({QStringLiteral("bench"), QStringLiteral("dnd_events")}, &fault);
    Simulator simulator(SimulatorConfig{});
    QVector<qint64> next(partitions, 0);
    constexpr int BatchSize = 2000;
    for (int first = 0; first < events; first += BatchSize) {
        EventBatch batch;
        QVector<PartitionRange> ranges(partitions);
        for (int i = first; i < std::min(events, first + BatchSize); ++i) {
            GameEvent event = simulator.next();
            event.partition = qint32(i % partitions);
            event.offset = next[event.partition]++;
            PartitionRange &range = ranges[event.partition];
            if (range.first < 0 || range.first > event.offset)
                range = {event.partition, event.offset, event.offset};
            range.last = event.offset;
            batch.events.append(std::move(event));
        }
        for (const PartitionRange &range : std::as_const(ranges))
            if (range.first >= 0)
                batch.ranges.append(range);
        if (!store.store(source, {batch}, &fault).ok) {
            std::fprintf(stderr, "%s\n", qPrintable(fault.message));
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Events in the archive."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption partitionsOption(QStringLiteral("partitions"),
                                              QStringLiteral("Partitions the events spread over."),
                                              QStringLiteral("P"), QStringLiteral("64"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also print JSON."));
    parser.addOptions({eventsOption, partitionsOption, jsonOption});
    parser.process(app);
    const int events = std::max(1, parser.value(eventsOption).toInt());
    const int partitions = std::max(1, parser.value(partitionsOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("campaign.sqlite"));
    std::printf("machine: %s\n", qPrintable(bench::machineDescription()));
    std::printf("writing %d events over %d partitions ...\n", events, partitions);
    std::fflush(stdout);
    if (!writeArchive(path, events, partitions))
        return 1;

    // Reference: the library's restore (open + statistics + latest rows).
    QElapsedTimer timer;
    timer.start();
    {
        ArchiveStore store;
        ArchiveFault fault;
        RestoredCampaign campaign;
        if (!store.open(path, &fault) || !store.restore(&campaign, 10'000, 1'000, &fault)) {
            std::fprintf(stderr, "restore: %s\n", qPrintable(fault.message));
            return 1;
        }
    }
    const double libraryMs = double(timer.nsecsElapsed()) / 1e6;

    // The window, as dnd-tracker starts it.
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    timer.restart();
    GuiController controller(&settings);
    GuiCampaign campaign(&controller);
    MainWindow *window = controller.window();
    const SettingValues preferences;
    window->setPreferences(preferences);
    window->resize(1280, 800);
    window->show();
    const double windowShownMs = double(timer.nsecsElapsed()) / 1e6;
    EmbeddedBrokerOptions builtIn;
    builtIn.port = 0;
    QEventLoop started;
    bool ok = false;
    campaign.start(path, sessionOptionsFor(preferences, builtIn), preferences, [&](bool success) {
        ok = success;
        started.quit();
    });
    QTimer::singleShot(60'000, &started, &QEventLoop::quit);
    started.exec();
    const double restoredMs = double(timer.nsecsElapsed()) / 1e6;
    const quint64 shown = controller.session()->refresher()->statistics().totalEvents();
    if (!ok || shown != quint64(events)) {
        std::fprintf(stderr, "the window started %s with %llu of %d events\n", ok ? "" : "(failed)",
                     static_cast<unsigned long long>(shown), events);
        return 1;
    }
    // Every view filled: each tab brought to the front and painted (a
    // player tab refreshes its charts when shown).
    QTabWidget *tabs = window->tabWidget();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        window->grab();
    }
    tabs->setCurrentIndex(0);
    window->grab();
    const double filledMs = double(timer.nsecsElapsed()) / 1e6;
    const double bytesPerEvent = double(QFileInfo(path).size()) / events;

    std::printf("\n%-58s %10s\n", "relaunch with the archive", "ms");
    std::printf("%-58s %10.0f\n", "reference: ArchiveStore::restore alone (library)", libraryMs);
    std::printf("%-58s %10.0f\n", "window: constructed and shown", windowShownMs);
    std::printf("%-58s %10.0f\n", "window: campaign restored, stream started", restoredMs);
    std::printf("%-58s %10.0f\n", "window: every tab painted with the campaign", filledMs);
    std::printf("%-58s %10.2f\n", "ratio window filled / library restore", filledMs / libraryMs);
    std::printf("%-58s %10.1f\n", "bytes per archived event (file size / events)", bytesPerEvent);
    if (parser.isSet(jsonOption))
        bench::printJson({{QStringLiteral("machine"), bench::machineDescription()},
                          {QStringLiteral("events"), events},
                          {QStringLiteral("library_restore_ms"), libraryMs},
                          {QStringLiteral("window_shown_ms"), windowShownMs},
                          {QStringLiteral("window_restored_ms"), restoredMs},
                          {QStringLiteral("window_filled_ms"), filledMs},
                          {QStringLiteral("bytes_per_event"), bytesPerEvent}});
    return 0;
}
