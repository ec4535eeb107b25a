// SPDX-License-Identifier: MIT
#pragma once

#include "eventbatch.h"
#include "playerstats.h"
#include "rejectreason.h"

#include <QHash>
#include <QStringList>

#include <array>

class QDataStream;

namespace dnd {

// Players kept one by one; events of any further player are counted
// together under otherPlayersName() (README, "Limits").
inline constexpr int MaxPlayers = 10'000;

// Result of applying one batch.
struct ApplyResult
{
    int accepted = 0; // events counted
    int rejected = 0; // rejected messages counted
};

// All statistics of a stream: per player, totals, rejections. Not thread-safe:
// it lives on the thread that receives batches (the GUI thread in the app).
class Statistics
{
public:
    // Counts a batch as it is: the consumer (kafka/ConsumerWorker) hands on
    // only messages it did not hand on before, so nothing here filters again.
    ApplyResult apply(const EventBatch &batch);
    // Counts events, e.g. straight from the simulator in tests and benchmarks.
    void applyEvents(const QVector<GameEvent> &events);
    // Counts rejected messages, e.g. from an archive.
    void applyRejected(const QVector<RejectedMessage> &rejected);

    void reset();

    quint64 totalEvents() const { return m_totalEvents; }
    quint64 totalRejected() const { return m_totalRejected; }
    quint64 rejectedCount(RejectReason reason) const { return m_rejected[size_t(reason)]; }
    const CountMap &totalsByType() const { return m_totalsByType; }

    // At most MaxPlayers players plus, once there were more, the one named
    // otherPlayersName() that aggregates the rest.
    const QHash<QString, PlayerStats> &players() const { return m_players; }
    static const QString &otherPlayersName(); // "(other players)"
    // Events counted under otherPlayersName().
    quint64 otherPlayersEvents() const;
    const PlayerStats *player(const QString &name) const;
    QStringList playerNames() const; // sorted

    // Aggregates only (statisticsstream.cpp): an archive's snapshot covers
    // many streams.
    friend QDataStream &operator<<(QDataStream &out, const Statistics &statistics);
    friend QDataStream &operator>>(QDataStream &in, Statistics &statistics);

private:
    struct PlayerCache;
    void applyEvent(const GameEvent &event, PlayerCache &cache);

    QHash<QString, PlayerStats> m_players;
    CountMap m_totalsByType;
    KeyBudget m_keyBudget;
    quint64 m_totalEvents = 0;
    quint64 m_totalRejected = 0;
    std::array<quint64, RejectReasonCount> m_rejected{};
};

// Upper tail of the chi-square distribution: P(X >= x) with k degrees of freedom.
double chiSquareSurvival(double x, int degreesOfFreedom);

} // namespace dnd
