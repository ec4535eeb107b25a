// SPDX-License-Identifier: MIT
// Statistics on hand-made sequences: every number here is worked out by hand
// in the comments next to it. Chi-square p-values: tst_chisquare.cpp;
// offset dedup: tst_statisticsdedup.cpp.
#include "statistics.h"
#include "statisticsevents.h"
#include "testmain.h"

#include <functional>

#include <QtTest>

#include <cmath>

using namespace dnd;
using namespace Qt::StringLiterals;
using namespace dnd::testing;

class Tst_statistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyStatistics();
    void diceRollFields();
    void encounterAndSpellFields();
    void unknownTypeCountedUnderItsName();
    void totalsOverPlayers();
    void mostFrequentTieRule_data();
    void mostFrequentTieRule();
    void recentD20Ring();
    void runsAboveAndBelow();
    void reset();
    void keysPerMapAreCapped_data();
    void keysPerMapAreCapped();
    void playersAreCapped();
    void keysOfAllPlayersAreCapped();
};

void Tst_statistics::emptyStatistics()
{
    Statistics stats;
    QCOMPARE(stats.totalEvents(), 0u);
    QCOMPARE(stats.totalRejected(), 0u);
    QVERIFY(stats.players().isEmpty());
    QVERIFY(stats.playerNames().isEmpty());
    QCOMPARE(stats.player(u"Stravos"_s), nullptr);
    for (int r = 0; r < RejectReasonCount; ++r)
        QCOMPARE(stats.rejectedCount(RejectReason(r)), 0u);

    DieStats die;
    die.sides = 20;
    QVERIFY(std::isnan(die.mean()));
    QCOMPARE(die.expectedMean(), 10.5);
    QVERIFY(!die.hasEnoughForFairness());
    QVERIFY(std::isnan(die.fairnessPValue()));
}

void Tst_statistics::diceRollFields()
{
    Statistics stats;
    // d20 rolls; sum = 106, 10 rolls, two natural 20s, one natural 1.
    const int d20[] = {20, 15, 11, 1, 5, 10, 9, 12, 20, 3};
    const qint64 times[] = {3000, 1000, NoTimestamp, 500, 2000, 2500, 2600, 2700, 2800, 2900};
    QVector<GameEvent> events;
    for (int i = 0; i < 10; ++i) {
        const QString context = i % 3 == 0 ? u"attack_roll"_s : u"saving_throw"_s;
        events.append(roll(u"Stravos"_s, 20, d20[i], context, times[i]));
    }
    events.append(roll(u"Stravos"_s, 6, 4, u"damage"_s, 4000));
    events.append(roll(u"Stravos"_s, 100, 100));
    stats.applyEvents(events);

    const PlayerStats *p = stats.player(u"Stravos"_s);
    QVERIFY(p);
    QCOMPARE(p->name, u"Stravos"_s);
    QCOMPARE(p->events, 12u);
    QCOMPARE(p->byType, (CountMap{{u"dice_roll"_s, 12}}));
    QCOMPARE(p->rolls(), 12u);
    QCOMPARE(p->dice.size(), size_t(3));

    const DieStats *die20 = p->die(20);
    QVERIFY(die20);
    QCOMPARE(die20->sides, 20);
    QCOMPARE(die20->count, 10u);
    QCOMPARE(die20->sum, 106u);
    QCOMPARE(die20->mean(), 10.6);
    QCOMPARE(die20->expectedMean(), 10.5);
    QVector<quint64> histogram(20, 0);
    for (int r : d20)
        ++histogram[r - 1];
    QCOMPARE(die20->histogram, histogram);
    QCOMPARE(histogram[19], 2u);
    QVERIFY(!die20->hasEnoughForFairness()); // needs 100 d20 rolls
    QVERIFY(std::isnan(die20->fairnessPValue()));

    const DieStats *die6 = p->die(6);
    QVERIFY(die6);
    QCOMPARE(die6->histogram, (QVector<quint64>{0, 0, 0, 1, 0, 0}));
    QCOMPARE(die6->mean(), 4.0);
    QCOMPARE(die6->expectedMean(), 3.5);
    QCOMPARE(p->die(100)->histogram.size(), 100);
    QCOMPARE(p->die(100)->histogram[99], 1u);
    QCOMPARE(p->die(8), nullptr);

    // Natural 20s and 1s come from the d20 only (the d100's 100 is not one).
    QCOMPARE(p->nat20, 2u);
    QCOMPARE(p->nat1, 1u);
    // Indexes 0, 3, 6, 9 are attack rolls.
    QCOMPARE(p->contexts,
             (CountMap{{u"attack_roll"_s, 4}, {u"saving_throw"_s, 6}, {u"damage"_s, 1}}));
    // NoTimestamp is ignored; the rest span 500..4000 out of order.
    QCOMPARE(p->firstSeenUs, 500);
    QCOMPARE(p->lastSeenUs, 4000);
    QCOMPARE(p->recentD20.values(), QVector<int>(std::begin(d20), std::end(d20)));
    QVERIFY(p->monsters.isEmpty());
    QVERIFY(p->spells.isEmpty());
}

void Tst_statistics::encounterAndSpellFields()
{
    Statistics stats;
    stats.applyEvents({
        encounter(u"Wurs"_s, u"Goblin"_s, u"forest"_s),
        encounter(u"Wurs"_s, u"Goblin"_s, u"cave"_s),
        encounter(u"Wurs"_s, u"Dragon"_s, u"cave"_s),
        encounter(u"Wurs"_s, u"Orc"_s, QString()), // location is optional
        spell(u"Wurs"_s, u"Fireball"_s, u"enemy"_s, u"damage"_s),
        spell(u"Wurs"_s, u"Shield"_s, u"self"_s, u"buff"_s),
        spell(u"Wurs"_s, u"Fireball"_s, u"enemy"_s, u"damage"_s),
    });
    const PlayerStats *p = stats.player(u"Wurs"_s);
    QVERIFY(p);
    QCOMPARE(p->events, 7u);
    QCOMPARE(p->byType, (CountMap{{u"encounter"_s, 4}, {u"spell_cast"_s, 3}}));
    QCOMPARE(p->monsters, (CountMap{{u"Goblin"_s, 2}, {u"Dragon"_s, 1}, {u"Orc"_s, 1}}));
    QCOMPARE(p->locations, (CountMap{{u"forest"_s, 1}, {u"cave"_s, 2}}));
    QCOMPARE(p->spells, (CountMap{{u"Fireball"_s, 2}, {u"Shield"_s, 1}}));
    QCOMPARE(p->targets, (CountMap{{u"enemy"_s, 2}, {u"self"_s, 1}}));
    QCOMPARE(p->effects, (CountMap{{u"damage"_s, 2}, {u"buff"_s, 1}}));
    QCOMPARE(p->rolls(), 0u);
    QVERIFY(p->dice.empty());
    QCOMPARE(p->nat20, 0u);
    QCOMPARE(p->recentD20.size(), 0);
    QCOMPARE(p->firstSeenUs, NoTimestamp);
    QCOMPARE(p->lastSeenUs, NoTimestamp);
    QCOMPARE(mostFrequent(p->monsters), u"Goblin"_s);
    QCOMPARE(mostFrequent(p->spells), u"Fireball"_s);
}

void Tst_statistics::unknownTypeCountedUnderItsName()
{
    Statistics stats;
    stats.applyEvents({makeEvent(u"Ya"_s, EventKind::Other, u"loot_found"_s),
                       makeEvent(u"Ya"_s, EventKind::Other, u"loot_found"_s),
                       makeEvent(u"Ya"_s, EventKind::Other, u"level_up"_s),
                       // Hand-made event without a type name: its kind's name.
                       makeEvent(u"Ya"_s, EventKind::Encounter, QString())});
    const PlayerStats *p = stats.player(u"Ya"_s);
    QVERIFY(p);
    QCOMPARE(p->events, 4u);
    const CountMap expected{{u"loot_found"_s, 2}, {u"level_up"_s, 1}, {u"encounter"_s, 1}};
    QCOMPARE(p->byType, expected);
    QCOMPARE(stats.totalsByType(), expected);
}

void Tst_statistics::totalsOverPlayers()
{
    Statistics stats;
    stats.applyEvents({roll(u"Sylas"_s, 20, 7), roll(u"Stravos"_s, 20, 12),
                       roll(u"Stravos"_s, 4, 2), spell(u"Sylas"_s, u"Shield"_s, {}, {}),
                       encounter(u"Ya"_s, u"Orc"_s, u"village"_s),
                       makeEvent(u"Wurs"_s, EventKind::Other, u"rest"_s)});
    QCOMPARE(stats.totalEvents(), 6u);
    QCOMPARE(
        stats.totalsByType(),
        (CountMap{{u"dice_roll"_s, 3}, {u"spell_cast"_s, 1}, {u"encounter"_s, 1}, {u"rest"_s, 1}}));
    QCOMPARE(stats.playerNames(), (QStringList{u"Stravos"_s, u"Sylas"_s, u"Wurs"_s, u"Ya"_s}));
    QCOMPARE(stats.players().size(), 4);
    QCOMPARE(stats.player(u"Stravos"_s)->events, 2u);
    QCOMPARE(stats.player(u"Sylas"_s)->events, 2u);
    QCOMPARE(stats.player(u"Ya"_s)->events, 1u);
    QCOMPARE(stats.player(u"Wurs"_s)->events, 1u);
    QCOMPARE(stats.player(u"Nobody"_s), nullptr);
    quint64 sum = 0;
    for (const PlayerStats &p : stats.players())
        sum += p.events;
    QCOMPARE(sum, stats.totalEvents());
}

void Tst_statistics::mostFrequentTieRule_data()
{
    QTest::addColumn<CountMap>("counts");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << CountMap{} << QString();
    QTest::newRow("single") << CountMap{{u"Orc"_s, 1}} << u"Orc"_s;
    QTest::newRow("clear winner") << CountMap{{u"Orc"_s, 3}, {u"Goblin"_s, 2}} << u"Orc"_s;
    QTest::newRow("tie: alphabetically first")
        << CountMap{{u"Orc"_s, 2}, {u"Goblin"_s, 2}, {u"Beholder"_s, 1}} << u"Goblin"_s;
    QTest::newRow("three-way tie")
        << CountMap{{u"Shield"_s, 4}, {u"Fireball"_s, 4}, {u"Cure Wounds"_s, 4}}
        << u"Cure Wounds"_s;
    QTest::newRow("zero counts ignored") << CountMap{{u"Orc"_s, 0}} << QString();
}

void Tst_statistics::mostFrequentTieRule()
{
    QFETCH(CountMap, counts);
    QFETCH(QString, expected);
    QCOMPARE(mostFrequent(counts), expected);
}

void Tst_statistics::recentD20Ring()
{
    Statistics stats;
    QVector<GameEvent> events;
    // 150 d20 rolls 1, 2, ..., 20, 1, ...; only the last 100 stay, oldest first.
    for (int i = 0; i < 150; ++i)
        events.append(roll(u"Ya"_s, 20, i % 20 + 1));
    events.append(roll(u"Ya"_s, 6, 6)); // other dice do not enter the ring
    stats.applyEvents(events);
    const PlayerStats *p = stats.player(u"Ya"_s);
    QCOMPARE(p->recentD20.size(), RecentRolls::Capacity);
    QVector<int> expected;
    for (int i = 50; i < 150; ++i)
        expected.append(i % 20 + 1);
    QCOMPARE(p->recentD20.values(), expected);

    RecentRolls ring;
    QVERIFY(ring.values().isEmpty());
    ring.push(7);
    ring.push(20);
    QCOMPARE(ring.values(), (QVector<int>{7, 20}));
    for (int i = 0; i < RecentRolls::Capacity; ++i)
        ring.push(1);
    QCOMPARE(ring.size(), RecentRolls::Capacity);
    QCOMPARE(ring.values(), QVector<int>(RecentRolls::Capacity, 1));
}

void Tst_statistics::runsAboveAndBelow()
{
    Statistics stats;
    // above: 11 12 13 (3) | below: 10 1 (2) | above: 20 (1) | below: 2 3 4 5 (4) | above 15
    QVector<GameEvent> events;
    for (int r : {11, 12, 13, 10, 1, 20, 2, 3, 4, 5, 15})
        events.append(roll(u"Sylas"_s, 20, r));
    events.insert(2, roll(u"Sylas"_s, 6, 1)); // other dice do not break d20 runs
    stats.applyEvents(events);
    const PlayerStats *p = stats.player(u"Sylas"_s);
    QCOMPARE(p->longestRunAbove, 3);
    QCOMPARE(p->longestRunBelow, 4);
    QCOMPARE(p->currentRunAbove, 1);
    QCOMPARE(p->currentRunBelow, 0);
}

void Tst_statistics::reset()
{
    Statistics stats;
    EventBatch batch = rollBatch(0, 0, 4);
    batch.rejected = {reject(RejectReason::TooLarge, 0, 4)};
    stats.apply(batch);
    QCOMPARE(stats.totalEvents(), 4u);

    stats.reset();
    QCOMPARE(stats.totalEvents(), 0u);
    QCOMPARE(stats.totalRejected(), 0u);
    QCOMPARE(stats.rejectedCount(RejectReason::TooLarge), 0u);
    QVERIFY(stats.totalsByType().isEmpty());
    QVERIFY(stats.players().isEmpty());

    // A replay from the beginning counts again.
    const ApplyResult again = stats.apply(batch);
    QCOMPARE(again.accepted, 4);
    QCOMPARE(again.rejected, 1);
    QCOMPARE(stats.player(u"Stravos"_s)->die(20)->count, 4u);
}

// Bounded memory under hostile input (issue 13): 4,000 distinct 60 KB event
// types took 1.9 GB because every name was kept.
using MapOf = std::function<const CountMap &(const PlayerStats &)>;
using EventWith = std::function<GameEvent(const QString &)>;

void Tst_statistics::keysPerMapAreCapped_data()
{
    QTest::addColumn<EventWith>("makeWith");
    QTest::addColumn<MapOf>("mapOf");
    QTest::newRow("event types") << EventWith([](const QString &name) {
        return makeEvent(u"Ya"_s, EventKind::Other, name);
    }) << MapOf([](const PlayerStats &p) -> const CountMap & { return p.byType; });
    QTest::newRow("contexts") << EventWith([](const QString &name) {
        return roll(u"Ya"_s, 20, 3, name);
    }) << MapOf([](const PlayerStats &p) -> const CountMap & { return p.contexts; });
    QTest::newRow("monsters") << EventWith([](const QString &name) {
        return encounter(u"Ya"_s, name, {});
    }) << MapOf([](const PlayerStats &p) -> const CountMap & { return p.monsters; });
    QTest::newRow("locations") << EventWith([](const QString &name) {
        return encounter(u"Ya"_s, u"Orc"_s, name);
    }) << MapOf([](const PlayerStats &p) -> const CountMap & { return p.locations; });
    QTest::newRow("spells") << EventWith([](const QString &name) {
        return spell(u"Ya"_s, name, {}, {});
    }) << MapOf([](const PlayerStats &p) -> const CountMap & { return p.spells; });
    QTest::newRow("targets") << EventWith([](const QString &name) {
        return spell(u"Ya"_s, u"Shield"_s, name, {});
    }) << MapOf([](const PlayerStats &p) -> const CountMap & { return p.targets; });
    QTest::newRow("effects") << EventWith([](const QString &name) {
        return spell(u"Ya"_s, u"Shield"_s, {}, name);
    }) << MapOf([](const PlayerStats &p) -> const CountMap & { return p.effects; });
}

void Tst_statistics::keysPerMapAreCapped()
{
    QFETCH(EventWith, makeWith);
    QFETCH(MapOf, mapOf);
    Statistics stats;
    QVector<GameEvent> events;
    const int extra = 50;
    for (int i = 0; i < MaxKeysPerMap + extra; ++i)
        events.append(makeWith(u"name %1"_s.arg(i)));
    events.append(makeWith(u"name 0"_s)); // a kept name still counts as itself
    stats.applyEvents(events);

    const CountMap &map = mapOf(*stats.player(u"Ya"_s));
    QCOMPARE(map.size(), MaxKeysPerMap + 1);
    QCOMPARE(map.value(otherKey()), quint64(extra));
    QCOMPARE(map.value(u"name 0"_s), 2u);
    QVERIFY(!map.contains(u"name %1"_s.arg(MaxKeysPerMap)));
    QCOMPARE(stats.totalEvents(), quint64(events.size()));
    QVERIFY(stats.totalsByType().size() <= MaxKeysPerMap + 1);
}

void Tst_statistics::playersAreCapped()
{
    Statistics stats;
    QVector<GameEvent> events;
    for (int i = 0; i < MaxPlayers + 5; ++i)
        events.append(roll(u"P%1"_s.arg(i), 20, 20));
    events.append(roll(u"P0"_s, 20, 1));                      // a kept player
    events.append(roll(u"P%1"_s.arg(MaxPlayers + 4), 20, 1)); // a folded one
    stats.applyEvents(events);

    QCOMPARE(stats.players().size(), MaxPlayers + 1);
    QCOMPARE(stats.player(u"P0"_s)->events, 2u);
    QCOMPARE(stats.player(u"P%1"_s.arg(MaxPlayers)), nullptr);
    QCOMPARE(stats.otherPlayersEvents(), 6u);
    QCOMPARE(stats.player(Statistics::otherPlayersName())->nat1, 1u);
    QCOMPARE(stats.totalEvents(), quint64(events.size()));
}

void Tst_statistics::keysOfAllPlayersAreCapped()
{
    // Per-map caps alone allow MaxPlayers x 7 maps x MaxKeysPerMap names.
    Statistics stats;
    const int players = int(MaxKeysInAllMaps / MaxKeysPerMap) + 20;
    for (int p = 0; p < players; ++p) {
        QVector<GameEvent> events;
        events.reserve(MaxKeysPerMap);
        for (int i = 0; i < MaxKeysPerMap; ++i)
            events.append(spell(u"P%1"_s.arg(p), u"s%1"_s.arg(i), {}, {}));
        stats.applyEvents(events);
    }
    qsizetype keys = 0;
    quint64 counted = 0;
    for (const PlayerStats &player : stats.players()) {
        keys += player.byType.size() + player.spells.size();
        for (const quint64 count : player.spells)
            counted += count;
    }
    QVERIFY2(keys <= MaxKeysInAllMaps + players, qPrintable(QString::number(keys)));
    QCOMPARE(counted, quint64(players) * MaxKeysPerMap); // nothing is lost
    QVERIFY(stats.player(u"P%1"_s.arg(players - 1))->spells.value(otherKey()) > 0);
}

DND_GUILESS_TEST_MAIN(Tst_statistics)
#include "tst_statistics.moc"
