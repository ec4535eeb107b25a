// SPDX-License-Identifier: MIT
#include "loopbackforwarder.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QVector>

namespace dnd {

namespace {

struct Target
{
    QString host;
    quint16 port = 0;
};

// One relayed connection: the accepted client and the socket to the target.
// Both sockets are children of the pipe, which lives on the forwarder thread.
class Pipe : public QObject
{
public:
    Pipe(QTcpSocket *client, const QVector<Target> &targets, QObject *parent)
        : QObject(parent), m_client(client), m_upstream(new QTcpSocket(this)), m_targets(targets)
    {
        m_client->setParent(this);
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);

        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstreamWasConnected = true;
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
            if (m_upstream->state() == QAbstractSocket::ConnectedState)
                return;
            // Refused before anything was relayed: try the next broker (one
            // may be down). Otherwise the client sees a closed connection, as
            // it would talking to the broker directly.
            if (!m_upstreamWasConnected && m_next < m_targets.size()) {
                QTimer::singleShot(0, this, [this] { connectUpstream(); });
                return;
            }
            closeAfter(m_upstream, m_client);
        });
        connect(m_client, &QTcpSocket::errorOccurred, this, [this] {
            if (m_client->state() != QAbstractSocket::ConnectedState)
                closeAfter(m_client, m_upstream);
        });
        connectUpstream();
    }

private:
    void connectUpstream()
    {
        if (m_dying || m_client->state() != QAbstractSocket::ConnectedState)
            return;
        const Target &target = m_targets.at(m_next++);
        m_upstream->abort();
        m_upstream->connectToHost(target.host, target.port);
    }

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
        if (other->state() == QAbstractSocket::ConnectedState) {
            if (gone->bytesAvailable() > 0)
                relay(gone, other);
            other->disconnectFromHost();
        } else if (other->state() != QAbstractSocket::UnconnectedState) {
            other->abort(); // still connecting: nothing to hand over
        }
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
    QVector<Target> m_targets;
    qsizetype m_next = 0;
    bool m_upstreamWasConnected = false;
    bool m_dying = false;
};

bool parseTarget(const QString &text, Target *target)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    target->host = text.left(colon).trimmed();
    target->port = text.mid(colon + 1).toUShort(&ok);
    return colon > 0 && ok && target->port != 0 && !target->host.isEmpty();
}

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
    return start(port, fallbackToFreePort,
                 {QStringLiteral("%1:%2").arg(targetHost).arg(targetPort)}, error);
}

bool LoopbackForwarder::start(quint16 port, bool fallbackToFreePort, const QStringList &targets,
                              QString *error)
{
    stop();
    QVector<Target> parsed;
    for (const QString &text : targets) {
        Target target;
        if (!parseTarget(text, &target)) {
            if (error)
                *error = tr("Invalid forwarding target \"%1\" (expected host:port)").arg(text);
            return false;
        }
        parsed.append(target);
    }
    if (parsed.isEmpty()) {
        if (error)
            *error = tr("No forwarding target");
        return false;
    }

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
                             [server, context, parsed] {
                                 while (QTcpSocket *client = server->nextPendingConnection())
                                     new Pipe(client, parsed, context);
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
