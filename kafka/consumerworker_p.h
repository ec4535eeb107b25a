// SPDX-License-Identifier: MIT
#pragma once

// Private to ConsumerWorker, shared by its two source files:
// consumerworker.cpp turns polled messages into batches and status,
// consumersession.cpp runs the librdkafka consumer (configuration, close,
// rebalances, fetcher upkeep, broker statistics).

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
// Closing waits this long for the final commit and the group leave; a broker
// that is down would otherwise hold the close for the session timeout.
inline constexpr int CloseBudgetMs = 700;
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

struct ConsumerWorker::Private
{
    explicit Private(ConsumerWorker *q) : q(q) {}

    ConsumerWorker *q;
    ConsumerOptions options;
    QByteArray topic;
    rd_kafka_t *rk = nullptr;
    QTimer pollTimer;

    // Offsets are stored for the automatic commit only after the batch that
    // holds them was emitted (at least once).
    EventBatch batch;
    QHash<qint32, qint32> rangeIndex; // partition -> index in batch.ranges

    StatusTracker state;
    std::deque<std::pair<qint64, int>> rateWindow; // (ms, messages)
    QElapsedTimer clock;
    qint64 lastStatusMs = -StatusIntervalMs;
    qint64 lastFetcherWakeMs = -FetcherWakeIntervalMs;
    // Next offset of each partition at the last lag update; see
    // rescueEvictedPositions().
    QHash<qint32, qint64> positionAtLastUpdate;
    ConsumerStatus lastEmitted;

    bool open(QString *error);
    void close();
    void pollSlice();
    void wakeStalledFetcher();
    void refreshLeaders();
    void handleMessage(const rd_kafka_message_t *message);
    qint64 logStartIfJumped(qint32 partition, qint64 offset) const;
    void addToBatch(qint32 partition, qint64 offset);
    void flushBatch();
    void storeOffsets(const QVector<PartitionRange> &ranges);
    void rebalance(rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *partitions);
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
    static void rebalanceCallback(rd_kafka_t *, rd_kafka_resp_err_t err,
                                  rd_kafka_topic_partition_list_t *partitions, void *opaque)
    {
        static_cast<Private *>(opaque)->rebalance(err, partitions);
    }
    static int statsCallback(rd_kafka_t *, char *json, size_t length, void *opaque)
    {
        static_cast<Private *>(opaque)->onStats(json, length);
        return 0; // librdkafka frees json
    }
};

} // namespace dnd
