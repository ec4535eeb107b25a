// SPDX-License-Identifier: MIT
// Sessions and campaigns in the real window: the selector narrows a player's
// cards to a game or a session (and live events keep counting), the History
// tab shows per player and session rows from a real archive file.
#include "archive.h"
#include "campaignfixture.h"
#include "campaignselector.h"
#include "historycontroller.h"
#include "historymodel.h"
#include "historytrendchart.h"
#include "historywidget.h"
#include "mainwindow.h"
#include "playertab.h"
#include "statcard.h"
#include "statisticsrefresher.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dnd;
using namespace dnd::testing;
using F = CampaignFixture;

namespace {

constexpr int Timeout = 15000;
const QString Stravos = QStringLiteral("Stravos");
const QString Wurs = QStringLiteral("Wurs");

// The fixture's events as the live stream delivered them (each session on
// a partition of its own, so none is taken for a redelivery).
EventBatch onPartition(QVector<GameEvent> events, qint32 partition, qint64 *offset)
{
    EventBatch batch = F::batch(std::move(events), offset);
    for (GameEvent &e : batch.events)
        e.partition = partition;
    batch.ranges = {PartitionRange{partition, batch.ranges[0].first, batch.ranges[0].last}};
    return batch;
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("campaign-%1.sqlite").arg(++m_files));
        F::write(path);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_refresher = std::make_unique<StatisticsRefresher>();
        m_refresher->setRefreshEvery(1);
        m_window = std::make_unique<MainWindow>(m_refresher.get(), m_settings.get());
        m_controller = std::make_unique<HistoryController>(m_window.get(), m_refresher.get());
        m_archive = std::make_unique<Archive>();
        QSignalSpy opened(m_archive.get(), &Archive::opened);
        m_archive->open(path);
        QVERIFY(opened.wait(Timeout));
        m_archive->setSource({QStringLiteral("live"), QStringLiteral("t")});
        // What the views showed at start: the whole campaign.
        qint64 offset = 0;
        m_refresher->applyBatch(onPartition(F::session1(), 0, &offset));
        offset = 0;
        m_refresher->applyBatch(onPartition(F::session2() + F::session3(), 1, &offset));
        m_refresher->refreshNow();
        m_window->resize(1280, 800);
        m_window->show();
        m_controller->setArchive(m_archive.get());
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->selector()->outline().sessions.size(), 3, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->history()->isShowingTable(), Timeout);
    }

    void cleanup()
    {
        m_controller.reset();
        m_window.reset();
        m_archive.reset();
        m_refresher.reset();
    }

    void choosingAGameNarrowsThePlayerCards()
    {
        PlayerTab *tab = m_window->openPlayerTab(Stravos, true);
        QCOMPARE(tab->card(PlayerTab::EventsCard)->value(), QStringLiteral("8"));
        QCOMPARE(tab->card(PlayerTab::Nat20Card)->value(), QStringLiteral("2"));

        CampaignSelector *selector = m_controller->selector();
        QComboBox *mode = selector->modeCombo();
        mode->setCurrentIndex(mode->findData(CampaignSelector::OneGame));
        QVERIFY(selector->itemCombo()->isVisible());
        QCOMPARE(selector->itemCombo()->count(), 2);
        selector->itemCombo()->setCurrentIndex(
            selector->itemCombo()->findData(QStringLiteral("game-1")));
        QTRY_COMPARE_WITH_TIMEOUT(tab->card(PlayerTab::EventsCard)->value(), QStringLiteral("4"),
                                  Timeout);
        QCOMPARE(tab->card(PlayerTab::RollsCard)->value(), QStringLiteral("3"));
        QCOMPARE(tab->card(PlayerTab::Nat20Card)->value(), QStringLiteral("1"));
        QCOMPARE(tab->card(PlayerTab::Nat1Card)->value(), QStringLiteral("1"));
        QCOMPARE(tab->card(PlayerTab::AverageCard)->value(), QLocale().toString(12.0, 'f', 2));
        // The History table narrows too.
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->history()->table()->model()->rowCount(), 2,
                                  Timeout);

        QVERIFY(selector->showGame(QStringLiteral("game-2")));
        QTRY_COMPARE_WITH_TIMEOUT(tab->card(PlayerTab::EventsCard)->value(), QStringLiteral("4"),
                                  Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(tab->card(PlayerTab::RollsCard)->value(), QStringLiteral("4"),
                                  Timeout);

        // Live events keep counting in the chosen game, and only those.
        qint64 offset = 0;
        const EventBatch live = onPartition(
            {F::d20(Stravos, 20, QStringLiteral("game-2"), F::at(QDate::currentDate(), 12, 0)),
             F::d20(Stravos, 3, QStringLiteral("game-1"), F::at(QDate::currentDate(), 12, 1))},
            2, &offset);
        m_archive->write(live);
        m_refresher->applyBatch(live);
        QTRY_COMPARE_WITH_TIMEOUT(tab->card(PlayerTab::EventsCard)->value(), QStringLiteral("5"),
                                  Timeout);
        QCOMPARE(tab->card(PlayerTab::Nat20Card)->value(), QStringLiteral("2"));

        // Back to the whole campaign: every event, the live ones too.
        selector->showWholeCampaign();
        QTRY_COMPARE_WITH_TIMEOUT(tab->card(PlayerTab::EventsCard)->value(), QStringLiteral("10"),
                                  Timeout);
    }

    void choosingASessionNarrowsAndCountsLive()
    {
        PlayerTab *tab = m_window->openPlayerTab(Wurs, true);
        QCOMPARE(tab->card(PlayerTab::EventsCard)->value(), QStringLiteral("8"));
        CampaignSelector *selector = m_controller->selector();
        const PlaySession third = selector->outline().sessions[2];
        QVERIFY(selector->showSession(third.runId, third.day));
        QTRY_COMPARE_WITH_TIMEOUT(tab->card(PlayerTab::EventsCard)->value(), QStringLiteral("2"),
                                  Timeout);
        QCOMPARE(tab->card(PlayerTab::Nat20Card)->value(), QStringLiteral("1"));

        // The session being played: live events count in it as they come.
        qint64 offset = 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
        const EventBatch first = onPartition({F::d20(Wurs, 7, QString(), now)}, 2, &offset);
        m_archive->write(first);
        m_refresher->applyBatch(first);
        m_controller->requery(); // as the timer does while events arrive
        const qint64 run = selector->outline().currentRunId;
        QTRY_VERIFY_WITH_TIMEOUT(selector->outline().session(run, QDate::currentDate()), Timeout);
        QVERIFY(selector->showSession(run, QDate::currentDate()));
        QTRY_COMPARE_WITH_TIMEOUT(tab->card(PlayerTab::EventsCard)->value(), QStringLiteral("1"),
                                  Timeout);
        const EventBatch second = onPartition({F::d20(Wurs, 1, QString(), now + 1)}, 2, &offset);
        m_archive->write(second);
        m_refresher->applyBatch(second);
        QTRY_COMPARE_WITH_TIMEOUT(tab->card(PlayerTab::EventsCard)->value(), QStringLiteral("2"),
                                  Timeout);
        QCOMPARE(tab->card(PlayerTab::Nat1Card)->value(), QStringLiteral("1"));
    }

    void historyTableShowsPlayersPerSession()
    {
        HistoryWidget *history = m_controller->history();
        QAbstractItemModelTester tester(history->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTabWidget *tabs = m_window->tabWidget();
        QCOMPARE(tabs->tabText(1), QStringLiteral("History"));
        tabs->setCurrentIndex(1);
        QTableView *table = history->table();
        QCOMPARE(table->model()->rowCount(), 6);
        const QString session2 =
            HistoryModel::sessionLabel(m_controller->selector()->outline().sessions[1]);
        // Session 2, Wurs: 1, 1, 8 and a spell.
        QCOMPARE(cell(table, 3, HistoryModel::SessionColumn), session2);
        QCOMPARE(cell(table, 3, HistoryModel::PlayerColumn), Wurs);
        QCOMPARE(cell(table, 3, HistoryModel::EventsColumn), QStringLiteral("4"));
        QCOMPARE(cell(table, 3, HistoryModel::RollsColumn), QStringLiteral("3"));
        QCOMPARE(cell(table, 3, HistoryModel::AverageColumn), QLocale().toString(10.0 / 3, 'f', 2));
        QCOMPARE(cell(table, 3, HistoryModel::VersusFairColumn),
                 QStringLiteral("\u2212") + QLocale().toString(10.5 - 10.0 / 3, 'f', 2));
        QCOMPARE(cell(table, 3, HistoryModel::Nat20Column), QStringLiteral("0"));
        QCOMPARE(cell(table, 3, HistoryModel::Nat1Column), QStringLiteral("2"));
        // Session 3, Wurs: 20 and 19.
        QCOMPARE(cell(table, 5, HistoryModel::AverageColumn), QLocale().toString(19.5, 'f', 2));
        QCOMPARE(cell(table, 5, HistoryModel::VersusFairColumn),
                 QStringLiteral("+") + QLocale().toString(9.0, 'f', 2));

        // Sorting by the average puts Wurs' session 2 first.
        table->sortByColumn(HistoryModel::AverageColumn, Qt::AscendingOrder);
        QCOMPARE(cell(table, 0, HistoryModel::SessionColumn), session2);

        // The trend: a line per player, a point per session with d20 rolls.
        HistoryTrendChart *chart = history->trendChart();
        QCOMPARE(chart->players(), (QStringList{Stravos, Wurs}));
        const QVector<QPointF> wurs = chart->pointsOf(Wurs);
        QCOMPARE(wurs.size(), 3);
        QCOMPARE(wurs[0], QPointF(1, 11));
        QCOMPARE(wurs[2], QPointF(3, 19.5));
    }

    void withoutArchiveHistorySaysWhy()
    {
        m_controller->setArchive(nullptr, QStringLiteral("no archive"));
        QVERIFY(!m_controller->selector()->isEnabled());
        QVERIFY(!m_controller->history()->isShowingTable());
        QCOMPARE(m_controller->history()->model()->rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<StatisticsRefresher> m_refresher;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Archive> m_archive;
    std::unique_ptr<HistoryController> m_controller;
};

DND_TEST_MAIN(TestHistory)
#include "tst_history.moc"
