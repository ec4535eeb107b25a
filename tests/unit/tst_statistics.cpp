// SPDX-License-Identifier: MIT
// Statistics on hand-made sequences: every number here is worked out by hand
// (or from a standard chi-square table) in the comments next to it.
#include "statistics.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace dnd;
using namespace Qt::StringLiterals;

namespace {

GameEvent makeEvent(const QString &player, EventKind kind, const QString &type)
{
    GameEvent e;
    e.player = player;
    e.kind = kind;
    e.type = type;
    return e;
}

GameEvent roll(const QString &player, int sides, int result, const QString &context = {},
               qint64 timestampUs = NoTimestamp)
{
    GameEvent e = makeEvent(player, EventKind::DiceRoll, u"dice_roll"_s);
    e.dieSides = sides;
    e.rollResult = result;
    e.context = context;
    e.timestampUs = timestampUs;
    return e;
}

GameEvent encounter(const QString &player, const QString &monster, const QString &location)
{
    GameEvent e = makeEvent(player, EventKind::Encounter, u"encounter"_s);
    e.monster = monster;
    e.location = location;
    e.initiative = 12;
    return e;
}

GameEvent spell(const QString &player, const QString &name, const QString &target,
                const QString &effect)
{
    GameEvent e = makeEvent(player, EventKind::SpellCast, u"spell_cast"_s);
    e.spell = name;
    e.target = target;
    e.effect = effect;
    return e;
}

GameEvent at(GameEvent e, qint32 partition, qint64 offset)
{
    e.partition = partition;
    e.offset = offset;
    return e;
}

RejectedMessage reject(RejectReason reason, qint32 partition, qint64 offset)
{
    RejectedMessage r;
    r.reason = reason;
    r.partition = partition;
    r.offset = offset;
    r.message = u"test"_s;
    return r;
}

// d20 rolls of Stravos at offsets [first, first + count) of one partition.
EventBatch rollBatch(qint32 partition, qint64 first, int count)
{
    EventBatch batch;
    for (int i = 0; i < count; ++i)
        batch.events.append(at(roll(u"Stravos"_s, 20, 10), partition, first + i));
    batch.ranges.append({partition, first, first + count - 1});
    return batch;
}

// Upper chi-square tail from its closed forms, independent of the code under
// test: for even k a finite Poisson sum, for odd k erfc plus a finite series.
double closedFormSurvival(double x, int k)
{
    double sum = 0.0;
    if (k % 2 == 0) {
        double term = 1.0;
        for (int i = 0; i < k / 2; ++i) {
            sum += term;
            term *= (x / 2.0) / (i + 1);
        }
        return std::exp(-x / 2.0) * sum;
    }
    double term = 1.0; // x^(i-1) / (1 * 3 * ... * (2i - 1))
    for (int i = 1; i <= (k - 1) / 2; ++i) {
        term = (i == 1) ? 1.0 : term * x / (2 * i - 1);
        sum += term;
    }
    return std::erfc(std::sqrt(x / 2.0)) + std::exp(-x / 2.0) * std::sqrt(2.0 * x / M_PI) * sum;
}

void compareProbability(double actual, double expected)
{
    if (std::isnan(expected)) {
        QVERIFY2(std::isnan(actual), qPrintable(QString::number(actual, 'g', 17)));
        return;
    }
    const double tolerance = 1e-12 + 1e-9 * expected;
    QVERIFY2(
        std::fabs(actual - expected) <= tolerance,
        qPrintable(u"actual %1, expected %2"_s.arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

} // namespace

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
    void fairness_data();
    void fairness();
    void chiSquareSurvivalKnownValues_data();
    void chiSquareSurvivalKnownValues();
    void chiSquareSurvivalClosedForms();
    void dedupSameBatchTwice();
    void dedupOverlappingBatches();
    void dedupPartitionsIndependent();
    void dedupJudgesAgainstStateBeforeBatch();
    void dedupRangesAdvanceThreshold();
    void partitionMinusOneNeverDeduped();
    void rejectsCountedAndDeduped();
    void reset();
};

void Tst_statistics::emptyStatistics()
{
    Statistics stats;
    QCOMPARE(stats.totalEvents(), 0u);
    QCOMPARE(stats.totalRejected(), 0u);
    QVERIFY(stats.players().isEmpty());
    QVERIFY(stats.playerNames().isEmpty());
    QCOMPARE(stats.player(u"Stravos"_s), nullptr);
    QVERIFY(stats.appliedOffsets().isEmpty());
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

void Tst_statistics::fairness_data()
{
    QTest::addColumn<int>("sides");
    QTest::addColumn<QVector<quint64>>("histogram");
    QTest::addColumn<double>("expectedP");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Exactly as expected: chi2 = 0, p = 1.
    QTest::newRow("d6 flat 5 each") << 6 << QVector<quint64>{5, 5, 5, 5, 5, 5} << 1.0;
    // 29 rolls < 5 * 6: not enough to judge.
    QTest::newRow("d6 29 rolls") << 6 << QVector<quint64>{5, 5, 5, 5, 5, 4} << nan;
    // E = 5: chi2 = (25 + 0 + 0 + 0 + 0 + 25) / 5 = 10, 5 dof: p = 0.0752352461465122.
    QTest::newRow("d6 skewed chi2=10")
        << 6 << QVector<quint64>{10, 5, 5, 5, 5, 0} << 0.0752352461465122;
    // E = 5: chi2 = (9 + 1 + 1 + 1) / 5 = 2.4, 3 dof: p = 0.4936346227117281.
    QTest::newRow("d4 chi2=2.4") << 4 << QVector<quint64>{8, 4, 4, 4} << 0.4936346227117281;
    // E = 5: chi2 = 625/5 + 5 * 25/5 = 150, 5 dof: p = 1.335137887300313e-30.
    QTest::newRow("d6 loaded") << 6 << QVector<quint64>{30, 0, 0, 0, 0, 0} << 1.335137887300313e-30;
    QTest::newRow("d20 flat 5 each") << 20 << QVector<quint64>(20, 5) << 1.0;
    QTest::newRow("d20 4 each") << 20 << QVector<quint64>(20, 4) << nan;
}

void Tst_statistics::fairness()
{
    QFETCH(int, sides);
    QFETCH(QVector<quint64>, histogram);
    QFETCH(double, expectedP);
    QVector<GameEvent> events;
    for (int face = 1; face <= sides; ++face)
        for (quint64 i = 0; i < histogram[face - 1]; ++i)
            events.append(roll(u"Stravos"_s, sides, face));
    Statistics stats;
    stats.applyEvents(events);
    const DieStats *die = stats.player(u"Stravos"_s)->die(sides);
    QVERIFY(die);
    QCOMPARE(die->histogram, histogram);
    QCOMPARE(die->hasEnoughForFairness(), !std::isnan(expectedP));
    compareProbability(die->fairnessPValue(), expectedP);
}

void Tst_statistics::chiSquareSurvivalKnownValues_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("dof");
    QTest::addColumn<double>("expected");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Critical values from standard chi-square tables (0.95 / 0.99 quantiles).
    QTest::newRow("k=1 5%") << 3.841458820694124 << 1 << 0.05;
    QTest::newRow("k=1 1%") << 6.634896601021214 << 1 << 0.01;
    QTest::newRow("k=5 5%") << 11.070497693516351 << 5 << 0.05;
    QTest::newRow("k=10 5%") << 18.307038053275146 << 10 << 0.05;
    QTest::newRow("k=19 5%") << 30.14352720564616 << 19 << 0.05;
    QTest::newRow("k=100 5%") << 124.34211340400407 << 100 << 0.05;
    // exp(-x/2) for 2 dof.
    QTest::newRow("k=2 x=1") << 1.0 << 2 << std::exp(-0.5);
    QTest::newRow("k=2 x=10") << 10.0 << 2 << std::exp(-5.0);
    QTest::newRow("k=1 small x") << 0.001 << 1 << 0.9747728793699604;
    QTest::newRow("k=3 x=0.5") << 0.5 << 3 << 0.9188914116546758;
    QTest::newRow("k=30 far tail") << 500.0 << 30 << 1.2079559936813976e-86;
    QTest::newRow("x=0") << 0.0 << 5 << 1.0;
    QTest::newRow("x<0") << -3.0 << 5 << 1.0;
    QTest::newRow("x=inf") << std::numeric_limits<double>::infinity() << 5 << 0.0;
    QTest::newRow("dof=0") << 1.0 << 0 << nan;
    QTest::newRow("x=NaN") << nan << 3 << nan;
}

void Tst_statistics::chiSquareSurvivalKnownValues()
{
    QFETCH(double, x);
    QFETCH(int, dof);
    QFETCH(double, expected);
    compareProbability(chiSquareSurvival(x, dof), expected);
}

void Tst_statistics::chiSquareSurvivalClosedForms()
{
    // The table's rounded value: chi2 = 11.07 with 5 dof is about the 5% point.
    QVERIFY(std::fabs(chiSquareSurvival(11.07, 5) - 0.05) < 1e-3);
    // Both branches (series below a + 1, continued fraction above) against the
    // closed forms, over the degrees of freedom of every die and beyond.
    for (int k = 1; k <= 120; ++k) {
        for (double x : {0.01, 0.3, 1.0, 2.5, 5.0, 9.9, 15.0, 30.0, 60.0, 100.0, 150.0}) {
            const double expected = closedFormSurvival(x, k);
            if (expected < 1e-280)
                continue; // the closed forms themselves underflow there
            const double actual = chiSquareSurvival(x, k);
            QVERIFY2(std::fabs(actual - expected) <= 1e-12 + 1e-9 * expected,
                     qPrintable(u"k=%1 x=%2: %3 vs %4"_s.arg(k)
                                    .arg(x)
                                    .arg(actual, 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
        }
    }
}

void Tst_statistics::dedupSameBatchTwice()
{
    Statistics stats;
    EventBatch batch = rollBatch(0, 0, 5);
    batch.rejected.append(reject(RejectReason::NotJson, 0, 5));
    batch.ranges = {{0, 0, 5}};

    const ApplyResult first = stats.apply(batch);
    QCOMPARE(first.accepted, 5);
    QCOMPARE(first.rejected, 1);
    QCOMPARE(first.skipped, 0);
    QCOMPARE(stats.appliedOffsets().value(0), 5);

    const ApplyResult second = stats.apply(batch);
    QCOMPARE(second.accepted, 0);
    QCOMPARE(second.rejected, 0);
    QCOMPARE(second.skipped, 6);
    QCOMPARE(stats.totalEvents(), 5u);
    QCOMPARE(stats.totalRejected(), 1u);
    QCOMPARE(stats.player(u"Stravos"_s)->die(20)->count, 5u);
}

void Tst_statistics::dedupOverlappingBatches()
{
    Statistics stats;
    QCOMPARE(stats.apply(rollBatch(0, 0, 5)).accepted, 5);       // 0..4
    const ApplyResult overlap = stats.apply(rollBatch(0, 3, 5)); // 3..7: 3, 4 seen
    QCOMPARE(overlap.accepted, 3);
    QCOMPARE(overlap.skipped, 2);
    QCOMPARE(stats.totalEvents(), 8u);
    QCOMPARE(stats.appliedOffsets().value(0), 7);
    // An older batch entirely below the threshold is ignored.
    const ApplyResult old = stats.apply(rollBatch(0, 1, 3));
    QCOMPARE(old.accepted, 0);
    QCOMPARE(old.skipped, 3);
    QCOMPARE(stats.appliedOffsets().value(0), 7);
    QCOMPARE(stats.totalEvents(), 8u);
}

void Tst_statistics::dedupPartitionsIndependent()
{
    Statistics stats;
    QCOMPARE(stats.apply(rollBatch(0, 0, 10)).accepted, 10);
    // Partition 1 starts at offset 0 although partition 0 is at 9.
    QCOMPARE(stats.apply(rollBatch(1, 0, 5)).accepted, 5);

    // One batch over both partitions: 1's offsets 3, 4 are old, 0's 10, 11 new.
    EventBatch mixed = rollBatch(1, 3, 4);
    mixed.events.append(at(roll(u"Stravos"_s, 20, 10), 0, 10));
    mixed.events.append(at(roll(u"Stravos"_s, 20, 10), 0, 11));
    const ApplyResult result = stats.apply(mixed);
    QCOMPARE(result.accepted, 4);
    QCOMPARE(result.skipped, 2);
    QCOMPARE(stats.totalEvents(), 19u);
    QCOMPARE(stats.appliedOffsets(), (QHash<qint32, qint64>{{0, 11}, {1, 6}}));
}

void Tst_statistics::dedupJudgesAgainstStateBeforeBatch()
{
    Statistics stats;
    stats.apply(rollBatch(0, 0, 3)); // highest 2
    // Events at 5, 6 and rejects at 3, 4 of the same partition: all are new,
    // although the events are listed (and applied) before the rejects.
    EventBatch batch;
    batch.events = {at(roll(u"Ya"_s, 20, 1), 0, 5), at(roll(u"Ya"_s, 20, 2), 0, 6)};
    batch.rejected = {reject(RejectReason::UnknownDie, 0, 3),
                      reject(RejectReason::RollOutOfRange, 0, 4)};
    batch.ranges = {{0, 3, 6}};
    const ApplyResult result = stats.apply(batch);
    QCOMPARE(result.accepted, 2);
    QCOMPARE(result.rejected, 2);
    QCOMPARE(result.skipped, 0);
    QCOMPARE(stats.appliedOffsets().value(0), 6);
}

void Tst_statistics::dedupRangesAdvanceThreshold()
{
    Statistics stats;
    // The batch covered offsets 0..9 of partition 2, but only 0..2 became
    // items (e.g. tombstones were dropped): the range still counts as applied.
    EventBatch batch = rollBatch(2, 0, 3);
    batch.ranges = {{2, 0, 9}};
    stats.apply(batch);
    QCOMPARE(stats.appliedOffsets().value(2), 9);
    const ApplyResult result = stats.apply(rollBatch(2, 5, 6)); // 5..10
    QCOMPARE(result.accepted, 1);
    QCOMPARE(result.skipped, 5);
}

void Tst_statistics::partitionMinusOneNeverDeduped()
{
    Statistics stats;
    EventBatch batch;
    batch.events = {roll(u"Wurs"_s, 20, 20), roll(u"Wurs"_s, 20, 1)}; // partition -1
    batch.rejected = {reject(RejectReason::NotUtf8, -1, -1)};
    for (int i = 0; i < 3; ++i) {
        const ApplyResult result = stats.apply(batch);
        QCOMPARE(result.accepted, 2);
        QCOMPARE(result.rejected, 1);
        QCOMPARE(result.skipped, 0);
    }
    QCOMPARE(stats.totalEvents(), 6u);
    QCOMPARE(stats.totalRejected(), 3u);
    QCOMPARE(stats.player(u"Wurs"_s)->nat20, 3u);
    QVERIFY(stats.appliedOffsets().isEmpty());

    // applyEvents never dedups either.
    const QVector<GameEvent> positioned{at(roll(u"Wurs"_s, 20, 5), 0, 1)};
    stats.applyEvents(positioned);
    stats.applyEvents(positioned);
    QCOMPARE(stats.totalEvents(), 8u);
}

void Tst_statistics::rejectsCountedAndDeduped()
{
    Statistics stats;
    EventBatch batch;
    batch.rejected = {reject(RejectReason::NotJson, 3, 10), reject(RejectReason::NotJson, 3, 11),
                      reject(RejectReason::MissingPlayer, 3, 12),
                      reject(RejectReason::RollOutOfRange, 3, 13)};
    batch.ranges = {{3, 10, 13}};
    const ApplyResult first = stats.apply(batch);
    QCOMPARE(first.rejected, 4);
    QCOMPARE(first.accepted, 0);
    const ApplyResult second = stats.apply(batch);
    QCOMPARE(second.rejected, 0);
    QCOMPARE(second.skipped, 4);

    QCOMPARE(stats.totalRejected(), 4u);
    QCOMPARE(stats.rejectedCount(RejectReason::NotJson), 2u);
    QCOMPARE(stats.rejectedCount(RejectReason::MissingPlayer), 1u);
    QCOMPARE(stats.rejectedCount(RejectReason::RollOutOfRange), 1u);
    QCOMPARE(stats.rejectedCount(RejectReason::TooLarge), 0u);
    QCOMPARE(stats.totalEvents(), 0u);
    QVERIFY(stats.players().isEmpty());
    QCOMPARE(stats.appliedOffsets().value(3), 13);
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
    QVERIFY(stats.appliedOffsets().isEmpty());

    // Dedup state is gone too: a replay from the beginning counts again.
    const ApplyResult again = stats.apply(batch);
    QCOMPARE(again.accepted, 4);
    QCOMPARE(again.rejected, 1);
    QCOMPARE(stats.player(u"Stravos"_s)->die(20)->count, 4u);
}

QTEST_GUILESS_MAIN(Tst_statistics)
#include "tst_statistics.moc"
