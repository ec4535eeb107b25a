// SPDX-License-Identifier: MIT
#pragma once

#include "gameevent.h"
#include "rejectreason.h"

#include <QMetaType>
#include <QVector>

namespace dnd {

// A message the codec refused, kept so the user can see what and why.
struct RejectedMessage
{
    qint32 partition = -1;
    qint64 offset = -1;
    qint64 timestampUs = NoTimestamp; // Kafka message time
    RejectReason reason = RejectReason::NotJson;
    QString message; // human-readable, from the codec
    QString preview; // escaped, at most 200 bytes of the payload

    bool operator==(const RejectedMessage &) const = default;
};

// Offsets [first, last] of one partition that a batch covers (accepted and
// rejected messages together).
struct PartitionRange
{
    qint32 partition = -1;
    qint64 first = -1;
    qint64 last = -1;
    bool operator==(const PartitionRange &) const = default;
};

// What the consumer thread hands to the GUI thread in one queued signal.
// Within a batch, offsets of one partition are strictly increasing.
struct EventBatch
{
    QVector<GameEvent> events;
    QVector<RejectedMessage> rejected;
    QVector<PartitionRange> ranges;

    bool isEmpty() const { return events.isEmpty() && rejected.isEmpty(); }
};

// qRegisterMetaType for every core type that crosses threads. Idempotent
// and thread-safe; call it before the first queued connection. Other layers
// (kafka, ui) add a register<Layer>MetaTypes() of their own for their types
// and call this one from it.
void registerCoreMetaTypes();

} // namespace dnd

Q_DECLARE_METATYPE(dnd::RejectedMessage)
Q_DECLARE_METATYPE(dnd::PartitionRange)
Q_DECLARE_METATYPE(dnd::EventBatch)
