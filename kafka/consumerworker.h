// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "eventbatch.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace dnd {

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

enum class ConsumerState : quint8
{
    Stopped,
    Connecting,
    Connected,
    CaughtUp,
    Lagging,
    BrokerDown
};

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
    double messagesPerSecond = 0;
    QString bootstrap;
    QString topic;
};
// "caught up", "lagging by 42", ..., with the lost messages when there are.
QString consumerStateText(const ConsumerStatus &status);

// Lives on its own QThread (see Consumer). Polls with rd_kafka_consumer_poll
// on a zero-interval timer so the thread's event loop stays responsive to
// stop/replay; decodes and validates here, emits batches.
//
// Delivery is at least once: a message's offset is stored for the automatic
// commit only after the batch holding it was emitted, so after a crash or a
// rebalance some messages may come again. Receivers deduplicate by
// partition/offset (Statistics::apply does).
//
// Start position: Earliest and Latest apply to the first assignment of each
// partition in a session, whatever the group committed before (a dashboard
// opened late still shows the whole game); Committed resumes from the
// group's committed offsets and falls back to the earliest offset.
class ConsumerWorker : public QObject
{
    Q_OBJECT
public:
    explicit ConsumerWorker(QObject *parent = nullptr);
    ~ConsumerWorker() override;

    // Consumers whose close did not finish within the stop budget (the group
    // coordinator is unreachable, so librdkafka holds a deferred commit for
    // up to the session timeout) are destroyed on a background thread; this
    // counts those still running. Tests wait for zero before they end.
    static int closingInBackground();

public Q_SLOTS:
    void start(const dnd::ConsumerOptions &options);
    void stop();                // closes the consumer, emits stopped()
    void replayFromBeginning(); // seeks every assigned partition to the start

Q_SIGNALS:
    void batchReady(const dnd::EventBatch &batch);
    void statusChanged(const dnd::ConsumerStatus &status);
    // Emitted before the first replayed batch (and by Consumer::reconfigure
    // before the first batch of the new stream). Receivers must reset their
    // statistics, including the dedup offsets, when they get it: the same
    // offsets come again.
    void replayStarted();
    void stopped();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Controller on the GUI (or main) thread: owns the thread and the worker.
// All signals arrive queued on the controller's thread.
class Consumer : public QObject
{
    Q_OBJECT
public:
    explicit Consumer(QObject *parent = nullptr);
    ~Consumer() override; // stops within a second

    void start(const ConsumerOptions &options);
    void stop(); // blocks until the worker closed (at most ~1 s)
    // stop + start with new options (broker, topic, group...), no app restart.
    // Emits replayStarted() after the last batch of the old stream, so the
    // receiver resets before the new stream's first batch.
    void reconfigure(const ConsumerOptions &options);
    void replayFromBeginning();
    bool isRunning() const;
    const ConsumerOptions &options() const;

Q_SIGNALS:
    void batchReady(const dnd::EventBatch &batch);
    void statusChanged(const dnd::ConsumerStatus &status);
    void replayStarted();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Per-installation consumer group (stored in QSettings on first use), so every
// dashboard sees every event.
QString defaultGroupId();

} // namespace dnd

Q_DECLARE_METATYPE(dnd::ConsumerOptions)
Q_DECLARE_METATYPE(dnd::ConsumerStatus)
