// SPDX-License-Identifier: MIT
#include "consumer.h"

#include "consumerworker.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace dnd {

struct Consumer::Private
{
    ConsumerOptions options;
    QThread *thread = nullptr;
    QPointer<ConsumerWorker> worker;
    // What the last worker handed on, per partition (see ConsumerWorker):
    // a restart on the same stream hands on only what is new.
    PartitionOffsets handedOn;
    QString handedOnClusterId;
};

Consumer::Consumer(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    registerCoreMetaTypes();
    qRegisterMetaType<ConsumerOptions>();
    qRegisterMetaType<ConsumerStatus>();
}

Consumer::~Consumer()
{
    stop();
}

void Consumer::start(const ConsumerOptions &options)
{
    const bool sameStream = options.connection.bootstrap == d->options.connection.bootstrap &&
                            options.topic == d->options.topic;
    stop();
    if (!sameStream) {
        d->handedOn.clear();
        d->handedOnClusterId.clear();
    }
    d->options = options;
    d->thread = new QThread;
    d->thread->setObjectName(QStringLiteral("dnd-consumer"));
    auto *worker = new ConsumerWorker;
    worker->moveToThread(d->thread);
    d->worker = worker;
    connect(d->thread, &QThread::finished, worker, &QObject::deleteLater);
    // Queued: the signals cross from the worker thread to ours, in order.
    // stop() delivers the batches still queued before it returns.
    connect(worker, &ConsumerWorker::batchReady, this, &Consumer::batchReady);
    connect(worker, &ConsumerWorker::statusChanged, this, &Consumer::statusChanged);
    connect(worker, &ConsumerWorker::replayStarted, this, &Consumer::replayStarted);
    connect(worker, &ConsumerWorker::sourceFound, this, &Consumer::sourceFound);
    connect(worker, &ConsumerWorker::initialEndReached, this, &Consumer::initialEndReached);
    d->thread->start();
    QMetaObject::invokeMethod(
        worker,
        [worker, options, handedOn = d->handedOn, clusterId = d->handedOnClusterId] {
            worker->start(options, handedOn, clusterId);
        },
        Qt::QueuedConnection);
}

void Consumer::stop()
{
    if (!d->thread)
        return;
    if (d->worker) {
        // The batch in flight first, and every batch emitted so far handed
        // to the receivers now (they are queued to this object): what they
        // confirm of them reaches the worker before its final commit.
        ConsumerWorker *worker = d->worker;
        QMetaObject::invokeMethod(
            worker,
            [this, worker] {
                worker->finishReading();
                d->handedOn = worker->handedOnPositions();
                d->handedOnClusterId = worker->clusterId();
            },
            Qt::BlockingQueuedConnection);
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        // Blocking: returns once the worker committed and closed (bounded
        // in ConsumerWorker), so a restart with the same group finds the
        // commit.
        QMetaObject::invokeMethod(d->worker, &ConsumerWorker::stop, Qt::BlockingQueuedConnection);
    }
    d->thread->quit();
    d->thread->wait();
    delete d->thread;
    d->thread = nullptr;
}

void Consumer::replayFromBeginning()
{
    if (d->worker)
        QMetaObject::invokeMethod(d->worker, &ConsumerWorker::replayFromBeginning,
                                  Qt::QueuedConnection);
}

void Consumer::forgetHandedOn()
{
    d->handedOn.clear();
    d->handedOnClusterId.clear();
}

void Consumer::commitPositions(const PartitionOffsets &positions)
{
    if (ConsumerWorker *worker = d->worker)
        QMetaObject::invokeMethod(
            worker, [worker, positions] { worker->commitPositions(positions); },
            Qt::QueuedConnection);
}

bool Consumer::isRunning() const
{
    return d->thread != nullptr;
}

const ConsumerOptions &Consumer::options() const
{
    return d->options;
}

} // namespace dnd
