// SPDX-License-Identifier: MIT
#include "messagelimit.h"

#include <QHash>

#include <algorithm>

namespace dnd {

namespace {

// Keeps `limit` messages of a batch as a prefix of each partition.
EventBatch trimBatch(const EventBatch &batch, quint64 limit)
{
    struct Message
    {
        qint64 offset;
        qsizetype index;
        bool accepted;
    };
    QHash<qint32, QVector<Message>> byPartition;
    for (qsizetype i = 0; i < batch.events.size(); ++i)
        byPartition[batch.events[i].partition].append({batch.events[i].offset, i, true});
    for (qsizetype i = 0; i < batch.rejected.size(); ++i)
        byPartition[batch.rejected[i].partition].append({batch.rejected[i].offset, i, false});

    EventBatch trimmed;
    quint64 left = limit;
    for (const PartitionRange &range : batch.ranges) {
        QVector<Message> &messages = byPartition[range.partition];
        if (left == 0 || messages.isEmpty())
            continue;
        std::sort(messages.begin(), messages.end(),
                  [](const Message &a, const Message &b) { return a.offset < b.offset; });
        const auto keep = qsizetype(std::min<quint64>(left, quint64(messages.size())));
        for (qsizetype i = 0; i < keep; ++i) {
            if (messages[i].accepted)
                trimmed.events.append(batch.events[messages[i].index]);
            else
                trimmed.rejected.append(batch.rejected[messages[i].index]);
        }
        trimmed.ranges.append(
            PartitionRange{range.partition, messages.front().offset, messages[keep - 1].offset});
        left -= quint64(keep);
    }
    return trimmed;
}

} // namespace

MessageLimit::MessageLimit(quint64 messages) : m_limit(messages) {}

EventBatch MessageLimit::admit(const EventBatch &batch)
{
    const auto size = quint64(batch.events.size()) + quint64(batch.rejected.size());
    if (m_limit == 0) {
        m_admitted += size;
        return batch;
    }
    const quint64 remaining = m_admitted < m_limit ? m_limit - m_admitted : 0;
    if (remaining == 0)
        return {};
    if (size <= remaining) {
        m_admitted += size;
        return batch;
    }
    EventBatch trimmed = trimBatch(batch, remaining);
    m_admitted += quint64(trimmed.events.size()) + quint64(trimmed.rejected.size());
    return trimmed;
}

} // namespace dnd
