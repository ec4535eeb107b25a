// SPDX-License-Identifier: MIT
#include "playerstats.h"

#include "statistics.h" // chiSquareSurvival

#include <algorithm>
#include <cmath>
#include <limits>

namespace dnd {

const QString &otherKey()
{
    static const QString key = QStringLiteral("(other)");
    return key;
}

void countCapped(CountMap &counts, const QString &key, KeyBudget *budget)
{
    if (key.isEmpty())
        return;
    if (const auto it = counts.find(key); it != counts.end()) {
        ++it.value();
        return;
    }
    // A name the map has not seen: it costs memory, so it is kept only
    // while the map and the budget allow.
    // A name sent as "(other)" lands in the same place, as documented.
    if (counts.size() >= MaxKeysPerMap || (budget && budget->remaining <= 0)) {
        ++counts[otherKey()];
        return;
    }
    counts.insert(key, 1);
    if (budget)
        --budget->remaining;
}

// Codec always sets GameEvent::type; events built by hand may not, and they
// must still be counted somewhere visible rather than under "".
const QString &eventTypeKey(const GameEvent &event)
{
    if (!event.type.isEmpty())
        return event.type;
    static const QString diceRoll = QStringLiteral("dice_roll");
    static const QString encounter = QStringLiteral("encounter");
    static const QString spellCast = QStringLiteral("spell_cast");
    static const QString other = QStringLiteral("other");
    switch (event.kind) {
    case EventKind::DiceRoll:
        return diceRoll;
    case EventKind::Encounter:
        return encounter;
    case EventKind::SpellCast:
        return spellCast;
    case EventKind::Other:
        break;
    }
    return other;
}

double DieStats::mean() const
{
    if (count == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return double(sum) / double(count);
}

double DieStats::expectedMean() const
{
    return (sides + 1) / 2.0;
}

bool DieStats::hasEnoughForFairness() const
{
    // The chi-square approximation is only trustworthy with about five
    // expected observations per cell.
    return sides > 1 && count >= quint64(5) * quint64(sides);
}

double DieStats::chiSquare() const
{
    if (count == 0 || histogram.size() != sides)
        return std::numeric_limits<double>::quiet_NaN();
    const double expected = double(count) / double(sides);
    double chi2 = 0.0;
    for (const quint64 observed : histogram) {
        const double diff = double(observed) - expected;
        chi2 += diff * diff / expected;
    }
    return chi2;
}

double DieStats::fairnessPValue() const
{
    if (!hasEnoughForFairness())
        return std::numeric_limits<double>::quiet_NaN();
    return chiSquareSurvival(chiSquare(), sides - 1);
}

void RecentRolls::push(int roll)
{
    m_buffer[size_t(m_next)] = quint8(roll);
    m_next = (m_next + 1) % Capacity;
    if (m_size < Capacity)
        ++m_size;
}

QVector<int> RecentRolls::values() const
{
    QVector<int> out;
    out.reserve(m_size);
    const int start = (m_next - m_size + Capacity) % Capacity;
    for (int i = 0; i < m_size; ++i)
        out.append(m_buffer[size_t((start + i) % Capacity)]);
    return out;
}

quint64 PlayerStats::rolls() const
{
    quint64 total = 0;
    for (const auto &[sides, stats] : dice)
        total += stats.count;
    return total;
}

const DieStats *PlayerStats::die(int sides) const
{
    const auto it = dice.find(sides);
    return it == dice.end() ? nullptr : &it->second;
}

void PlayerStats::apply(const GameEvent &event, KeyBudget *budget)
{
    ++events;
    countCapped(byType, eventTypeKey(event), budget);

    if (event.timestampUs != NoTimestamp) {
        // Min/max rather than first/last applied: partitions interleave, so
        // arrival order is not time order.
        if (firstSeenUs == NoTimestamp || event.timestampUs < firstSeenUs)
            firstSeenUs = event.timestampUs;
        if (lastSeenUs == NoTimestamp || event.timestampUs > lastSeenUs)
            lastSeenUs = event.timestampUs;
    }

    // The codec guarantees 1 <= roll <= sides; hand-made events that break it
    // are still counted as events but do not corrupt the histograms.
    const int sides = event.dieSides;
    const int roll = event.rollResult;
    if (event.kind == EventKind::DiceRoll && sides > 0 && roll >= 1 && roll <= sides) {
        DieStats &stats = dice[sides];
        if (stats.sides == 0) {
            stats.sides = sides;
            stats.histogram.fill(0, sides);
        }
        ++stats.histogram[roll - 1];
        ++stats.count;
        stats.sum += quint64(roll);

        if (sides == 20) {
            if (roll == 20)
                ++nat20;
            else if (roll == 1)
                ++nat1;
            recentD20.push(roll);
            // A d20 never rolls exactly 10.5, so every roll extends one run
            // and ends the other.
            if (roll > 10) {
                ++currentRunAbove;
                currentRunBelow = 0;
                longestRunAbove = std::max(longestRunAbove, currentRunAbove);
            } else {
                ++currentRunBelow;
                currentRunAbove = 0;
                longestRunBelow = std::max(longestRunBelow, currentRunBelow);
            }
        }
    }

    countCapped(contexts, event.context, budget);
    countCapped(monsters, event.monster, budget);
    countCapped(locations, event.location, budget);
    countCapped(spells, event.spell, budget);
    countCapped(targets, event.target, budget);
    countCapped(effects, event.effect, budget);
}

QString mostFrequent(const CountMap &counts)
{
    QString best;
    quint64 bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() == 0)
            continue;
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace dnd
