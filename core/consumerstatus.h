// SPDX-License-Identifier: MIT
#pragma once

#include "partitionstatus.h"

#include <QMetaType>
#include <QString>

namespace dnd {

enum class ConsumerState : quint8
{
    Stopped,
    Connecting,
    Connected,
    CaughtUp,
    Lagging,
    BrokerDown
};

// What the consumer reports about its stream, as a value that crosses
// threads in a queued signal. Produced by the Kafka layer, shown by the
// status bar, the window title and the headless runner.
struct ConsumerStatus
{
    ConsumerState state = ConsumerState::Stopped;
    qint64 lag = 0; // messages behind the high watermark
    QString reason; // librdkafka's reason when BrokerDown
    // Messages lost in this session (since start or replay): the broker no
    // longer had them when we fetched (below its log start: retention, or
    // the built-in broker's in-memory window of about 5 MiB a partition),
    // or we skipped them to get back into that window. Offsets missing for
    // other reasons (compaction, transaction markers) are not counted.
    // Never silently: the status line says so.
    qint64 lost = 0;
    double messagesPerSecond = 0; // accepted + rejected, over the last second
    double acceptedPerSecond = 0;
    double rejectedPerSecond = 0;
    // Every assigned partition, by partition number (the Stream tab).
    PartitionStatusList partitions;
    QString bootstrap;
    QString topic;
};

// "caught up", "lagging by 42", ..., with the lost messages when there are.
QString consumerStateText(const ConsumerStatus &status);

} // namespace dnd

Q_DECLARE_METATYPE(dnd::ConsumerStatus)
