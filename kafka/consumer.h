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

} // namespace dnd
