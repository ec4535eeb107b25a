// SPDX-License-Identifier: MIT
#pragma once

// Private to ConsumerWorker, shared by its two source files:
// consumerworker.cpp turns polled messages into batches and status,
// consumersession.cpp runs the librdkafka consumer (configuration, close,
// fetcher upkeep, broker statistics), consumerpartitions.cpp finds the topic's
// partitions, assigns them and commits positions.

#include "consumerworker.h"
#include "statustracker.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <librdkafka/rdkafka.h>

#include <deque>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcConsumer)

namespace dnd {

// One rd_kafka_consumer_poll waits at most this long, so a slice (and thus
// the event loop's reaction to stop/replay) is never held up for long.
inline constexpr int PollTimeoutMs = 5;
inline constexpr int StatusIntervalMs = 500;
// Closing waits this long for the final commit; a broker that is down would
// otherwise hold the close for librdkafka's request timeout.
inline constexpr int CloseBudgetMs = 700;
// The topic's partitions are looked up this often (partitions added to the
// topic are read from their beginning), sooner while none is known yet.
inline constexpr int PartitionCheckIntervalMs = 2000;
inline constexpr int PartitionRetryMs = 200;
// One metadata or offsets request waits at most this long: stop() and
// replay wait for the worker's thread.
inline constexpr int LookupTimeoutMs = 250;
// Positions are committed to the group at most this often while reading.
inline constexpr int CommitIntervalMs = 1000;
// See wakeStalledFetcher(): at most one wake-up request this often, waiting
// at most this long for it.
inline constexpr int FetcherWakeIntervalMs = 10;
inline constexpr int FetcherWakeTimeoutMs = 100;
inline constexpr int FetcherWakeErrorBackoffMs = 1000;

using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t,
                                      decltype(&rd_kafka_topic_partition_list_destroy)>;

inline PartitionList makeList(int size)
{
    return PartitionList(rd_kafka_topic_partition_list_new(size),
                         rd_kafka_topic_partition_list_destroy);
}

inline bool isBrokerDownError(int err)
{
    return err == RD_KAFKA_RESP_ERR__TRANSPORT || err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN ||
           err == RD_KAFKA_RESP_ERR__RESOLVE;
}

// Messages handed on in one batch, for the rates over the last second.
struct RateEntry
{
    qint64 ms;
    int accepted;
    int rejected;
};

struct ConsumerWorker::Private
{
    explicit Private(ConsumerWorker *q) : q(q) {}

    ConsumerWorker *q;
    ConsumerOptions options;
    QByteArray topic;
    rd_kafka_t *rk = nullptr;
    rd_kafka_topic_t *topicHandle = nullptr; // for metadata requests
    QTimer pollTimer;

    EventBatch batch;
    QHash<qint32, qint32> rangeIndex; // partition -> index in batch.ranges

    StatusTracker state;
    std::deque<RateEntry> rateWindow;
    QElapsedTimer clock;
    qint64 lastStatusMs = -StatusIntervalMs;
    qint64 lastFetcherWakeMs = -FetcherWakeIntervalMs;
    // Next offset of each partition at the last lag update; see
    // rescueEvictedPositions().
    QHash<qint32, qint64> positionAtLastUpdate;
    ConsumerStatus lastEmitted;
    qint64 lastEmittedPositions = -1; // StatusTracker::positionSum()

    // Partitions (partitions.cpp).
    QString clusterId; // known after the first metadata answer
    qint64 nextPartitionCheckMs = 0;
    bool assignedOnce = false; // the first discovery assigned the topic
    // StartFrom::Time: per partition, messages older than this (ms) are
    // skipped until the first that is not.
    QHash<qint32, qint64> skipOlderThan;
    // Next offset after what batches handed on, and what the receiver
    // confirmed (Consumer::commitPositions); one of them is committed.
    PartitionOffsets handedOn;
    // Deduplication, decided here and nowhere else: per partition, the
    // first offset not handed on yet in this stream (this run, or an
    // earlier one of the same stream carried by Consumer). A message below
    // it is a redelivery (a reconnect, a restart from an older position)
    // and is dropped before decoding, so every batch holds only new
    // messages. Cleared by a replay; dropped when the cluster turns out
    // to be another one than the carried positions came from.
    PartitionOffsets newFrom;
    QString newFromClusterId; // cluster of carried positions; empty = unknown
    PartitionOffsets confirmed;
    PartitionOffsets committed; // last sent to the group
    qint64 lastCommitMs = 0;
    // End of each partition when reading started, for initialEndReached();
    // reached once every partition handed on (or hit its end) up to there.
    PartitionOffsets startEnds;
    QHash<qint32, qint64> endOfPartition; // offset of the last end event
    bool startEndsKnown = false;
    bool initialEndSignalled = false;

    bool open(QString *error);
    void close();
    void pollSlice();
    void wakeStalledFetcher();
    void checkPartitions();
    bool startOffsets(rd_kafka_topic_partition_list_t *partitions, bool initial);
    void learnStartEnds();
    void checkInitialEnd();
    PartitionOffsets positionsToCommit() const;
    void commit(bool final);
    void handleMessage(const rd_kafka_message_t *message);
    qint64 logStartIfJumped(qint32 partition, qint64 offset) const;
    void addToBatch(qint32 partition, qint64 offset);
    void flushBatch();
    void handOn(const QVector<PartitionRange> &ranges);
    void onStats(const char *json, size_t length);
    void updateLag();
    void rescueEvictedPositions(const QHash<qint32, qint64> &highs);
    void maybeEmitStatus(bool force);
    ConsumerStatus currentStatus() const;

    static void errorCallback(rd_kafka_t *, int err, const char *reason, void *opaque)
    {
        auto *self = static_cast<Private *>(opaque);
        const QString text = QString::fromUtf8(reason);
        qCDebug(lcConsumer) << "librdkafka error" << err << text;
        if (isBrokerDownError(err) || err == RD_KAFKA_RESP_ERR__FATAL ||
            err == RD_KAFKA_RESP_ERR__AUTHENTICATION) {
            self->state.setBrokerDown(text);
            // Now: the reconnect may succeed before this poll slice ends.
            self->maybeEmitStatus(false);
        }
    }
    static int statsCallback(rd_kafka_t *, char *json, size_t length, void *opaque)
    {
        static_cast<Private *>(opaque)->onStats(json, length);
        return 0; // librdkafka frees json
    }
};

} // namespace dnd
