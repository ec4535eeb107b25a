// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace dnd {

// Listens on a fixed loopback port and relays each connection, byte for byte,
// to a target host:port (the mock cluster's first broker that is up). Runs on its own
// thread. Kafka clients only use it for bootstrap: metadata then points them
// at the brokers' real (ephemeral) loopback ports.
class LoopbackForwarder : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackForwarder(QObject *parent = nullptr);
    ~LoopbackForwarder() override;

    // port 0 = any free port; fallback: on EADDRINUSE pick a free port.
    bool start(quint16 port, bool fallbackToFreePort, const QString &targetHost, quint16 targetPort,
               QString *error);
    // Several targets ("host:port"): each connection goes to the first one
    // that accepts, so bootstrap still works while a broker is down.
    bool start(quint16 port, bool fallbackToFreePort, const QStringList &targets, QString *error);
    void stop();
    quint16 port() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dnd
