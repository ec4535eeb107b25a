// SPDX-License-Identifier: MIT
// The simulator: reproducible for a seed, the original producer's uniform
// choices in random mode, and a coherent, valid game in game mode.
#include "codec.h"
#include "simulator.h"
#include "testmain.h"

#include <QtTest>

#include <array>

using namespace dnd;

namespace {

enum class Field
{
    Type,
    Player,
    Die,
    D20Face,
    Context,
    Monster,
    Location,
    Initiative,
    Spell,
    Target,
    Effect
};

// The category an event falls into for a field, or an empty string when the
// field does not apply to the event (e.g. the die of an encounter).
QString category(const GameEvent &e, Field field)
{
    switch (field) {
    case Field::Type:
        return e.type;
    case Field::Player:
        return e.player;
    case Field::Die:
        return e.kind == EventKind::DiceRoll ? QString::number(e.dieSides) : QString();
    case Field::D20Face:
        return e.dieSides == 20 ? QString::number(e.rollResult) : QString();
    case Field::Context:
        return e.kind == EventKind::DiceRoll ? e.context : QString();
    case Field::Monster:
        return e.monster;
    case Field::Location:
        return e.location;
    case Field::Initiative:
        return e.kind == EventKind::Encounter ? QString::number(e.initiative) : QString();
    case Field::Spell:
        return e.spell;
    case Field::Target:
        return e.target;
    case Field::Effect:
        return e.effect;
    }
    return {};
}

QStringList numbers(std::initializer_list<int> values)
{
    QStringList list;
    for (int v : values)
        list << QString::number(v);
    return list;
}

QStringList range(int from, int to)
{
    QStringList list;
    for (int v = from; v <= to; ++v)
        list << QString::number(v);
    return list;
}

// Upper critical values of the chi-square distribution at p = 0.001.
double criticalValue(int degreesOfFreedom)
{
    switch (degreesOfFreedom) {
    case 2:
        return 13.816;
    case 3:
        return 16.266;
    case 5:
        return 20.515;
    case 19:
        return 43.820;
    }
    qFatal("no critical value for %d degrees of freedom", degreesOfFreedom);
    return 0;
}

// Field-level validity, independent of the codec, with a readable failure.
QString problem(const GameEvent &e, const QStringList &roster)
{
    static const QList<int> dice{4, 6, 8, 10, 12, 20};
    if (!roster.contains(e.player))
        return QStringLiteral("player \"%1\" not in the roster").arg(e.player);
    if (e.timestampUs == NoTimestamp)
        return QStringLiteral("no timestamp");
    switch (e.kind) {
    case EventKind::DiceRoll:
        if (e.type != QLatin1String("dice_roll") || !dice.contains(e.dieSides) ||
            e.rollResult < 1 || e.rollResult > e.dieSides || e.context.isEmpty())
            return QStringLiteral("bad roll d%1 = %2").arg(e.dieSides).arg(e.rollResult);
        return {};
    case EventKind::Encounter:
        if (e.type != QLatin1String("encounter") || e.monster.isEmpty() || e.location.isEmpty() ||
            e.initiative < 1 || e.initiative > 20)
            return QStringLiteral("bad encounter");
        return {};
    case EventKind::SpellCast:
        if (e.type != QLatin1String("spell_cast") || e.spell.isEmpty() || e.target.isEmpty() ||
            e.effect.isEmpty())
            return QStringLiteral("bad spell");
        return {};
    case EventKind::Other:
        break;
    }
    return QStringLiteral("unexpected event type %1").arg(e.type);
}

SimulatorConfig config(SimulationMode mode, quint64 seed, int encounters = 5)
{
    SimulatorConfig c;
    c.mode = mode;
    c.seed = seed;
    c.encountersPerGame = encounters;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(Field)
Q_DECLARE_METATYPE(SimulationMode)

class Tst_simulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modeNames();
    void sameSeedSameEvents_data();
    void sameSeedSameEvents();
    void copyContinuesIndependently();
    void randomModeIsUniform_data();
    void randomModeIsUniform();
    void gameModeProducesValidEventsOfEveryType();
    void gameEndsAfterEncounters_data();
    void gameEndsAfterEncounters();
    void gameIdPrefixNamesTheGames();
    void gameReadsLikePlay();
    void endlessGame();
    void customRosterUsedExclusively_data();
    void customRosterUsedExclusively();
    void emptyRosterFallsBackToDefault();
    void timestampsAdvance();
};

void Tst_simulator::modeNames()
{
    SimulationMode mode = SimulationMode::Game;
    QVERIFY(parseSimulationMode(QStringLiteral("random"), &mode));
    QCOMPARE(mode, SimulationMode::Random);
    QVERIFY(parseSimulationMode(QStringLiteral("game"), &mode));
    QCOMPARE(mode, SimulationMode::Game);
    QVERIFY(!parseSimulationMode(QStringLiteral("chaos"), &mode));
    QCOMPARE(simulationModeName(SimulationMode::Random), QStringLiteral("random"));
    QCOMPARE(simulationModeName(SimulationMode::Game), QStringLiteral("game"));
    QCOMPARE(defaultRoster(), (QStringList{QStringLiteral("Stravos"), QStringLiteral("Ya"),
                                           QStringLiteral("Sylas"), QStringLiteral("Wurs")}));
}

void Tst_simulator::sameSeedSameEvents_data()
{
    QTest::addColumn<SimulationMode>("mode");
    QTest::newRow("game") << SimulationMode::Game;
    QTest::newRow("random") << SimulationMode::Random;
}

void Tst_simulator::sameSeedSameEvents()
{
    QFETCH(SimulationMode, mode);
    Simulator a(config(mode, 42));
    Simulator b(config(mode, 42));
    Simulator other(config(mode, 43));
    // Seeds that differ only in the upper 32 bits must differ too.
    Simulator high(config(mode, 42 + (quint64(1) << 32)));
    int differences = 0;
    int highDifferences = 0;
    for (int i = 0; i < 2000; ++i) {
        const GameEvent e = a.next();
        QCOMPARE(b.next(), e);
        differences += other.next() == e ? 0 : 1;
        highDifferences += high.next() == e ? 0 : 1;
    }
    QVERIFY2(differences > 1000, qPrintable(QString::number(differences)));
    QVERIFY2(highDifferences > 1000, qPrintable(QString::number(highDifferences)));
    QCOMPARE(a.produced(), quint64(2000));
}

void Tst_simulator::copyContinuesIndependently()
{
    Simulator original(config(SimulationMode::Game, 7));
    for (int i = 0; i < 50; ++i)
        original.next();
    Simulator copy = original;
    QList<GameEvent> fromOriginal;
    for (int i = 0; i < 300; ++i)
        fromOriginal << original.next();
    for (int i = 0; i < 300; ++i)
        QCOMPARE(copy.next(), fromOriginal.at(i));
}

void Tst_simulator::randomModeIsUniform_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QStringList>("categories");
    QTest::newRow("event types") << Field::Type
                                 << QStringList{QStringLiteral("dice_roll"),
                                                QStringLiteral("encounter"),
                                                QStringLiteral("spell_cast")};
    QTest::newRow("players") << Field::Player << defaultRoster();
    QTest::newRow("dice") << Field::Die << numbers({4, 6, 8, 10, 12, 20});
    QTest::newRow("d20 faces") << Field::D20Face << range(1, 20);
    QTest::newRow("contexts") << Field::Context
                              << QStringList{QStringLiteral("attack_roll"),
                                             QStringLiteral("saving_throw"),
                                             QStringLiteral("skill_check")};
    QTest::newRow("monsters") << Field::Monster
                              << QStringList{QStringLiteral("Goblin"), QStringLiteral("Orc"),
                                             QStringLiteral("Dragon"), QStringLiteral("Beholder")};
    QTest::newRow("locations") << Field::Location
                               << QStringList{QStringLiteral("forest"), QStringLiteral("dungeon"),
                                              QStringLiteral("cave"), QStringLiteral("village")};
    QTest::newRow("initiative") << Field::Initiative << range(1, 20);
    QTest::newRow("spells") << Field::Spell
                            << QStringList{QStringLiteral("Fireball"), QStringLiteral("Shield"),
                                           QStringLiteral("Magic Missile"),
                                           QStringLiteral("Cure Wounds")};
    QTest::newRow("targets") << Field::Target
                             << QStringList{QStringLiteral("enemy"), QStringLiteral("self"),
                                            QStringLiteral("ally")};
    QTest::newRow("effects") << Field::Effect
                             << QStringList{QStringLiteral("damage"), QStringLiteral("heal"),
                                            QStringLiteral("buff"), QStringLiteral("debuff")};
}

// Pearson's chi-square against equal expected counts; with a fixed seed the
// outcome is deterministic, and p = 0.001 keeps it meaningful for a fair RNG.
void Tst_simulator::randomModeIsUniform()
{
    QFETCH(Field, field);
    QFETCH(QStringList, categories);
    Simulator simulator(config(SimulationMode::Random, 2025));
    QHash<QString, qint64> counts;
    qint64 total = 0;
    for (int i = 0; i < 100'000; ++i) {
        const QString key = category(simulator.next(), field);
        if (key.isEmpty())
            continue;
        QVERIFY2(categories.contains(key), qPrintable(key));
        ++counts[key];
        ++total;
    }
    QVERIFY(total > 1000);
    const double expected = double(total) / double(categories.size());
    double chiSquare = 0;
    for (const QString &c : categories) {
        const double diff = double(counts.value(c)) - expected;
        chiSquare += diff * diff / expected;
    }
    const double critical = criticalValue(int(categories.size()) - 1);
    QVERIFY2(chiSquare < critical,
             qPrintable(QStringLiteral("chi-square %1 >= %2").arg(chiSquare).arg(critical)));
}

void Tst_simulator::gameModeProducesValidEventsOfEveryType()
{
    Simulator simulator(config(SimulationMode::Game, 3));
    QHash<QString, int> types;
    QHash<QString, int> contexts;
    for (int i = 0; i < 10'000; ++i) {
        const GameEvent e = simulator.next();
        const QString bad = problem(e, defaultRoster());
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        const ValidationResult decoded = Codec::decode(Codec::encode(e));
        QVERIFY2(decoded.ok, qPrintable(decoded.message));
        QCOMPARE(decoded.event.player, e.player);
        QCOMPARE(decoded.event.eventId, e.eventId);
        ++types[e.type];
        if (e.kind == EventKind::DiceRoll)
            ++contexts[e.context];
    }
    QCOMPARE(types.size(), 3);
    for (const char *type : {"dice_roll", "encounter", "spell_cast"})
        QVERIFY2(types.value(QLatin1String(type)) > 100, type);
    for (const char *context : {"attack_roll", "saving_throw", "skill_check", "damage"})
        QVERIFY2(contexts.value(QLatin1String(context)) > 50, context);
}

void Tst_simulator::gameIdPrefixNamesTheGames()
{
    SimulatorConfig config;
    config.gameIdPrefix = QStringLiteral("table-3-");
    Simulator simulator(config);
    const GameEvent first = simulator.next();
    QCOMPARE(first.gameId, QStringLiteral("table-3-1"));
    QCOMPARE(first.eventId, QStringLiteral("table-3-1-1"));
    // Live games: one prefix a start, the day and 24 random bits.
    const QString a = uniqueGameIdPrefix();
    const QRegularExpression shape(QStringLiteral("^game-[0-9]{6}-[0-9a-f]{6}-$"));
    QVERIFY2(shape.match(a).hasMatch(), qPrintable(a));
    QSet<QString> prefixes{a};
    for (int i = 0; i < 20; ++i)
        prefixes.insert(uniqueGameIdPrefix());
    QVERIFY(prefixes.size() >= 20); // 1 in ~80,000 that two of 21 meet
}

void Tst_simulator::gameEndsAfterEncounters_data()
{
    QTest::addColumn<int>("encounters");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("1 encounter") << 1 << quint64(1);
    QTest::newRow("3 encounters") << 3 << quint64(5);
    QTest::newRow("5 encounters") << 5 << quint64(9);
    QTest::newRow("12 encounters") << 12 << quint64(11);
}

void Tst_simulator::gameEndsAfterEncounters()
{
    QFETCH(int, encounters);
    QFETCH(quint64, seed);
    Simulator simulator(config(SimulationMode::Game, seed, encounters));
    const qsizetype players = simulator.config().players.size();
    QCOMPARE(simulator.gameOver(), false);
    for (int game = 1; game <= 3; ++game) {
        const QString gameId = QStringLiteral("game-%1").arg(game);
        int encounterEvents = 0;
        int seq = 0;
        do {
            const GameEvent e = simulator.next();
            QCOMPARE(e.gameId, gameId);
            QCOMPARE(e.eventId, QStringLiteral("%1-%2").arg(gameId).arg(++seq));
            encounterEvents += e.kind == EventKind::Encounter ? 1 : 0;
            QVERIFY2(seq < 100'000, "the game does not end");
        } while (!simulator.gameOver());
        // One encounter event per player per encounter.
        QCOMPARE(encounterEvents, encounters * players);
    }
}

// Structure of play: encounter events open a fight with one monster and
// place for everybody; damage follows a hit or a spell by the same player;
// skill checks happen only between fights.
void Tst_simulator::gameReadsLikePlay()
{
    Simulator simulator(config(SimulationMode::Game, 77, 8));
    GameEvent previous;
    QString monster;
    QString location;
    bool inFight = false;
    QSet<QString> rolledInitiative;
    int fights = 0;
    int hits = 0;
    while (!simulator.gameOver()) {
        const GameEvent e = simulator.next();
        if (e.kind == EventKind::Encounter) {
            if (previous.kind != EventKind::Encounter) {
                monster = e.monster;
                location = e.location;
                rolledInitiative.clear();
                inFight = true;
                ++fights;
            }
            QCOMPARE(e.monster, monster);
            QCOMPARE(e.location, location);
            QVERIFY2(!rolledInitiative.contains(e.player), "initiative rolled twice");
            rolledInitiative.insert(e.player);
        } else {
            QVERIFY(inFight || e.context == QLatin1String("skill_check"));
            if (e.context == QLatin1String("skill_check")) {
                inFight = false;
            } else if (e.context == QLatin1String("damage")) {
                QCOMPARE(previous.player, e.player);
                QVERIFY(previous.context == QLatin1String("attack_roll") ||
                        previous.kind == EventKind::SpellCast);
                ++hits;
            }
            QVERIFY(rolledInitiative.size() == 4);
        }
        previous = e;
    }
    QCOMPARE(fights, 8);
    QVERIFY(hits > 8);
}

void Tst_simulator::endlessGame()
{
    Simulator simulator(config(SimulationMode::Game, 4, 0));
    QSet<QString> games;
    for (int i = 0; i < 20'000; ++i) {
        games.insert(simulator.next().gameId);
        QVERIFY(!simulator.gameOver());
    }
    QCOMPARE(games.size(), 1);
}

void Tst_simulator::customRosterUsedExclusively_data()
{
    QTest::addColumn<SimulationMode>("mode");
    QTest::newRow("game") << SimulationMode::Game;
    QTest::newRow("random") << SimulationMode::Random;
}

void Tst_simulator::customRosterUsedExclusively()
{
    QFETCH(SimulationMode, mode);
    const QStringList roster{QStringLiteral("Alice"), QStringLiteral("Bob the Brave"),
                             QStringLiteral("Ciri")};
    SimulatorConfig c = config(mode, 12);
    c.players = roster;
    Simulator simulator(c);
    QHash<QString, int> seen;
    for (int i = 0; i < 5000; ++i) {
        const GameEvent e = simulator.next();
        const QString bad = problem(e, roster);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        ++seen[e.player];
    }
    QCOMPARE(seen.size(), roster.size());
}

void Tst_simulator::emptyRosterFallsBackToDefault()
{
    SimulatorConfig c = config(SimulationMode::Game, 1);
    c.players = QStringList{QString(), QString()};
    Simulator simulator(c);
    QCOMPARE(simulator.config().players, defaultRoster());
    for (int i = 0; i < 500; ++i)
        QVERIFY(!simulator.next().player.isEmpty());
}

void Tst_simulator::timestampsAdvance()
{
    const qint64 start = 1'600'000'000'000'000;
    Simulator simulator(config(SimulationMode::Game, 8), start);
    qint64 last = start;
    for (int i = 0; i < 5000; ++i) {
        const qint64 now = simulator.next().timestampUs;
        QVERIFY(now - last >= 250'000);
        QVERIFY(now - last <= 2'000'000);
        last = now;
    }
}

DND_GUILESS_TEST_MAIN(Tst_simulator)
#include "tst_simulator.moc"
