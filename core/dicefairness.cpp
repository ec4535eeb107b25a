// SPDX-License-Identifier: MIT
#include "dicefairness.h"

#include "statistics.h"

#include <algorithm>
#include <cmath>

namespace dnd {

DieFairness::Verdict DieFairness::verdict() const
{
    return isTested() ? fairnessVerdict(adjustedPValue) : NotEnoughRolls;
}

DieFairness testFairness(const DieStats &die)
{
    DieFairness result;
    result.sides = die.sides;
    result.rolls = die.count;
    if (!die.hasEnoughForFairness())
        return result;
    result.chiSquare = die.chiSquare();
    result.pValue = chiSquareSurvival(result.chiSquare, die.sides - 1);
    result.adjustedPValue = result.pValue;
    result.familySize = std::isnan(result.pValue) ? 0 : 1;
    return result;
}

QVector<double> holmAdjusted(const QVector<double> &pValues)
{
    QVector<qsizetype> order;
    for (qsizetype i = 0; i < pValues.size(); ++i) {
        if (!std::isnan(pValues[i]))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&pValues](qsizetype a, qsizetype b) { return pValues[a] < pValues[b]; });
    QVector<double> adjusted(pValues.size(), std::numeric_limits<double>::quiet_NaN());
    const qsizetype m = order.size();
    double runningMax = 0.0;
    for (qsizetype rank = 0; rank < m; ++rank) {
        const qsizetype i = order[rank];
        // Step-down: a test can be rejected only after every smaller p was,
        // hence the running maximum.
        runningMax = std::max(runningMax, std::min(1.0, double(m - rank) * pValues[i]));
        adjusted[i] = runningMax;
    }
    return adjusted;
}

DieFairness::Verdict fairnessVerdict(double adjustedPValue)
{
    if (std::isnan(adjustedPValue))
        return DieFairness::NotEnoughRolls;
    if (adjustedPValue < 0.001)
        return DieFairness::LikelyLoaded;
    if (adjustedPValue < 0.01)
        return DieFairness::Suspicious;
    if (adjustedPValue < 0.05)
        return DieFairness::LittleOdd;
    return DieFairness::LooksFair;
}

DiceFairness::DiceFairness(const Statistics &statistics, const QStringList &players)
{
    QVector<DieFairness *> tested;
    QVector<double> pValues;
    for (const QString &name : players) {
        if (m_players.contains(name))
            continue;
        QVector<DieFairness> &dice = m_players[name];
        const PlayerStats *player = statistics.player(name);
        for (const int sides : DieTypes) {
            const DieStats *die = player ? player->die(sides) : nullptr;
            DieFairness result = die ? testFairness(*die) : DieFairness{};
            result.sides = sides;
            dice.append(result);
        }
    }
    // Pointers into m_players only once it no longer grows.
    for (QVector<DieFairness> &dice : m_players) {
        for (DieFairness &die : dice) {
            if (die.isTested()) {
                tested.append(&die);
                pValues.append(die.pValue);
            }
        }
    }
    const QVector<double> adjusted = holmAdjusted(pValues);
    m_familySize = int(tested.size());
    for (qsizetype i = 0; i < tested.size(); ++i) {
        tested[i]->adjustedPValue = adjusted[i];
        tested[i]->familySize = m_familySize;
    }
}

DieFairness DiceFairness::die(const QString &player, int sides) const
{
    const auto it = m_players.constFind(player);
    if (it != m_players.cend()) {
        for (const DieFairness &die : *it) {
            if (die.sides == sides)
                return die;
        }
    }
    DieFairness none;
    none.sides = sides;
    return none;
}

} // namespace dnd
