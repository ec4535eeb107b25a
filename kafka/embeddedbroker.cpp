// SPDX-License-Identifier: MIT
#include "embeddedbroker.h"

#include "connectionsettings.h"
#include "loopbackforwarder.h"

#include <QVector>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <algorithm>

namespace dnd {

struct EmbeddedBroker::Private
{
    // The mock cluster needs a client handle to live in; it is otherwise
    // unused (never produces).
    rd_kafka_t *handle = nullptr;
    rd_kafka_mock_cluster_t *cluster = nullptr;
    LoopbackForwarder forwarder;
    EmbeddedBrokerOptions options;
    QString clusterBootstraps;

    void destroy()
    {
        forwarder.stop();
        if (cluster)
            rd_kafka_mock_cluster_destroy(cluster);
        cluster = nullptr;
        if (handle)
            rd_kafka_destroy(handle);
        handle = nullptr;
        clusterBootstraps.clear();
    }
};

EmbeddedBroker::EmbeddedBroker(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

EmbeddedBroker::~EmbeddedBroker()
{
    stop();
}

bool EmbeddedBroker::start(const EmbeddedBrokerOptions &options, QString *error)
{
    stop();
    if (options.brokers < 1 || options.partitions < 1) {
        if (error)
            *error = tr("The built-in broker needs at least one broker and one partition "
                        "(got %1 and %2)")
                         .arg(tr("%n broker(s)", nullptr, options.brokers),
                              tr("%n partition(s)", nullptr, options.partitions));
        return false;
    }
    d->options = options;

    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    installQuietLogging(conf);
    char errstr[512];
    d->handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!d->handle) {
        rd_kafka_conf_destroy(conf);
        if (error)
            *error = tr("Cannot create the built-in broker: %1").arg(QString::fromUtf8(errstr));
        return false;
    }
    d->cluster = rd_kafka_mock_cluster_new(d->handle, options.brokers);
    if (!d->cluster) {
        if (error)
            *error = tr("Cannot start the built-in broker (librdkafka mock cluster)");
        d->destroy();
        return false;
    }
    d->clusterBootstraps = QString::fromLatin1(rd_kafka_mock_cluster_bootstraps(d->cluster));

    // Create our topic before any client asks for it: the mock cluster would
    // otherwise auto-create it with its default of 4 partitions.
    if (!options.topic.isEmpty() && !createTopic(options.topic, options.partitions, error)) {
        d->destroy();
        return false;
    }

    // Relay the stable port to the first broker that accepts (one may be set
    // down); clients learn every broker's own address from metadata.
    const QStringList targets = d->clusterBootstraps.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QString forwardError;
    if (!d->forwarder.start(options.port, options.fallbackToFreePort, targets, &forwardError)) {
        if (error)
            *error = tr("Cannot open the built-in broker's address: %1").arg(forwardError);
        d->destroy();
        return false;
    }
    return true;
}

void EmbeddedBroker::stop()
{
    d->destroy();
}

bool EmbeddedBroker::isRunning() const
{
    return d->cluster != nullptr;
}

QString EmbeddedBroker::bootstrap() const
{
    if (!isRunning())
        return {};
    return QStringLiteral("127.0.0.1:%1").arg(d->forwarder.port());
}

quint16 EmbeddedBroker::port() const
{
    return isRunning() ? d->forwarder.port() : 0;
}

QString EmbeddedBroker::clusterBootstraps() const
{
    return d->clusterBootstraps;
}

bool EmbeddedBroker::createTopic(const QString &topic, int partitions, QString *error)
{
    if (!d->cluster) {
        if (error)
            *error = tr("The built-in broker is not running");
        return false;
    }
    // Replicas live on distinct brokers; the mock does not need more than 3.
    const int replication = std::min(d->options.brokers, 3);
    const rd_kafka_resp_err_t err =
        rd_kafka_mock_topic_create(d->cluster, topic.toUtf8().constData(), partitions, replication);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (error)
            *error = tr("Cannot create topic \"%1\" with %n partition(s): %2", nullptr, partitions)
                         .arg(topic, QString::fromUtf8(rd_kafka_err2str(err)));
        return false;
    }
    return true;
}

bool EmbeddedBroker::setBrokerDown(int brokerId, bool down)
{
    if (!d->cluster)
        return false;
    const rd_kafka_resp_err_t err = down ? rd_kafka_mock_broker_set_down(d->cluster, brokerId)
                                         : rd_kafka_mock_broker_set_up(d->cluster, brokerId);
    return err == RD_KAFKA_RESP_ERR_NO_ERROR;
}

void EmbeddedBroker::pushRequestErrors(int apiKey, const QVector<int> &errorCodes)
{
    if (!d->cluster || errorCodes.isEmpty())
        return;
    QVector<rd_kafka_resp_err_t> errors;
    errors.reserve(errorCodes.size());
    for (int code : errorCodes)
        errors.append(rd_kafka_resp_err_t(code));
    rd_kafka_mock_push_request_errors_array(d->cluster, int16_t(apiKey), size_t(errors.size()),
                                            errors.constData());
}

rd_kafka_mock_cluster_t *EmbeddedBroker::mockCluster() const
{
    return d->cluster;
}

} // namespace dnd
