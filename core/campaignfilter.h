// SPDX-License-Identifier: MIT
#pragma once

#include "eventbatch.h"
#include "gameevent.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>

namespace dnd {

// A play session: the events one run of the tracker archived on one local
// calendar day (a run that goes past midnight makes two sessions).
struct PlaySession
{
    qint64 runId = 0;
    QDate day;                    // invalid: events without a timestamp
    qint64 firstUs = NoTimestamp; // event timestamps, UTC microseconds
    qint64 lastUs = NoTimestamp;
    quint64 events = 0;
    int number = 0; // 1, 2, ... in the order the sessions started

    bool sameSession(qint64 run, QDate date) const { return runId == run && day == date; }
    bool operator==(const PlaySession &) const = default;
};

// A game (the events' game_id) seen in the campaign.
struct CampaignGame
{
    QString gameId;
    quint64 events = 0;
    qint64 firstUs = NoTimestamp;
    qint64 lastUs = NoTimestamp;
    bool operator==(const CampaignGame &) const = default;
};

// What the campaign holds, for the session selector.
struct CampaignOutline
{
    QVector<PlaySession> sessions; // oldest first
    QVector<CampaignGame> games;   // by first event
    quint64 events = 0;
    qint64 firstUs = NoTimestamp; // date range of the campaign
    qint64 lastUs = NoTimestamp;
    qint64 currentRunId = 0; // the run writing now: live events belong to it

    const PlaySession *session(qint64 runId, QDate day) const;
};

// The part of the campaign the views show. Default: all of it. Fields
// combine (a game within a session, ...).
struct CampaignFilter
{
    QString gameId;   // empty: every game
    qint64 runId = 0; // 0: every run
    // Event timestamps in [fromUs, toUs), UTC microseconds; with either
    // bound set, events without a timestamp are left out.
    qint64 fromUs = NoTimestamp;
    qint64 toUs = std::numeric_limits<qint64>::max();

    bool isWholeCampaign() const;
    bool hasTimeRange() const;
    // `eventRunId`: the run that archived it (for a live event, the current run).
    bool matches(const GameEvent &event, qint64 eventRunId) const;
    // A rejected message carries no game: only the run and the dates decide
    // whether it belongs to the part (the Problems list shows it under a
    // game too; the statistics of a game count no rejected messages).
    bool matches(const RejectedMessage &message, qint64 messageRunId) const;
    bool operator==(const CampaignFilter &) const = default;

    static CampaignFilter forGame(const QString &gameId);
    static CampaignFilter forSession(const PlaySession &session);
    // Local calendar days, both inclusive.
    static CampaignFilter forDays(QDate first, QDate last);
};

// UTC microseconds of local midnight starting `day`.
qint64 localDayStartUs(QDate day);
// The local calendar day of a timestamp; invalid for NoTimestamp.
QDate localDay(qint64 us);

// One player in one play session (the History view).
struct SessionPlayerRow
{
    qint64 runId = 0;
    QDate day;
    QString player;
    quint64 events = 0;
    quint64 d20Rolls = 0;
    quint64 d20Sum = 0;
    quint64 nat20 = 0;
    quint64 nat1 = 0;

    double averageD20() const; // NaN without d20 rolls
    bool operator==(const SessionPlayerRow &) const = default;
};

void registerCampaignMetaTypes();

} // namespace dnd

Q_DECLARE_METATYPE(dnd::CampaignFilter)
Q_DECLARE_METATYPE(dnd::CampaignOutline)
