// SPDX-License-Identifier: MIT
// Drives the real main window offscreen on an in-process built-in broker.
#include "guitestutil.h"
#include "testmain.h"

#include "commandline.h"
#include "dicefairness.h"
#include "embeddedbroker.h"
#include "eventbatch.h"
#include "preferencesdialog.h"
#include "problemsmodel.h"
#include "problemswidget.h"
#include "rejectreason.h"
#include "rolldistributionchart.h"
#include "simulatorpanel.h"
#include "statcard.h"
#include "statusbarwidget.h"
#include "streamtab.h"
#include "theme.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

constexpr int Timeout = 15000;

int tabIndexOf(MainWindow *window, const QString &player)
{
    return window->tabWidget()->indexOf(window->playerTab(player));
}

void clickTab(MainWindow *window, int index)
{
    QTabBar *bar = window->tabWidget()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
}

QAction *findAction(QMenu *menu, const QString &data)
{
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == data)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        applyApplicationIdentity();
        registerCoreMetaTypes();
        installTranslations(false); // English plural forms, as the programs have
    }

    void firstLaunchInvitesToStartAndShowsAddress()
    {
        GuiFixture f;
        QVERIFY(f.start());
        MainWindow *window = f.window();
        QVERIFY(window->isShowingWelcome());
        QVERIFY(window->welcomeStartButton()->isVisible());
        QCOMPARE(window->trackedPlayers(),
                 QStringList({QStringLiteral("Stravos"), QStringLiteral("Wurs")}));
        QVERIFY(window->playerTab(QStringLiteral("Stravos"))->isEmptyState());
        QVERIFY(!f.bootstrap().isEmpty());
        QVERIFY(!f.bootstrap().endsWith(QLatin1String(":9092")));
        QTRY_VERIFY_WITH_TIMEOUT(
            window->statusBarWidget()->connectionText().contains(f.bootstrap()), Timeout);
        QVERIFY(window->statusBarWidget()->connectionText().contains(QLatin1String("built-in")));
        QCOMPARE(window->statusBarWidget()->topic(), QStringLiteral("dnd_events"));
        QVERIFY(window->aboutText().contains(QString::fromLatin1(qVersion())));
        QVERIFY(window->aboutText().contains(librdkafkaVersion()));
        QVERIFY(window->aboutText().contains(QStringLiteral(DND_VERSION)));
        // The icon resource is compiled into dnd_ui and registered on its own.
        QVERIFY(QFile::exists(QStringLiteral(":/icons/dnd-tracker.svg")));
        QVERIFY(!window->windowIcon().pixmap(32).isNull());

        // The welcome page's button starts a game like the panel's does.
        QTest::mouseClick(window->welcomeStartButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window->simulatorPanel()->state(), SimulationState::Running,
                                  Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isShowingWelcome(), Timeout);
    }

    void startGameChartsFollowModelPauseResume()
    {
        SettingValues preferences;
        preferences.setRate(200);
        GuiFixture f;
        QVERIFY(f.start(preferences));
        MainWindow *window = f.window();
        SimulatorPanel *panel = window->simulatorPanel();
        QCOMPARE(panel->rate(), 200.0);

        clickTab(window, tabIndexOf(window, QStringLiteral("Stravos")));
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), SimulationState::Running, Timeout);
        PlayerTab *stravos = window->playerTab(QStringLiteral("Stravos"));
        QTRY_VERIFY_WITH_TIMEOUT(chartMatchesModel(f.refresher(), stravos, 3), Timeout);
        QVERIFY(!stravos->isEmptyState());

        clickTab(window, tabIndexOf(window, QStringLiteral("Wurs")));
        PlayerTab *wurs = window->playerTab(QStringLiteral("Wurs"));
        QCOMPARE(window->tabWidget()->currentWidget(), wurs);
        QTRY_VERIFY_WITH_TIMEOUT(chartMatchesModel(f.refresher(), wurs, 3), Timeout);

        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), SimulationState::Paused, Timeout);
        QCOMPARE(panel->pauseButton()->text().remove(QLatin1Char('&')), QStringLiteral("Resume"));
        // Counters arrive ~10 times a second; once two reports agree the
        // producer has stopped; then it must stay put across a longer look.
        quint64 produced = panel->producedCount();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const quint64 before = produced;
                produced = panel->producedCount();
                return before == produced;
            }(),
            Timeout);
        QTest::qWait(600);
        QCOMPARE(panel->producedCount(), produced);
        QCOMPARE(panel->producedLabel()->text(), QLocale().toString(produced));
        // Everything produced reaches the charts.
        QTRY_VERIFY_WITH_TIMEOUT(chartMatchesModel(f.refresher(), wurs, 3) &&
                                     f.refresher()->statistics().totalEvents() == produced,
                                 Timeout);

        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), SimulationState::Running, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(panel->producedCount() > produced, Timeout);

        QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), SimulationState::Stopped, Timeout);
        QVERIFY(panel->startButton()->isEnabled());
    }

    void refreshEveryFiveMessages()
    {
        SettingValues preferences;
        preferences.setValue(SettingKey::RefreshEvery, QStringLiteral("5"));
        GuiFixture f;
        QVERIFY(f.start(preferences));
        QCOMPARE(f.refresher()->refreshEvery(), 5);
        MainWindow *window = f.window();
        window->tabWidget()->setCurrentWidget(window->playerTab(QStringLiteral("Stravos")));
        PlayerTab *tab = window->playerTab(QStringLiteral("Stravos"));

        const QVector<GameEvent> batch = {
            rollEvent(QStringLiteral("Stravos"), 20),
            spellEvent(QStringLiteral("Stravos"), QStringLiteral("Fireball")),
            encounterEvent(QStringLiteral("Stravos"), QStringLiteral("Goblin")),
            rollEvent(QStringLiteral("Stravos"), 1), rollEvent(QStringLiteral("Stravos"), 7)};
        for (quint64 round = 1; round <= 3; ++round) {
            const quint64 refreshesBefore = f.refresher()->refreshCount();
            QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"), batch));
            const quint64 expected = 5 * round;
            QTRY_VERIFY_WITH_TIMEOUT(chartMatchesModel(f.refresher(), tab, expected), Timeout);
            QCOMPARE(f.refresher()->statistics().totalEvents(), expected);
            QVERIFY(f.refresher()->refreshCount() > refreshesBefore);
            EventTypeChart *chart = tab->eventTypeChart();
            QCOMPARE(chart->valueOf(QStringLiteral("dice_roll")), qreal(3 * round));
            QCOMPARE(chart->valueOf(QStringLiteral("spell_cast")), qreal(round));
            QCOMPARE(chart->valueOf(QStringLiteral("encounter")), qreal(round));
            QCOMPARE(tab->card(PlayerTab::EventsCard)->value(), QLocale().toString(expected));
            QCOMPARE(tab->card(PlayerTab::Nat20Card)->value(), QLocale().toString(round));
            QCOMPARE(tab->card(PlayerTab::Nat1Card)->value(), QLocale().toString(round));
            QCOMPARE(tab->card(PlayerTab::SpellCard)->value(), QStringLiteral("Fireball"));
            QCOMPARE(tab->card(PlayerTab::MonsterCard)->value(), QStringLiteral("Goblin"));
            QCOMPARE(tab->card(PlayerTab::FairnessCard)->value(),
                     PlayerTab::tr("not enough rolls yet"));
            QCOMPARE(tab->card(PlayerTab::FairnessCard)->detail(),
                     QStringLiteral("%1 of 100 rolls needed").arg(3 * round));
            QCOMPARE(tab->spellChart()->valueOf(QStringLiteral("Fireball")), qreal(round));
            QCOMPARE(tab->monsterChart()->valueOf(QStringLiteral("Goblin")), qreal(round));
            // d20 faces 20, 1 and 7 each once per round; the line is rolls/20.
            QCOMPARE(tab->rollDistributionChart()->barSet()->at(19), qreal(round));
            QCOMPARE(tab->rollDistributionChart()->barSet()->at(6), qreal(round));
            // The title's roll count may trail the bars by TitleIntervalMs.
            const QString title =
                QStringLiteral("Roll distribution, d20 (%1 rolls)").arg(3 * round);
            QCOMPARE(tab->rollDistributionChart()->pendingTitle(), title);
            QTRY_COMPARE_WITH_TIMEOUT(tab->rollDistributionChart()->title(), title,
                                      RollDistributionChart::TitleIntervalMs + 1000);
        }
        // Another die shows at once.
        tab->dieCombo()->setCurrentIndex(tab->dieCombo()->findData(6));
        QCOMPARE(tab->rollDistributionChart()->title(),
                 QStringLiteral("Roll distribution, d6 (no rolls yet)"));

        // File > Export: statistics as CSV and JSON, the visible chart as PNG.
        QTemporaryDir out;
        QString error;
        QVERIFY2(window->exportStatistics(QStringLiteral("csv"),
                                          out.filePath(QStringLiteral("s.csv")), &error),
                 qPrintable(error));
        QFile csv(out.filePath(QStringLiteral("s.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("Stravos"));
        QVERIFY2(window->exportStatistics(QStringLiteral("json"),
                                          out.filePath(QStringLiteral("s.json")), &error),
                 qPrintable(error));
        QFile json(out.filePath(QStringLiteral("s.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(
            QJsonDocument::fromJson(json.readAll()).object().value(QLatin1String("events")).toInt(),
            15);
        QVERIFY(!window->exportStatistics(
            QStringLiteral("csv"), out.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(window->exportVisibleChart(out.filePath(QStringLiteral("chart.png"))));
        QCOMPARE(QImage(out.filePath(QStringLiteral("chart.png"))).size(),
                 tab->eventTypeChart()->size());
    }

    void fairnessVerdictInPlainWords_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("nan") << std::nan("") << "not enough rolls yet";
        QTest::newRow("fair") << 0.42 << "looks fair";
        QTest::newRow("odd") << 0.03 << "a little odd";
        QTest::newRow("suspicious") << 0.003 << "suspicious";
        QTest::newRow("loaded") << 0.00001 << "very likely loaded";
    }
    void fairnessVerdictInPlainWords()
    {
        QFETCH(double, p);
        QFETCH(QString, verdict);
        DieFairness die;
        die.sides = 20;
        die.rolls = 100;
        die.pValue = die.adjustedPValue = p;
        die.familySize = std::isnan(p) ? 0 : 1;
        QCOMPARE(PlayerTab::fairnessVerdict(die), verdict);
    }

    void replayRecountsAndResetClears()
    {
        GuiFixture f;
        QVERIFY(f.start({}, 3));
        MainWindow *window = f.window();
        window->tabWidget()->setCurrentWidget(window->playerTab(QStringLiteral("Wurs")));
        PlayerTab *tab = window->playerTab(QStringLiteral("Wurs"));
        QVector<GameEvent> events;
        for (int i = 0; i < 12; ++i) {
            events.append(rollEvent(QStringLiteral("Wurs"), 1 + i % 20));
            events.append(spellEvent(QStringLiteral("Ya"), QStringLiteral("Shield")));
        }
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"), events));
        QTRY_VERIFY_WITH_TIMEOUT(chartMatchesModel(f.refresher(), tab, 12), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(f.refresher()->statistics().totalEvents(), quint64(24), Timeout);
        const CountMap before = f.refresher()->statistics().totalsByType();

        QSignalSpy resets(f.refresher(), &StatisticsRefresher::wasReset);
        QVERIFY(window->replayAction()->isEnabled());
        // Both discard counts: the user confirms (tst_desktop checks Cancel).
        auto replayAnswer = answerNextMessageBox(QStringLiteral("Replay"));
        window->replayAction()->trigger();
        QVERIFY(replayAnswer->seen);
        QTRY_VERIFY_WITH_TIMEOUT(resets.count() >= 1, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(f.refresher()->statistics().totalEvents() == 24 &&
                                     chartMatchesModel(f.refresher(), tab, 12),
                                 Timeout);
        QCOMPARE(f.refresher()->statistics().totalsByType(), before);

        auto resetAnswer = answerNextMessageBox(QStringLiteral("Reset"));
        window->resetAction()->trigger();
        QVERIFY(resetAnswer->seen);
        QTRY_COMPARE_WITH_TIMEOUT(f.refresher()->statistics().totalEvents(), quint64(0), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(tab->isEmptyState(), Timeout);
        QCOMPARE(tab->eventTypeChart()->valueOf(QStringLiteral("dice_roll")), 0.0);
        QVERIFY(window->isShowingWelcome());
        QVERIFY(window->statusBarWidget()->totalLabel()->text().startsWith(QLatin1Char('0')));
    }

    void wireTextIsShownLiterally()
    {
        GuiFixture f;
        QVERIFY(f.start());
        MainWindow *window = f.window();
        const QString name = QStringLiteral("<b>x</b>");
        const QString spell = QStringLiteral("<i>Fire&ball</i>");
        const QString monster = QStringLiteral("<u>Orc</u>");
        PlayerTab *tab = window->openPlayerTab(name, true);
        QVERIFY(tab->isEmptyState());
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"),
                              {spellEvent(name, spell), encounterEvent(name, monster)}));
        QTRY_VERIFY_WITH_TIMEOUT(chartMatchesModel(f.refresher(), tab, 2), Timeout);
        const int index = window->tabWidget()->indexOf(tab);
        QCOMPARE(window->tabWidget()->tabText(index), name);
        QCOMPARE(tab->card(PlayerTab::SpellCard)->value(), spell);
        QCOMPARE(tab->card(PlayerTab::MonsterCard)->value(), monster);
        for (int card = 0; card < PlayerTab::CardCount; ++card)
            QCOMPARE(tab->card(PlayerTab::Card(card))->valueLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(tab->spellChart()->categories(), QStringList{spell});
        QVERIFY(window->trackedPlayers().contains(name));

        // The Players menu lists it by its literal name ('&' is not a mnemonic).
        QMenu *players = nullptr;
        for (QAction *action : window->menuBar()->actions()) {
            if (action->menu() &&
                action->text().remove(QLatin1Char('&')) == QLatin1String("Players"))
                players = action->menu();
        }
        QVERIFY(players);
        Q_EMIT players->aboutToShow();
        QAction *entry = findAction(players, name);
        QVERIFY(entry);
        QVERIFY(entry->isChecked());
        entry->setChecked(false);
        QVERIFY(!window->playerTab(name));
        Q_EMIT players->aboutToShow();
        findAction(players, name)->setChecked(true);
        QVERIFY(window->playerTab(name));
    }

    void malformedMessageAppearsInProblems()
    {
        GuiFixture f;
        QVERIFY(f.start());
        MainWindow *window = f.window();
        QVERIFY(produceRaw(f.bootstrap(), QStringLiteral("dnd_events"), "Stravos",
                           "{\"player\": \"Stravos\", \"event_type\": "));
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"),
                              {rollEvent(QStringLiteral("Stravos"), 25)}));
        ProblemsWidget *problems = window->problems();
        QTRY_COMPARE_WITH_TIMEOUT(problems->count(), quint64(2), Timeout);
        QAbstractItemModel *model = problems->view()->model();
        QStringList reasons;
        for (int row = 0; row < model->rowCount(); ++row)
            reasons.append(model->index(row, 0).data(ProblemsModel::ReasonKeyRole).toString());
        reasons.sort();
        QCOMPARE(reasons, QStringList({rejectReasonKey(RejectReason::NotJson),
                                       rejectReasonKey(RejectReason::RollOutOfRange)}));
        QVERIFY(window->problemsDock()->windowTitle().contains(QLatin1String("2")));
        QTRY_VERIFY_WITH_TIMEOUT(
            window->statusBarWidget()->rejectedLabel()->text().startsWith(QLatin1Char('2')),
            Timeout);
        QCOMPARE(f.refresher()->statistics().totalEvents(), quint64(0));
    }

    void preferencesReconnectToAnotherBroker()
    {
        GuiFixture f;
        QVERIFY(f.start());
        MainWindow *window = f.window();
        EmbeddedBroker second;
        EmbeddedBrokerOptions brokerOptions;
        brokerOptions.port = 0;
        brokerOptions.partitions = 1;
        QString error;
        QVERIFY2(second.start(brokerOptions, &error), qPrintable(error));
        QVERIFY(second.bootstrap() != f.bootstrap());

        // Something counted from the first broker: the switch must start over
        // (the second broker's offsets start at 0 again).
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"),
                              {rollEvent(QStringLiteral("Stravos"), 3),
                               rollEvent(QStringLiteral("Stravos"), 4),
                               rollEvent(QStringLiteral("Stravos"), 5)}));
        QTRY_COMPARE_WITH_TIMEOUT(f.refresher()->statistics().totalEvents(), quint64(3), Timeout);

        QSignalSpy applied(window, &MainWindow::preferencesApplied);
        window->preferencesAction()->trigger();
        PreferencesDialog *dialog = window->preferencesDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCheckBox *builtIn = dialog->builtInBrokerBox();
        auto *bootstrap = qobject_cast<QLineEdit *>(dialog->fieldWidget(SettingKey::Broker));
        QVERIFY(builtIn && bootstrap);
        builtIn->setChecked(false);
        bootstrap->setText(QStringLiteral("no port here"));
        QVERIFY(!dialog->isInputValid());
        QVERIFY(!dialog->fieldError(SettingKey::Broker).isEmpty());
        QVERIFY(dialog->errorLabel(SettingKey::Broker)->isVisible());
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(!dialog->apply());
        QCOMPARE(applied.count(), 0);

        bootstrap->setText(second.bootstrap());
        QVERIFY(dialog->isInputValid());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->statusBarWidget()->connectionText().startsWith(second.bootstrap()), Timeout);
        QCOMPARE(f.session()->bootstrap(), second.bootstrap());
        QVERIFY(!f.session()->usingBuiltInBroker());

        QVERIFY(produceEvents(
            second.bootstrap(), QStringLiteral("dnd_events"),
            {rollEvent(QStringLiteral("Stravos"), 12), rollEvent(QStringLiteral("Stravos"), 13)}));
        window->tabWidget()->setCurrentWidget(window->playerTab(QStringLiteral("Stravos")));
        QTRY_VERIFY_WITH_TIMEOUT(
            f.refresher()->statistics().totalEvents() == 2 &&
                chartMatchesModel(f.refresher(), window->playerTab(QStringLiteral("Stravos")), 2),
            Timeout);
        const DieStats *d20 =
            f.refresher()->statistics().player(QStringLiteral("Stravos"))->die(20);
        QVERIFY(d20);
        QCOMPARE(d20->histogram.at(11), quint64(1)); // the 12 from the second broker
        QCOMPARE(d20->histogram.at(2), quint64(0));  // the 3 from the first one is gone
        f.controller.reset(); // the consumer stops before the broker it reads from
    }

    void menusShortcutsThemeAndLayout()
    {
        GuiFixture f;
        QVERIFY(f.start());
        MainWindow *window = f.window();
        QTabWidget *tabs = window->tabWidget();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(tabs->currentWidget(), window->streamTab());
        // Overview, Stream, then the player tabs.
        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window->playerTab(QStringLiteral("Wurs")));
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 0);

        // Closing a tab untracks the player; the preference follows.
        Q_EMIT tabs->tabCloseRequested(tabIndexOf(window, QStringLiteral("Wurs")));
        QCOMPARE(window->trackedPlayers(), QStringList{QStringLiteral("Stravos")});
        QCOMPARE(f.settings->value(QStringLiteral("tracked-players")).toString(),
                 QStringLiteral("Stravos"));

        window->themeAction(QStringLiteral("dark"))->trigger();
        QCOMPARE(currentTheme(), Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        window->themeAction(QStringLiteral("light"))->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        window->themeAction(QStringLiteral("system"))->trigger();
        QCOMPARE(currentTheme(), Theme::System);

        window->eventLogDock()->hide();
        window->resize(1000, 700);
        window->close();
        QVERIFY(f.settings->contains(QStringLiteral("window/state")));
        MainWindow again(f.refresher(), f.settings.get());
        again.restoreLayout();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.eventLogDock()->isVisible());
        QVERIFY(again.problemsDock()->isVisible() || again.problemsDock()->isFloating() ||
                !again.problemsDock()->isHidden());
        QCOMPARE(again.size(), QSize(1000, 700));
    }

    void simulatorPanelControls()
    {
        SimulatorPanel panel;
        QCOMPARE(panel.roster(), QStringList({QStringLiteral("Stravos"), QStringLiteral("Ya"),
                                              QStringLiteral("Sylas"), QStringLiteral("Wurs")}));
        panel.rateSlider()->setValue(panel.rateSlider()->minimum());
        QCOMPARE(panel.rate(), SimulatorPanel::MinRate);
        panel.rateSlider()->setValue(panel.rateSlider()->maximum());
        QCOMPARE(panel.rate(), SimulatorPanel::MaxRate);
        QSignalSpy rates(&panel, &SimulatorPanel::rateChanged);
        panel.rateSpinBox()->setValue(50);
        QCOMPARE(rates.count(), 1);
        QCOMPARE(SimulatorPanel::rateAtSlider(panel.rateSlider()->value()), 50.0);

        panel.rosterList()->setCurrentRow(1);
        QVERIFY(panel.removePlayerButton()->isEnabled());
        QTest::mouseClick(panel.removePlayerButton(), Qt::LeftButton);
        QCOMPARE(panel.roster(), QStringList({QStringLiteral("Stravos"), QStringLiteral("Sylas"),
                                              QStringLiteral("Wurs")}));
        panel.rosterList()->item(0)->setText(QStringLiteral("Strahd"));
        QTest::mouseClick(panel.addPlayerButton(), Qt::LeftButton);
        QCOMPARE(panel.roster().size(), 4);
        panel.rosterList()->setCurrentRow(3);
        QTest::mouseClick(panel.removePlayerButton(), Qt::LeftButton);
        QSignalSpy starts(&panel, &SimulatorPanel::startGameRequested);
        panel.setSeed(42);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QCOMPARE(starts.count(), 1);
        QCOMPARE(starts.at(0).at(2).toULongLong(), quint64(42));
        QCOMPARE(starts.at(0).at(3).toStringList(),
                 QStringList(
                     {QStringLiteral("Strahd"), QStringLiteral("Sylas"), QStringLiteral("Wurs")}));
    }

    void closingWhileStreamingStopsEveryThread()
    {
        SettingValues preferences;
        preferences.setRate(20000);
        GuiFixture f;
        QVERIFY(f.start(preferences, 3));
        MainWindow *window = f.window();
        window->tabWidget()->setCurrentWidget(window->playerTab(QStringLiteral("Stravos")));
        QTest::mouseClick(window->simulatorPanel()->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.refresher()->statistics().totalEvents() > 2000, Timeout);
        QVERIFY(window->close());
        QElapsedTimer timer;
        timer.start();
        f.controller.reset(); // stops producer, consumer and broker threads
        // Bounded, not timed to the millisecond: a hang would take the
        // whole test timeout instead.
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

DND_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
