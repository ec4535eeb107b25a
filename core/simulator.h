// SPDX-License-Identifier: MIT
#pragma once

#include "gameevent.h"

#include <QRandomGenerator>
#include <QStringList>

#include <memory>

namespace dnd {

enum class SimulationMode : quint8
{
    Game,   // a game that reads like play: encounters, rounds, spells, checks
    Random, // the original dnd_producer.py: uniform independent events
};

QString simulationModeName(SimulationMode mode); // "game" / "random"
bool parseSimulationMode(const QString &text, SimulationMode *mode);

QStringList defaultRoster(); // Stravos, Ya, Sylas, Wurs

struct SimulatorConfig
{
    SimulationMode mode = SimulationMode::Game;
    quint64 seed = 1;
    QStringList players = defaultRoster();
    int encountersPerGame = 5; // game mode: the game ends after this many; 0 = endless
    // Empty names in players are skipped; an empty roster means defaultRoster().
    // Game ids are this plus the game's number: "game-1", "game-2", ... by
    // default, the same on every run (tests, benchmarks, screenshots).
    QString gameIdPrefix = QStringLiteral("game-");
};

// A game id prefix no other start of a game shares: "game-YYMMDD-xxxxxx-"
// (the day, then 24 random bits). Live games use it, so that a campaign
// archive keeps the games of different runs apart (the session selector's
// games, import's deduplication by event_id); the seed still decides the
// rolls.
QString uniqueGameIdPrefix();

// Deterministic event source: the same config gives the same sequence on
// every platform (QRandomGenerator's bounded() is implemented by Qt).
// Events get timestamps from a simulated clock that starts at
// startTimeUs and advances a little per event, so output is reproducible;
// the simulated producer overwrites them with the wall clock when live.
class Simulator
{
public:
    explicit Simulator(SimulatorConfig config, qint64 startTimeUs = 1'700'000'000'000'000);
    ~Simulator();
    // Copies continue independently from the same point (the game state is
    // deep-copied, so two copies never share one game).
    Simulator(const Simulator &other);
    Simulator &operator=(const Simulator &other);
    Simulator(Simulator &&other) noexcept;
    Simulator &operator=(Simulator &&other) noexcept;

    GameEvent next();
    // Game mode: true once the configured number of encounters is over
    // (next() then starts a new game). Random mode: never.
    bool gameOver() const { return m_gameOver; }
    quint64 produced() const { return m_produced; }
    const SimulatorConfig &config() const { return m_config; }

private:
    GameEvent nextRandom();
    GameEvent nextInGame();
    GameEvent makeEvent(const QString &player, EventKind kind);
    GameEvent makeRoll(const QString &player, int sides, const QString &context);
    int roll(int sides);
    const QString &pick(const QStringList &choices);
    // Game mode steps; each appends at least one event to the pending queue.
    void startGame();
    void startEncounter();
    void playerTurn(int playerIndex);
    void monsterTurn();
    void endEncounter();
    void step();

    SimulatorConfig m_config;
    QRandomGenerator m_rng;
    qint64 m_clockUs;
    quint64 m_produced = 0;
    bool m_gameOver = false;

    // Game-mode state machine (created on first use).
    struct GameState;
    std::unique_ptr<GameState> m_game;
};

} // namespace dnd
