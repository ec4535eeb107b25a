// SPDX-License-Identifier: MIT
// The simulator's game mode: games of encounters, initiative, rounds of
// attacks, spells and saves, until the monster falls or flees.
#include "simulator.h"
#include "simulator_p.h"

#include <algorithm>
#include <numeric>

namespace dnd {

using namespace simulation;

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
    game.gameId = m_config.gameIdPrefix + QString::number(game.gameNumber);
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
