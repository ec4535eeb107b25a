// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QMetaType>
#include <QString>

namespace dnd {

// Where a consumer starts reading when it first gets a partition.
enum class StartFrom : quint8
{
    Earliest,
    Latest,
    Committed
};
QString startFromName(StartFrom from);
bool parseStartFrom(const QString &text, StartFrom *from);

struct ConsumerOptions
{
    ConnectionSettings connection;
    QString topic = QStringLiteral("dnd_events");
    QString groupId; // empty = per-installation default
    StartFrom startFrom = StartFrom::Earliest;
    int maxBatchMessages = 2000;
    int maxBatchMs = 20;
    // Consumer group session timeout; 0 = librdkafka's default (45 s). Real
    // brokers refuse less than 6 s by default. Use about 4000 with the
    // built-in broker: librdkafka 2.0.2's mock cluster makes a consumer that
    // rejoins a group it has left (stop + start, reconfigure) wait for the
    // session timeout minus one second, and it expires members whose session
    // timeout is shorter than its 3 s initial join delay (no assignment ever).
    int sessionTimeoutMs = 0;
    // Messages librdkafka fetches ahead of us (queued.min.messages); 0 =
    // its default, 100,000. Memory against catch-up speed; the worker keeps
    // the fetcher going when a backlog exceeds it (wakeStalledFetcher).
    int prefetchMessages = 0;
};

} // namespace dnd

Q_DECLARE_METATYPE(dnd::ConsumerOptions)
