// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "settingschema.h"
#include "startposition.h"

#include <QHash>
#include <QMetaType>
#include <QString>

namespace dnd {

// Next offset to read, per partition of one topic.
using PartitionOffsets = QHash<qint32, qint64>;

struct ConsumerOptions
{
    ConnectionSettings connection;
    QString topic = defaultTopic();
    // Positions are committed to this group (lag tools show the dashboard
    // under it) and read from it with StartFrom::Committed. The consumer
    // never joins it: it assigns itself every partition of the topic.
    QString groupId; // empty = per-installation default
    StartFrom startFrom = StartFrom::Resume;
    qint64 startTimeMs = 0; // StartFrom::Time: milliseconds since the epoch
    // The broker answers every lookup by time with "no such message" (the
    // built-in broker, librdkafka 2.0.2's mock cluster, has no time index):
    // StartFrom::Time then reads from the beginning and skips older messages.
    bool brokerLacksTimeIndex = false;
    // Positions the campaign archive stored for this topic, by Kafka
    // cluster id (the consumer picks its cluster's entry). StartFrom::Resume
    // starts there (a partition without a position at its beginning); any
    // other start position reads from where it says but hands on nothing
    // below them: the archive holds it already.
    QHash<QString, PartitionOffsets> resumePositions;
    // Commit only positions handed to Consumer::commitPositions() (what the
    // receiver counted or stored), never merely what was emitted.
    bool commitConfirmedOnly = false;
    // Emit ConsumerWorker/Consumer::initialEndReached() once every partition
    // was read to the end it had when reading started (costs one request).
    bool signalInitialEnd = false;
    int maxBatchMessages = 2000;
    int maxBatchMs = 20;
    // Messages librdkafka fetches ahead of us (queued.min.messages); 0 =
    // its default, 100,000. Memory against catch-up speed; the worker keeps
    // the fetcher going when a backlog exceeds it (wakeStalledFetcher).
    int prefetchMessages = 0;
};

} // namespace dnd

Q_DECLARE_METATYPE(dnd::ConsumerOptions)
