// SPDX-License-Identifier: MIT
#pragma once

#include "eventbatch.h"

#include <QHash>

#include <algorithm>

namespace dnd {

// Mirrors Statistics::apply()'s redelivery rule for list models that follow
// StatisticsRefresher::batchApplied: a message from Kafka whose offset is at or
// below the highest offset of its partition seen before the batch (events,
// rejects and covered ranges alike) was not counted, so it is not listed.
class BatchOffsetFilter
{
public:
    bool isNew(qint32 partition, qint64 offset) const
    {
        if (partition < 0)
            return true; // not from Kafka: nothing to compare with
        const auto it = m_highest.constFind(partition);
        return it == m_highest.cend() || offset > it.value();
    }

    // Call after judging a batch's items, like Statistics does.
    void raise(const EventBatch &batch)
    {
        for (const GameEvent &event : batch.events)
            raise(event.partition, event.offset);
        for (const RejectedMessage &reject : batch.rejected)
            raise(reject.partition, reject.offset);
        for (const PartitionRange &range : batch.ranges)
            raise(range.partition, range.last);
    }

    void clear() { m_highest.clear(); }

private:
    void raise(qint32 partition, qint64 offset)
    {
        if (partition < 0 || offset < 0)
            return;
        auto it = m_highest.find(partition);
        if (it == m_highest.end())
            m_highest.insert(partition, offset);
        else
            it.value() = std::max(it.value(), offset);
    }

    QHash<qint32, qint64> m_highest;
};

} // namespace dnd
