// SPDX-License-Identifier: MIT
#include "windowactions.h"

#include "eventlogwidget.h"
#include "mainwindow.h"
#include "overviewwidget.h"
#include "playertab.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>

namespace dnd {

namespace {
constexpr int TabsWithShortcuts = 9; // Ctrl+1..9

// The platform's keys for `standard` with `primary` first: Ctrl+W and Ctrl+F
// whatever the platform's scheme (Windows' Close is Ctrl+F4 first).
QList<QKeySequence> withPrimary(const QKeySequence &primary, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    keys.removeAll(primary);
    keys.prepend(primary);
    return keys;
}
} // namespace

QAction *createClosePlayerTabAction(MainWindow *window)
{
    auto *action = new QAction(MainWindow::tr("&Close player tab"), window);
    action->setObjectName(QStringLiteral("closePlayerTabAction"));
    action->setShortcuts(withPrimary(QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close));
    action->setShortcutContext(Qt::WindowShortcut);
    QTabWidget *tabs = window->tabWidget();
    const auto follow = [action, tabs] {
        action->setEnabled(qobject_cast<PlayerTab *>(tabs->currentWidget()) != nullptr);
    };
    QObject::connect(tabs, &QTabWidget::currentChanged, action, follow);
    follow();
    QObject::connect(action, &QAction::triggered, tabs, [tabs] {
        // As the tab's close button does: the window saves the tracked players.
        if (qobject_cast<PlayerTab *>(tabs->currentWidget()))
            Q_EMIT tabs->tabCloseRequested(tabs->currentIndex());
    });
    window->addAction(action);
    return action;
}

QAction *createGoToFilterAction(MainWindow *window)
{
    auto *action = new QAction(MainWindow::tr("&Filter…"), window);
    action->setObjectName(QStringLiteral("goToFilterAction"));
    action->setShortcuts(withPrimary(QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence::Find));
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(MainWindow::tr("Type to filter the players or the event log"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        QWidget *focus = QApplication::focusWidget();
        const bool inEventLog = focus && window->eventLog()->isAncestorOf(focus);
        const bool onOverview = window->tabWidget()->currentIndex() == 0;
        QLineEdit *filter = nullptr;
        if (inEventLog || !onOverview) {
            window->eventLogDock()->show();
            window->eventLogDock()->raise();
            filter = window->eventLog()->playerFilterEdit();
        } else {
            filter = window->overview()->filterEdit();
        }
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
    window->addAction(action);
    return action;
}

void followTabsInMenu(QMenu *menu, MainWindow *window)
{
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, window] {
        menu->clear();
        QTabWidget *tabs = window->tabWidget();
        for (int i = 0; i < tabs->count(); ++i) {
            // The tab text already escapes '&' in player names.
            QString text = tabs->tabText(i);
            // Shown in the shortcut column; the window's own Ctrl+N actions
            // do the work (two actions with one shortcut would be ambiguous).
            if (i < TabsWithShortcuts)
                text += QLatin1Char('\t') + QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))
                                                .toString(QKeySequence::NativeText);
            QAction *item = menu->addAction(text);
            item->setCheckable(true);
            item->setChecked(i == tabs->currentIndex());
            QObject::connect(item, &QAction::triggered, tabs,
                             [tabs, i] { tabs->setCurrentIndex(i); });
        }
    });
}

} // namespace dnd
