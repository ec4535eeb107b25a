// SPDX-License-Identifier: MIT
#include "guientry.h"

#include "guicontroller.h"
#include "mainwindow.h"
#include "trackersession.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTimer>

namespace dnd {

int runGui(int argc, char **argv, const TrackerOptions &options)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::tr("D&D Event Tracker"));
    QGuiApplication::setDesktopFileName(QStringLiteral(DND_APP_ID));

    // The window starts from what the command line resolved: saved
    // preferences with every flag, variable or .env value on top.
    const SettingValues preferences = options.settings.values();
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
        SimulatedProducerOptions simulation = simulationOptionsFor(preferences);
        controller.startSimulation(simulation);
    }
    if (options.durationSeconds > 0)
        QTimer::singleShot(int(options.durationSeconds * 1000), window, &QWidget::close);
    return app.exec();
}

} // namespace dnd
