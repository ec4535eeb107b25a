// SPDX-License-Identifier: MIT
// The campaign archive in the window: quit and relaunch on the same file
// shows what a user saw before (cards, charts, overview, event log), the
// selector narrows the event log and Problems too, and a file held by
// another tracker is said in a dialog and the status bar while the live
// view goes on in memory.
#include "guitestutil.h"
#include "testmain.h"

#include "campaignmenu.h"
#include "campaignselector.h"
#include "eventlogmodel.h"
#include "eventlogwidget.h"
#include "guicampaign.h"
#include "historycontroller.h"
#include "historymodel.h"
#include "historywidget.h"
#include "overviewwidget.h"
#include "playertablemodel.h"
#include "problemswidget.h"
#include "rolldistributionchart.h"
#include "statcard.h"
#include "theme.h"

#include <QAbstractButton>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>

#include <QLockFile>
#include <QMessageBox>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

constexpr int Timeout = 15000;

// A window on its own built-in broker with the campaign at `path`.
struct CampaignWindow
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<GuiController> controller;
    std::unique_ptr<GuiCampaign> campaign;
    bool done = false;
    bool started = false;

    void start(const QString &settingsFile, const QString &path)
    {
        settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
        controller = std::make_unique<GuiController>(settings.get());
        campaign = std::make_unique<GuiCampaign>(controller.get());
        EmbeddedBrokerOptions builtIn;
        builtIn.port = 0;
        builtIn.partitions = 2;
        const SettingValues preferences;
        controller->window()->setPreferences(preferences);
        campaign->start(path, sessionOptionsFor(preferences, builtIn), preferences,
                        [this](bool ok) {
                            started = ok;
                            done = true;
                        });
        controller->window()->show();
    }
    // As at quit: the campaign closes (storing the batch in flight), then
    // the window and the session go.
    void quit()
    {
        campaign.reset();
        controller.reset();
        settings.reset();
    }
    MainWindow *window() const { return controller->window(); }
    StatisticsRefresher *refresher() const { return controller->session()->refresher(); }
};

// What a user reads off each player tab (shown in turn: a tab refreshes
// while it is visible) and the overview.
QStringList visibleValues(MainWindow *window, const StatisticsRefresher *refresher)
{
    QStringList values;
    for (const QString &player : window->trackedPlayers()) {
        PlayerTab *tab = window->playerTab(player);
        if (!tab)
            continue;
        window->tabWidget()->setCurrentWidget(tab);
        if (!QTest::qWaitFor([&] { return chartMatchesModel(refresher, tab); }, Timeout))
            values << player + QStringLiteral(" chart differs from the statistics");
        for (const StatCard *card : tab->findChildren<StatCard *>())
            values << player + QStringLiteral(" card ") + card->title() + QLatin1Char('=') +
                          card->value() + QLatin1Char('/') + card->detail();
        EventTypeChart *chart = tab->eventTypeChart();
        const QStringList categories = chart->categories();
        for (const QString &category : categories)
            values << player + QStringLiteral(" type ") + category + QLatin1Char('=') +
                          QString::number(chart->valueOf(category));
    }
    const QAbstractItemModel *overview = window->overview()->tableModel();
    for (int row = 0; row < overview->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < overview->columnCount(); ++column)
            cells << overview->index(row, column).data().toString();
        values << QStringLiteral("overview ") + cells.join(QLatin1Char('|'));
    }
    values.sort();
    return values;
}

QVector<GameEvent> someGame()
{
    QVector<GameEvent> events;
    for (int i = 0; i < 40; ++i) {
        events << rollEvent(QStringLiteral("Stravos"), 1 + (i * 7) % 20);
        events << rollEvent(QStringLiteral("Wurs"), 1 + (i * 3) % 20);
    }
    events << spellEvent(QStringLiteral("Stravos"), QStringLiteral("Fireball"));
    events << spellEvent(QStringLiteral("Stravos"), QStringLiteral("Fireball"));
    events << encounterEvent(QStringLiteral("Wurs"), QStringLiteral("Goblin"));
    events << encounterEvent(QStringLiteral("Ya"), QStringLiteral("Owlbear"));
    // Each its own event (import tells events apart by event_id).
    for (int i = 0; i < events.size(); ++i)
        events[i].eventId = QStringLiteral("e%1").arg(i);
    return events;
}

// `count` d20 rolls of `player` in `game`.
QVector<GameEvent> gameRolls(const QString &game, const QString &player, int count)
{
    QVector<GameEvent> events;
    for (int i = 0; i < count; ++i) {
        GameEvent event = rollEvent(player, 1 + i % 20);
        event.gameId = game;
        events << event;
    }
    return events;
}

bool produceRejected(const QString &bootstrap, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!produceRaw(bootstrap, defaultTopic(), QByteArrayLiteral("X"),
                        QByteArrayLiteral(R"({"player":"X","event_type":"dice_roll",)"
                                          R"("roll_result":99})")))
            return false;
    }
    return true;
}

// The event log as a user reads it: how many rows, and whose.
QString logRows(EventLogWidget *log)
{
    const QAbstractItemModel *model = log->view()->model();
    QStringList players;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString player = model->index(row, EventLogModel::PlayerColumn).data().toString();
        if (!players.contains(player))
            players << player;
    }
    players.sort();
    return QStringLiteral("%1 %2").arg(model->rowCount()).arg(players.join(QLatin1Char(',')));
}

int problemRows(ProblemsWidget *problems)
{
    return problems->view()->model()->rowCount();
}

} // namespace

class Tst_campaigngui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relaunchShowsTheSameCampaign();
    void selectorNarrowsEventLogAndProblems();
    void fileHeldByAnotherTracker();
    void newCampaignExportAndImport();
    void statusReadableAfterThemeSwitch();

private:
    QTemporaryDir m_dir;
};

void Tst_campaigngui::relaunchShowsTheSameCampaign()
{
    const QString path = m_dir.filePath(QStringLiteral("campaign.sqlite"));
    const QString settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
    const QVector<GameEvent> events = someGame();

    CampaignWindow first;
    first.start(settingsFile, path);
    QTRY_VERIFY_WITH_TIMEOUT(first.done, Timeout);
    QVERIFY(first.started);
    QVERIFY(produceEvents(first.controller->session()->bootstrap(), defaultTopic(), events));
    QTRY_COMPARE_WITH_TIMEOUT(first.refresher()->statistics().totalEvents(), quint64(events.size()),
                              Timeout);
    // Everything stored before quitting is what the status bar counts.
    QTRY_VERIFY_WITH_TIMEOUT(first.campaign->statusLabel()->text().contains(QStringLiteral("84")),
                             Timeout);
    const QStringList before = visibleValues(first.window(), first.refresher());
    QVERIFY(before.size() > 10);
    QVERIFY2(!before.join(QLatin1Char('\n')).contains(QStringLiteral("differs")),
             qPrintable(before.join(QLatin1Char('\n'))));
    const int logRows = first.window()->eventLog()->model()->rowCount();
    QCOMPARE(logRows, int(events.size()));
    first.quit();

    CampaignWindow second;
    second.start(settingsFile, path);
    QTRY_VERIFY_WITH_TIMEOUT(second.done, Timeout);
    QVERIFY(second.started);
    QCOMPARE(second.refresher()->statistics().totalEvents(), quint64(events.size()));
    QVERIFY(!second.window()->isShowingWelcome());
    QTRY_COMPARE_WITH_TIMEOUT(visibleValues(second.window(), second.refresher()), before, Timeout);
    QCOMPARE(second.window()->eventLog()->model()->rowCount(), logRows);
    QVERIFY2(second.campaign->statusLabel()->text().contains(QStringLiteral("campaign.sqlite")),
             qPrintable(second.campaign->statusLabel()->text()));

    // The new built-in broker run is a new source: its events add up.
    QVERIFY(produceEvents(second.controller->session()->bootstrap(), defaultTopic(), events));
    QTRY_COMPARE_WITH_TIMEOUT(second.refresher()->statistics().totalEvents(),
                              quint64(2 * events.size()), Timeout);

    // Both runs are sessions of the campaign: the History tab lists them and
    // the selector narrows every view to one of them.
    HistoryController *history = second.campaign->history();
    QTabWidget *tabs = second.window()->tabWidget();
    QCOMPARE(tabs->tabText(tabs->indexOf(history->history())), QStringLiteral("History"));
    QVERIFY(history->selector()->isEnabled());
    history->requery();
    QTRY_COMPARE_WITH_TIMEOUT(history->selector()->outline().sessions.size(), 2, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(history->history()->model()->rowCount() > 0, Timeout);
    const PlaySession firstSession = history->selector()->outline().sessions.first();
    QCOMPARE(firstSession.events, quint64(events.size()));
    QVERIFY(history->selector()->showSession(firstSession.runId, firstSession.day));
    QTRY_COMPARE_WITH_TIMEOUT(second.refresher()->statistics().totalEvents(),
                              quint64(events.size()), Timeout);
    history->selector()->showWholeCampaign();
    QTRY_COMPARE_WITH_TIMEOUT(second.refresher()->statistics().totalEvents(),
                              quint64(2 * events.size()), Timeout);
    second.quit();
}

// Two runs (two play sessions), a game each: choosing a session or a game
// shows its events in the log, its rejected messages under Problems (a game
// does not narrow them: they carry no game_id, and the view says so), then
// only the live rows that belong to it; the whole campaign shows all again.
void Tst_campaigngui::selectorNarrowsEventLogAndProblems()
{
    const QString path = m_dir.filePath(QStringLiteral("narrow.sqlite"));
    const QString settingsFile = m_dir.filePath(QStringLiteral("narrow.ini"));
    const QString stravos = QStringLiteral("Stravos");
    const QString wurs = QStringLiteral("Wurs");

    CampaignWindow first;
    first.start(settingsFile, path);
    QTRY_VERIFY_WITH_TIMEOUT(first.done, Timeout);
    QVERIFY(produceEvents(first.controller->session()->bootstrap(), defaultTopic(),
                          gameRolls(QStringLiteral("g1"), stravos, 10)));
    QVERIFY(produceRejected(first.controller->session()->bootstrap(), 2));
    QTRY_COMPARE_WITH_TIMEOUT(first.refresher()->statistics().totalRejected(), quint64(2), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(first.refresher()->statistics().totalEvents(), quint64(10), Timeout);
    first.quit();

    CampaignWindow second;
    second.start(settingsFile, path);
    QTRY_VERIFY_WITH_TIMEOUT(second.done, Timeout);
    const QString bootstrap = second.controller->session()->bootstrap();
    QVERIFY(produceEvents(bootstrap, defaultTopic(), gameRolls(QStringLiteral("g2"), wurs, 12)));
    QVERIFY(produceRejected(bootstrap, 3));
    const StatisticsRefresher *refresher = second.refresher();
    QTRY_COMPARE_WITH_TIMEOUT(refresher->statistics().totalEvents(), quint64(22), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(refresher->statistics().totalRejected(), quint64(5), Timeout);
    EventLogWidget *log = second.window()->eventLog();
    ProblemsWidget *problems = second.window()->problems();
    QCOMPARE(logRows(log), QStringLiteral("22 Stravos,Wurs"));
    QCOMPARE(problemRows(problems), 5);

    HistoryController *history = second.campaign->history();
    history->requery();
    QTRY_COMPARE_WITH_TIMEOUT(history->selector()->outline().sessions.size(), 2, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(history->selector()->outline().games.size(), 2, Timeout);

    // The first session: the first run's rows only, live ones of this run not.
    const PlaySession session = history->selector()->outline().sessions.first();
    QVERIFY(history->selector()->showSession(session.runId, session.day));
    QTRY_COMPARE_WITH_TIMEOUT(logRows(log), QStringLiteral("10 Stravos"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(problemRows(problems), 2, Timeout);
    QCOMPARE(problems->title(), QStringLiteral("Problems (2)"));
    QVERIFY(problems->scopeNote()->isHidden());
    QVERIFY(produceEvents(bootstrap, defaultTopic(), gameRolls(QStringLiteral("g2"), wurs, 1)));
    QTRY_COMPARE_WITH_TIMEOUT(refresher->campaignStatistics().totalEvents(), quint64(23), Timeout);
    QCOMPARE(logRows(log), QStringLiteral("10 Stravos"));

    // A game: its events, live ones of it too; every session's rejected
    // messages, and the note saying why.
    QVERIFY(history->selector()->showGame(QStringLiteral("g2")));
    QTRY_COMPARE_WITH_TIMEOUT(logRows(log), QStringLiteral("13 Wurs"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(problemRows(problems), 5, Timeout);
    QVERIFY(!problems->scopeNote()->isHidden());
    QVERIFY(problems->scopeNote()->text().contains(QStringLiteral("game_id")));
    QVERIFY(produceEvents(bootstrap, defaultTopic(),
                          gameRolls(QStringLiteral("g2"), wurs, 1) +
                              gameRolls(QStringLiteral("g1"), stravos, 1)));
    QVERIFY(produceRejected(bootstrap, 1));
    QTRY_COMPARE_WITH_TIMEOUT(refresher->campaignStatistics().totalRejected(), quint64(6), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(refresher->campaignStatistics().totalEvents(), quint64(25), Timeout);
    QCOMPARE(logRows(log), QStringLiteral("14 Wurs"));
    QCOMPARE(problemRows(problems), 6);

    // The whole campaign again: every row, at once.
    history->selector()->showWholeCampaign();
    QCOMPARE(logRows(log), QStringLiteral("25 Stravos,Wurs"));
    QCOMPARE(problemRows(problems), 6);
    QCOMPARE(problems->title(), QStringLiteral("Problems (6)"));
    QVERIFY(problems->scopeNote()->isHidden());
    second.quit();
}

void Tst_campaigngui::fileHeldByAnotherTracker()
{
    const QString path = m_dir.filePath(QStringLiteral("held.sqlite"));
    // Another tracker holds it (here: a lock in this process's name).
    QLockFile other(path + QStringLiteral(".lock"));
    QVERIFY(other.tryLock(0));

    CampaignWindow window;
    window.start(m_dir.filePath(QStringLiteral("held.ini")), path);
    QTRY_VERIFY_WITH_TIMEOUT(window.done, Timeout);
    QVERIFY(window.started); // in memory
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = window.window()->findChild<QMessageBox *>(QStringLiteral("campaignFaultBox"))),
        Timeout);
    QVERIFY2(box->text().contains(QStringLiteral("already open in another tracker")),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(box->text()));
    QVERIFY2(window.campaign->statusLabel()->text().startsWith(QStringLiteral("Not archived")),
             qPrintable(window.campaign->statusLabel()->text()));
    // Nothing to narrow with: the selector is off and History says why.
    QVERIFY(!window.campaign->history()->selector()->isEnabled());
    // The live view goes on.
    const QVector<GameEvent> events = someGame();
    QVERIFY(produceEvents(window.controller->session()->bootstrap(), defaultTopic(), events));
    QTRY_COMPARE_WITH_TIMEOUT(window.refresher()->statistics().totalEvents(),
                              quint64(events.size()), Timeout);
    window.quit();
    QVERIFY(!QFileInfo::exists(path)); // never created behind the lock
}

void Tst_campaigngui::newCampaignExportAndImport()
{
    const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
    const QString jsonl = m_dir.filePath(QStringLiteral("events.jsonl"));
    const QVector<GameEvent> events = someGame();
    CampaignWindow window;
    window.start(m_dir.filePath(QStringLiteral("menu.ini")), first);
    QTRY_VERIFY_WITH_TIMEOUT(window.done, Timeout);
    QVERIFY(produceEvents(window.controller->session()->bootstrap(), defaultTopic(), events));
    QTRY_VERIFY_WITH_TIMEOUT(window.campaign->statusLabel()->text().contains(QStringLiteral("84")),
                             Timeout);
    QStatusBar *status = window.window()->statusBar();

    // Export: the path and the count in the status bar.
    window.campaign->menu()->exportEventsRequested(jsonl);
    QTRY_VERIFY_WITH_TIMEOUT(
        status->currentMessage().startsWith(QStringLiteral("Exported 84 events")), Timeout);
    QVERIFY(status->currentMessage().contains(jsonl));

    // New campaign: asked first (counts would leave the window), then empty;
    // the first file keeps its events.
    auto answer = answerNextMessageBox(QStringLiteral("New campaign"));
    window.campaign->menu()->confirmNew(second);
    QVERIFY(answer->seen);
    QCOMPARE(answer->title, QStringLiteral("Start a new campaign?"));
    QVERIFY2(answer->text.contains(first), qPrintable(answer->text)); // stays as it is
    QVERIFY(answer->buttons.contains(QStringLiteral("Cancel")));
    QTRY_VERIFY_WITH_TIMEOUT(window.campaign->statusLabel()->text() ==
                                 QStringLiteral("Campaign second.sqlite: 0 events"),
                             Timeout);
    QCOMPARE(window.refresher()->statistics().totalEvents(), quint64(0));
    // The next launch opens it, and the preferences say so.
    QCOMPARE(window.settings->value(QStringLiteral("archive/file")).toString(), second);
    QCOMPARE(window.window()->preferences().archiveFile(), second);

    // Import into it: every event added, then shown; again: all duplicates.
    window.campaign->menu()->importEventsRequested(jsonl);
    QTRY_VERIFY2_WITH_TIMEOUT(
        status->currentMessage().startsWith(QStringLiteral("Imported 84 events")),
        qPrintable(status->currentMessage() +
                   [&] {
                       QString boxes;
                       for (QMessageBox *box : window.window()->findChildren<QMessageBox *>())
                           boxes += QLatin1Char('|') + box->text() + QLatin1Char(' ') +
                                    box->informativeText();
                       return boxes;
                   }()),
        Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.refresher()->statistics().totalEvents(),
                              quint64(events.size()), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window.campaign->campaign()->isOpen(), Timeout);
    window.campaign->menu()->importEventsRequested(jsonl);
    QTRY_VERIFY_WITH_TIMEOUT(
        status->currentMessage().contains(QStringLiteral("84 already in the campaign")), Timeout);
    QCOMPARE(window.refresher()->statistics().totalEvents(), quint64(events.size()));
    window.quit();

    // The first campaign is as it was.
    CampaignWindow again;
    again.start(m_dir.filePath(QStringLiteral("menu.ini")), first);
    QTRY_VERIFY_WITH_TIMEOUT(again.done, Timeout);
    QCOMPARE(again.refresher()->statistics().totalEvents(), quint64(events.size()));
    // Another campaign file applied in the preferences is shown at once.
    SettingValues values = again.window()->preferences();
    values.setValue(SettingKey::Archive, second);
    Q_EMIT again.window()->preferencesApplied(values);
    QTRY_COMPARE_WITH_TIMEOUT(again.campaign->campaign()->path(), second, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(again.campaign->campaign()->isOpen(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(again.refresher()->statistics().totalEvents(), quint64(events.size()),
                              Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        again.campaign->statusLabel()->text().startsWith(QStringLiteral("Campaign second.sqlite")),
        Timeout);
    again.quit();
}

void Tst_campaigngui::statusReadableAfterThemeSwitch()
{
    // "Campaign campaign.sqlite: N events" in the window's text colour after
    // switching to the dark theme (it stayed the light theme's dark text).
    CampaignWindow window;
    window.start(m_dir.filePath(QStringLiteral("theme.ini")),
                 m_dir.filePath(QStringLiteral("theme.sqlite")));
    QTRY_VERIFY_WITH_TIMEOUT(window.done, Timeout);
    QVERIFY(window.started);
    QLabel *label = window.campaign->statusLabel();
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Campaign theme.sqlite")),
                             Timeout);
    for (const Theme theme : {Theme::Dark, Theme::Light}) {
        applyTheme(theme);
        QTRY_VERIFY((label->palette().color(QPalette::WindowText).lightness() > 128) ==
                    (theme == Theme::Dark));
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 window.window()->palette().color(QPalette::WindowText));
    }
    window.quit();
}

DND_TEST_MAIN(Tst_campaigngui)
#include "tst_campaigngui.moc"
