// SPDX-License-Identifier: MIT
#include "trackersession.h"

#include "commandline.h"
#include "resolvedsettings.h"

namespace dnd {

SessionOptions sessionOptionsFor(const SettingValues &values, const EmbeddedBrokerOptions &builtIn)
{
    SessionOptions options;
    ConsumerOptions &consumer = options.consumer;
    consumer.connection = connectionSettingsFrom(values);
    consumer.topic = values.topic();
    consumer.groupId = values.groupId();
    StartFrom from = StartFrom::Resume;
    qint64 timeMs = 0;
    if (parseStartFrom(values.startFrom(), &from, &timeMs)) {
        consumer.startFrom = from;
        consumer.startTimeMs = timeMs;
    }
    options.builtInBroker = builtIn;
    options.builtInBroker.topic = consumer.topic;
    return options;
}

SessionOptions sessionOptionsFrom(const TrackerOptions &trackerOptions)
{
    EmbeddedBrokerOptions builtIn;
    builtIn.port = trackerOptions.port;
    builtIn.partitions = trackerOptions.partitions;
    builtIn.brokers = trackerOptions.brokers;
    builtIn.fallbackToFreePort = true;
    return sessionOptionsFor(trackerOptions.settings.values(), builtIn);
}

SimulatedProducerOptions simulationOptionsFor(const SettingValues &values)
{
    SimulatedProducerOptions options;
    options.topic = values.topic();
    options.connection.bootstrap = values.broker();
    SimulationMode mode = SimulationMode::Game;
    if (parseSimulationMode(values.mode(), &mode))
        options.simulator.mode = mode;
    options.simulator.seed = values.seed();
    const QStringList players = values.players();
    if (!players.isEmpty())
        options.simulator.players = players;
    options.eventsPerSecond = values.rate();
    return options;
}

TrackerSession::TrackerSession(QObject *parent) : QObject(parent)
{
    registerCoreMetaTypes();
    // Statistics replaced by a restored campaign (the window opening
    // another one while reading is paused): what the consumer handed on
    // before was counted for the old campaign, not this one.
    connect(&m_refresher, &StatisticsRefresher::restored, this, [this] {
        if (m_consumer)
            m_consumer->forgetHandedOn();
    });
}

TrackerSession::~TrackerSession()
{
    stop();
}

bool TrackerSession::start(const SessionOptions &options, QString *error)
{
    stop();
    m_options = options;
    if (!ensureBroker(options, error))
        return false;

    m_consumer = std::make_unique<Consumer>();
    connect(m_consumer.get(), &Consumer::batchReady, this, &TrackerSession::onBatch);
    connect(m_consumer.get(), &Consumer::statusChanged, this, &TrackerSession::onStatus);
    connect(m_consumer.get(), &Consumer::replayStarted, &m_refresher, &StatisticsRefresher::reset);
    connect(m_consumer.get(), &Consumer::sourceFound, this, &TrackerSession::sourceFound);
    connect(m_consumer.get(), &Consumer::initialEndReached, this,
            &TrackerSession::initialEndReached);
    m_consumer->start(consumerOptions());
    m_running = true;
    emit bootstrapChanged(bootstrap(), usingBuiltInBroker());
    return true;
}

void TrackerSession::stop()
{
    // Producer first (it writes into the broker), then the consumer (it reads
    // from it), then the broker itself: nobody talks to a stopped broker.
    dropSimulation();
    if (m_consumer) {
        m_consumer->disconnect(this);
        m_consumer->stop();
        m_consumer.reset();
    }
    stopBroker();
    m_running = false;
}

bool TrackerSession::reconnect(const SessionOptions &options, QString *error)
{
    if (!m_running)
        return start(options, error);

    const bool simulating = m_simulation && (m_simulation->state() == SimulationState::Running ||
                                             m_simulation->state() == SimulationState::Paused);
    dropSimulation();
    m_consumer->stop();

    const SessionOptions previous = m_options;
    const QString previousBootstrap = bootstrap();
    m_options = options;
    if (!ensureBroker(options, error)) {
        // Keep the session usable: go back to what worked.
        m_options = previous;
        QString ignored;
        if (ensureBroker(previous, &ignored))
            m_consumer->start(consumerOptions());
        return false;
    }
    // Another broker or topic is another stream: its statistics start
    // afresh (the consumer forgets the old stream's positions itself). The
    // reset is queued behind the batches the old consumer posted before it
    // stopped and ahead of anything the new one posts, so neither stream
    // leaks into the other.
    if (bootstrap() != previousBootstrap || options.consumer.topic != previous.consumer.topic)
        QMetaObject::invokeMethod(&m_refresher, &StatisticsRefresher::reset, Qt::QueuedConnection);
    m_consumer->start(consumerOptions());
    emit bootstrapChanged(bootstrap(), usingBuiltInBroker());
    if (simulating)
        startSimulation(m_simulationOptions);
    return true;
}

bool TrackerSession::ensureBroker(const SessionOptions &options, QString *error)
{
    if (!options.usesBuiltInBroker()) {
        stopBroker();
        return true;
    }
    EmbeddedBrokerOptions wanted = options.builtInBroker;
    wanted.topic = options.consumer.topic;
    if (m_broker && m_broker->isRunning()) {
        const bool sameCluster = wanted.port == m_brokerOptions.port &&
                                 wanted.brokers == m_brokerOptions.brokers &&
                                 wanted.partitions == m_brokerOptions.partitions;
        if (sameCluster) {
            // Same broker, maybe another topic: create it so the consumer
            // finds it (the mock cluster would auto-create it with 4).
            if (wanted.topic != m_brokerOptions.topic &&
                !m_broker->createTopic(wanted.topic, wanted.partitions, error))
                return false;
            m_brokerOptions.topic = wanted.topic;
            return true;
        }
        stopBroker();
    }
    auto broker = std::make_unique<EmbeddedBroker>();
    QString brokerError;
    if (!broker->start(wanted, &brokerError)) {
        if (error)
            *error = tr("Could not start the built-in broker: %1").arg(brokerError);
        return false;
    }
    m_broker = std::move(broker);
    m_brokerOptions = wanted;
    return true;
}

void TrackerSession::stopBroker()
{
    if (m_broker) {
        m_broker->stop();
        m_broker.reset();
    }
}

ConnectionSettings TrackerSession::effectiveConnection() const
{
    ConnectionSettings connection = m_options.consumer.connection;
    if (m_options.usesBuiltInBroker()) {
        // The built-in broker speaks plaintext only.
        connection = ConnectionSettings{};
        connection.bootstrap = bootstrap();
        connection.builtInBroker = true;
    }
    return connection;
}

ConsumerOptions TrackerSession::consumerOptions() const
{
    ConsumerOptions options = m_options.consumer;
    options.connection = effectiveConnection();
    options.brokerLacksTimeIndex = m_options.usesBuiltInBroker();
    // Positions go to the group only once counted (or stored by the
    // archive): a trimmed batch or one in flight at exit is read again.
    options.commitConfirmedOnly = true;
    return options;
}

QString TrackerSession::bootstrap() const
{
    if (m_options.usesBuiltInBroker())
        return m_broker ? m_broker->bootstrap() : QString();
    return m_options.consumer.connection.bootstrap;
}

bool TrackerSession::usingBuiltInBroker() const
{
    return m_options.usesBuiltInBroker();
}

void TrackerSession::disconnectConsumer()
{
    if (!m_consumer || !m_consumer->isRunning())
        return;
    m_consumer->stop();
    ConsumerStatus status = m_status;
    status.state = ConsumerState::Stopped;
    status.messagesPerSecond = 0;
    status.acceptedPerSecond = 0;
    status.rejectedPerSecond = 0;
    status.partitions.clear();
    status.reason.clear();
    onStatus(status);
}

bool TrackerSession::connectConsumer()
{
    if (!m_running || !m_consumer)
        return false;
    if (!m_consumer->isRunning())
        m_consumer->start(consumerOptions());
    return true;
}

bool TrackerSession::isConsumerRunning() const
{
    return m_consumer && m_consumer->isRunning();
}

void TrackerSession::replayFromBeginning()
{
    if (m_consumer)
        m_consumer->replayFromBeginning();
}

void TrackerSession::resetStatistics()
{
    m_refresher.reset();
}

void TrackerSession::setBatchAdmission(BatchAdmission admit)
{
    m_admit = std::move(admit);
}

void TrackerSession::onBatch(const EventBatch &batch)
{
    if (!m_admit) {
        apply(batch);
        return;
    }
    const EventBatch admitted = m_admit(batch);
    if (!admitted.isEmpty())
        apply(admitted);
}

void TrackerSession::apply(const EventBatch &batch)
{
    m_refresher.applyBatch(batch);
    if (m_options.archiveConfirmsPositions || batch.ranges.isEmpty() || !m_consumer)
        return;
    PartitionOffsets counted;
    for (const PartitionRange &range : batch.ranges)
        counted.insert(range.partition, range.last + 1);
    m_consumer->commitPositions(counted);
}

void TrackerSession::commitPositions(const PartitionOffsets &positions)
{
    if (m_consumer)
        m_consumer->commitPositions(positions);
}

void TrackerSession::onStatus(const ConsumerStatus &status)
{
    m_status = status;
    emit statusChanged(status);
}

void TrackerSession::startSimulation(const SimulatedProducerOptions &options)
{
    dropSimulation();
    m_simulationOptions = options;
    SimulatedProducerOptions effective = options;
    effective.connection = effectiveConnection();
    effective.topic = m_options.consumer.topic;
    m_simulation = std::make_unique<SimulatedProducer>();
    connect(m_simulation.get(), &SimulatedProducer::stateChanged, this,
            &TrackerSession::simulationStateChanged);
    connect(m_simulation.get(), &SimulatedProducer::countersChanged, this,
            &TrackerSession::simulationCountersChanged);
    m_simulation->start(effective);
}

void TrackerSession::dropSimulation()
{
    if (!m_simulation)
        return;
    m_simulation->disconnect(this);
    m_simulation->stop();
    m_simulation.reset();
}

void TrackerSession::pauseSimulation()
{
    if (m_simulation)
        m_simulation->pause();
}

void TrackerSession::resumeSimulation()
{
    if (m_simulation)
        m_simulation->resume();
}

void TrackerSession::stopSimulation()
{
    if (m_simulation)
        m_simulation->stop();
}

void TrackerSession::setSimulationRate(double eventsPerSecond)
{
    m_simulationOptions.eventsPerSecond = eventsPerSecond;
    if (m_simulation)
        m_simulation->setRate(eventsPerSecond);
}

SimulationState TrackerSession::simulationState() const
{
    return m_simulation ? m_simulation->state() : SimulationState::Stopped;
}

ProducerCounters TrackerSession::simulationCounters() const
{
    return m_simulation ? m_simulation->counters() : ProducerCounters{};
}

} // namespace dnd
