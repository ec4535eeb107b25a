// SPDX-License-Identifier: MIT
#include "simulatedproducer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace dnd {

namespace {

constexpr int CountersIntervalMs = 100; // ~10 reports a second
constexpr int FastTickMs = 10;
constexpr int SlowTickMs = 100;
// How long starting a game waits for the topic's partitions (Producer::learnTopic).
constexpr int LearnTopicMs = 1000;
// At most this much time's worth of events after a stall, so a pause of the
// thread (suspend, debugger, slow broker) does not end in a burst.
constexpr double MaxCatchUpSeconds = 0.1;

qint64 wallClockUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

double clampRate(double eventsPerSecond)
{
    // Below one event every 100 s is "stopped" for any practical purpose;
    // keep the arithmetic finite.
    return std::isfinite(eventsPerSecond) ? std::max(eventsPerSecond, 0.01) : 0.01;
}

} // namespace

// Lives on the simulation thread; every member is touched only there, except
// stopRequested, which the controller sets to interrupt a blocked produce().
class SimulationWorker : public QObject
{
public:
    explicit SimulationWorker(SimulatedProducer *controller)
        : m_controller(controller), m_timer(new QTimer(this))
    {
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &SimulationWorker::tick);
    }

    std::atomic<bool> stopRequested{false};

    void start(const SimulatedProducerOptions &options)
    {
        shutdown();
        stopRequested = false;
        m_options = options;
        m_options.eventsPerSecond = clampRate(options.eventsPerSecond);
        m_produced = 0;
        m_producer = std::make_unique<Producer>(options.connection, options.topic);
        m_producer->setInterruptFlag(&stopRequested);
        QString error;
        if (!m_producer->open(&error)) {
            m_producer.reset();
            setState(SimulationState::Failed,
                     SimulatedProducer::tr("Cannot start the simulated producer: %1").arg(error));
            return;
        }
        // Every start is a new game to the archive, even with the same seed.
        SimulatorConfig config = m_options.simulator;
        config.gameIdPrefix = uniqueGameIdPrefix();
        m_simulator = std::make_unique<Simulator>(config);
        m_budget = 1; // the first event goes out right away
        m_clock.start();
        m_lastTickNs = 0;
        m_countersClock.start();
        // On this worker thread, so bounded waiting is fine: an unreachable
        // broker costs LearnTopicMs once, and is reported by the deliveries.
        m_producer->learnTopic(LearnTopicMs);
        m_timer->start(tickInterval());
        setState(SimulationState::Running, {});
        tick(); // the first event goes out now, not one tick later
    }

    void pause()
    {
        if (m_state != SimulationState::Running)
            return;
        setState(SimulationState::Paused, {});
    }

    void resume()
    {
        if (m_state != SimulationState::Paused)
            return;
        m_budget = std::max(m_budget, 0.0);
        m_lastTickNs = m_clock.nsecsElapsed();
        setState(SimulationState::Running, {});
    }

    void setRate(double eventsPerSecond)
    {
        m_options.eventsPerSecond = clampRate(eventsPerSecond);
        if (m_timer->isActive())
            m_timer->start(tickInterval());
    }

    void stop()
    {
        const bool wasActive = m_producer != nullptr;
        shutdown();
        if (wasActive)
            setState(SimulationState::Stopped, {});
    }

    // Stops producing, flushes (bounded) and releases the producer.
    void shutdown()
    {
        m_timer->stop();
        if (m_producer) {
            m_producer->flush(stopRequested ? 500 : 2000);
            report(true);
            m_producer.reset();
        }
        m_simulator.reset();
    }

private:
    int tickInterval() const
    {
        const double intervalMs = 1000.0 / m_options.eventsPerSecond;
        return int(std::clamp(intervalMs, double(FastTickMs), double(SlowTickMs)));
    }

    bool limitReached() const
    {
        return m_options.maxEvents > 0 && m_produced >= m_options.maxEvents;
    }

    void tick()
    {
        if (!m_producer)
            return;
        const qint64 nowNs = m_clock.nsecsElapsed();
        const double elapsed = double(nowNs - m_lastTickNs) / 1e9;
        m_lastTickNs = nowNs;

        if (m_state == SimulationState::Running && !limitReached()) {
            const double rate = m_options.eventsPerSecond;
            m_budget = std::min(m_budget + elapsed * rate, std::max(1.0, rate * MaxCatchUpSeconds));
            while (m_budget >= 1 && !limitReached() && !stopRequested) {
                GameEvent event = m_simulator->next();
                if (m_options.liveTimestamps)
                    event.timestampUs = wallClockUs();
                if (!m_producer->produce(event))
                    break; // counted as failed with its reason; stop this tick
                m_budget -= 1;
                ++m_produced;
            }
        }
        m_producer->poll(0); // serves delivery reports

        if (limitReached()) {
            const ProducerCounters counters = m_producer->counters();
            if (counters.delivered + counters.failed >= counters.sent &&
                m_producer->outstanding() == 0) {
                m_timer->stop();
                report(true);
                m_producer.reset();
                m_simulator.reset();
                setState(SimulationState::Finished,
                         counters.failed == 0
                             ? QString()
                             : SimulatedProducer::tr("%n event(s) not delivered: %1", nullptr,
                                                     int(counters.failed))
                                   .arg(counters.lastError));
                return;
            }
        }
        report(false);
    }

    void report(bool force)
    {
        if (!m_producer)
            return;
        if (!force && m_countersClock.elapsed() < CountersIntervalMs)
            return;
        m_countersClock.restart();
        const ProducerCounters counters = m_producer->counters();
        if (!force && counters.sent == m_lastReported.sent &&
            counters.delivered == m_lastReported.delivered &&
            counters.failed == m_lastReported.failed)
            return;
        m_lastReported = counters;
        SimulatedProducer *controller = m_controller;
        QMetaObject::invokeMethod(
            controller, [controller, counters] { controller->publishCounters(counters); },
            Qt::QueuedConnection);
    }

    void setState(SimulationState state, const QString &message)
    {
        // Counters first, so whoever reacts to the state sees matching numbers.
        report(true);
        m_state = state;
        SimulatedProducer *controller = m_controller;
        QMetaObject::invokeMethod(
            controller, [controller, state, message] { controller->publishState(state, message); },
            Qt::QueuedConnection);
    }

    SimulatedProducer *m_controller;
    QTimer *m_timer;
    SimulatedProducerOptions m_options;
    std::unique_ptr<Producer> m_producer;
    std::unique_ptr<Simulator> m_simulator;
    SimulationState m_state = SimulationState::Stopped;
    QElapsedTimer m_clock;
    QElapsedTimer m_countersClock;
    qint64 m_lastTickNs = 0;
    double m_budget = 0;
    quint64 m_produced = 0;
    ProducerCounters m_lastReported;
};

struct SimulatedProducer::Private
{
    QThread thread;
    SimulationWorker *worker = nullptr;
    SimulationState state = SimulationState::Stopped;
    ProducerCounters counters;
};

SimulatedProducer::SimulatedProducer(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<dnd::ProducerCounters>();
    qRegisterMetaType<dnd::SimulationState>();
    d->thread.setObjectName(QStringLiteral("dnd-simulation"));
    d->worker = new SimulationWorker(this);
    d->worker->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);
    d->thread.start();
}

SimulatedProducer::~SimulatedProducer()
{
    SimulationWorker *worker = d->worker;
    worker->stopRequested = true;
    // Flush and release the producer on its own thread before it ends.
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

void SimulatedProducer::start(const SimulatedProducerOptions &options)
{
    SimulationWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker, options] { worker->start(options); }, Qt::QueuedConnection);
}

void SimulatedProducer::pause()
{
    SimulationWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->pause(); }, Qt::QueuedConnection);
}

void SimulatedProducer::resume()
{
    SimulationWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->resume(); }, Qt::QueuedConnection);
}

void SimulatedProducer::stop()
{
    SimulationWorker *worker = d->worker;
    worker->stopRequested = true;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
}

void SimulatedProducer::setRate(double eventsPerSecond)
{
    SimulationWorker *worker = d->worker;
    QMetaObject::invokeMethod(
        worker, [worker, eventsPerSecond] { worker->setRate(eventsPerSecond); },
        Qt::QueuedConnection);
}

SimulationState SimulatedProducer::state() const
{
    return d->state;
}

ProducerCounters SimulatedProducer::counters() const
{
    return d->counters;
}

void SimulatedProducer::publishState(SimulationState state, const QString &message)
{
    d->state = state;
    Q_EMIT stateChanged(state, message);
    Q_EMIT countersChanged(d->counters);
}

void SimulatedProducer::publishCounters(const ProducerCounters &counters)
{
    d->counters = counters;
    Q_EMIT countersChanged(counters);
}

} // namespace dnd
