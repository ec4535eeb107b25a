// SPDX-License-Identifier: MIT
#include "loopbackforwarder.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace dnd {

namespace {

// One relayed connection: the accepted client and the socket to the target.
// Both sockets are children of the pipe, which lives on the forwarder thread.
class Pipe : public QObject
{
public:
    Pipe(QTcpSocket *client, const QString &host, quint16 port, QObject *parent)
        : QObject(parent), m_client(client), m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);

        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            relay(m_client, m_upstream); // what the client sent while we connected
        });
        connect(m_client, &QTcpSocket::readyRead, this, [this] {
            if (m_upstream->state() == QAbstractSocket::ConnectedState)
                relay(m_client, m_upstream);
        });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { relay(m_upstream, m_client); });
        connect(m_client, &QTcpSocket::disconnected, this,
                [this] { closeAfter(m_client, m_upstream); });
        connect(m_upstream, &QTcpSocket::disconnected, this,
                [this] { closeAfter(m_upstream, m_client); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            // The target refused or dropped us: the client sees a closed
            // connection, as it would talking to the broker directly.
            if (m_upstream->state() != QAbstractSocket::ConnectedState)
                closeAfter(m_upstream, m_client);
        });
        connect(m_client, &QTcpSocket::errorOccurred, this, [this] {
            if (m_client->state() != QAbstractSocket::ConnectedState)
                closeAfter(m_client, m_upstream);
        });
        m_upstream->connectToHost(host, port);
    }

private:
    static void relay(QTcpSocket *from, QTcpSocket *to)
    {
        const QByteArray data = from->readAll();
        if (!data.isEmpty())
            to->write(data);
    }

    // One side is gone: hand the other whatever is still buffered, then close
    // it; disconnectFromHost() waits for pending writes.
    void closeAfter(QTcpSocket *gone, QTcpSocket *other)
    {
        if (other->state() == QAbstractSocket::ConnectedState && gone->bytesAvailable() > 0)
            relay(gone, other);
        if (other->state() != QAbstractSocket::UnconnectedState)
            other->disconnectFromHost();
        if (gone->state() != QAbstractSocket::UnconnectedState)
            gone->abort();
        if (m_client->state() == QAbstractSocket::UnconnectedState &&
            m_upstream->state() == QAbstractSocket::UnconnectedState && !m_dying) {
            m_dying = true;
            deleteLater();
        }
    }

    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    bool m_dying = false;
};

} // namespace

struct LoopbackForwarder::Private
{
    QThread thread;
    QObject *context = nullptr; // lives on thread; parent of server and pipes
    quint16 port = 0;
};

LoopbackForwarder::LoopbackForwarder(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->thread.setObjectName(QStringLiteral("dnd-forwarder"));
}

LoopbackForwarder::~LoopbackForwarder()
{
    stop();
}

bool LoopbackForwarder::start(quint16 port, bool fallbackToFreePort, const QString &targetHost,
                              quint16 targetPort, QString *error)
{
    stop();
    d->thread.start();
    d->context = new QObject;
    d->context->moveToThread(&d->thread);

    bool ok = false;
    QString message;
    quint16 bound = 0;
    QObject *context = d->context;
    // Sockets must be created on the thread that serves them.
    QMetaObject::invokeMethod(
        context,
        [&] {
            auto *server = new QTcpServer(context);
            ok = server->listen(QHostAddress::LocalHost, port);
            if (!ok && port != 0 && fallbackToFreePort &&
                server->serverError() == QAbstractSocket::AddressInUseError)
                ok = server->listen(QHostAddress::LocalHost, 0);
            if (!ok) {
                message =
                    tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server->errorString());
                return;
            }
            bound = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, context,
                             [server, context, targetHost, targetPort] {
                                 while (QTcpSocket *client = server->nextPendingConnection())
                                     new Pipe(client, targetHost, targetPort, context);
                             });
        },
        Qt::BlockingQueuedConnection);

    if (!ok) {
        if (error)
            *error = message;
        stop();
        return false;
    }
    d->port = bound;
    return true;
}

void LoopbackForwarder::stop()
{
    if (d->context) {
        // Deleted on its own thread (a finishing QThread runs pending
        // deferred deletes): closes the server and every pipe.
        d->context->deleteLater();
        d->context = nullptr;
    }
    if (d->thread.isRunning()) {
        d->thread.quit();
        d->thread.wait();
    }
    d->port = 0;
}

quint16 LoopbackForwarder::port() const
{
    return d->port;
}

} // namespace dnd
