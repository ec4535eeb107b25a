// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "gameevent.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

namespace dnd {

struct ProducerCounters
{
    quint64 sent = 0;      // accepted into librdkafka's queue
    quint64 delivered = 0; // acknowledged by the broker
    quint64 failed = 0;    // delivery failed, or refused when queueing
    QString lastError;     // latest delivery or client error, for the user
};

// A librdkafka producer for our topic: key = player, value = Codec JSON,
// idempotent where the broker allows, small linger. Not a QObject; use it
// from one thread. Delivery reports are served by poll()/flush().
class Producer
{
public:
    Producer(ConnectionSettings connection, QString topic);
    ~Producer(); // flushes up to 2 s

    // Extra librdkafka properties applied by open(), after our defaults
    // (advanced use and tests, e.g. queue.buffering.max.messages).
    void setProperty(const QByteArray &name, const QString &value);
    // While produce() waits for queue space it gives up (returns false, the
    // message is not queued) once *flag is true; lets a stop interrupt a
    // producer stuck on an unreachable broker. The flag must outlive us.
    void setInterruptFlag(const std::atomic<bool> *flag);
    // Whether idempotence is on (it is unless a property turned it off).
    bool isIdempotent() const;

    bool open(QString *error);
    // Asks the cluster for the topic's partitions now, waiting at most
    // timeoutMs. Without it the first event to a topic this client has not
    // seen waits for librdkafka's once-a-second scan of unknown topics
    // (librdkafka 2.0: ~1 s before the first event leaves). Gives up early
    // once the interrupt flag is set. False if the answer did not come in
    // time; producing still works then, only later.
    bool learnTopic(int timeoutMs);
    // Queues one event; when librdkafka's queue is full it polls and retries
    // (never drops). False only on a fatal error (see counters().lastError).
    bool produce(const GameEvent &event);
    bool produceRaw(const QByteArray &key, const QByteArray &value, int partition = -1);
    void poll(int timeoutMs = 0);
    // Waits for outstanding deliveries; false if some were not delivered in time.
    bool flush(int timeoutMs);
    quint64 outstanding() const;
    ProducerCounters counters() const; // thread-safe snapshot

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dnd
