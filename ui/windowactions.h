// SPDX-License-Identifier: MIT
#pragma once

class QAction;
class QMenu;

namespace dnd {

class MainWindow;

// Window-wide actions that only use MainWindow's public interface (kept out
// of mainwindow*.cpp).

// Ctrl+W (QKeySequence::Close): closes the current player tab; the
// Overview never closes. Disabled while the Overview is current.
QAction *createClosePlayerTabAction(MainWindow *window);

// Ctrl+F (QKeySequence::Find): the cursor to the filter of what the user
// looks at: the Event log's when the focus is in it or a player tab is
// current (its dock shown and raised), else the Overview's.
QAction *createGoToFilterAction(MainWindow *window);

// Fills `menu` (on every aboutToShow) with one item per tab, its name and
// its Ctrl+1..9 shortcut, the current one checked.
void followTabsInMenu(QMenu *menu, MainWindow *window);

} // namespace dnd
