// SPDX-License-Identifier: MIT
// ConsumerWorker's partitions: the topic's partitions from its metadata,
// assigned by the worker itself (no group membership, so no join delay and
// no rebalances), where each starts, and the commits to the group.
#include "consumerworker_p.h"

#include <QDateTime>
#include <QDeadlineTimer>

#include <algorithm>

namespace dnd {

void ConsumerWorker::Private::checkPartitions()
{
    const qint64 now = clock.elapsed();
    if (!rk || now < nextPartitionCheckMs)
        return;
    nextPartitionCheckMs = now + (assignedOnce ? PartitionCheckIntervalMs : PartitionRetryMs);
    if (assignedOnce && state.isBrokerDown())
        return; // librdkafka reconnects; look again once it has
    const rd_kafka_metadata_t *metadata = nullptr;
    const rd_kafka_resp_err_t err =
        rd_kafka_metadata(rk, 0, topicHandle, &metadata, LookupTimeoutMs);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        // Not down yet as far as the error callback knows: say why we wait.
        if (!assignedOnce && err != RD_KAFKA_RESP_ERR__TIMED_OUT)
            state.setError(QString::fromUtf8(rd_kafka_err2str(err)));
        return;
    }
    std::unique_ptr<const rd_kafka_metadata_t, decltype(&rd_kafka_metadata_destroy)> owner(
        metadata, rd_kafka_metadata_destroy);
    if (metadata->topic_cnt < 1)
        return;
    const rd_kafka_metadata_topic_t &info = metadata->topics[0];
    if (info.err != RD_KAFKA_RESP_ERR_NO_ERROR || info.partition_cnt == 0) {
        state.setError(QString::fromUtf8(rd_kafka_err2str(
            info.err != RD_KAFKA_RESP_ERR_NO_ERROR ? info.err
                                                   : RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART)));
        return;
    }
    if (clusterId.isEmpty()) {
        // Cached with the metadata just received (0: no new request).
        if (char *id = rd_kafka_clusterid(rk, 0)) {
            clusterId = QString::fromUtf8(id);
            rd_kafka_mem_free(rk, id);
        }
        // Positions carried from another cluster (a new built-in broker on
        // the same address) say nothing about this one.
        if (!newFromClusterId.isEmpty() && newFromClusterId != clusterId)
            newFrom.clear();
        // Reading again what the campaign archive holds (--from earliest, a
        // time, the group's commit) hands none of it on twice.
        if (options.startFrom != StartFrom::Resume) {
            const PartitionOffsets stored = options.resumePositions.value(clusterId);
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                qint64 &next = newFrom[it.key()];
                next = std::max(next, it.value());
            }
        }
        Q_EMIT q->sourceFound(clusterId, options.topic);
    }

    const QList<qint32> known = state.assignedPartitions();
    auto added = makeList(info.partition_cnt);
    for (int i = 0; i < info.partition_cnt; ++i) {
        const qint32 partition = info.partitions[i].id;
        if (!known.contains(partition))
            rd_kafka_topic_partition_list_add(added.get(), topic.constData(), partition);
    }
    if (added->cnt == 0)
        return;
    if (!startOffsets(added.get(), !assignedOnce))
        return; // asked again at the next check
    if (rd_kafka_error_t *error = rd_kafka_incremental_assign(rk, added.get())) {
        state.setError(QString::fromUtf8(rd_kafka_error_string(error)));
        rd_kafka_error_destroy(error);
        return;
    }
    qCDebug(lcConsumer) << "assigned" << added->cnt << "partitions of" << options.topic;
    state.partitionsKnown();
    for (int i = 0; i < added->cnt; ++i)
        state.assigned(added->elems[i].partition);
    if (!assignedOnce) {
        assignedOnce = true;
        nextPartitionCheckMs = now + PartitionCheckIntervalMs;
    }
    maybeEmitStatus(false);
}

bool ConsumerWorker::Private::startOffsets(rd_kafka_topic_partition_list_t *partitions,
                                           bool initial)
{
    // A partition that appears later was created after we started: all of
    // it is new. Positions the archive stored win in every case.
    const PartitionOffsets resume = options.startFrom == StartFrom::Resume
                                        ? options.resumePositions.value(clusterId)
                                        : PartitionOffsets();
    const StartFrom from = initial ? options.startFrom : StartFrom::Earliest;
    auto byTime = makeList(partitions->cnt);
    for (int i = 0; i < partitions->cnt; ++i) {
        rd_kafka_topic_partition_t &tp = partitions->elems[i];
        const qint64 next = state.nextOffset(tp.partition);
        if (next >= 0) {
            tp.offset = next; // read earlier in this run: go on from there
            continue;
        }
        if (const auto it = resume.constFind(tp.partition); it != resume.cend()) {
            tp.offset = *it;
            continue;
        }
        switch (from) {
        case StartFrom::Resume:
        case StartFrom::Earliest:
            tp.offset = RD_KAFKA_OFFSET_BEGINNING;
            break;
        case StartFrom::Latest:
            tp.offset = RD_KAFKA_OFFSET_END;
            break;
        case StartFrom::Committed:
            // librdkafka asks the group coordinator; auto.offset.reset
            // (earliest) when the group has no position.
            tp.offset = RD_KAFKA_OFFSET_STORED;
            break;
        case StartFrom::Time:
            // For offsets_for_times the offset field holds a timestamp.
            rd_kafka_topic_partition_list_add(byTime.get(), topic.constData(), tp.partition)
                ->offset = options.startTimeMs;
            break;
        }
    }
    if (byTime->cnt == 0)
        return true;
    const rd_kafka_resp_err_t err =
        rd_kafka_offsets_for_times(rk, byTime.get(), LookupTimeoutMs * 4);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        state.setError(
            ConsumerWorker::tr("cannot find the offsets for %1: %2")
                .arg(QDateTime::fromMSecsSinceEpoch(options.startTimeMs).toString(Qt::ISODate),
                     QString::fromUtf8(rd_kafka_err2str(err))));
        return false;
    }
    for (int i = 0; i < byTime->cnt; ++i) {
        const rd_kafka_topic_partition_t &found = byTime->elems[i];
        rd_kafka_topic_partition_t *tp =
            rd_kafka_topic_partition_list_find(partitions, topic.constData(), found.partition);
        // -1: no message at or after that time, so only what comes next.
        const bool known = found.err == RD_KAFKA_RESP_ERR_NO_ERROR && found.offset >= 0;
        if (known)
            tp->offset = found.offset;
        else
            tp->offset =
                options.brokerLacksTimeIndex ? RD_KAFKA_OFFSET_BEGINNING : RD_KAFKA_OFFSET_END;
        // Older messages up to the first at or after the time are skipped
        // here (handleMessage): the answer may be an approximation.
        skipOlderThan.insert(found.partition, options.startTimeMs);
    }
    return true;
}

void ConsumerWorker::Private::learnStartEnds()
{
    // Each partition's end when reading started: one request per leader
    // (for offsets_for_times, -1 asks for the latest offset). Asked again
    // at the next slice when there is no answer in time.
    if (startEndsKnown || !assignedOnce || state.isBrokerDown())
        return;
    const QList<qint32> assigned = state.assignedPartitions();
    auto ends = makeList(int(assigned.size()));
    for (const qint32 partition : assigned)
        rd_kafka_topic_partition_list_add(ends.get(), topic.constData(), partition)->offset = -1;
    if (rd_kafka_offsets_for_times(rk, ends.get(), LookupTimeoutMs) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return;
    for (int i = 0; i < ends->cnt; ++i) {
        if (ends->elems[i].err != RD_KAFKA_RESP_ERR_NO_ERROR)
            return;
    }
    for (int i = 0; i < ends->cnt; ++i)
        startEnds.insert(ends->elems[i].partition, ends->elems[i].offset);
    startEndsKnown = true;
}

void ConsumerWorker::Private::checkInitialEnd()
{
    if (initialEndSignalled || !options.signalInitialEnd)
        return;
    learnStartEnds();
    if (!startEndsKnown)
        return;
    for (auto it = startEnds.cbegin(); it != startEnds.cend(); ++it) {
        const qint64 end = it.value();
        if (end <= 0)
            continue;
        if (handedOn.value(it.key(), -1) < end && endOfPartition.value(it.key(), -1) < end)
            return;
    }
    initialEndSignalled = true;
    qCDebug(lcConsumer) << "read every partition to its end at start";
    Q_EMIT q->initialEndReached();
}

PartitionOffsets ConsumerWorker::Private::positionsToCommit() const
{
    return options.commitConfirmedOnly ? confirmed : handedOn;
}

void ConsumerWorker::Private::commit(bool final)
{
    const qint64 now = clock.elapsed();
    if (!rk || (!final && now - lastCommitMs < CommitIntervalMs))
        return;
    lastCommitMs = now;
    const PartitionOffsets wanted = positionsToCommit();
    auto list = makeList(int(wanted.size()));
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (committed.value(it.key(), -1) != it.value())
            rd_kafka_topic_partition_list_add(list.get(), topic.constData(), it.key())->offset =
                it.value();
    }
    if (list->cnt == 0)
        return;
    if (final && state.isBrokerDown()) {
        // It would wait out the close budget and keep librdkafka busy long
        // after; the group keeps its last position, which is behind.
        qCDebug(lcConsumer) << "broker down: no final commit";
        return;
    }
    if (!final) {
        // Asynchronous; a commit that fails is repeated by the next one.
        if (rd_kafka_commit(rk, list.get(), 1) == RD_KAFKA_RESP_ERR_NO_ERROR)
            committed.insert(wanted);
        return;
    }
    // The last one waits for its answer, within the close budget.
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    const rd_kafka_resp_err_t err = rd_kafka_commit_queue(rk, list.get(), queue, nullptr, nullptr);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        const QDeadlineTimer deadline(CloseBudgetMs);
        while (!deadline.hasExpired()) {
            rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 10);
            if (!event)
                continue;
            const bool done = rd_kafka_event_type(event) == RD_KAFKA_EVENT_OFFSET_COMMIT;
            if (done && rd_kafka_event_error(event) != RD_KAFKA_RESP_ERR_NO_ERROR)
                qCDebug(lcConsumer) << "final commit:" << rd_kafka_event_error_string(event);
            rd_kafka_event_destroy(event);
            if (done) {
                committed.insert(wanted);
                break;
            }
        }
    } else {
        qCDebug(lcConsumer) << "final commit:" << rd_kafka_err2str(err);
    }
    rd_kafka_queue_destroy(queue);
}

} // namespace dnd
