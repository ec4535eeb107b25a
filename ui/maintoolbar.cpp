// SPDX-License-Identifier: MIT
#include "maintoolbar.h"

#include "icons.h"
#include "mainwindow.h"
#include "simulatorpanel.h"

#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace dnd {

MainToolBar::MainToolBar(MainWindow *window, QMenu *fileMenu)
    : QToolBar(tr("Main toolbar"), window), m_window(window), m_fileMenu(fileMenu)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setMovable(false);

    SimulatorPanel *simulator = window->simulatorPanel();
    m_start = addAction(themedIcon(QStringLiteral("media-playback-start")), tr("Start game"));
    m_start->setObjectName(QStringLiteral("startGameAction"));
    m_start->setToolTip(tr("Start a simulated game into the topic"));
    connect(m_start, &QAction::triggered, simulator, &SimulatorPanel::requestStart);
    m_pause = addAction(themedIcon(QStringLiteral("media-playback-pause")), tr("Pause"));
    m_pause->setObjectName(QStringLiteral("pauseGameAction"));
    connect(m_pause, &QAction::triggered, simulator, [simulator] {
        simulator->pauseButton()->click(); // pauses or resumes, as the panel says
    });
    m_stop = addAction(themedIcon(QStringLiteral("media-playback-stop")), tr("Stop game"));
    m_stop->setObjectName(QStringLiteral("stopGameAction"));
    m_stop->setToolTip(tr("Stop the simulated game"));
    connect(m_stop, &QAction::triggered, simulator,
            [simulator] { simulator->stopButton()->click(); });
    connect(simulator, &SimulatorPanel::stateChanged, this, &MainToolBar::followSimulator);
    followSimulator();

    addSeparator();
    window->connectAction()->setIcon(themedIcon(QStringLiteral("network-connect")));
    window->disconnectAction()->setIcon(themedIcon(QStringLiteral("network-disconnect")));
    window->replayAction()->setIcon(themedIcon(QStringLiteral("media-skip-backward")));
    addAction(window->connectAction());
    addAction(window->disconnectAction());
    addAction(window->replayAction());

    addSeparator();
    m_exportMenu = new QMenu(tr("Export"), this);
    connect(m_exportMenu, &QMenu::aboutToShow, this, &MainToolBar::fillExportMenu);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Export statistics, charts or the campaign"));
    m_exportButton->setIcon(themedIcon(QStringLiteral("document-export")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(m_exportMenu);
    addWidget(m_exportButton);
}

void MainToolBar::followSimulator()
{
    // The panel's buttons know what is possible; the toolbar mirrors them.
    SimulatorPanel *simulator = m_window->simulatorPanel();
    const bool paused = simulator->state() == SimulationState::Paused;
    m_start->setEnabled(simulator->startButton()->isEnabled());
    m_pause->setEnabled(simulator->pauseButton()->isEnabled());
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(paused ? tr("Resume the simulated game") : tr("Pause the simulated game"));
    m_pause->setIcon(themedIcon(paused ? QStringLiteral("media-playback-start")
                                       : QStringLiteral("media-playback-pause")));
    m_stop->setEnabled(simulator->stopButton()->isEnabled());
}

void MainToolBar::fillExportMenu()
{
    m_exportMenu->clear();
    for (QAction *action : m_fileMenu->actions()) {
        if (action->objectName().startsWith(QLatin1String("export")))
            m_exportMenu->addAction(action);
    }
}

} // namespace dnd
