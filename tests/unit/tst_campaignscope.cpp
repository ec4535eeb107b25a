// SPDX-License-Identifier: MIT
// The refresher narrowed to a part of the campaign: views wait for the
// archive's answer, live events that arrive meanwhile are counted on top of
// it exactly once, other games never (the consumer already dropped
// redeliveries).
#include "campaignfilter.h"
#include "statisticsrefresher.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QtTest>

using namespace dnd;
using namespace Qt::StringLiterals;

namespace {

GameEvent roll(const QString &game, qint64 offset, int result = 20)
{
    GameEvent e;
    e.player = u"Stravos"_s;
    e.kind = EventKind::DiceRoll;
    e.type = u"dice_roll"_s;
    e.dieSides = 20;
    e.rollResult = result;
    e.gameId = game;
    e.partition = 0;
    e.offset = offset;
    e.timestampUs = 1'000'000 * offset;
    return e;
}

// Events at offsets [first, first + games.size()), one per game name.
EventBatch batch(qint64 first, const QStringList &games)
{
    EventBatch b;
    for (int i = 0; i < games.size(); ++i)
        b.events.append(roll(games[i], first + i));
    b.ranges.append({0, first, first + games.size() - 1});
    return b;
}

Statistics archived(int events, const QString &game)
{
    Statistics s;
    QVector<GameEvent> list;
    for (int i = 0; i < events; ++i)
        list.append(roll(game, -1, 1));
    s.applyEvents(list);
    return s;
}

} // namespace

class TestCampaignScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterMatches_data()
    {
        QTest::addColumn<CampaignFilter>("filter");
        QTest::addColumn<qint64>("ts");
        QTest::addColumn<qint64>("run");
        QTest::addColumn<bool>("matches");
        const CampaignFilter game = CampaignFilter::forGame(u"g1"_s);
        CampaignFilter run;
        run.runId = 3;
        CampaignFilter range;
        range.fromUs = 100;
        range.toUs = 200;
        QTest::newRow("whole") << CampaignFilter{} << NoTimestamp << qint64(1) << true;
        QTest::newRow("game") << game << qint64(5) << qint64(1) << true;
        QTest::newRow("run") << run << qint64(5) << qint64(3) << true;
        QTest::newRow("other run") << run << qint64(5) << qint64(2) << false;
        QTest::newRow("in range") << range << qint64(100) << qint64(1) << true;
        QTest::newRow("end excluded") << range << qint64(200) << qint64(1) << false;
        QTest::newRow("no time") << range << NoTimestamp << qint64(1) << false;
    }
    void filterMatches()
    {
        QFETCH(CampaignFilter, filter);
        QFETCH(qint64, ts);
        QFETCH(qint64, run);
        QFETCH(bool, matches);
        GameEvent e = roll(u"g1"_s, 0);
        e.timestampUs = ts;
        QCOMPARE(filter.matches(e, run), matches);
    }

    void sessionAndDaysAreLocalDays()
    {
        const QDate day(2026, 3, 29); // a DST change in Europe
        PlaySession session;
        session.runId = 4;
        session.day = day;
        const CampaignFilter f = CampaignFilter::forSession(session);
        QCOMPARE(f.runId, qint64(4));
        QCOMPARE(localDay(f.fromUs), day);
        QCOMPARE(localDay(f.toUs - 1), day);
        QCOMPARE(localDay(f.toUs), day.addDays(1));
        const CampaignFilter days = CampaignFilter::forDays(day, day.addDays(2));
        QCOMPARE(localDay(days.toUs), day.addDays(3));
        QVERIFY(!localDay(NoTimestamp).isValid());
    }

    void liveEventsDuringTheQuestionCountOnce()
    {
        StatisticsRefresher refresher;
        refresher.setRefreshEvery(1);
        refresher.applyBatch(batch(0, {u"g1"_s, u"g2"_s}));
        refresher.refreshNow();
        QSignalSpy refreshed(&refresher, &StatisticsRefresher::refreshed);
        QSignalSpy scopeChanged(&refresher, &StatisticsRefresher::scopeChanged);

        const quint64 id = refresher.setScope(CampaignFilter::forGame(u"g1"_s), 1);
        QVERIFY(id != 0);
        QCOMPARE(scopeChanged.count(), 1);
        QVERIFY(refresher.scope().isWaiting());
        // Arrives before the answer: held back, and views keep what they show.
        refresher.applyBatch(batch(2, {u"g1"_s, u"g2"_s, u"g1"_s}));
        QCOMPARE(refreshed.count(), 0);

        refresher.answerScope(id, archived(5, u"g1"_s)); // the archive had 5 of g1
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(!refresher.scope().isWaiting());
        QCOMPARE(refresher.statistics().totalEvents(), quint64(5 + 2));
        QCOMPARE(refresher.campaignStatistics().totalEvents(), quint64(5));

        // Live after the answer.
        refresher.applyBatch(batch(5, {u"g2"_s, u"g1"_s}));
        QCOMPARE(refresher.statistics().totalEvents(), quint64(8));
        QCOMPARE(refresher.statistics().player(u"Stravos"_s)->nat20, quint64(3));
    }

    void staleAnswerIsDropped()
    {
        StatisticsRefresher refresher;
        const quint64 first = refresher.setScope(CampaignFilter::forGame(u"g1"_s), 1);
        const quint64 second = refresher.setScope(CampaignFilter::forGame(u"g2"_s), 1);
        refresher.answerScope(first, archived(9, u"g1"_s));
        QVERIFY(refresher.scope().isWaiting());
        refresher.answerScope(second, archived(2, u"g2"_s));
        QCOMPARE(refresher.statistics().totalEvents(), quint64(2));
        QCOMPARE(refresher.scope().filter().gameId, u"g2"_s);
    }

    void wholeCampaignAndResetDropTheScope()
    {
        StatisticsRefresher refresher;
        refresher.applyBatch(batch(0, {u"g1"_s, u"g2"_s, u"g2"_s}));
        const quint64 id = refresher.setScope(CampaignFilter::forGame(u"g1"_s), 1);
        refresher.answerScope(id, archived(1, u"g1"_s));
        QCOMPARE(refresher.statistics().totalEvents(), quint64(1));
        QCOMPARE(refresher.setScope(CampaignFilter{}, 1), quint64(0));
        QVERIFY(!refresher.scope().isActive());
        QCOMPARE(refresher.statistics().totalEvents(), quint64(3));

        refresher.answerScope(refresher.setScope(CampaignFilter::forGame(u"g2"_s), 1), {});
        QSignalSpy scopeChanged(&refresher, &StatisticsRefresher::scopeChanged);
        refresher.reset();
        QCOMPARE(scopeChanged.count(), 1);
        QVERIFY(!refresher.scope().isActive());
    }

    void rejectedFollowRunAndDates()
    {
        StatisticsRefresher refresher;
        CampaignFilter otherRun;
        otherRun.runId = 2;
        refresher.answerScope(refresher.setScope(otherRun, 1), {});
        EventBatch b;
        RejectedMessage r;
        r.partition = 0;
        r.offset = 0;
        r.timestampUs = 10;
        b.rejected.append(r);
        b.ranges.append({0, 0, 0});
        refresher.applyBatch(b);
        QCOMPARE(refresher.statistics().totalRejected(), quint64(0));
        CampaignFilter thisRun;
        thisRun.runId = 1;
        refresher.answerScope(refresher.setScope(thisRun, 1), {});
        r.offset = 1;
        b.rejected = {r};
        b.ranges = {{0, 1, 1}};
        refresher.applyBatch(b);
        QCOMPARE(refresher.statistics().totalRejected(), quint64(1));
    }
};

DND_GUILESS_TEST_MAIN(TestCampaignScope)
#include "tst_campaignscope.moc"
