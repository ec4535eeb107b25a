// SPDX-License-Identifier: MIT
#include "consumerworker.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QThread>
#include <QUuid>

#include <limits>

namespace dnd {

QString startFromName(StartFrom from)
{
    switch (from) {
    case StartFrom::Earliest:
        return QStringLiteral("earliest");
    case StartFrom::Latest:
        return QStringLiteral("latest");
    case StartFrom::Committed:
        return QStringLiteral("committed");
    }
    return {};
}

bool parseStartFrom(const QString &text, StartFrom *from)
{
    const QString name = text.trimmed().toLower();
    for (const StartFrom candidate :
         {StartFrom::Earliest, StartFrom::Latest, StartFrom::Committed}) {
        if (name == startFromName(candidate)) {
            if (from)
                *from = candidate;
            return true;
        }
    }
    return false;
}

namespace {
QString stateText(const ConsumerStatus &status)
{
    switch (status.state) {
    case ConsumerState::Stopped:
        return QCoreApplication::translate("dnd::Consumer", "stopped");
    case ConsumerState::Connecting:
        return QCoreApplication::translate("dnd::Consumer", "connecting");
    case ConsumerState::Connected:
        return QCoreApplication::translate("dnd::Consumer", "connected");
    case ConsumerState::CaughtUp:
        return QCoreApplication::translate("dnd::Consumer", "caught up");
    case ConsumerState::Lagging:
        return QCoreApplication::translate("dnd::Consumer", "lagging by %1").arg(status.lag);
    case ConsumerState::BrokerDown:
        if (status.reason.isEmpty())
            return QCoreApplication::translate("dnd::Consumer", "broker unreachable");
        return QCoreApplication::translate("dnd::Consumer", "broker unreachable: %1")
            .arg(status.reason);
    }
    return {};
}
} // namespace

QString consumerStateText(const ConsumerStatus &status)
{
    QString text = stateText(status);
    if (status.lost > 0 && status.state != ConsumerState::Stopped) {
        text += QCoreApplication::translate(
            "dnd::Consumer", "; %n event(s) gone from the broker before they were read", nullptr,
            int(qMin<qint64>(status.lost, std::numeric_limits<int>::max())));
    }
    return text;
}

QString defaultGroupId()
{
    // Created once per installation: two dashboards on two machines are two
    // groups, so each sees every event.
    static const QString key = QStringLiteral("kafka/defaultGroupId");
    QSettings settings;
    QString id = settings.value(key).toString();
    if (id.isEmpty()) {
        id = QStringLiteral("dnd-tracker-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(key, id);
    }
    return id;
}

struct Consumer::Private
{
    ConsumerOptions options;
    QThread *thread = nullptr;
    QPointer<ConsumerWorker> worker;
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
    stop();
    d->options = options;
    d->thread = new QThread;
    d->thread->setObjectName(QStringLiteral("dnd-consumer"));
    auto *worker = new ConsumerWorker;
    worker->moveToThread(d->thread);
    d->worker = worker;
    connect(d->thread, &QThread::finished, worker, &QObject::deleteLater);
    // Queued: the signals cross from the worker thread to ours. Batches the
    // worker emitted before a stop still arrive after it, in order: their
    // offsets may already be committed, so dropping them would lose events.
    connect(worker, &ConsumerWorker::batchReady, this, &Consumer::batchReady);
    connect(worker, &ConsumerWorker::statusChanged, this, &Consumer::statusChanged);
    connect(worker, &ConsumerWorker::replayStarted, this, &Consumer::replayStarted);
    d->thread->start();
    QMetaObject::invokeMethod(worker, "start", Qt::QueuedConnection,
                              Q_ARG(dnd::ConsumerOptions, options));
}

void Consumer::stop()
{
    if (!d->thread)
        return;
    if (d->worker) {
        // Blocking: returns once the worker closed the consumer (bounded in
        // ConsumerWorker), so a restart with the same group finds the commit.
        QMetaObject::invokeMethod(d->worker, &ConsumerWorker::stop, Qt::BlockingQueuedConnection);
    }
    d->thread->quit();
    d->thread->wait();
    delete d->thread;
    d->thread = nullptr;
}

void Consumer::reconfigure(const ConsumerOptions &options)
{
    const bool wasRunning = isRunning();
    stop();
    if (wasRunning) {
        // Queued behind the old stream's last batches, ahead of the new one's.
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT replayStarted(); }, Qt::QueuedConnection);
    }
    start(options);
}

void Consumer::replayFromBeginning()
{
    if (d->worker)
        QMetaObject::invokeMethod(d->worker, &ConsumerWorker::replayFromBeginning,
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
