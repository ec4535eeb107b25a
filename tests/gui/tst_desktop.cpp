// SPDX-License-Identifier: MIT
// What a Qt/KDE desktop user expects of the window (issue 12): a toolbar
// with icons, copy and shortcuts, confirmation before counts are discarded,
// accessible names and descriptions. Drives the real window offscreen on an
// in-process built-in broker.
#include "guitestutil.h"
#include "testmain.h"

#include "codec.h"
#include "commandline.h"
#include "eventlogmodel.h"
#include "eventlogwidget.h"
#include "maintoolbar.h"
#include "overviewwidget.h"
#include "problemsmodel.h"
#include "problemswidget.h"
#include "rolldistributionchart.h"
#include "simulatorpanel.h"
#include "statcard.h"
#include "tablecopy.h"
#include "translations.h"

#include <QAccessible>
#include <QChartView>
#include <QRegularExpression>

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace dnd;
using namespace dnd::test;

namespace {

constexpr int Timeout = 15000;

QStringList texts(const QList<QAction *> &actions)
{
    QStringList result;
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            result.append(action->text().remove(QLatin1Char('&')));
    }
    return result;
}

// Clicks the toolbar's button of `action`, as a user does.
void clickToolButton(QToolBar *bar, QAction *action)
{
    QWidget *button = bar->widgetForAction(action);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Right-clicks row `row` of `view` as the platform would (a context menu
// event on the viewport) and returns the menu that opened.
QMenu *openContextMenu(QTableView *view, int row)
{
    const QPoint at = view->visualRect(view->model()->index(row, 1)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    for (QMenu *menu : view->findChildren<QMenu *>()) {
        if (menu->isVisible())
            return menu;
    }
    return nullptr;
}

// Clicks the item `text` (without '&') of an open menu.
bool clickMenuItem(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')) == text) {
            if (!action->isEnabled())
                return false;
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return true;
        }
    }
    return false;
}

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        applyApplicationIdentity();
        registerCoreMetaTypes();
        installTranslations(false); // English plural forms, as the programs have
    }

    void toolbarRunsTheGameAndTheStream()
    {
        SettingValues preferences;
        preferences.setRate(50);
        GuiFixture f;
        QVERIFY(f.start(preferences));
        MainWindow *window = f.window();
        window->resize(1280, 800);
        MainToolBar *bar = window->mainToolBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(texts(bar->actions()),
                 QStringList({QStringLiteral("Start game"), QStringLiteral("Pause"),
                              QStringLiteral("Stop game"), QStringLiteral("Connect"),
                              QStringLiteral("Disconnect"),
                              QStringLiteral("Replay from the beginning"), QString()}));
        // Every button shows an icon (the theme's or the bundled one) and
        // all fit at 1280 px: none hides behind the overflow arrow.
        for (QAction *action : bar->actions()) {
            if (action->isSeparator())
                continue;
            auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
            QVERIFY(button);
            QVERIFY2(button->isVisible(), qPrintable(button->text()));
            QVERIFY2(!button->icon().isNull(), qPrintable(button->text()));
            QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        }
        QCOMPARE(bar->exportButton()->text(), QStringLiteral("Export"));
        QVERIFY(!bar->exportButton()->icon().isNull());

        // The game buttons follow the Simulator panel.
        SimulatorPanel *panel = window->simulatorPanel();
        QVERIFY(bar->startAction()->isEnabled());
        QVERIFY(!bar->pauseAction()->isEnabled());
        QVERIFY(!bar->stopAction()->isEnabled());
        clickToolButton(bar, bar->startAction());
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), SimulationState::Running, Timeout);
        QVERIFY(!bar->startAction()->isEnabled());
        QVERIFY(bar->pauseAction()->isEnabled());
        QVERIFY(bar->stopAction()->isEnabled());
        clickToolButton(bar, bar->pauseAction());
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), SimulationState::Paused, Timeout);
        QCOMPARE(bar->pauseAction()->text(), QStringLiteral("Resume"));
        clickToolButton(bar, bar->pauseAction());
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), SimulationState::Running, Timeout);
        QCOMPARE(bar->pauseAction()->text(), QStringLiteral("Pause"));
        clickToolButton(bar, bar->stopAction());
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), SimulationState::Stopped, Timeout);
        QVERIFY(bar->startAction()->isEnabled());

        // Connect/Disconnect are the Stream menu's actions, enabled as there.
        QVERIFY(!window->connectAction()->isEnabled());
        clickToolButton(bar, window->disconnectAction());
        QTRY_VERIFY_WITH_TIMEOUT(window->connectAction()->isEnabled(), Timeout);
        QVERIFY(!window->disconnectAction()->isEnabled());
        clickToolButton(bar, window->connectAction());
        QTRY_VERIFY_WITH_TIMEOUT(window->disconnectAction()->isEnabled(), Timeout);

        // Export opens a menu of the File menu's exports.
        QMenu *exports = bar->exportButton()->menu();
        QVERIFY(exports);
        exports->popup(bar->exportButton()->mapToGlobal(QPoint(0, 0)));
        QTRY_VERIFY(exports->isVisible());
        const QStringList offered = texts(exports->actions());
        exports->hide();
        QVERIFY2(offered.contains(QStringLiteral("Export statistics as CSV…")),
                 qPrintable(offered.join(QLatin1Char('|'))));
        QVERIFY(offered.contains(QStringLiteral("Export statistics as JSON…")));
    }

    void copyFromEventLogAndProblems()
    {
        GuiFixture f;
        QVERIFY(f.start());
        MainWindow *window = f.window();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        const QVector<GameEvent> events = {
            rollEvent(QStringLiteral("Wurs"), 17),
            spellEvent(QStringLiteral("Ya"), QStringLiteral("Shield")),
            encounterEvent(QStringLiteral("Wurs"), QStringLiteral("Goblin"))};
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"), events));
        QVERIFY(produceRaw(f.bootstrap(), QStringLiteral("dnd_events"), "Wurs", "not json {"));
        EventLogWidget *log = window->eventLog();
        QTRY_COMPARE_WITH_TIMEOUT(log->viewModel()->rowCount(), 3, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(window->problems()->model()->rowCount(), 1, Timeout);

        // Ctrl+C in the event log: the selected rows as shown, tab-separated.
        QTableView *view = log->view();
        window->eventLogDock()->raise();
        view->setFocus();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(1, 1)).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          view->visualRect(view->model()->index(2, 1)).center());
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QStringList expected;
        for (int row : {1, 2}) {
            QStringList cells;
            for (int column = 0; column < view->model()->columnCount(); ++column)
                cells.append(view->model()->index(row, column).data().toString());
            expected.append(cells.join(QLatin1Char('\t')));
        }
        QCOMPARE(clipboardText(), expected.join(QLatin1Char('\n')));
        QVERIFY(clipboardText().contains(QStringLiteral("Shield")));
        QVERIFY(clipboardText().contains(QStringLiteral("Goblin")));

        // The context menu: a right click on another row selects it first.
        QMenu *menu = openContextMenu(view, 0);
        QVERIFY(menu);
        QCOMPARE(texts(menu->actions()),
                 QStringList({QStringLiteral("Copy"), QStringLiteral("Copy payload (JSON)"),
                              QStringLiteral("Copy partition and offset")}));
        QVERIFY(clickMenuItem(menu, QStringLiteral("Copy payload (JSON)")));
        const QJsonObject payload = QJsonDocument::fromJson(clipboardText().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("player")).toString(), QStringLiteral("Wurs"));
        QCOMPARE(payload.value(QStringLiteral("roll_result")).toInt(), 17);
        const GameEvent first = log->model()->eventAt(0);
        menu = openContextMenu(view, 0);
        QVERIFY(clickMenuItem(menu, QStringLiteral("Copy partition and offset")));
        QCOMPARE(clipboardText(),
                 QStringLiteral("partition=%1 offset=%2").arg(first.partition).arg(first.offset));
        QVERIFY(first.offset >= 0);

        // Problems: the escaped preview and the position of the rejected message.
        window->problemsDock()->raise();
        QTableView *problems = window->problems()->view();
        const RejectedMessage rejected = window->problems()->model()->rejectedAt(0);
        menu = openContextMenu(problems, 0);
        QVERIFY(menu);
        QVERIFY(clickMenuItem(menu, QStringLiteral("Copy payload (escaped preview)")));
        QCOMPARE(clipboardText(), rejected.preview);
        QVERIFY(clipboardText().contains(QStringLiteral("not json")));
        menu = openContextMenu(problems, 0);
        QVERIFY(clickMenuItem(menu, QStringLiteral("Copy partition and offset")));
        QCOMPARE(
            clipboardText(),
            QStringLiteral("partition=%1 offset=%2").arg(rejected.partition).arg(rejected.offset));
        problems->setFocus();
        QTest::keyClick(problems, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(clipboardText().contains(QStringLiteral("not json")));
        QVERIFY(clipboardText().contains(QLatin1Char('\t')));
    }

    void closeTabAndGoToFilter()
    {
        GuiFixture f;
        QVERIFY(f.start());
        MainWindow *window = f.window();
        QTabWidget *tabs = window->tabWidget();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));

        // Ctrl+F on the Overview: its filter.
        tabs->setCurrentIndex(0);
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window->overview()->filterEdit()->hasFocus());
        // On a player tab: the event log's.
        tabs->setCurrentWidget(window->playerTab(QStringLiteral("Stravos")));
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window->eventLog()->playerFilterEdit()->hasFocus());
        QVERIFY(window->eventLogDock()->isVisible());

        // Ctrl+W closes the current player tab and untracks the player...
        QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(window->trackedPlayers(), QStringList{QStringLiteral("Wurs")});
        QCOMPARE(f.settings->value(QStringLiteral("tracked-players")).toString(),
                 QStringLiteral("Wurs"));
        // ...never the Overview.
        tabs->setCurrentIndex(0);
        QVERIFY(!window->closePlayerTabAction()->isEnabled());
        QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(tabs->count(), 3); // Overview, Stream, Wurs
        // ...nor the Stream tab.
        tabs->setCurrentIndex(1);
        QVERIFY(!window->closePlayerTabAction()->isEnabled());
        QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(window->trackedPlayers(), QStringList{QStringLiteral("Wurs")});

        // The shortcuts are in the menus, with their keys.
        QCOMPARE(window->closePlayerTabAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
        QCOMPARE(window->goToFilterAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    }

    void noDisabledMenuItemsAsHints()
    {
        GuiFixture f;
        QVERIFY(f.start());
        MainWindow *window = f.window();
        // More players than the Players menu lists (30).
        QVector<GameEvent> events;
        for (int i = 0; i < 35; ++i)
            events.append(rollEvent(QStringLiteral("Hero %1").arg(i, 2, 10, QLatin1Char('0')), 5));
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"), events));
        QTRY_COMPARE_WITH_TIMEOUT(f.refresher()->statistics().playerNames().size(), 35, Timeout);

        QMenu *view = nullptr;
        QMenu *players = nullptr;
        for (QAction *top : window->menuBar()->actions()) {
            const QString title = top->text().remove(QLatin1Char('&'));
            if (title == QStringLiteral("View"))
                view = top->menu();
            else if (title == QStringLiteral("Players"))
                players = top->menu();
        }
        QVERIFY(view && players);
        // View: every item does something; "Go to tab" lists the tabs with their keys.
        QMenu *goTo = nullptr;
        for (QAction *action : view->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
            if (action->menu() &&
                action->text().remove(QLatin1Char('&')) == QStringLiteral("Go to tab"))
                goTo = action->menu();
        }
        QVERIFY(goTo);
        Q_EMIT goTo->aboutToShow();
        const QStringList tabItems = texts(goTo->actions());
        QCOMPARE(tabItems.size(), 4); // Overview, Stream, Stravos, Wurs
        QVERIFY2(tabItems.at(0).startsWith(QStringLiteral("Overview\t")),
                 qPrintable(tabItems.at(0)));
        QVERIFY2(tabItems.at(1).startsWith(QStringLiteral("Stream\t")), qPrintable(tabItems.at(1)));
        QVERIFY(tabItems.at(3).startsWith(QStringLiteral("Wurs\t")));
        QVERIFY(tabItems.at(3).endsWith(
            QKeySequence(Qt::CTRL | Qt::Key_4).toString(QKeySequence::NativeText)));
        goTo->actions().at(3)->trigger();
        QCOMPARE(window->tabWidget()->currentWidget(), window->playerTab(QStringLiteral("Wurs")));

        // Players: the rest are one click away, in words with a real plural.
        Q_EMIT players->aboutToShow();
        QAction *more = nullptr;
        for (QAction *action : players->actions()) {
            if (action->text().contains(QStringLiteral("in the Overview")))
                more = action;
        }
        QVERIFY(more);
        QVERIFY(more->isEnabled());
        QCOMPARE(more->text(), QStringLiteral("7 more players in the Overview…"));
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        more->trigger();
        QCOMPARE(window->tabWidget()->currentIndex(), 0);
        QTRY_VERIFY(window->overview()->filterEdit()->hasFocus());
    }

    void confirmBeforeDiscardingCounts()
    {
        GuiFixture f;
        QVERIFY(f.start());
        MainWindow *window = f.window();
        QVector<GameEvent> events;
        for (int i = 0; i < 6; ++i)
            events.append(rollEvent(QStringLiteral("Wurs"), 1 + i));
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"), events));
        QTRY_COMPARE_WITH_TIMEOUT(f.refresher()->statistics().totalEvents(), quint64(6), Timeout);
        QSignalSpy resets(f.refresher(), &StatisticsRefresher::wasReset);

        // Cancel (the default button: Return) keeps every count.
        auto answer = answerNextMessageBox(QString());
        window->resetAction()->trigger();
        QVERIFY(answer->seen);
        QCOMPARE(answer->title, QStringLiteral("Reset statistics?"));
        QVERIFY2(answer->text.contains(QStringLiteral("zero")), qPrintable(answer->text));
        answer->buttons.sort();
        QCOMPARE(answer->buttons, QStringList({QStringLiteral("Cancel"), QStringLiteral("Reset")}));
        answer = answerNextMessageBox(QStringLiteral("Cancel"));
        window->replayAction()->trigger();
        QVERIFY(answer->seen);
        QCOMPARE(answer->title, QStringLiteral("Replay from the beginning?"));
        QTest::qWait(200); // a reset would be a direct call; give it a chance anyway
        QCOMPARE(resets.count(), 0);
        QCOMPARE(f.refresher()->statistics().totalEvents(), quint64(6));
        QVERIFY(!window->isShowingWelcome());

        // Reset, and do not ask again.
        answer = answerNextMessageBox(QStringLiteral("Reset"), true);
        window->resetAction()->trigger();
        QVERIFY(answer->seen);
        QTRY_COMPARE_WITH_TIMEOUT(f.refresher()->statistics().totalEvents(), quint64(0), Timeout);
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"), events.mid(0, 2)));
        QTRY_COMPARE_WITH_TIMEOUT(f.refresher()->statistics().totalEvents(), quint64(2), Timeout);
        answer = answerNextMessageBox(QStringLiteral("Cancel")); // in case one shows
        window->resetAction()->trigger();
        QVERIFY(!answer->seen);
        answer->watch->deleteLater();
        QTRY_COMPARE_WITH_TIMEOUT(f.refresher()->statistics().totalEvents(), quint64(0), Timeout);
        // The other question is still asked.
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"), events.mid(0, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(f.refresher()->statistics().totalEvents(), quint64(1), Timeout);
        answer = answerNextMessageBox(QStringLiteral("Cancel"));
        window->replayAction()->trigger();
        QVERIFY(answer->seen);
        QCOMPARE(f.refresher()->statistics().totalEvents(), quint64(1));
    }

    // What a screen reader gets: read through QAccessible, as it does.
    void accessibleCardsAndCharts()
    {
        GuiFixture f;
        QVERIFY(f.start());
        MainWindow *window = f.window();
        PlayerTab *tab = window->playerTab(QStringLiteral("Wurs"));
        window->tabWidget()->setCurrentWidget(tab);
        QVector<GameEvent> events;
        for (int roll : {1, 1, 1, 2, 2, 20})
            events.append(rollEvent(QStringLiteral("Wurs"), roll));
        events.append(spellEvent(QStringLiteral("Wurs"), QStringLiteral("Shield")));
        events.append(encounterEvent(QStringLiteral("Wurs"), QStringLiteral("Goblin")));
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"), events));
        QTRY_VERIFY_WITH_TIMEOUT(chartMatchesModel(f.refresher(), tab, 8), Timeout);

        const auto read = [](QObject *object, QAccessible::Text text) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(object);
            return accessible ? accessible->text(text) : QString();
        };
        StatCard *events7 = tab->card(PlayerTab::EventsCard);
        QCOMPARE(read(events7, QAccessible::Name), events7->title() + QStringLiteral(": 8"));
        StatCard *nat1 = tab->card(PlayerTab::Nat1Card);
        QCOMPARE(read(nat1, QAccessible::Name), nat1->title() + QStringLiteral(": 3"));
        StatCard *spell = tab->card(PlayerTab::SpellCard);
        QCOMPARE(read(spell, QAccessible::Name), spell->title() + QStringLiteral(": Shield"));
        QCOMPARE(read(spell, QAccessible::Description), QStringLiteral("1 cast"));

        // The roll distribution says each face's count, and follows new rolls.
        RollDistributionChart *distribution = tab->rollDistributionChart();
        QVERIFY(
            read(distribution, QAccessible::Name).startsWith(QStringLiteral("Roll distribution")));
        QString description = read(distribution, QAccessible::Description);
        QVERIFY2(description.contains(QStringLiteral("Rolls: 1: 3, 2: 2, 3: 0")),
                 qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("20: 1")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("Expected if fair: 0.3")),
                 qPrintable(description));
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"),
                              {rollEvent(QStringLiteral("Wurs"), 1)}));
        QTRY_VERIFY_WITH_TIMEOUT(read(distribution, QAccessible::Description)
                                     .contains(QStringLiteral("Rolls: 1: 4, 2: 2")),
                                 Timeout);
        // Every chart of the tab has a name and its numbers.
        for (QChartView *chart : tab->findChildren<QChartView *>()) {
            QVERIFY(!read(chart, QAccessible::Name).isEmpty());
            QVERIFY2(read(chart, QAccessible::Description)
                         .contains(QRegularExpression(QStringLiteral("\\d"))),
                     qPrintable(read(chart, QAccessible::Name)));
        }
        // The overview's chart too.
        window->tabWidget()->setCurrentIndex(0);
        QChartView *overview = window->overview()->findChild<QChartView *>();
        QVERIFY(overview);
        QTRY_VERIFY_WITH_TIMEOUT(
            read(overview, QAccessible::Description).contains(QStringLiteral("Wurs: ")), Timeout);
    }
};

DND_TEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
