// SPDX-License-Identifier: MIT
#include "consumerproperties.h"

#include "consumeroptions.h"

namespace dnd {

QList<std::pair<QByteArray, QString>> consumerProperties(const ConsumerOptions &options,
                                                         const QString &group)
{
    QList<std::pair<QByteArray, QString>> properties = {
        // Only for commits (and StartFrom::Committed): the consumer assigns
        // itself every partition and never joins the group, so it starts
        // without a join delay and never waits for an old member's session
        // to time out. A commit needs no membership.
        {"group.id", group},
        // A committed position the broker no longer has, or none: the
        // topic's beginning (the topic is the game's log).
        {"auto.offset.reset", QStringLiteral("earliest")},
        // Commits name explicit positions (commit()): only what the
        // receiver counted or the archive stored.
        {"enable.auto.commit", QStringLiteral("false")},
        {"enable.auto.offset.store", QStringLiteral("false")},
        {"enable.partition.eof", QStringLiteral("true")},
        // Broker state for the status line (recovery after an outage).
        {"statistics.interval.ms", QStringLiteral("1000")},
        // After a fetch error (offset out of range above all) librdkafka
        // waits this long before it fetches again, 500 ms by default. A
        // consumer that fell behind the broker's retention is reset to the
        // log start cached from the last fetch; on the built-in broker, whose
        // window holds a third of a second of one partition at 100,000
        // events/s, 500 ms later that offset was gone again and the consumer
        // looped forever without reading a message. 50 ms keeps it within
        // the window; it recovers and reports the gap (ConsumerStatus::lost).
        {"fetch.error.backoff.ms", QStringLiteral("50")},
        // A dropped connection is worth showing (it clears as soon as data
        // or the broker statistics say the broker is back).
        {"log.connection.close", QStringLiteral("true")},
    };
    // A live dashboard wants new events soon, not big fetches. The built-in
    // broker (librdkafka's mock) holds an empty fetch for this long even when
    // data arrives meanwhile, so it bounds the latency: 100 ms gave p50 ~70 ms
    // at 1,000 events/s (bench_latency). A real broker answers as soon as
    // data arrives, and 10 ms would cost it ~100 idle fetches a second per
    // dashboard: librdkafka's default (500 ms) there.
    if (options.connection.builtInBroker)
        properties.append({"fetch.wait.max.ms", QStringLiteral("10")});
    if (options.prefetchMessages > 0)
        properties.append({"queued.min.messages", QString::number(options.prefetchMessages)});
    return properties;
}

} // namespace dnd
