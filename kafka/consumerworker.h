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

} // namespace dnd
