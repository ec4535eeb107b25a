// SPDX-License-Identifier: MIT
#include "guientry.h"

#include "guicontroller.h"
#include "mainwindow.h"
#include "preferences.h"
#include "trackersession.h"

#include <QApplication>
#include <QGuiApplication>
#include <QSettings>
#include <QTimer>

namespace dnd {

namespace {

// Saved preferences with every value that a flag, variable or .env set
// replaced by the resolved one, so the window starts from what main decided.
AppPreferences effectivePreferences(const TrackerOptions &options)
{
    QSettings settings;
    AppPreferences preferences;
    preferences.load(settings);
    const ResolvedSettings &resolved = options.settings;
    auto overridden = [&resolved](SettingKey key) {
        return resolved.value(key).source > SettingSource::Preferences;
    };
    if (overridden(SettingKey::Broker)) {
        preferences.useBuiltInBroker = resolved.broker().isEmpty();
        if (!preferences.useBuiltInBroker)
            preferences.bootstrap = resolved.broker();
    }
    if (overridden(SettingKey::Topic))
        preferences.topic = resolved.topic();
    if (overridden(SettingKey::GroupId))
        preferences.groupId = resolved.groupId();
    if (overridden(SettingKey::StartFrom))
        preferences.startFrom = resolved.startFrom();
    if (overridden(SettingKey::RefreshEvery))
        preferences.refreshEvery = resolved.refreshEvery();
    if (overridden(SettingKey::TrackedPlayers))
        preferences.trackedPlayers = resolved.trackedPlayers();
    if (overridden(SettingKey::Mode))
        preferences.simulatorMode = resolved.mode();
    if (overridden(SettingKey::Rate) || overridden(SettingKey::Interval))
        preferences.simulatorRate = resolved.eventsPerSecond();
    if (overridden(SettingKey::Seed))
        preferences.simulatorSeed = resolved.seed();
    if (overridden(SettingKey::Players))
        preferences.simulatorPlayers = resolved.players();
    return preferences;
}

} // namespace

int runGui(int argc, char **argv, const TrackerOptions &options)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::tr("D&D Event Tracker"));
    QGuiApplication::setDesktopFileName(QStringLiteral(DND_APP_ID));

    const AppPreferences preferences = effectivePreferences(options);
    GuiController controller;
    MainWindow *window = controller.window();
    window->setResolvedSettings(options.settings);
    window->restoreLayout();
    if (options.maxEvents > 0)
        controller.session()->setMessageLimit(options.maxEvents);

    QString error;
    const bool started = controller.start(sessionOptionsFrom(options), preferences, &error);
    window->show();
    if (started && options.simulate) {
        SimulatedProducerOptions simulation = simulationOptionsFromSettings(options.settings);
        controller.startSimulation(simulation);
    }
    if (options.durationSeconds > 0)
        QTimer::singleShot(int(options.durationSeconds * 1000), window, &QWidget::close);
    return app.exec();
}

} // namespace dnd
