// SPDX-License-Identifier: MIT
#pragma once

// Shared by the simulator's two modes (simulator.cpp: construction and the
// random mode; simulatorgame.cpp: the game mode): the original producer's
// value sets, the game rules and the game state.

#include "simulator.h"

#include <QList>

#include <array>
#include <deque>

namespace dnd::simulation {

// The original producer's value sets (CamLandon/Landon_P6, utils_config.py
// and dnd_producer.py). Function-local statics: every event shares these
// strings, so building an event costs reference counts, not allocations.
inline const QString &typeName(EventKind kind)
{
    static const std::array<QString, 3> names{
        QStringLiteral("dice_roll"), QStringLiteral("encounter"), QStringLiteral("spell_cast")};
    return names.at(std::size_t(kind));
}

inline const QStringList &contexts()
{
    static const QStringList list{QStringLiteral("attack_roll"), QStringLiteral("saving_throw"),
                                  QStringLiteral("skill_check")};
    return list;
}
inline const QString &attackRoll()
{
    return contexts().at(0);
}
inline const QString &savingThrow()
{
    return contexts().at(1);
}
inline const QString &skillCheck()
{
    return contexts().at(2);
}
inline const QString &damage()
{
    static const QString text = QStringLiteral("damage");
    return text;
}

inline const QStringList &monsters()
{
    static const QStringList list{QStringLiteral("Goblin"), QStringLiteral("Orc"),
                                  QStringLiteral("Dragon"), QStringLiteral("Beholder")};
    return list;
}
inline const QStringList &locations()
{
    static const QStringList list{QStringLiteral("forest"), QStringLiteral("dungeon"),
                                  QStringLiteral("cave"), QStringLiteral("village")};
    return list;
}
inline const QStringList &spells()
{
    static const QStringList list{QStringLiteral("Fireball"), QStringLiteral("Shield"),
                                  QStringLiteral("Magic Missile"), QStringLiteral("Cure Wounds")};
    return list;
}
inline const QStringList &targets()
{
    static const QStringList list{QStringLiteral("enemy"), QStringLiteral("self"),
                                  QStringLiteral("ally")};
    return list;
}
inline const QStringList &effects()
{
    static const QStringList list{QStringLiteral("damage"), QStringLiteral("heal"),
                                  QStringLiteral("buff"), QStringLiteral("debuff")};
    return list;
}

constexpr std::array<int, 6> RandomDice{4, 6, 8, 10, 12, 20};

// Game mode rules, loosely 5th edition: a party member hits when d20 + 5
// reaches the monster's armour class (a natural 20 always hits and doubles
// the damage, a natural 1 always misses). Hit points are for a party of
// four and scale with the roster, so encounters last a few rounds.
struct MonsterStats
{
    int armourClass;
    int hitPoints;
};
constexpr std::array<MonsterStats, 4> Monsters{{{15, 20}, {13, 30}, {19, 60}, {18, 45}}};
constexpr int AttackBonus = 5;
constexpr int SaveBonus = 2;
constexpr int SaveDifficulty = 13;
constexpr int RoundLimit = 6;     // then the monster flees
constexpr int AttackPercent = 65; // of turns; the rest cast a spell
constexpr int ShieldPercent = 25; // of monster attacks, the target casts Shield first
// Each player keeps one weapon die for the whole game, by roster position.
constexpr std::array<int, 5> WeaponDice{8, 6, 10, 4, 12};
// The simulated clock advances 250..2000 ms per event: a brisk table.
constexpr int MinStepMs = 250;
constexpr int StepSpanMs = 2000 - MinStepMs + 1;

enum SpellIndex
{
    Fireball,
    Shield,
    MagicMissile,
    CureWounds
};
enum TargetIndex
{
    Enemy,
    Self,
    Ally
};
enum EffectIndex
{
    Damage,
    Heal,
    Buff
};

} // namespace dnd::simulation

namespace dnd {

struct Simulator::GameState
{
    enum class Phase : quint8
    {
        Over,
        Rounds,
        Interlude
    };
    Phase phase = Phase::Over;
    quint64 gameNumber = 0;
    QString gameId;
    quint64 sequence = 0;
    int encountersDone = 0;
    // The current encounter.
    int monster = 0;
    QString location;
    int monsterHp = 0;
    QList<int> order; // roster indices, highest initiative first
    int round = 0;
    int turn = 0;     // index into order; order.size() is the monster's turn
    int wounded = -1; // roster index of a player who failed a save, -1 = none
    std::deque<GameEvent> pending;
};

} // namespace dnd
