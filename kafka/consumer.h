// SPDX-License-Identifier: MIT
#pragma once

#include "consumeroptions.h"
#include "consumerstatus.h"
#include "eventbatch.h"

#include <QObject>

#include <memory>

namespace dnd {

// Controller on the GUI (or main) thread: owns the thread and the worker.
// All signals arrive queued on the controller's thread.
//
// Batches hold only messages not handed on before (ConsumerWorker drops
// redeliveries). Across stop()/start() on the same bootstrap and topic the
// positions already handed on are carried over, so Stream > Disconnect /
// Connect or a reconnect never hands a message on twice; they are
// forgotten by replayFromBeginning(), forgetHandedOn() and by a start on
// another bootstrap, topic or cluster.
class Consumer : public QObject
{
    Q_OBJECT
public:
    explicit Consumer(QObject *parent = nullptr);
    ~Consumer() override; // stops within a second

    // Stops a running worker first: start() with other options (broker,
    // topic, group...) switches streams (TrackerSession::reconnect).
    void start(const ConsumerOptions &options);
    // Blocks until the worker closed (at most ~1 s). The batch in flight is
    // emitted and delivered to the receivers before the final commit, so
    // what they confirm of it (commitPositions) is committed too.
    void stop();
    void replayFromBeginning();
    // The receiver's counts were replaced (another campaign restored): the
    // next start() hands on everything from its start position again. For
    // a stopped consumer; a running one carries what it hands on.
    void forgetHandedOn();
    // The receiver counted (or the archive stored) everything before these
    // next offsets; with ConsumerOptions::commitConfirmedOnly nothing past
    // them is committed to the group.
    void commitPositions(const dnd::PartitionOffsets &positions);
    bool isRunning() const;
    const ConsumerOptions &options() const;

Q_SIGNALS:
    void batchReady(const dnd::EventBatch &batch);
    void statusChanged(const dnd::ConsumerStatus &status);
    void replayStarted();
    void sourceFound(const QString &clusterId, const QString &topic);
    void initialEndReached();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dnd
