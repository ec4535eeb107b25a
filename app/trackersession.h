// SPDX-License-Identifier: MIT
#pragma once

#include "consumer.h"
#include "embeddedbroker.h"
#include "simulatedproducer.h"
#include "statisticsrefresher.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace dnd {

class SettingValues;
struct TrackerOptions;

// Where the session reads from: the consumer's options (connection, topic,
// group, start position, the archive's resume positions, --exit-at-end's
// signalInitialEnd). An empty consumer.connection.bootstrap means the
// built-in broker (started on demand with `builtInBroker`); the session then
// fills in its address, and always commits only what was counted or stored.
struct SessionOptions
{
    ConsumerOptions consumer;
    // The campaign archive reports what it stored (commitPositions()), and
    // only that is committed to the group; else what the statistics counted.
    bool archiveConfirmsPositions = false;
    EmbeddedBrokerOptions builtInBroker;

    bool usesBuiltInBroker() const { return consumer.connection.bootstrap.trimmed().isEmpty(); }
};

// The one way from settings to a session: the cluster, its security, the
// topic, group and start position of `values`, or the built-in broker set up
// as `builtIn` says when they name no cluster. The window (at start and on
// every Apply) and the headless runner use it alike.
SessionOptions sessionOptionsFor(const SettingValues &values,
                                 const EmbeddedBrokerOptions &builtIn = {});
// The same for the command line: its resolved settings and the built-in
// broker's port, partitions and broker count.
SessionOptions sessionOptionsFrom(const TrackerOptions &options);
SimulatedProducerOptions simulationOptionsFor(const SettingValues &values);

// The runtime of one tracker, shared by the headless runner and the GUI:
// the optional built-in broker, the consumer (on its own thread) feeding the
// StatisticsRefresher, and the simulated producer. Lives on the main/GUI thread.
class TrackerSession : public QObject
{
    Q_OBJECT
public:
    explicit TrackerSession(QObject *parent = nullptr);
    ~TrackerSession() override; // stops producer, consumer, broker in that order

    // Starts the built-in broker when options use it, then the consumer.
    // False and *error (user-readable) when the broker or the configuration
    // fails; the session is then stopped.
    bool start(const SessionOptions &options, QString *error);
    // Stops simulation, consumer and built-in broker. Idempotent.
    void stop();
    bool isRunning() const { return m_running; }

    // Points the running consumer at another broker/topic/group/start without
    // restarting the application. Switching to the built-in broker starts it
    // (or keeps it when its port/topic setup is unchanged); switching away
    // stops it. A running simulation follows the new bootstrap and topic.
    bool reconnect(const SessionOptions &options, QString *error);

    // Stops / restarts reading only: the built-in broker, its messages and a
    // running simulation stay (the window's Stream > Disconnect / Connect).
    // A restarted consumer rereads from its start position and hands on only
    // what it did not hand on before. Disconnecting hands on the batch in flight
    // and commits what was counted of it. connectConsumer() is false when
    // not running.
    void disconnectConsumer();
    bool connectConsumer();
    bool isConsumerRunning() const;

    void replayFromBeginning(); // the statistics are reset when the replay starts
    // Positions (next offsets) the archive stored, with
    // SessionOptions::archiveConfirmsPositions: committed to the group.
    void commitPositions(const dnd::PartitionOffsets &positions);
    void resetStatistics();

    // What of each batch is counted (and only that is committed): all of
    // it when unset. The headless runner's --max-events (MessageLimit).
    using BatchAdmission = std::function<EventBatch(const EventBatch &)>;
    void setBatchAdmission(BatchAdmission admit);

    // Simulation into the session's current bootstrap and topic (the
    // connection and topic fields of `options` are overwritten).
    void startSimulation(const SimulatedProducerOptions &options);
    void pauseSimulation();
    void resumeSimulation();
    void stopSimulation();
    void setSimulationRate(double eventsPerSecond);
    SimulationState simulationState() const;
    ProducerCounters simulationCounters() const;

    StatisticsRefresher *refresher() { return &m_refresher; }
    const StatisticsRefresher *refresher() const { return &m_refresher; }
    const SessionOptions &options() const { return m_options; }
    // The bootstrap list in use: the built-in broker's stable address or the
    // external list. Other clients can be pointed at it.
    QString bootstrap() const;
    bool usingBuiltInBroker() const;
    EmbeddedBroker *builtInBroker() const { return m_broker.get(); }
    const ConsumerStatus &status() const { return m_status; }

Q_SIGNALS:
    void statusChanged(const dnd::ConsumerStatus &status);
    void bootstrapChanged(const QString &bootstrap, bool builtIn);
    void simulationStateChanged(dnd::SimulationState state, const QString &message);
    void simulationCountersChanged(const dnd::ProducerCounters &counters);
    // The consumer found the topic on a cluster (the archive's source).
    void sourceFound(const QString &clusterId, const QString &topic);
    // With SessionOptions::signalInitialEnd: the topic was read to the end
    // it had at start (and the batches up to it were applied).
    void initialEndReached();

private:
    void onBatch(const EventBatch &batch);
    void apply(const EventBatch &batch);
    void onStatus(const ConsumerStatus &status);
    // Stops the simulated producer and lets it go, without a word to the
    // window (its state stays what it last said).
    void dropSimulation();
    bool ensureBroker(const SessionOptions &options, QString *error);
    void stopBroker();
    ConsumerOptions consumerOptions() const;
    ConnectionSettings effectiveConnection() const;

    SessionOptions m_options;
    StatisticsRefresher m_refresher;
    std::unique_ptr<EmbeddedBroker> m_broker;
    EmbeddedBrokerOptions m_brokerOptions; // what m_broker was started with
    std::unique_ptr<Consumer> m_consumer;
    std::unique_ptr<SimulatedProducer> m_simulation;
    SimulatedProducerOptions m_simulationOptions;
    ConsumerStatus m_status;
    BatchAdmission m_admit;
    bool m_running = false;
};

} // namespace dnd
