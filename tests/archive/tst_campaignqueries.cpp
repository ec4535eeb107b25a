// SPDX-License-Identifier: MIT
// Queries for the session selector and the History view, on a real archive
// file with a known campaign (campaignfixture.h): sessions, games, dates,
// statistics narrowed by a filter, per player and session rows.
#include "archive.h"
#include "archivestore.h"
#include "archivetestutil.h"
#include "campaignfixture.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dnd;
using namespace dnd::testing;
using F = CampaignFixture;

namespace {

const QString Stravos = QStringLiteral("Stravos");
const QString Wurs = QStringLiteral("Wurs");

PlaySession sessionOf(const CampaignOutline &outline, int number)
{
    return outline.sessions.value(number - 1);
}

} // namespace

class TestCampaignQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("campaign.sqlite"));
        F::write(m_path);
        ArchiveFault fault;
        QVERIFY(m_store.open(m_path, &fault)); // a third run, writing nothing
        QVERIFY(m_store.outline(&m_outline, &fault));
    }

    void outlineHasSessionsGamesAndDates()
    {
        const CampaignOutline &o = m_outline;
        QCOMPARE(o.events, quint64(16));
        QCOMPARE(o.currentRunId, m_store.runId());
        QCOMPARE(o.sessions.size(), 3);
        const qint64 run1 = o.sessions[0].runId;
        QCOMPARE(o.sessions[1].runId, run1 + 1);
        QCOMPARE(o.sessions[2].runId, run1 + 1);
        const QList<QDate> days{F::firstDay(), F::firstDay(), F::secondDay()};
        const QList<quint64> events{6, 6, 4};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(o.sessions[i].number, i + 1);
            QCOMPARE(o.sessions[i].day, days[i]);
            QCOMPARE(o.sessions[i].events, events[i]);
        }
        QCOMPARE(o.sessions[0].firstUs, F::at(F::firstDay(), 18, 0));
        QCOMPARE(o.sessions[0].lastUs, F::at(F::firstDay(), 19, 0));
        QCOMPARE(o.sessions[2].lastUs, F::at(F::secondDay(), 0, 40));
        QCOMPARE(o.firstUs, F::at(F::firstDay(), 18, 0));
        QCOMPARE(o.lastUs, F::at(F::secondDay(), 0, 40));
        QCOMPARE(o.games.size(), 2);
        QCOMPARE(o.games[0].gameId, QStringLiteral("game-1"));
        QCOMPARE(o.games[0].events, quint64(6));
        QCOMPARE(o.games[1].gameId, QStringLiteral("game-2"));
        QCOMPARE(o.games[1].events, quint64(10));
        QCOMPARE(o.games[1].lastUs, F::at(F::secondDay(), 0, 40));
    }

    void statisticsForFilter_data()
    {
        QTest::addColumn<int>("filterKind"); // 0 whole, 1 game, 2 session, 3 days
        QTest::addColumn<QString>("game");
        QTest::addColumn<int>("session");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<quint64>("events");
        QTest::addColumn<quint64>("rejected");
        QTest::addColumn<quint64>("stravosEvents");
        QTest::addColumn<quint64>("wursNat1");

        const QDate none;
        QTest::newRow("whole campaign") << 0 << QString() << 0 << none << none << quint64(16)
                                        << quint64(1) << quint64(8) << quint64(2);
        QTest::newRow("game-1") << 1 << QStringLiteral("game-1") << 0 << none << none << quint64(6)
                                << quint64(0) << quint64(4) << quint64(0);
        QTest::newRow("game-2") << 1 << QStringLiteral("game-2") << 0 << none << none << quint64(10)
                                << quint64(0) << quint64(4) << quint64(2);
        QTest::newRow("session 1") << 2 << QString() << 1 << none << none << quint64(6)
                                   << quint64(0) << quint64(4) << quint64(0);
        QTest::newRow("session 2") << 2 << QString() << 2 << none << none << quint64(6)
                                   << quint64(0) << quint64(2) << quint64(2);
        QTest::newRow("session 3") << 2 << QString() << 3 << none << none << quint64(4)
                                   << quint64(1) << quint64(2) << quint64(0);
        QTest::newRow("first day") << 3 << QString() << 0 << F::firstDay() << F::firstDay()
                                   << quint64(12) << quint64(0) << quint64(6) << quint64(2);
        QTest::newRow("second day") << 3 << QString() << 0 << F::secondDay() << F::secondDay()
                                    << quint64(4) << quint64(1) << quint64(2) << quint64(0);
        QTest::newRow("both days") << 3 << QString() << 0 << F::firstDay() << F::secondDay()
                                   << quint64(16) << quint64(1) << quint64(8) << quint64(2);
        QTest::newRow("a day without play")
            << 3 << QString() << 0 << F::secondDay().addDays(1) << F::secondDay().addDays(3)
            << quint64(0) << quint64(0) << quint64(0) << quint64(0);
    }

    void statisticsForFilter()
    {
        QFETCH(int, filterKind);
        QFETCH(QString, game);
        QFETCH(int, session);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(quint64, events);
        QFETCH(quint64, rejected);
        QFETCH(quint64, stravosEvents);
        QFETCH(quint64, wursNat1);

        CampaignFilter filter;
        if (filterKind == 1)
            filter = CampaignFilter::forGame(game);
        else if (filterKind == 2)
            filter = CampaignFilter::forSession(sessionOf(m_outline, session));
        else if (filterKind == 3)
            filter = CampaignFilter::forDays(from, to);
        QCOMPARE(filter.isWholeCampaign(), filterKind == 0);

        Statistics statistics;
        ArchiveFault fault;
        QVERIFY(m_store.statistics(filter, &statistics, &fault));
        QCOMPARE(statistics.totalEvents(), events);
        QCOMPARE(statistics.totalRejected(), rejected);
        const PlayerStats *stravos = statistics.player(Stravos);
        QCOMPARE(stravos ? stravos->events : 0, stravosEvents);
        const PlayerStats *wurs = statistics.player(Wurs);
        QCOMPARE(wurs ? wurs->nat1 : 0, wursNat1);

        // Exactly what the same events applied live would give, and the
        // filter's own predicate picks the same events.
        const qint64 run1 = m_outline.sessions[0].runId;
        Statistics expected;
        QVector<GameEvent> matching;
        const QVector<QVector<GameEvent>> sessions{F::session1(), F::session2(), F::session3()};
        for (int i = 0; i < 3; ++i) {
            for (const GameEvent &e : sessions[i]) {
                if (filter.matches(e, i == 0 ? run1 : run1 + 1))
                    matching.append(e);
            }
        }
        expected.applyEvents(matching);
        if (rejected > 0)
            expected.applyRejected({F::rejectedInSession3()});
        QCOMPARE(expected.totalEvents(), events);
        compareStatistics(statistics, expected);
    }

    void historyPerPlayerAndSession()
    {
        QVector<SessionPlayerRow> rows;
        ArchiveFault fault;
        QVERIFY(m_store.history(CampaignFilter{}, &rows, &fault));
        QCOMPARE(rows.size(), 6);
        struct Expected
        {
            int session;
            QString player;
            quint64 events, rolls, sum, nat20, nat1;
        };
        const QList<Expected> expected{
            {1, Stravos, 4, 3, 36, 1, 1}, {1, Wurs, 2, 2, 22, 0, 0},
            {2, Stravos, 2, 2, 25, 1, 0}, {2, Wurs, 4, 3, 10, 0, 2},
            {3, Stravos, 2, 1, 11, 0, 0}, {3, Wurs, 2, 2, 39, 1, 0},
        };
        for (int i = 0; i < expected.size(); ++i) {
            const Expected &e = expected[i];
            const SessionPlayerRow &row = rows[i];
            const PlaySession session = sessionOf(m_outline, e.session);
            QVERIFY(session.sameSession(row.runId, row.day));
            QCOMPARE(row.player, e.player);
            QCOMPARE(row.events, e.events);
            QCOMPARE(row.d20Rolls, e.rolls);
            QCOMPARE(row.d20Sum, e.sum);
            QCOMPARE(row.nat20, e.nat20);
            QCOMPARE(row.nat1, e.nat1);
            QCOMPARE(row.averageD20(), double(e.sum) / double(e.rolls));
        }
        // Narrowed to a game: only its sessions.
        QVERIFY(m_store.history(CampaignFilter::forGame(QStringLiteral("game-1")), &rows, &fault));
        QCOMPARE(rows.size(), 2);
        QVERIFY(sessionOf(m_outline, 1).sameSession(rows[0].runId, rows[0].day));
        QVERIFY(std::isnan(SessionPlayerRow{}.averageD20()));

        // A time range not on quarter hours is answered by SQL, the same way.
        CampaignFilter odd;
        odd.fromUs = F::at(F::firstDay(), 18, 0) + 1; // leaves out Stravos' first 20
        odd.toUs = F::at(F::firstDay(), 19, 0) + 1;
        QVERIFY(m_store.history(odd, &rows, &fault));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].player, Stravos);
        QCOMPARE(rows[0].events, quint64(3));
        QCOMPARE(rows[0].nat20, quint64(0));
        QCOMPARE(rows[1].events, quint64(2));
    }

    // Through the archive thread: the answer covers every batch written
    // before the question, also those not yet stored when it was asked.
    void answerCoversBatchesWrittenBefore()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.sqlite"));
        Archive archive;
        QSignalSpy opened(&archive, &Archive::opened);
        QSignalSpy answered(&archive, &Archive::answered);
        archive.open(path);
        QVERIFY(opened.wait(10'000));
        archive.setSource({QStringLiteral("c"), QStringLiteral("t")});
        qint64 offset = 0;
        archive.write(F::batch(F::session1(), &offset));
        archive.write(F::batch(F::session2(), &offset));
        CampaignQuery query;
        query.id = 7;
        query.parts = CampaignQuery::Outline | CampaignQuery::Statistics | CampaignQuery::History;
        query.filter = CampaignFilter::forGame(QStringLiteral("game-2"));
        archive.query(query);
        QVERIFY(answered.wait(10'000));
        const auto answer = answered.first().first().value<CampaignAnswer>();
        QVERIFY(!answer.fault.isFault());
        QCOMPARE(answer.id, quint64(7));
        QCOMPARE(answer.filter, query.filter);
        QCOMPARE(answer.outline.events, quint64(12));
        QCOMPARE(answer.outline.sessions.size(), 1); // one run, one day
        QCOMPARE(answer.outline.sessions[0].runId, answer.outline.currentRunId);
        QCOMPARE(answer.statistics.totalEvents(), quint64(6));
        QCOMPARE(answer.history.size(), 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    ArchiveStore m_store;
    CampaignOutline m_outline;
};

DND_GUILESS_TEST_MAIN(TestCampaignQueries)
#include "tst_campaignqueries.moc"
