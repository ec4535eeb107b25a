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

// Absent values are stored as NULL, which takes no payload bytes.
inline QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

inline QVariant number(qint64 value, bool present)
{
    return present ? QVariant(value) : QVariant();
}

inline qint64 timestamp(const QVariant &value)
{
    return value.isNull() ? NoTimestamp : value.toLongLong();
}

} // namespace

void bindEvent(QSqlQuery &query, qint64 sourceId, qint64 runId, const GameEvent &event)
{
    const bool roll = event.dieSides > 0;
    query.bindValue(0, sourceId);
    query.bindValue(1, runId);
    query.bindValue(2, event.partition);
    query.bindValue(3, event.offset);
    query.bindValue(4, number(event.timestampUs, event.timestampUs != NoTimestamp));
    query.bindValue(5, event.player);
    query.bindValue(6, int(event.kind));
    // The three known kinds imply their type name; only others store it.
    query.bindValue(7, event.kind == EventKind::Other ? text(event.type) : QVariant());
    query.bindValue(8, number(event.dieSides, roll));
    query.bindValue(9, number(event.rollResult, roll));
    query.bindValue(10, text(event.context));
    query.bindValue(11, text(event.monster));
    query.bindValue(12, text(event.location));
    query.bindValue(13, number(event.initiative, event.initiative != 0));
    query.bindValue(14, text(event.spell));
    query.bindValue(15, text(event.target));
    query.bindValue(16, text(event.effect));
    query.bindValue(17, text(event.eventId));
    query.bindValue(18, text(event.gameId));
}

void bindRejected(QSqlQuery &query, qint64 sourceId, qint64 runId, const RejectedMessage &rejected)
{
    query.bindValue(0, sourceId);
    query.bindValue(1, runId);
    query.bindValue(2, rejected.partition);
    query.bindValue(3, rejected.offset);
    query.bindValue(4, number(rejected.timestampUs, rejected.timestampUs != NoTimestamp));
    query.bindValue(5, int(rejected.reason));
    query.bindValue(6, rejected.message);
    query.bindValue(7, rejected.preview);
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
