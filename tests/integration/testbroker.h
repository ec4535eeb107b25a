// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the consumer integration tests: a built-in broker on a
// free port, a producer that delivers simulated or raw messages, a receiver
// that applies Consumer batches to Statistics the way StatisticsRefresher does, and
// a field-by-field comparison of two Statistics.

#include "consumer.h"
#include "embeddedbroker.h"
#include "producer.h"
#include "simulator.h"
#include "statistics.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>

namespace dnd::test {

inline std::unique_ptr<EmbeddedBroker>
startBroker(int brokers = 1, int partitions = 3,
            const QString &topic = QStringLiteral("dnd_events"))
{
    auto broker = std::make_unique<EmbeddedBroker>();
    EmbeddedBrokerOptions options;
    options.brokers = brokers;
    options.partitions = partitions;
    options.topic = topic;
    options.port = 0; // tests never fight over 9092
    QString error;
    if (!broker->start(options, &error)) {
        qWarning("broker did not start: %s", qPrintable(error));
        return {};
    }
    return broker;
}

// A roster of `players` names: the original four, then more.
inline QStringList roster(int players)
{
    QStringList names = defaultRoster();
    for (int i = int(names.size()); i < players; ++i)
        names.append(QStringLiteral("Player%1").arg(i + 1));
    return names.mid(0, players);
}

inline QVector<GameEvent> simulate(int count, quint64 seed,
                                   SimulationMode mode = SimulationMode::Game,
                                   const QStringList &players = defaultRoster())
{
    SimulatorConfig config;
    config.seed = seed;
    config.mode = mode;
    config.players = players;
    Simulator simulator(config);
    QVector<GameEvent> events;
    events.reserve(count);
    for (int i = 0; i < count; ++i)
        events.append(simulator.next());
    return events;
}

// Produces and waits for every delivery report; false (with a warning) if
// something was not delivered.
inline bool produceAll(const QString &bootstrap, const QVector<GameEvent> &events,
                       const QString &topic = QStringLiteral("dnd_events"))
{
    ConnectionSettings connection;
    connection.bootstrap = bootstrap;
    connection.builtInBroker = true; // librdkafka's mock cluster
    Producer producer(connection, topic);
    QString error;
    if (!producer.open(&error)) {
        qWarning("producer did not open: %s", qPrintable(error));
        return false;
    }
    for (const GameEvent &event : events) {
        if (!producer.produce(event))
            return false;
    }
    const bool flushed = producer.flush(20000);
    const ProducerCounters counters = producer.counters();
    if (!flushed || counters.delivered != quint64(events.size()))
        qWarning("delivered %llu of %lld: %s", counters.delivered, qlonglong(events.size()),
                 qPrintable(counters.lastError));
    return flushed && counters.delivered == quint64(events.size());
}

inline ConsumerOptions consumerOptions(const QString &bootstrap,
                                       StartFrom from = StartFrom::Earliest,
                                       const QString &group = {})
{
    ConsumerOptions options;
    options.connection.bootstrap = bootstrap;
    options.connection.builtInBroker = true; // librdkafka's mock cluster
    options.startFrom = from;
    // A fresh group per test unless one is given: runs never share commits.
    options.groupId = group.isEmpty()
                          ? QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128)
                          : group;
    return options;
}

// The receiving side as the app wires it: batches applied to Statistics on
// this thread, reset on replayStarted(). Also keeps what a test may check.
class Receiver : public QObject
{
public:
    explicit Receiver(Consumer *consumer)
    {
        connect(consumer, &Consumer::batchReady, this, [this](const EventBatch &batch) {
            statistics.apply(batch);
            delivered += batch.events.size() + batch.rejected.size();
            for (const GameEvent &event : batch.events)
                see(event.partition, event.offset);
            for (const RejectedMessage &reject : batch.rejected)
                see(reject.partition, reject.offset);
            rejected += batch.rejected;
            batches += 1;
            maxBatch = qMax(maxBatch, int(batch.events.size() + batch.rejected.size()));
            for (const PartitionRange &range : batch.ranges) {
                if (range.first > range.last)
                    rangesOk = false;
            }
        });
        connect(consumer, &Consumer::replayStarted, this, [this] {
            statistics.reset();
            seen.clear();
            ++replays;
        });
        connect(consumer, &Consumer::statusChanged, this, [this](const ConsumerStatus &status) {
            last = status;
            states.append(status.state);
            if (status.state == ConsumerState::BrokerDown)
                downReasons.append(status.reason);
        });
    }

    quint64 counted() const { return statistics.totalEvents() + statistics.totalRejected(); }

    // Every (partition, offset) handed on since the start or the last
    // replay; one handed on twice is a duplicate (the consumer must drop
    // redeliveries). highest: the highest offset seen per partition.
    void see(qint32 partition, qint64 offset)
    {
        if (seen.contains({partition, offset}))
            ++duplicates;
        seen.insert({partition, offset});
        qint64 &top = highest[partition];
        top = qMax(top, offset);
    }

    Statistics statistics;
    qint64 delivered = 0; // messages in batches, duplicates included
    qint64 duplicates = 0;
    QSet<QPair<qint32, qint64>> seen;
    QHash<qint32, qint64> highest;
    int batches = 0;
    int maxBatch = 0;
    int replays = 0;
    bool rangesOk = true;
    QVector<RejectedMessage> rejected;
    ConsumerStatus last;
    QVector<ConsumerState> states;
    QStringList downReasons;
};

inline Statistics statisticsOf(const QVector<GameEvent> &events)
{
    Statistics statistics;
    statistics.applyEvents(events);
    return statistics;
}

// Every field of every player. QCOMPARE returns from this function only;
// callers check QTest::currentTestFailed().
inline void compareStatistics(const Statistics &actual, const Statistics &expected)
{
    QCOMPARE(actual.totalEvents(), expected.totalEvents());
    QCOMPARE(actual.totalsByType(), expected.totalsByType());
    QCOMPARE(actual.playerNames(), expected.playerNames());
    for (const QString &name : expected.playerNames()) {
        const PlayerStats *a = actual.player(name);
        const PlayerStats *e = expected.player(name);
        QVERIFY(a && e);
        QCOMPARE(a->name, e->name);
        QCOMPARE(a->events, e->events);
        QCOMPARE(a->byType, e->byType);
        QCOMPARE(a->dice.size(), e->dice.size());
        for (const auto &[sides, die] : e->dice) {
            const DieStats *other = a->die(sides);
            QVERIFY2(other, qPrintable(QStringLiteral("%1: d%2 missing").arg(name).arg(sides)));
            QCOMPARE(other->sides, die.sides);
            QCOMPARE(other->count, die.count);
            QCOMPARE(other->sum, die.sum);
            QCOMPARE(other->histogram, die.histogram);
        }
        QCOMPARE(a->nat20, e->nat20);
        QCOMPARE(a->nat1, e->nat1);
        QCOMPARE(a->contexts, e->contexts);
        QCOMPARE(a->monsters, e->monsters);
        QCOMPARE(a->locations, e->locations);
        QCOMPARE(a->spells, e->spells);
        QCOMPARE(a->targets, e->targets);
        QCOMPARE(a->effects, e->effects);
        QCOMPARE(a->firstSeenUs, e->firstSeenUs);
        QCOMPARE(a->lastSeenUs, e->lastSeenUs);
        QCOMPARE(a->recentD20.values(), e->recentD20.values());
        QCOMPARE(a->longestRunAbove, e->longestRunAbove);
        QCOMPARE(a->longestRunBelow, e->longestRunBelow);
        QCOMPARE(a->currentRunAbove, e->currentRunAbove);
        QCOMPARE(a->currentRunBelow, e->currentRunBelow);
    }
}

// Reads the whole topic once: the next offset after each partition's last
// message and the cluster id (empty map: it did not catch up in time).
inline PartitionOffsets readToEnd(const QString &bootstrap, QString *clusterId)
{
    Consumer consumer;
    Receiver receiver(&consumer);
    PartitionOffsets ends;
    QObject::connect(&consumer, &Consumer::batchReady, &consumer, [&ends](const EventBatch &batch) {
        for (const PartitionRange &range : batch.ranges)
            ends.insert(range.partition, qMax(ends.value(range.partition), range.last + 1));
    });
    QString found;
    QObject::connect(&consumer, &Consumer::sourceFound, &consumer,
                     [&found](const QString &id) { found = id; });
    consumer.start(consumerOptions(bootstrap));
    if (!QTest::qWaitFor([&] { return receiver.last.state == ConsumerState::CaughtUp; }, 10000) ||
        found.isEmpty())
        return {};
    consumer.stop();
    *clusterId = found;
    return ends;
}

} // namespace dnd::test
