// SPDX-License-Identifier: MIT
// ConsumerWorker: polls, decodes and batches messages, reports status.
#include "consumerworker_p.h"

#include "codec.h"

Q_LOGGING_CATEGORY(lcConsumer, "dnd.kafka.consumer", QtWarningMsg)

namespace dnd {

void ConsumerWorker::Private::pollSlice()
{
    if (!rk)
        return;
    checkPartitions();
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
    checkInitialEnd();
    commit(false);
    maybeEmitStatus(false);
}

qint64 ConsumerWorker::Private::logStartIfJumped(qint32 partition, qint64 offset) const
{
    // Only for the rare jump: librdkafka's cached log start, as the last
    // fetch response for the partition gave it.
    const qint64 next = state.nextOffset(partition);
    if (next < 0 || offset <= next)
        return -1;
    int64_t low = -1;
    int64_t high = -1;
    if (rd_kafka_get_watermark_offsets(rk, topic.constData(), partition, &low, &high) !=
        RD_KAFKA_RESP_ERR_NO_ERROR)
        return -1;
    return low;
}

void ConsumerWorker::Private::handleMessage(const rd_kafka_message_t *message)
{
    const qint32 partition = message->partition;
    const qint64 offset = message->offset;
    if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        state.reachedEnd(partition, offset, logStartIfJumped(partition, offset));
        endOfPartition.insert(partition, offset);
        return;
    }
    if (message->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        // Consumer errors (unknown topic, offset out of range...) are not
        // fatal: librdkafka keeps trying; the status line shows the reason.
        state.setError(QString::fromUtf8(rd_kafka_message_errstr(message)));
        return;
    }
    // Handed on before (in this batch, an earlier one or an earlier run of
    // the same stream): a redelivery, dropped here and only here.
    if (const auto known = newFrom.constFind(partition);
        known != newFrom.constEnd() && offset < *known)
        return;

    state.consumed(partition, offset, logStartIfJumped(partition, offset));
    rd_kafka_timestamp_type_t timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    const qint64 timestampMs = rd_kafka_message_timestamp(message, &timestampType);
    const qint64 kafkaTimeUs =
        timestampType == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE ? NoTimestamp : timestampMs * 1000;
    if (const auto skip = skipOlderThan.find(partition); skip != skipOlderThan.end()) {
        if (timestampType != RD_KAFKA_TIMESTAMP_NOT_AVAILABLE && timestampMs < *skip)
            return;
        skipOlderThan.erase(skip);
    }

    const QByteArrayView payload(static_cast<const char *>(message->payload),
                                 qsizetype(message->payload ? message->len : 0));
    ValidationResult result = Codec::decode(payload);
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
    newFrom.insert(partition, offset + 1);
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
    rateWindow.push_back(
        RateEntry{clock.elapsed(), int(batch.events.size()), int(batch.rejected.size())});
    const QVector<PartitionRange> ranges = batch.ranges;
    Q_EMIT q->batchReady(batch);
    batch = EventBatch();
    rangeIndex.clear();
    handOn(ranges);
}

void ConsumerWorker::Private::handOn(const QVector<PartitionRange> &ranges)
{
    for (const PartitionRange &range : ranges) {
        qint64 &next = handedOn[range.partition];
        next = qMax(next, range.last + 1);
    }
}

ConsumerStatus ConsumerWorker::Private::currentStatus() const
{
    ConsumerStatus status = state.status();
    qint64 accepted = 0;
    qint64 rejected = 0;
    for (const RateEntry &entry : rateWindow) {
        accepted += entry.accepted;
        rejected += entry.rejected;
    }
    status.acceptedPerSecond = double(accepted);
    status.rejectedPerSecond = double(rejected);
    status.messagesPerSecond = double(accepted + rejected);
    status.bootstrap = options.connection.bootstrap;
    status.topic = options.topic;
    return status;
}

void ConsumerWorker::Private::maybeEmitStatus(bool force)
{
    const qint64 now = clock.elapsed();
    while (!rateWindow.empty() && rateWindow.front().ms <= now - 1000)
        rateWindow.pop_front();
    const bool due = now - lastStatusMs >= StatusIntervalMs;
    if (rk && due) {
        updateLag();
        state.measureRates(now);
    }
    ConsumerStatus status = currentStatus();
    const bool changed = status.state != lastEmitted.state || status.reason != lastEmitted.reason ||
                         status.lost != lastEmitted.lost;
    if (!force && !changed && !due)
        return;
    // Positions count too: a steady stream keeps its rate and lag, but the
    // Stream tab's table shows where each partition is.
    const qint64 positions = state.positionSum();
    if (!force && !changed && status.lag == lastEmitted.lag && positions == lastEmittedPositions &&
        qFuzzyCompare(status.messagesPerSecond + 1, lastEmitted.messagesPerSecond + 1))
        return; // nothing new to say
    lastStatusMs = now;
    lastEmitted = status;
    lastEmittedPositions = positions;
    // Per partition only when emitted: at most a few times a second.
    status.partitions = state.partitionStatus();
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

void ConsumerWorker::start(const ConsumerOptions &options, const PartitionOffsets &handedOnBefore,
                           const QString &clusterIdBefore)
{
    d->close();
    d->newFrom = handedOnBefore;
    d->newFromClusterId = clusterIdBefore;
    d->options = options;
    d->topic = options.topic.toUtf8();
    d->clock.start();
    d->lastStatusMs = -StatusIntervalMs;
    d->state = StatusTracker();
    d->positionAtLastUpdate.clear();
    d->clusterId.clear();
    d->assignedOnce = false;
    d->skipOlderThan.clear();
    d->handedOn.clear();
    d->confirmed.clear();
    d->committed.clear();
    d->lastCommitMs = 0;
    d->startEnds.clear();
    d->endOfPartition.clear();
    d->startEndsKnown = false;
    d->initialEndSignalled = false;
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

void ConsumerWorker::finishReading()
{
    d->pollTimer.stop();
    d->flushBatch();
}

PartitionOffsets ConsumerWorker::handedOnPositions() const
{
    return d->newFrom;
}

QString ConsumerWorker::clusterId() const
{
    return d->clusterId.isEmpty() ? d->newFromClusterId : d->clusterId;
}

void ConsumerWorker::commitPositions(const dnd::PartitionOffsets &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        qint64 &next = d->confirmed[it.key()];
        next = qMax(next, it.value());
    }
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
    // Whatever was polled before the seek belongs to the old pass; the
    // new pass hands every message on again.
    d->flushBatch();
    d->newFrom.clear();
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
