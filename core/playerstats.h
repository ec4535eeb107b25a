// SPDX-License-Identifier: MIT
#pragma once

#include "gameevent.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <array>
#include <map>

namespace dnd {

using CountMap = QHash<QString, quint64>;

// Bounds on what a stream can make the statistics keep (README, "Limits"):
// names are at most MaxNameLength characters (the codec rejects longer),
// each count map keeps at most MaxKeysPerMap distinct names (plus
// otherKey()) and counts the rest under otherKey(), and all players' maps together at most
// MaxKeysInAllMaps (then new names of any player count under otherKey()).
inline constexpr int MaxKeysPerMap = 200;
inline constexpr qsizetype MaxKeysInAllMaps = 500'000;

// "(other)": where names past a cap are counted.
const QString &otherKey();

// Distinct keys a count map may still take; shared by all maps it is passed to.
struct KeyBudget
{
    qsizetype remaining = MaxKeysInAllMaps;
};

// ++counts[key], unless key is new and counts is full (MaxKeysPerMap) or
// the budget is spent: then ++counts[otherKey()]. An empty key is not counted.
void countCapped(CountMap &counts, const QString &key, KeyBudget *budget = nullptr);

// Rolls of one die type for one player.
struct DieStats
{
    int sides = 0;
    QVector<quint64> histogram; // index 0 = face 1
    quint64 count = 0;
    quint64 sum = 0;

    double mean() const;               // NaN when no rolls
    double expectedMean() const;       // (sides + 1) / 2
    bool hasEnoughForFairness() const; // at least 5 expected rolls per face
    double chiSquare() const;          // Pearson's statistic against a fair die
    double fairnessPValue() const;     // chi-square GOF vs fair die; NaN if not enough
};

// Fixed-size ring of the most recent d20 rolls (oldest first on read).
class RecentRolls
{
public:
    static constexpr int Capacity = 100;
    void push(int roll);
    QVector<int> values() const;
    int size() const { return m_size; }

private:
    std::array<quint8, Capacity> m_buffer{};
    int m_next = 0;
    int m_size = 0;
};

struct PlayerStats
{
    QString name;
    quint64 events = 0;
    CountMap byType;              // event_type -> count, any type name
    std::map<int, DieStats> dice; // sides -> stats
    quint64 nat20 = 0;
    quint64 nat1 = 0;
    CountMap contexts;
    CountMap monsters;
    CountMap locations;
    CountMap spells;
    CountMap targets;
    CountMap effects;
    qint64 firstSeenUs = NoTimestamp;
    qint64 lastSeenUs = NoTimestamp;
    RecentRolls recentD20;
    // Runs of consecutive d20 rolls strictly above / below the die mean 10.5.
    int longestRunAbove = 0;
    int longestRunBelow = 0;
    int currentRunAbove = 0;
    int currentRunBelow = 0;

    quint64 rolls() const; // all dice
    const DieStats *die(int sides) const;
    // New names in the count maps spend budget (when given); see countCapped.
    void apply(const GameEvent &event, KeyBudget *budget = nullptr);
};

// The name an event is counted under: GameEvent::type, or for a hand-made
// event without one, the wire name of its kind ("other" for EventKind::Other).
const QString &eventTypeKey(const GameEvent &event);

// Key with the largest count (ties: alphabetically first); empty if none.
QString mostFrequent(const CountMap &counts);

} // namespace dnd
