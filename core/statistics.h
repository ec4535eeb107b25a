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
    int skipped = 0;  // duplicates (offset already applied) ignored
};

// All statistics of a stream: per player, totals, rejections. Not thread-safe:
// it lives on the thread that receives batches (the GUI thread in the app).
class Statistics
{
public:
    // Applies a batch. A message (event or reject) whose partition is known and
    // whose offset is at or below the highest offset already applied for that
    // partition (before this batch) is skipped, so redelivery never counts twice.
    ApplyResult apply(const EventBatch &batch);
    // Applies events without stream positions (no dedup), e.g. straight from
    // the simulator in tests and benchmarks.
    void applyEvents(const QVector<GameEvent> &events);
    // Counts rejected messages without stream positions (no dedup), e.g.
    // from an archive that holds several streams whose offsets overlap.
    void applyRejected(const QVector<RejectedMessage> &rejected);
    // Offsets below `nextOffsets` (next offset per partition) count as
    // applied from now on: the campaign archive already holds that part of
    // the stream, so reading it again (--from earliest) counts nothing twice.
    void markApplied(const QHash<qint32, qint64> &nextOffsets);

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

    // Highest offset applied per partition (for tests and status).
    const QHash<qint32, qint64> &appliedOffsets() const { return m_highestOffset; }

    // Aggregates only, without the dedup offsets (statisticsstream.cpp): an
    // archive's snapshot covers many streams.
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
    QHash<qint32, qint64> m_highestOffset;
};

// Upper tail of the chi-square distribution: P(X >= x) with k degrees of freedom.
double chiSquareSurvival(double x, int degreesOfFreedom);

} // namespace dnd
