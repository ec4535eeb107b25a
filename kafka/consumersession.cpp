// SPDX-License-Identifier: MIT
// ConsumerWorker's librdkafka consumer: configuration, bounded close,
// keeping the fetcher going, broker statistics and lag.
#include "consumerworker_p.h"

#include "consumerproperties.h"
#include "defaultgroupid.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <thread>

namespace dnd {

namespace {

std::atomic<int> g_closingInBackground{0};

// rd_kafka_destroy waits for outstanding requests (a commit to a broker
// that went away); a detached thread takes that wait off the caller.
void destroyInBackground(rd_kafka_t *rk)
{
    ++g_closingInBackground;
    std::thread([rk] {
        rd_kafka_destroy_flags(rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
        --g_closingInBackground;
    }).detach();
}

} // namespace

bool ConsumerWorker::Private::open(QString *error)
{
    rd_kafka_conf_t *conf = makeKafkaConf(options.connection, error);
    if (!conf)
        return false;
    const QString group = options.groupId.isEmpty() ? defaultGroupId() : options.groupId;
    const auto properties = consumerProperties(options, group);
    for (const auto &[name, value] : properties) {
        if (!setKafkaProperty(conf, name.constData(), value, error)) {
            rd_kafka_conf_destroy(conf);
            return false;
        }
    }
    // The user's properties win over the consumer's tuning as well (those
    // its positions depend on are refused when they are given).
    if (!options.connection.builtInBroker &&
        !applyUserProperties(conf, options.connection, error)) {
        rd_kafka_conf_destroy(conf);
        return false;
    }
    // Troubleshooting aid: librdkafka's debug contexts (e.g. "topic,fetch"),
    // shown with QT_LOGGING_RULES="dnd.kafka.*=true".
    const QString debug = qEnvironmentVariable("DND_RDKAFKA_DEBUG");
    if (!debug.isEmpty() && !setKafkaProperty(conf, "debug", debug, error)) {
        rd_kafka_conf_destroy(conf);
        return false;
    }
    rd_kafka_conf_set_opaque(conf, this);
    rd_kafka_conf_set_error_cb(conf, errorCallback);
    rd_kafka_conf_set_stats_cb(conf, statsCallback);

    char errstr[512];
    rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr);
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        *error = QString::fromUtf8(errstr);
        return false;
    }
    // Error and stats callbacks are served by consumer_poll.
    rd_kafka_poll_set_consumer(rk);
    topicHandle = rd_kafka_topic_new(rk, topic.constData(), nullptr);
    // The partitions are assigned once the topic's metadata answers
    // (checkPartitions(), from the poll loop).
    nextPartitionCheckMs = 0;
    return true;
}

void ConsumerWorker::Private::close()
{
    pollTimer.stop();
    if (!rk)
        return;
    flushBatch();
    commit(true);
    if (topicHandle) {
        rd_kafka_topic_destroy(topicHandle);
        topicHandle = nullptr;
    }
    // Asynchronous close bounded in time (it only drops the assignment: the
    // consumer is no group member).
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    if (rd_kafka_error_t *closeError = rd_kafka_consumer_close_queue(rk, queue)) {
        qCDebug(lcConsumer) << "close:" << rd_kafka_error_string(closeError);
        rd_kafka_error_destroy(closeError);
    } else {
        // The close queue also receives messages that were already fetched
        // (the consumer queue is forwarded to it), which the callback form of
        // polling cannot serve (librdkafka asserts). Serve it as events and
        // drop the messages: not handed on, so not committed either.
        const QDeadlineTimer deadline(CloseBudgetMs);
        while (!rd_kafka_consumer_closed(rk) && !deadline.hasExpired()) {
            if (rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 10))
                rd_kafka_event_destroy(event);
        }
    }
    rd_kafka_queue_destroy(queue);
    if (rd_kafka_consumer_closed(rk)) {
        rd_kafka_destroy_flags(rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    } else {
        qCDebug(lcConsumer) << "close did not finish within" << CloseBudgetMs
                            << "ms, destroying in the background";
        destroyInBackground(rk);
    }
    rk = nullptr;
    state = StatusTracker();
}

void ConsumerWorker::Private::wakeStalledFetcher()
{
    // librdkafka 2.0.2 stops fetching while the consumer queue holds
    // queued.min.messages (or queued.max.messages.kbytes), and decides to
    // fetch again only when the broker's thread wakes up: on network or
    // request activity, else after its fixed 1 s wait. A consumer catching
    // up on a backlog fills that queue in a fraction of a second, drains it,
    // then idled for most of the second: bench_pipeline saw 1 s gaps and
    // 118,000 events/s. Any request to the broker wakes its thread. So when
    // our queue is dry while a partition's cached high watermark says more
    // is there, ask for the latest offsets (a ListOffsets request to each
    // partition leader), which costs one round trip.
    const qint64 now = clock.elapsed();
    if (!rk || state.isBrokerDown() || now - lastFetcherWakeMs < FetcherWakeIntervalMs)
        return;
    const QList<qint32> assigned = state.assignedPartitions();
    auto behind = makeList(int(assigned.size()));
    for (const qint32 partition : assigned) {
        const qint64 next = state.nextOffset(partition);
        int64_t low = -1;
        int64_t high = -1;
        if (next >= 0 &&
            rd_kafka_get_watermark_offsets(rk, topic.constData(), partition, &low, &high) ==
                RD_KAFKA_RESP_ERR_NO_ERROR &&
            high > next) {
            // For offsets_for_times the offset field holds a timestamp;
            // -1 means the latest offset.
            rd_kafka_topic_partition_list_add(behind.get(), topic.constData(), partition)->offset =
                -1;
        }
    }
    if (behind->cnt == 0)
        return;
    qCDebug(lcConsumer) << "waking the fetcher:" << behind->cnt << "partitions behind";
    const rd_kafka_resp_err_t err =
        rd_kafka_offsets_for_times(rk, behind.get(), FetcherWakeTimeoutMs);
    // Measured from the answer; after no answer (a leader out of reach that
    // is not reported down yet) wait a second before asking again.
    lastFetcherWakeMs = clock.elapsed();
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        qCDebug(lcConsumer) << "waking the fetcher:" << rd_kafka_err2str(err);
        lastFetcherWakeMs += FetcherWakeErrorBackoffMs;
    }
}

void ConsumerWorker::Private::onStats(const char *json, size_t length)
{
    // Only needed while a broker is down: whether one we fetch from is still
    // down, and whether they came back while nothing flows.
    if (!state.isBrokerDown())
        return;
    const QJsonObject brokers =
        QJsonDocument::fromJson(QByteArray::fromRawData(json, qsizetype(length)))
            .object()
            .value(QLatin1String("brokers"))
            .toObject();
    QVector<BrokerLink> links;
    for (auto it = brokers.constBegin(); it != brokers.constEnd(); ++it) {
        const QJsonObject broker = it.value().toObject();
        links.append({broker.value(QLatin1String("nodeid")).toInt(-1),
                      broker.value(QLatin1String("state")).toString(),
                      int(broker.value(QLatin1String("toppars")).toObject().size())});
    }
    state.brokersReported(links);
}

void ConsumerWorker::Private::updateLag()
{
    QHash<qint32, qint64> highs;
    for (const qint32 partition : state.assignedPartitions()) {
        int64_t low = -1;
        int64_t high = -1;
        if (rd_kafka_get_watermark_offsets(rk, topic.constData(), partition, &low, &high) ==
                RD_KAFKA_RESP_ERR_NO_ERROR &&
            high >= 0)
            highs.insert(partition, high);
    }
    state.setHighWatermarks(highs);
    rescueEvictedPositions(highs);
}

void ConsumerWorker::Private::rescueEvictedPositions(const QHash<qint32, qint64> &highs)
{
    // A partition whose position the broker dropped (retention; on the
    // built-in broker its ~5 MiB window) is reset by librdkafka to the log
    // start it learnt from the failed fetch, and fetched again after
    // fetch.error.backoff.ms. While producers keep writing, the broker drops
    // that start too in the meantime, and again, and again: seen on the
    // built-in broker at 100,000 events/s, the partition read nothing for
    // the rest of the run. So a partition that is behind, has not moved
    // since the last update (half a second) and whose position is below
    // the broker's fresh low watermark is moved to the middle of what the
    // broker still holds, which stays there long enough to be fetched. The
    // messages skipped count as lost (ConsumerStatus::lost). One request
    // asks for every such partition's log start, bounded in time: stop()
    // waits for this thread.
    if (state.isBrokerDown())
        return;
    auto candidates = makeList(int(highs.size()));
    for (auto it = highs.constBegin(); it != highs.constEnd(); ++it) {
        const qint32 partition = it.key();
        const qint64 next = state.nextOffset(partition);
        const qint64 previous = positionAtLastUpdate.value(partition, -1);
        positionAtLastUpdate.insert(partition, next);
        if (next < 0 || next >= it.value() || next != previous)
            continue; // never read here, caught up, or moving
        // For offsets_for_times the offset field holds a timestamp; -2
        // asks for the earliest offset, the log start.
        rd_kafka_topic_partition_list_add(candidates.get(), topic.constData(), partition)->offset =
            -2;
    }
    if (candidates->cnt == 0 ||
        rd_kafka_offsets_for_times(rk, candidates.get(), FetcherWakeTimeoutMs) !=
            RD_KAFKA_RESP_ERR_NO_ERROR)
        return; // nothing stuck, or no answer: look again at the next update
    auto moves = makeList(candidates->cnt);
    for (int i = 0; i < candidates->cnt; ++i) {
        const rd_kafka_topic_partition_t &tp = candidates->elems[i];
        const qint64 next = state.nextOffset(tp.partition);
        const qint64 low = tp.offset;
        const qint64 high = highs.value(tp.partition, -1);
        if (tp.err != RD_KAFKA_RESP_ERR_NO_ERROR || low < 0 || next >= low || high <= low)
            continue;
        const qint64 target = low + (high - low) / 2;
        qCDebug(lcConsumer) << "partition" << tp.partition << "at" << next << "below the log start"
                            << low << "- moving to" << target;
        rd_kafka_topic_partition_list_add(moves.get(), topic.constData(), tp.partition)->offset =
            target;
    }
    if (moves->cnt == 0)
        return;
    // Asynchronous (timeout 0): the fetcher picks the new positions up.
    if (rd_kafka_error_t *error = rd_kafka_seek_partitions(rk, moves.get(), 0)) {
        qCDebug(lcConsumer) << "seek:" << rd_kafka_error_string(error);
        rd_kafka_error_destroy(error);
        return;
    }
    for (int i = 0; i < moves->cnt; ++i)
        state.movedPast(moves->elems[i].partition);
}

int ConsumerWorker::closingInBackground()
{
    return g_closingInBackground.load();
}

} // namespace dnd
