// SPDX-License-Identifier: MIT
#include "guientry.h"

#include "guicontroller.h"
#include "mainwindow.h"
#include "trackersession.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>
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
    if (!options.settingsNotice.isEmpty()) {
        // Once, over the window, without holding up the start.
        auto *box = new QMessageBox(QMessageBox::Warning, QApplication::tr("Settings reset"),
                                    options.settingsNotice, QMessageBox::Ok, window);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (started && options.simulate) {
        SimulatedProducerOptions simulation = simulationOptionsFor(preferences);
        controller.startSimulation(simulation);
    }
    if (options.durationSeconds > 0)
        QTimer::singleShot(int(options.durationSeconds * 1000), window, &QWidget::close);
    return app.exec();
}

} // namespace dnd
