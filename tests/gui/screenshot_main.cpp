// SPDX-License-Identifier: MIT
// dnd-screenshots: renders the main window offscreen from a fixed-seed
// simulated game into PNG files for the README (docs/screenshots/ by
// default), as users see it: with the campaign archive (a temporary file),
// so the History tab and the "Show:" bar are there and History has the
// game's session. Usage: dnd-screenshots [output-dir]
#include "commandline.h"
#include "guicampaign.h"
#include "guicontroller.h"
#include "historycontroller.h"
#include "historymodel.h"
#include "historywidget.h"
#include "mainwindow.h"
#include "playertab.h"
#include "preferencesdialog.h"
#include "simulatorpanel.h"
#include "statusbarwidget.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

constexpr quint64 Events = 1500;

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle()
{
    // Lets layouts and charts finish before grabbing.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QDir &dir, const QString &name, QStringList *written)
{
    settle();
    const QString path = dir.filePath(name);
    if (!widget->grab().save(path, "PNG")) {
        std::fprintf(stderr, "dnd-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    written->append(name);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("DND_SETTINGS_SCOPE", "screenshots");
    dnd::applyApplicationIdentity();
    QApplication app(argc, argv);
    dnd::installTranslations(false); // English plural forms, as the app has
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1])
                            : QStringLiteral(DND_SOURCE_DIR "/docs/screenshots"));
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "dnd-screenshots: cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    QTemporaryDir temp;
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    dnd::GuiController controller(&settings);
    dnd::MainWindow *window = controller.window();
    window->resize(1280, 800);
    dnd::SessionOptions options;
    options.builtInBroker.port = 0; // never collide with a running app
    dnd::SettingValues preferences;
    preferences.setValue(dnd::SettingKey::Theme, QStringLiteral("light"));
    window->setPreferences(preferences);
    // As the app starts (guientry.cpp): the campaign opens, then the session.
    auto campaign = std::make_unique<dnd::GuiCampaign>(&controller);
    bool started = false;
    bool done = false;
    campaign->start(temp.filePath(QStringLiteral("campaign.sqlite")), options, preferences,
                    [&](bool ok) {
                        started = ok;
                        done = true;
                    });
    window->show();
    QStringList written;
    bool ok = waitUntil([&] { return done; }, 20000) && started;
    ok = ok && waitUntil(
                   [&] {
                       return window->statusBarWidget()->connectionText().contains(
                           QLatin1String("caught up"));
                   },
                   10000);
    if (!ok) {
        std::fprintf(stderr, "dnd-screenshots: the campaign or the broker did not start\n");
        return 1;
    }
    ok = ok && save(window, out, QStringLiteral("welcome.png"), &written);

    dnd::SimulatedProducerOptions simulation;
    simulation.simulator.seed = 20250224;
    simulation.simulator.mode = dnd::SimulationMode::Game;
    simulation.simulator.encountersPerGame = 0;
    simulation.eventsPerSecond = 3000;
    simulation.maxEvents = Events;
    simulation.liveTimestamps = false; // the same pictures on every run
    controller.startSimulation(simulation);
    const dnd::StatisticsRefresher *model = controller.session()->refresher();
    ok = ok && waitUntil(
                   [&] {
                       return model->statistics().totalEvents() >= Events &&
                              model->pendingMessages() == 0;
                   },
                   60000);
    if (!ok) {
        std::fprintf(stderr, "dnd-screenshots: the simulated game did not arrive\n");
        return 1;
    }
    QTabWidget *tabs = window->tabWidget();
    tabs->setCurrentIndex(0);
    ok = ok && save(window, out, QStringLiteral("overview.png"), &written);
    tabs->setCurrentWidget(window->openPlayerTab(QStringLiteral("Stravos")));
    ok = ok && save(window, out, QStringLiteral("player-stravos.png"), &written);
    // The AppStream screenshot (packaging/metainfo.xml.in): the same tab at
    // 1280x800, a size software centres show without scaling much.
    window->resize(1280, 800);
    ok = ok && save(window, out, QStringLiteral("main-window.png"), &written);
    window->resize(1280, 800);
    tabs->setCurrentWidget(window->openPlayerTab(QStringLiteral("Wurs")));
    dnd::applyTheme(dnd::Theme::Dark);
    ok = ok && save(window, out, QStringLiteral("player-wurs-dark.png"), &written);
    dnd::applyTheme(dnd::Theme::Light);
    window->showPreferences();
    ok = ok && save(window->preferencesDialog(), out, QStringLiteral("preferences.png"), &written);
    window->preferencesDialog()->close();

    // The game's session in History, once the archive has stored it.
    dnd::HistoryController *history = campaign->history();
    tabs->setCurrentWidget(history->history());
    ok = ok && waitUntil([&] { return campaign->campaign()->storedEvents() >= Events; }, 20000);
    history->requery();
    ok = ok && waitUntil([&] { return history->history()->model()->rowCount() >= 4; }, 20000);
    ok = ok && save(window, out, QStringLiteral("history.png"), &written);

    for (const QString &name : std::as_const(written))
        std::printf("![%s](docs/screenshots/%s)\n", qPrintable(QFileInfo(name).baseName()),
                    qPrintable(name));
    window->close();
    campaign.reset(); // stores what is in flight and closes the file first
    return ok ? 0 : 1;
}
