// SPDX-License-Identifier: MIT
#include "simulator.h"
#include "simulator_p.h"

#include <QDate>

#include <algorithm>

namespace dnd {

using namespace simulation;

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

QString uniqueGameIdPrefix()
{
    const QString day = QDate::currentDate().toString(QStringLiteral("yyMMdd"));
    const quint32 token = QRandomGenerator::system()->bounded(1U << 24);
    return QStringLiteral("game-%1-%2-").arg(day).arg(token, 6, 16, QLatin1Char('0'));
}

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

} // namespace dnd
