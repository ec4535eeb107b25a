// SPDX-License-Identifier: MIT
#pragma once

#include <QToolBar>

class QMenu;
class QToolButton;

namespace dnd {

class MainWindow;

// The window's main toolbar: the simulated game (Start, Pause/Resume, Stop:
// the Simulator panel's buttons, enabled as they are), the stream (the
// Stream menu's Connect, Disconnect and Replay actions) and Export, a menu
// of the File menu's export actions.
class MainToolBar : public QToolBar
{
    Q_OBJECT
public:
    // fileMenu: where the export actions are (every action whose object
    // name starts with "export"), read each time the Export menu opens.
    MainToolBar(MainWindow *window, QMenu *fileMenu);

    QAction *startAction() const { return m_start; }
    QAction *pauseAction() const { return m_pause; }
    QAction *stopAction() const { return m_stop; }
    QToolButton *exportButton() const { return m_exportButton; }
    QMenu *exportMenu() const { return m_exportMenu; }

private:
    void followSimulator();
    void fillExportMenu();

    MainWindow *m_window;
    QMenu *m_fileMenu;
    QAction *m_start;
    QAction *m_pause;
    QAction *m_stop;
    QMenu *m_exportMenu;
    QToolButton *m_exportButton;
};

} // namespace dnd
