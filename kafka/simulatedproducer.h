// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "producer.h"
#include "settingschema.h"
#include "simulationstate.h"
#include "simulator.h"

#include <QObject>

#include <memory>

namespace dnd {

class SimulationWorker;

struct SimulatedProducerOptions
{
    ConnectionSettings connection;
    QString topic = defaultTopic();
    SimulatorConfig simulator;
    double eventsPerSecond = 5; // 0.2 (one every 5 s) .. 100,000+
    quint64 maxEvents = 0;      // 0 = unlimited; then Finished
    bool liveTimestamps = true; // wall clock instead of the simulated clock
};

// Drives a Simulator into a Producer at a rate, on its own thread.
// Counters and state are reported by queued signals (about 10 times a second).
class SimulatedProducer : public QObject
{
    Q_OBJECT
public:
    explicit SimulatedProducer(QObject *parent = nullptr);
    ~SimulatedProducer() override; // stops and flushes

    void start(const SimulatedProducerOptions &options);
    void pause();
    void resume();
    void stop();
    void setRate(double eventsPerSecond);
    SimulationState state() const;
    ProducerCounters counters() const;

Q_SIGNALS:
    void stateChanged(dnd::SimulationState state, const QString &message);
    void countersChanged(const dnd::ProducerCounters &counters);

private:
    friend class SimulationWorker;
    // Called on our thread by the worker's queued invocations.
    void publishState(dnd::SimulationState state, const QString &message);
    void publishCounters(const dnd::ProducerCounters &counters);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dnd

Q_DECLARE_METATYPE(dnd::ProducerCounters)
