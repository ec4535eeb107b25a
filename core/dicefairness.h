// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <limits>

namespace dnd {

class Statistics;
struct DieStats;

// The dice of the wire format, "d4" to "d100" (README, "The event format").
inline constexpr std::array<int, 7> DieTypes{4, 6, 8, 10, 12, 20, 100};

// A chi-square goodness-of-fit test of one die's faces against a fair die.
// Its p-value is judged after Holm's correction within the family of tests
// shown together (DiceFairness); on its own the family is this one test.
struct DieFairness
{
    enum Verdict : quint8
    {
        NotEnoughRolls, // some face expects fewer than 5 rolls: no test
        LooksFair,      // adjusted p >= 0.05
        LittleOdd,      // 0.01 <= adjusted p < 0.05
        Suspicious,     // 0.001 <= adjusted p < 0.01
        LikelyLoaded    // adjusted p < 0.001
    };

    int sides = 0;
    quint64 rolls = 0;
    double chiSquare = std::numeric_limits<double>::quiet_NaN();
    double pValue = std::numeric_limits<double>::quiet_NaN();         // uncorrected
    double adjustedPValue = std::numeric_limits<double>::quiet_NaN(); // Holm
    int familySize = 0; // tests corrected together; 0 when not tested

    bool isTested() const { return familySize > 0; }
    int degreesOfFreedom() const { return sides - 1; }
    // Rolls before the test is made: 5 expected per face.
    quint64 rollsNeeded() const { return quint64(5) * quint64(sides); }
    Verdict verdict() const;
};

// The uncorrected test of one die (a family of one when it has enough rolls).
DieFairness testFairness(const DieStats &die);

// Holm's step-down adjusted p-values (Holm 1979), in the order given: sort
// ascending, multiply the i-th smallest (from 0) by m - i, carry the running
// maximum, cap at 1. A NaN entry is a test not made: it stays NaN and does
// not count towards m.
QVector<double> holmAdjusted(const QVector<double> &pValues);

// What an adjusted p-value says about a die (NaN: not tested).
DieFairness::Verdict fairnessVerdict(double adjustedPValue);

// The fairness of every die of the given players, the tests made corrected
// together with Holm's method: with many players and dice on screen at once,
// a fair die then "looks loaded" by chance no more often than a single test
// at the same level would say.
class DiceFairness
{
public:
    DiceFairness() = default;
    DiceFairness(const Statistics &statistics, const QStringList &players);

    // A die the player never rolled: not tested, no rolls.
    DieFairness die(const QString &player, int sides) const;
    // Tests made and corrected together.
    int familySize() const { return m_familySize; }

private:
    QHash<QString, QVector<DieFairness>> m_players; // DieTypes order
    int m_familySize = 0;
};

} // namespace dnd
