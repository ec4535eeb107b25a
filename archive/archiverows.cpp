// SPDX-License-Identifier: MIT
#include "archivestore_p.h"

#include "rejectreason.h"

#include <QVariant>

namespace dnd {

const char *const EventColumns = "partition, offset, ts_us, player, kind, type, die, roll, "
                                 "context, monster, location, initiative, spell, target, "
                                 "effect, event_id, game_id";
const char *const RejectedColumns = "partition, offset, ts_us, reason, message, preview";

namespace {

inline qint64 timestamp(const QVariant &value)
{
    return value.isNull() ? NoTimestamp : value.toLongLong();
}

} // namespace

void bindEvent(SqliteStatement &statement, qint64 sourceId, qint64 runId, const GameEvent &event)
{
    SqliteStatement &q = statement;
    q.bindInt(1, sourceId);
    q.bindInt(2, runId);
    q.bindInt(3, event.partition);
    q.bindInt(4, event.offset);
    if (event.timestampUs != NoTimestamp)
        q.bindInt(5, event.timestampUs);
    else
        q.bindNull(5);
    q.bindText(6, event.player);
    q.bindInt(7, int(event.kind));
    // The three known kinds imply their type name; only others store it.
    if (event.kind == EventKind::Other)
        q.bindText(8, event.type);
    else
        q.bindNull(8);
    if (event.dieSides > 0) {
        q.bindInt(9, event.dieSides);
        q.bindInt(10, event.rollResult);
    } else {
        q.bindNull(9);
        q.bindNull(10);
    }
    q.bindText(11, event.context);
    q.bindText(12, event.monster);
    q.bindText(13, event.location);
    if (event.initiative != 0)
        q.bindInt(14, event.initiative);
    else
        q.bindNull(14);
    q.bindText(15, event.spell);
    q.bindText(16, event.target);
    q.bindText(17, event.effect);
    q.bindText(18, event.eventId);
    q.bindText(19, event.gameId);
}

void bindRejected(SqliteStatement &statement, qint64 sourceId, qint64 runId,
                  const RejectedMessage &rejected)
{
    SqliteStatement &q = statement;
    q.bindInt(1, sourceId);
    q.bindInt(2, runId);
    q.bindInt(3, rejected.partition);
    q.bindInt(4, rejected.offset);
    if (rejected.timestampUs != NoTimestamp)
        q.bindInt(5, rejected.timestampUs);
    else
        q.bindNull(5);
    q.bindInt(6, int(rejected.reason));
    q.bindText(7, rejected.message);
    q.bindText(8, rejected.preview);
}

GameEvent eventFromRow(const QSqlQuery &query, int first)
{
    GameEvent event;
    event.partition = query.value(first).toInt();
    event.offset = query.value(first + 1).toLongLong();
    event.timestampUs = timestamp(query.value(first + 2));
    event.player = query.value(first + 3).toString();
    const int kind = query.value(first + 4).toInt();
    event.kind = kind >= 0 && kind <= int(EventKind::Other) ? EventKind(kind) : EventKind::Other;
    event.type = event.kind == EventKind::Other ? query.value(first + 5).toString()
                                                : eventKindName(event.kind);
    event.dieSides = query.value(first + 6).toInt();
    event.rollResult = query.value(first + 7).toInt();
    event.context = query.value(first + 8).toString();
    event.monster = query.value(first + 9).toString();
    event.location = query.value(first + 10).toString();
    event.initiative = query.value(first + 11).toInt();
    event.spell = query.value(first + 12).toString();
    event.target = query.value(first + 13).toString();
    event.effect = query.value(first + 14).toString();
    event.eventId = query.value(first + 15).toString();
    event.gameId = query.value(first + 16).toString();
    return event;
}

RejectedMessage rejectedFromRow(const QSqlQuery &query, int first)
{
    RejectedMessage rejected;
    rejected.partition = query.value(first).toInt();
    rejected.offset = query.value(first + 1).toLongLong();
    rejected.timestampUs = timestamp(query.value(first + 2));
    const int reason = query.value(first + 3).toInt();
    rejected.reason =
        reason >= 0 && reason < RejectReasonCount ? RejectReason(reason) : RejectReason::NotJson;
    rejected.message = query.value(first + 4).toString();
    rejected.preview = query.value(first + 5).toString();
    return rejected;
}

} // namespace dnd
