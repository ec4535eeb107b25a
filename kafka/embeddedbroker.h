// SPDX-License-Identifier: MIT
#pragma once

#include "settingschema.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <memory>

typedef struct rd_kafka_mock_cluster_s rd_kafka_mock_cluster_t;

namespace dnd {

struct EmbeddedBrokerOptions
{
    int brokers = 1;
    int partitions = 3;
    QString topic = defaultTopic();
    // Stable bootstrap port served by a loopback forwarder in front of the mock
    // cluster (which listens on ephemeral ports). 0 = any free port.
    quint16 port = 9092;
    bool fallbackToFreePort = true; // when port is taken, pick a free one
};

// The built-in broker: librdkafka's mock cluster (a real Kafka protocol peer
// on loopback) plus a forwarder that gives it a stable bootstrap address.
// In memory only; owns a thread for the forwarder.
class EmbeddedBroker : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedBroker(QObject *parent = nullptr);
    ~EmbeddedBroker() override;

    bool start(const EmbeddedBrokerOptions &options, QString *error);
    void stop();
    bool isRunning() const;

    QString bootstrap() const; // 127.0.0.1:PORT (the stable forwarder)
    quint16 port() const;
    QString clusterBootstraps() const; // the mock brokers' own addresses

    bool createTopic(const QString &topic, int partitions, QString *error);

    // Failure injection for tests (and curious users).
    bool setBrokerDown(int brokerId, bool down);
    void pushRequestErrors(int apiKey, const QVector<int> &errorCodes);
    rd_kafka_mock_cluster_t *mockCluster() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dnd
