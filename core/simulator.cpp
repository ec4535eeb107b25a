// SPDX-License-Identifier: MIT
#include "simulator.h"

#include <QList>

#include <algorithm>
#include <array>
#include <deque>
#include <numeric>

namespace dnd {
namespace {

// The original producer's value sets (CamLandon/Landon_P6, utils_config.py
// and dnd_producer.py). Function-local statics: every event shares these
// strings, so building an event costs reference counts, not allocations.
const QString &typeName(EventKind kind)
{
    static const std::array<QString, 3> names{
        QStringLiteral("dice_roll"), QStringLiteral("encounter"), QStringLiteral("spell_cast")};
    return names.at(std::size_t(kind));
}

const QStringList &contexts()
{
    static const QStringList list{QStringLiteral("attack_roll"), QStringLiteral("saving_throw"),
                                  QStringLiteral("skill_check")};
    return list;
}
const QString &attackRoll()
{
    return contexts().at(0);
}
const QString &savingThrow()
{
    return contexts().at(1);
}
const QString &skillCheck()
{
    return contexts().at(2);
}
const QString &damage()
{
    static const QString text = QStringLiteral("damage");
    return text;
}

const QStringList &monsters()
{
    static const QStringList list{QStringLiteral("Goblin"), QStringLiteral("Orc"),
                                  QStringLiteral("Dragon"), QStringLiteral("Beholder")};
    return list;
}
const QStringList &locations()
{
    static const QStringList list{QStringLiteral("forest"), QStringLiteral("dungeon"),
                                  QStringLiteral("cave"), QStringLiteral("village")};
    return list;
}
const QStringList &spells()
{
    static const QStringList list{QStringLiteral("Fireball"), QStringLiteral("Shield"),
                                  QStringLiteral("Magic Missile"), QStringLiteral("Cure Wounds")};
    return list;
}
const QStringList &targets()
{
    static const QStringList list{QStringLiteral("enemy"), QStringLiteral("self"),
                                  QStringLiteral("ally")};
    return list;
}
const QStringList &effects()
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

} // namespace

QString simulationModeName(SimulationMode mode)
{
    return mode == SimulationMode::Random ? QStringLiteral("random") : QStringLiteral("game");
}

bool parseSimulationMode(const QString &text, SimulationMode *mode)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("game") || t == QLatin1String("random")) {
        if (mode)
            *mode = t == QLatin1String("game") ? SimulationMode::Game : SimulationMode::Random;
        return true;
    }
    return false;
}

QStringList defaultRoster()
{
    return {QStringLiteral("Stravos"), QStringLiteral("Ya"), QStringLiteral("Sylas"),
            QStringLiteral("Wurs")};
}

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

static QRandomGenerator seededGenerator(quint64 seed)
{
    // Both halves of the 64-bit seed matter; Qt seeds its mt19937 through
    // std::seed_seq, which is specified, so the stream is the same everywhere.
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    return QRandomGenerator(words, words + 2);
}

Simulator::Simulator(SimulatorConfig config, qint64 startTimeUs)
    : m_config(std::move(config)), m_rng(seededGenerator(m_config.seed)), m_clockUs(startTimeUs)
{
    // A roster with empty names would produce events every consumer rejects.
    m_config.players.removeAll(QString());
    if (m_config.players.isEmpty())
        m_config.players = defaultRoster();
    m_config.encountersPerGame = std::max(0, m_config.encountersPerGame);
}

Simulator::~Simulator() = default;
Simulator::Simulator(Simulator &&other) noexcept = default;
Simulator &Simulator::operator=(Simulator &&other) noexcept = default;

Simulator::Simulator(const Simulator &other)
    : m_config(other.m_config), m_rng(other.m_rng), m_clockUs(other.m_clockUs),
      m_produced(other.m_produced), m_gameOver(other.m_gameOver),
      m_game(other.m_game ? std::make_unique<GameState>(*other.m_game) : nullptr)
{}

Simulator &Simulator::operator=(const Simulator &other)
{
    if (this != &other) {
        Simulator copy(other);
        *this = std::move(copy);
    }
    return *this;
}

GameEvent Simulator::next()
{
    ++m_produced;
    return m_config.mode == SimulationMode::Random ? nextRandom() : nextInGame();
}

int Simulator::roll(int sides)
{
    return 1 + m_rng.bounded(sides);
}

const QString &Simulator::pick(const QStringList &choices)
{
    return choices.at(m_rng.bounded(int(choices.size())));
}

GameEvent Simulator::makeEvent(const QString &player, EventKind kind)
{
    GameEvent event;
    event.player = player;
    event.kind = kind;
    event.type = typeName(kind);
    m_clockUs += qint64(MinStepMs + m_rng.bounded(StepSpanMs)) * 1000;
    event.timestampUs = m_clockUs;
    if (m_config.mode == SimulationMode::Game && m_game) {
        event.gameId = m_game->gameId;
        event.eventId = m_game->gameId + QLatin1Char('-') + QString::number(++m_game->sequence);
    }
    return event;
}

GameEvent Simulator::makeRoll(const QString &player, int sides, const QString &context)
{
    GameEvent event = makeEvent(player, EventKind::DiceRoll);
    event.dieSides = sides;
    event.rollResult = roll(sides);
    event.context = context;
    return event;
}

// The original producer: each event independent, every choice uniform.
GameEvent Simulator::nextRandom()
{
    const auto kind = EventKind(m_rng.bounded(3));
    const QString &player = pick(m_config.players);
    switch (kind) {
    case EventKind::DiceRoll: {
        const int sides = RandomDice.at(std::size_t(m_rng.bounded(int(RandomDice.size()))));
        return makeRoll(player, sides, pick(contexts()));
    }
    case EventKind::Encounter: {
        GameEvent event = makeEvent(player, kind);
        event.monster = pick(monsters());
        event.location = pick(locations());
        event.initiative = roll(20);
        return event;
    }
    default: {
        GameEvent event = makeEvent(player, EventKind::SpellCast);
        event.spell = pick(spells());
        event.target = pick(targets());
        event.effect = pick(effects());
        return event;
    }
    }
}

GameEvent Simulator::nextInGame()
{
    if (!m_game)
        m_game = std::make_unique<GameState>();
    GameState &game = *m_game;
    if (game.phase == GameState::Phase::Over && game.pending.empty())
        startGame();
    while (game.pending.empty())
        step();
    GameEvent event = std::move(game.pending.front());
    game.pending.pop_front();
    // Over only once the last event of the last encounter has been handed out.
    m_gameOver = game.pending.empty() && game.phase == GameState::Phase::Over;
    return event;
}

void Simulator::startGame()
{
    GameState &game = *m_game;
    ++game.gameNumber;
    game.gameId = QStringLiteral("game-") + QString::number(game.gameNumber);
    game.sequence = 0;
    game.encountersDone = 0;
    startEncounter();
}

void Simulator::startEncounter()
{
    GameState &game = *m_game;
    const QStringList &players = m_config.players;
    const int count = int(players.size());
    game.monster = m_rng.bounded(int(Monsters.size()));
    game.location = pick(locations());
    game.monsterHp =
        std::max(1, (Monsters.at(std::size_t(game.monster)).hitPoints * count + 3) / 4);
    game.round = 1;
    game.turn = 0;
    game.wounded = -1;
    game.phase = GameState::Phase::Rounds;

    // Everyone rolls initiative; the encounter event carries it.
    QList<int> initiative(count);
    for (int i = 0; i < count; ++i) {
        GameEvent event = makeEvent(players.at(i), EventKind::Encounter);
        event.monster = monsters().at(game.monster);
        event.location = game.location;
        event.initiative = initiative[i] = roll(20);
        game.pending.push_back(std::move(event));
    }
    game.order.resize(count);
    std::iota(game.order.begin(), game.order.end(), 0);
    std::stable_sort(game.order.begin(), game.order.end(),
                     [&](int a, int b) { return initiative.at(a) > initiative.at(b); });
}

void Simulator::step()
{
    GameState &game = *m_game;
    switch (game.phase) {
    case GameState::Phase::Over:
        startGame();
        return;
    case GameState::Phase::Interlude:
        startEncounter();
        return;
    case GameState::Phase::Rounds:
        break;
    }
    if (game.turn < game.order.size())
        playerTurn(game.order.at(game.turn));
    else
        monsterTurn();
    if (game.monsterHp <= 0) {
        endEncounter();
        return;
    }
    if (++game.turn > game.order.size()) {
        game.turn = 0;
        if (++game.round > RoundLimit)
            endEncounter(); // the monster flees
    }
}

void Simulator::playerTurn(int playerIndex)
{
    GameState &game = *m_game;
    const QString &player = m_config.players.at(playerIndex);
    auto spellEvent = [&](int spell, int target, int effect) {
        GameEvent event = makeEvent(player, EventKind::SpellCast);
        event.spell = spells().at(spell);
        event.target = targets().at(target);
        event.effect = effects().at(effect);
        game.pending.push_back(std::move(event));
    };

    if (m_rng.bounded(100) < AttackPercent) {
        GameEvent attack = makeRoll(player, 20, attackRoll());
        const int result = attack.rollResult;
        game.pending.push_back(std::move(attack));
        const bool critical = result == 20;
        const int armourClass = Monsters.at(std::size_t(game.monster)).armourClass;
        if (critical || (result != 1 && result + AttackBonus >= armourClass)) {
            const int sides = WeaponDice.at(std::size_t(playerIndex) % WeaponDice.size());
            GameEvent hit = makeRoll(player, sides, damage());
            game.monsterHp -= critical ? 2 * hit.rollResult : hit.rollResult;
            game.pending.push_back(std::move(hit));
        }
        return;
    }
    if (game.wounded >= 0 && m_rng.bounded(2) == 0) {
        spellEvent(CureWounds, game.wounded == playerIndex ? Self : Ally, Heal);
        game.wounded = -1;
        return;
    }
    // One die stands for the spell's damage: Fireball's 8d6 as a d6 times
    // three, Magic Missile's darts as a d4 plus one.
    if (m_rng.bounded(2) == 0) {
        spellEvent(Fireball, Enemy, Damage);
        GameEvent hit = makeRoll(player, 6, damage());
        game.monsterHp -= 3 * hit.rollResult;
        game.pending.push_back(std::move(hit));
    } else {
        spellEvent(MagicMissile, Enemy, Damage);
        GameEvent hit = makeRoll(player, 4, damage());
        game.monsterHp -= hit.rollResult + 1;
        game.pending.push_back(std::move(hit));
    }
}

// The monster strikes one player, who may raise a Shield and then rolls a
// saving throw; a failed save leaves the player wounded until healed.
void Simulator::monsterTurn()
{
    GameState &game = *m_game;
    const int target = m_rng.bounded(int(m_config.players.size()));
    const QString &player = m_config.players.at(target);
    int bonus = SaveBonus;
    if (m_rng.bounded(100) < ShieldPercent) {
        GameEvent shield = makeEvent(player, EventKind::SpellCast);
        shield.spell = spells().at(Shield);
        shield.target = targets().at(Self);
        shield.effect = effects().at(Buff);
        game.pending.push_back(std::move(shield));
        bonus += 5;
    }
    GameEvent save = makeRoll(player, 20, savingThrow());
    if (save.rollResult + bonus < SaveDifficulty)
        game.wounded = target;
    game.pending.push_back(std::move(save));
}

void Simulator::endEncounter()
{
    GameState &game = *m_game;
    ++game.encountersDone;
    if (m_config.encountersPerGame > 0 && game.encountersDone >= m_config.encountersPerGame) {
        game.phase = GameState::Phase::Over;
        return;
    }
    // On the road to the next fight: a few skill checks.
    const int checks = 1 + m_rng.bounded(3);
    for (int i = 0; i < checks; ++i)
        game.pending.push_back(makeRoll(pick(m_config.players), 20, skillCheck()));
    game.phase = GameState::Phase::Interlude;
}

} // namespace dnd
