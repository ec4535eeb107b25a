// SPDX-License-Identifier: MIT
#include "consumerworker.h"

#include "codec.h"
#include "statustracker.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <librdkafka/rdkafka.h>

#include <deque>
#include <thread>

Q_LOGGING_CATEGORY(lcConsumer, "dnd.kafka.consumer", QtWarningMsg)

namespace dnd {

namespace {

// One rd_kafka_consumer_poll waits at most this long, so a slice (and thus
// the event loop's reaction to stop/replay) is never held up for long.
constexpr int PollTimeoutMs = 5;
constexpr int StatusIntervalMs = 500;
// Closing waits this long for the final commit and the group leave; a broker
// that is down would otherwise hold the close for the session timeout.
constexpr int CloseBudgetMs = 700;
// See wakeStalledFetcher(): at most one wake-up request this often, waiting
// at most this long for it.
constexpr int FetcherWakeIntervalMs = 10;
constexpr int FetcherWakeTimeoutMs = 100;

using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t,
                                      decltype(&rd_kafka_topic_partition_list_destroy)>;

PartitionList makeList(int size)
{
    return PartitionList(rd_kafka_topic_partition_list_new(size),
                         rd_kafka_topic_partition_list_destroy);
}

bool isBrokerDownError(int err)
{
    return err == RD_KAFKA_RESP_ERR__TRANSPORT || err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN ||
           err == RD_KAFKA_RESP_ERR__RESOLVE;
}

std::atomic<int> g_closingInBackground{0};

// rd_kafka_destroy waits for the group to terminate, which waits for any
// deferred commit; a detached thread takes that wait off the caller.
void destroyInBackground(rd_kafka_t *rk)
{
    ++g_closingInBackground;
    std::thread([rk] {
        rd_kafka_destroy_flags(rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
        --g_closingInBackground;
    }).detach();
}

} // namespace

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
    ConsumerStatus lastEmitted;
    bool replayPending = false;

    bool open(QString *error);
    void close();
    void pollSlice();
    void wakeStalledFetcher();
    void refreshLeaders();
    void handleMessage(const rd_kafka_message_t *message);
    void addToBatch(qint32 partition, qint64 offset);
    void flushBatch();
    void storeOffsets(const QVector<PartitionRange> &ranges);
    void rebalance(rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *partitions);
    void onStats(const char *json, size_t length);
    void updateLag();
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

bool ConsumerWorker::Private::open(QString *error)
{
    rd_kafka_conf_t *conf = makeKafkaConf(options.connection, error);
    if (!conf)
        return false;
    const QString group = options.groupId.isEmpty() ? defaultGroupId() : options.groupId;
    const QString reset = options.startFrom == StartFrom::Latest ? QStringLiteral("latest")
                                                                 : QStringLiteral("earliest");
    QList<std::pair<const char *, QString>> properties = {
        {"group.id", group},
        {"auto.offset.reset", reset},
        {"enable.auto.commit", QStringLiteral("true")},
        {"auto.commit.interval.ms", QStringLiteral("1000")},
        {"enable.auto.offset.store", QStringLiteral("false")},
        {"enable.partition.eof", QStringLiteral("true")},
        // Broker state for the status line (recovery after an outage).
        {"statistics.interval.ms", QStringLiteral("1000")},
        // A live dashboard wants new events soon, not big fetches. The
        // built-in broker (librdkafka's mock) holds an empty fetch for this
        // long even when data arrives meanwhile, so it bounds the latency:
        // 100 ms gave p50 ~70 ms at 1,000 events/s (bench_latency). Real
        // brokers answer as soon as data arrives; 10 ms costs them ~100 small
        // requests a second while the topic is idle.
        {"fetch.wait.max.ms", QStringLiteral("10")},
        // A dropped connection is worth showing (it clears as soon as data
        // or the broker statistics say the broker is back).
        {"log.connection.close", QStringLiteral("true")},
    };
    if (options.prefetchMessages > 0)
        properties.append({"queued.min.messages", QString::number(options.prefetchMessages)});
    if (options.sessionTimeoutMs > 0) {
        properties.append({"session.timeout.ms", QString::number(options.sessionTimeoutMs)});
        properties.append(
            {"heartbeat.interval.ms", QString::number(qMax(1, options.sessionTimeoutMs / 4))});
    }
    for (const auto &[name, value] : properties) {
        if (!setKafkaProperty(conf, name, value, error)) {
            rd_kafka_conf_destroy(conf);
            return false;
        }
    }
    // Troubleshooting aid: librdkafka's debug contexts (e.g. "cgrp,fetch"),
    // shown with QT_LOGGING_RULES="dnd.kafka.*=true".
    const QString debug = qEnvironmentVariable("DND_RDKAFKA_DEBUG");
    if (!debug.isEmpty() && !setKafkaProperty(conf, "debug", debug, error)) {
        rd_kafka_conf_destroy(conf);
        return false;
    }
    rd_kafka_conf_set_opaque(conf, this);
    rd_kafka_conf_set_error_cb(conf, errorCallback);
    rd_kafka_conf_set_rebalance_cb(conf, rebalanceCallback);
    rd_kafka_conf_set_stats_cb(conf, statsCallback);

    char errstr[512];
    rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr);
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        *error = QString::fromUtf8(errstr);
        return false;
    }
    // Error, stats and rebalance callbacks are served by consumer_poll.
    rd_kafka_poll_set_consumer(rk);

    auto subscription = makeList(1);
    rd_kafka_topic_partition_list_add(subscription.get(), topic.constData(), RD_KAFKA_PARTITION_UA);
    const rd_kafka_resp_err_t err = rd_kafka_subscribe(rk, subscription.get());
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        *error = QString::fromUtf8(rd_kafka_err2str(err));
        rd_kafka_destroy(rk);
        rk = nullptr;
        return false;
    }
    return true;
}

void ConsumerWorker::Private::close()
{
    pollTimer.stop();
    if (!rk)
        return;
    flushBatch();
    // Asynchronous close bounded in time: it commits the stored offsets and
    // leaves the group when the broker answers, and gives up otherwise.
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    if (rd_kafka_error_t *closeError = rd_kafka_consumer_close_queue(rk, queue)) {
        qCDebug(lcConsumer) << "close:" << rd_kafka_error_string(closeError);
        rd_kafka_error_destroy(closeError);
    } else {
        // The close queue also receives messages that were already fetched
        // (the consumer queue is forwarded to it), which the callback form of
        // polling cannot serve (librdkafka asserts). Serve it as events: hand
        // rebalances to our handler, drop messages (not stored, so they are
        // redelivered next time and the model's offset filter skips repeats).
        const QDeadlineTimer deadline(CloseBudgetMs);
        while (!rd_kafka_consumer_closed(rk) && !deadline.hasExpired()) {
            rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 10);
            if (!event)
                continue;
            if (rd_kafka_event_type(event) == RD_KAFKA_EVENT_REBALANCE)
                rebalance(rd_kafka_event_error(event), rd_kafka_event_topic_partition_list(event));
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

void ConsumerWorker::Private::pollSlice()
{
    if (!rk)
        return;
    QElapsedTimer slice;
    slice.start();
    const int maxMessages = qMax(1, options.maxBatchMessages);
    const int maxMs = qMax(1, options.maxBatchMs);
    while (rk) {
        const int count = int(batch.events.size() + batch.rejected.size());
        if (count >= maxMessages || slice.elapsed() >= maxMs)
            break;
        rd_kafka_message_t *message = rd_kafka_consumer_poll(rk, PollTimeoutMs);
        if (!message) {
            // The local queue ran dry: hand over what we hold now instead of
            // waiting for the rest of the slice (latency at low rates; at
            // high rates the queue is never dry and batches stay large).
            if (!batch.isEmpty())
                break;
            wakeStalledFetcher();
            continue;
        }
        handleMessage(message);
        rd_kafka_message_destroy(message);
    }
    flushBatch();
    maybeEmitStatus(false);
}

void ConsumerWorker::Private::refreshLeaders()
{
    // An assigned partition whose leader librdkafka does not know yet waits
    // for a retry timer before it looks up its start offset: with the
    // built-in broker 11 of 16 partitions started ~0.5 s after the first
    // five. Asking for the topic's metadata first (one round trip, once per
    // assignment) lets every partition start at once.
    rd_kafka_topic_t *handle = rd_kafka_topic_new(rk, topic.constData(), nullptr);
    if (!handle)
        return;
    const rd_kafka_metadata_t *metadata = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 0, handle, &metadata, 1000);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
        rd_kafka_metadata_destroy(metadata);
    else
        qCDebug(lcConsumer) << "metadata before assignment:" << rd_kafka_err2str(err);
    rd_kafka_topic_destroy(handle);
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
    lastFetcherWakeMs = now;
    const rd_kafka_resp_err_t err =
        rd_kafka_offsets_for_times(rk, behind.get(), FetcherWakeTimeoutMs);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        qCDebug(lcConsumer) << "waking the fetcher:" << rd_kafka_err2str(err);
}

void ConsumerWorker::Private::handleMessage(const rd_kafka_message_t *message)
{
    const qint32 partition = message->partition;
    const qint64 offset = message->offset;
    if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        state.reachedEnd(partition, offset);
        return;
    }
    if (message->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        // Consumer errors (unknown topic, offset out of range...) are not
        // fatal: librdkafka keeps trying; the status line shows the reason.
        state.setError(QString::fromUtf8(rd_kafka_message_errstr(message)));
        return;
    }
    // Within a batch offsets of a partition strictly increase; an older
    // offset here is a redelivery that the batch already holds.
    const auto found = rangeIndex.constFind(partition);
    if (found != rangeIndex.constEnd() && offset <= batch.ranges[*found].last)
        return;

    state.consumed(partition, offset);
    rd_kafka_timestamp_type_t timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    const qint64 timestampMs = rd_kafka_message_timestamp(message, &timestampType);
    const qint64 kafkaTimeUs =
        timestampType == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE ? NoTimestamp : timestampMs * 1000;

    const QByteArrayView payload(static_cast<const char *>(message->payload),
                                 qsizetype(message->payload ? message->len : 0));
    DecodeResult result = Codec::decode(payload);
    if (result.ok) {
        result.event.partition = partition;
        result.event.offset = offset;
        if (result.event.timestampUs == NoTimestamp)
            result.event.timestampUs = kafkaTimeUs;
        batch.events.append(std::move(result.event));
    } else {
        RejectedMessage rejected;
        rejected.partition = partition;
        rejected.offset = offset;
        rejected.timestampUs = kafkaTimeUs;
        rejected.reason = result.reason;
        rejected.message = result.message;
        rejected.preview = Codec::escapedPreview(payload, 200);
        batch.rejected.append(std::move(rejected));
    }
    addToBatch(partition, offset);
}

void ConsumerWorker::Private::addToBatch(qint32 partition, qint64 offset)
{
    const auto found = rangeIndex.constFind(partition);
    if (found == rangeIndex.constEnd()) {
        rangeIndex.insert(partition, qint32(batch.ranges.size()));
        batch.ranges.append(PartitionRange{partition, offset, offset});
    } else {
        batch.ranges[*found].last = offset;
    }
}

void ConsumerWorker::Private::flushBatch()
{
    if (batch.isEmpty())
        return;
    const int count = int(batch.events.size() + batch.rejected.size());
    rateWindow.emplace_back(clock.elapsed(), count);
    const QVector<PartitionRange> ranges = batch.ranges;
    Q_EMIT q->batchReady(batch);
    batch = EventBatch();
    rangeIndex.clear();
    storeOffsets(ranges);
}

void ConsumerWorker::Private::storeOffsets(const QVector<PartitionRange> &ranges)
{
    if (!rk || ranges.isEmpty())
        return;
    auto list = makeList(int(ranges.size()));
    for (const PartitionRange &range : ranges)
        rd_kafka_topic_partition_list_add(list.get(), topic.constData(), range.partition)->offset =
            range.last + 1;
    // Fails only for partitions no longer assigned (after a rebalance):
    // their new owner starts from the last commit, and dedup absorbs it.
    const rd_kafka_resp_err_t err = rd_kafka_offsets_store(rk, list.get());
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        qCDebug(lcConsumer) << "offsets_store:" << rd_kafka_err2str(err);
}

void ConsumerWorker::Private::rebalance(rd_kafka_resp_err_t err,
                                        rd_kafka_topic_partition_list_t *partitions)
{
    const bool cooperative = qstrcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE") == 0;
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        state.joined();
        refreshLeaders();
        for (int i = 0; i < partitions->cnt; ++i) {
            rd_kafka_topic_partition_t &tp = partitions->elems[i];
            const qint64 next = state.nextOffset(tp.partition);
            if (next >= 0)
                tp.offset = next; // seen earlier in this session: go on from there
            else if (options.startFrom == StartFrom::Earliest)
                tp.offset = RD_KAFKA_OFFSET_BEGINNING;
            else if (options.startFrom == StartFrom::Latest)
                tp.offset = RD_KAFKA_OFFSET_END;
            else
                tp.offset = RD_KAFKA_OFFSET_INVALID; // committed, else auto.offset.reset
            state.assigned(tp.partition);
        }
        rd_kafka_error_t *error = nullptr;
        if (cooperative)
            error = rd_kafka_incremental_assign(rk, partitions);
        else
            rd_kafka_assign(rk, partitions);
        if (error) {
            state.setError(QString::fromUtf8(rd_kafka_error_string(error)));
            rd_kafka_error_destroy(error);
        }
    } else {
        // Emit and store what we hold for these partitions first, so the
        // commit that comes with the revocation covers it.
        flushBatch();
        for (int i = 0; i < partitions->cnt; ++i)
            state.revoked(partitions->elems[i].partition);
        if (cooperative) {
            if (rd_kafka_error_t *error = rd_kafka_incremental_unassign(rk, partitions))
                rd_kafka_error_destroy(error);
        } else {
            rd_kafka_assign(rk, nullptr);
        }
    }
    maybeEmitStatus(false);
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
}

ConsumerStatus ConsumerWorker::Private::currentStatus() const
{
    ConsumerStatus status = state.status();
    qint64 messages = 0;
    for (const auto &entry : rateWindow)
        messages += entry.second;
    status.messagesPerSecond = double(messages);
    status.bootstrap = options.connection.bootstrap;
    status.topic = options.topic;
    return status;
}

void ConsumerWorker::Private::maybeEmitStatus(bool force)
{
    const qint64 now = clock.elapsed();
    while (!rateWindow.empty() && rateWindow.front().first <= now - 1000)
        rateWindow.pop_front();
    const bool due = now - lastStatusMs >= StatusIntervalMs;
    if (rk && due)
        updateLag();
    const ConsumerStatus status = currentStatus();
    const bool changed = status.state != lastEmitted.state || status.reason != lastEmitted.reason;
    if (!force && !changed && !due)
        return;
    if (!force && !changed && status.lag == lastEmitted.lag &&
        qFuzzyCompare(status.messagesPerSecond + 1, lastEmitted.messagesPerSecond + 1))
        return; // nothing new to say
    lastStatusMs = now;
    lastEmitted = status;
    Q_EMIT q->statusChanged(status);
}

ConsumerWorker::ConsumerWorker(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this))
{
    registerCoreMetaTypes();
    qRegisterMetaType<ConsumerOptions>();
    qRegisterMetaType<ConsumerStatus>();
    d->pollTimer.setInterval(0);
    d->pollTimer.setParent(this); // follows the worker to its thread
    connect(&d->pollTimer, &QTimer::timeout, this, [this] { d->pollSlice(); });
}

ConsumerWorker::~ConsumerWorker()
{
    d->pollTimer.setParent(nullptr);
    d->close();
}

int ConsumerWorker::closingInBackground()
{
    return g_closingInBackground.load();
}

void ConsumerWorker::start(const ConsumerOptions &options)
{
    d->close();
    d->options = options;
    d->topic = options.topic.toUtf8();
    d->clock.start();
    d->lastStatusMs = -StatusIntervalMs;
    d->state = StatusTracker();
    d->state.setConnecting();
    QString error;
    if (!d->open(&error)) {
        d->state.setBrokerDown(error);
        d->maybeEmitStatus(true);
        return;
    }
    d->maybeEmitStatus(true);
    d->pollTimer.start();
}

void ConsumerWorker::stop()
{
    d->close();
    d->rateWindow.clear();
    ConsumerStatus status;
    status.bootstrap = d->options.connection.bootstrap;
    status.topic = d->options.topic;
    d->lastEmitted = status;
    Q_EMIT statusChanged(status);
    Q_EMIT stopped();
}

void ConsumerWorker::replayFromBeginning()
{
    if (!d->rk)
        return;
    // Whatever was polled before the seek belongs to the old pass.
    d->flushBatch();
    Q_EMIT replayStarted();
    rd_kafka_topic_partition_list_t *assignment = nullptr;
    if (rd_kafka_assignment(d->rk, &assignment) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return;
    PartitionList list(assignment, rd_kafka_topic_partition_list_destroy);
    for (int i = 0; i < list->cnt; ++i)
        list->elems[i].offset = RD_KAFKA_OFFSET_BEGINNING;
    d->state.replayed();
    // Waits until the fetcher dropped what it prefetched from the old
    // position, so no stale message follows replayStarted().
    if (list->cnt > 0) {
        if (rd_kafka_error_t *error = rd_kafka_seek_partitions(d->rk, list.get(), 500)) {
            d->state.setError(QString::fromUtf8(rd_kafka_error_string(error)));
            rd_kafka_error_destroy(error);
        }
    }
    d->maybeEmitStatus(true);
}

} // namespace dnd
