// SPDX-License-Identifier: MIT
#pragma once

#include "consumeroptions.h"
#include "consumerstatus.h"
#include "eventbatch.h"

#include <QObject>

#include <memory>

namespace dnd {

// Lives on its own QThread (see Consumer). Polls with rd_kafka_consumer_poll
// on a zero-interval timer so the thread's event loop stays responsive to
// stop/replay; decodes and validates here, emits batches.
//
// Reads every partition of the topic by manual assignment: no group
// membership, so no join delay, no rebalance, and a restart never waits for
// an old member. Partitions added to the topic are found within
// PartitionCheckIntervalMs and read from their beginning.
//
// Start position (ConsumerOptions::startFrom) applies to the partitions
// found at start: the archive's positions (Resume), earliest, latest, the
// group's committed positions (falling back to earliest), or a time.
//
// Positions are committed to the group id for lag tools, and only up to
// what was handed on or, with commitConfirmedOnly, what the receiver
// confirmed it counted or stored (commitPositions()).
//
// Deduplication lives here, where positions are known: a message at an
// offset already handed on (within this run, or an earlier run of the same
// stream whose positions Consumer carried over) is dropped before it is
// decoded. Every batch holds only new messages; receivers take it as is.
class ConsumerWorker : public QObject
{
    Q_OBJECT
public:
    explicit ConsumerWorker(QObject *parent = nullptr);
    ~ConsumerWorker() override;

    // Consumers whose close did not finish within the stop budget (a broker
    // is unreachable and librdkafka still waits for a request) are
    // destroyed on a background thread; this counts those still running.
    // Tests wait for zero before they end.
    static int closingInBackground();

    // For the next run of the same stream (Consumer carries them across
    // stop/start): the next offset after everything handed on, per
    // partition, and the cluster it came from. Read on the worker's thread.
    PartitionOffsets handedOnPositions() const;
    QString clusterId() const;

public Q_SLOTS:
    // handedOnBefore: where new messages begin, per partition, from an
    // earlier run of the same stream on cluster clusterIdBefore (empty:
    // unknown); messages below it are not handed on again.
    void start(const dnd::ConsumerOptions &options,
               const dnd::PartitionOffsets &handedOnBefore = {},
               const QString &clusterIdBefore = {});
    // Stops polling and emits the batch in flight; stop() follows.
    void finishReading();
    // Positions (next offsets) the receiver counted or stored; with
    // commitConfirmedOnly nothing past them is committed.
    void commitPositions(const dnd::PartitionOffsets &positions);
    void stop();                // commits, closes the consumer, emits stopped()
    void replayFromBeginning(); // seeks every assigned partition to the start

Q_SIGNALS:
    void batchReady(const dnd::EventBatch &batch);
    void statusChanged(const dnd::ConsumerStatus &status);
    // Emitted before the first replayed batch. Receivers must reset their
    // statistics when they get it: the same messages come again.
    void replayStarted();
    void stopped();
    // Once per start, when the topic's metadata first answered, before the
    // first batch: the cluster (empty when the broker does not say) and
    // topic the batches come from, the campaign archive's source.
    void sourceFound(const QString &clusterId, const QString &topic);
    // With signalInitialEnd: every partition was read to the end it had
    // when reading started (after the batch that reached it).
    void initialEndReached();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dnd
