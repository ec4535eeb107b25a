// SPDX-License-Identifier: MIT
#include "producer.h"

#include "codec.h"

#include <QMutex>
#include <QMutexLocker>
#include <QVector>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <utility>

namespace dnd {

struct Producer::Private
{
    ConnectionSettings connection;
    QString topic;
    QByteArray topicUtf8;
    QVector<std::pair<QByteArray, QString>> extraProperties;
    const std::atomic<bool> *interruptFlag = nullptr;
    bool idempotent = true;
    rd_kafka_t *rk = nullptr;

    std::atomic<quint64> sent{0};
    std::atomic<quint64> delivered{0};
    std::atomic<quint64> failed{0};
    mutable QMutex errorMutex;
    QString lastError;

    void setLastError(const QString &text)
    {
        QMutexLocker locker(&errorMutex);
        lastError = text;
    }

    bool interrupted() const { return interruptFlag && interruptFlag->load(); }

    static void onDelivery(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque)
    {
        auto *self = static_cast<Private *>(opaque);
        if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            self->delivered.fetch_add(1, std::memory_order_relaxed);
        } else {
            self->failed.fetch_add(1, std::memory_order_relaxed);
            self->setLastError(QString::fromUtf8(rd_kafka_err2str(message->err)));
        }
    }

    static void onError(rd_kafka_t *rk, int err, const char *reason, void *opaque)
    {
        auto *self = static_cast<Private *>(opaque);
        QString text = QString::fromUtf8(reason);
        if (err == RD_KAFKA_RESP_ERR__FATAL) {
            char fatal[512];
            rd_kafka_fatal_error(rk, fatal, sizeof fatal);
            text = QStringLiteral("Fatal: %1").arg(QString::fromUtf8(fatal));
        }
        // Transient transport errors are retried by librdkafka; still keep
        // the latest so "why is nothing delivered" has an answer.
        self->setLastError(text);
    }
};

Producer::Producer(ConnectionSettings connection, QString topic) : d(std::make_unique<Private>())
{
    d->connection = std::move(connection);
    d->topic = std::move(topic);
    d->topicUtf8 = d->topic.toUtf8();
}

Producer::~Producer()
{
    if (d->rk) {
        rd_kafka_flush(d->rk, 2000);
        rd_kafka_destroy(d->rk);
    }
}

void Producer::setProperty(const QByteArray &name, const QString &value)
{
    d->extraProperties.append({name, value});
    if (name == "enable.idempotence")
        d->idempotent = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

void Producer::setInterruptFlag(const std::atomic<bool> *flag)
{
    d->interruptFlag = flag;
}

bool Producer::isIdempotent() const
{
    return d->idempotent;
}

bool Producer::open(QString *error)
{
    if (d->rk)
        return true;
    if (d->topic.isEmpty()) {
        if (error)
            *error = QStringLiteral("No topic given");
        return false;
    }
    rd_kafka_conf_t *conf = makeKafkaConf(d->connection, error);
    if (!conf)
        return false;
    const QVector<std::pair<QByteArray, QString>> defaults = {
        // Exactly-once per partition on retries; the built-in broker and any
        // Kafka >= 0.11 support it.
        {"enable.idempotence", QStringLiteral("true")},
        // A live dashboard wants events promptly; 5 ms still batches well at
        // high rates.
        {"linger.ms", QStringLiteral("5")},
    };
    for (const auto &[name, value] : defaults + d->extraProperties) {
        if (!setKafkaProperty(conf, name.constData(), value, error)) {
            rd_kafka_conf_destroy(conf);
            return false;
        }
    }
    rd_kafka_conf_set_opaque(conf, d.get());
    rd_kafka_conf_set_dr_msg_cb(conf, &Private::onDelivery);
    rd_kafka_conf_set_error_cb(conf, &Private::onError);

    char errstr[512];
    d->rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!d->rk) {
        rd_kafka_conf_destroy(conf);
        if (error)
            *error =
                QStringLiteral("Cannot create Kafka producer: %1").arg(QString::fromUtf8(errstr));
        return false;
    }
    return true;
}

bool Producer::produce(const GameEvent &event)
{
    return produceRaw(event.player.toUtf8(), Codec::encode(event));
}

bool Producer::produceRaw(const QByteArray &key, const QByteArray &value, int partition)
{
    if (!d->rk) {
        d->setLastError(QStringLiteral("Producer is not open"));
        return false;
    }
    for (;;) {
        const rd_kafka_resp_err_t err = rd_kafka_producev(
            d->rk, RD_KAFKA_V_TOPIC(d->topicUtf8.constData()),
            RD_KAFKA_V_PARTITION(partition < 0 ? RD_KAFKA_PARTITION_UA : partition),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_KEY(key.constData(), size_t(key.size())),
            RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
            RD_KAFKA_V_END);
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            d->sent.fetch_add(1, std::memory_order_relaxed);
            return true;
        }
        if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            // Wait for deliveries to make room; never drop an event.
            if (d->interrupted()) {
                d->setLastError(QStringLiteral("Interrupted while waiting for queue space"));
                return false;
            }
            rd_kafka_poll(d->rk, 10);
            continue;
        }
        QString text = QString::fromUtf8(rd_kafka_err2str(err));
        if (err == RD_KAFKA_RESP_ERR__FATAL) {
            char fatal[512];
            rd_kafka_fatal_error(d->rk, fatal, sizeof fatal);
            text = QStringLiteral("Fatal: %1").arg(QString::fromUtf8(fatal));
        }
        d->failed.fetch_add(1, std::memory_order_relaxed);
        d->setLastError(text);
        return false;
    }
}

bool Producer::learnTopic(int timeoutMs)
{
    if (!d->rk)
        return false;
    rd_kafka_topic_t *topic = rd_kafka_topic_new(d->rk, d->topicUtf8.constData(), nullptr);
    if (!topic)
        return false;
    // In slices, so that a stop (the interrupt flag) is not kept waiting.
    constexpr int SliceMs = 100;
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR__TIMED_OUT;
    for (int waited = 0; waited < timeoutMs && !d->interrupted(); waited += SliceMs) {
        const rd_kafka_metadata_t *metadata = nullptr;
        err = rd_kafka_metadata(d->rk, 0, topic, &metadata, std::min(SliceMs, timeoutMs - waited));
        if (metadata)
            rd_kafka_metadata_destroy(metadata);
        if (err != RD_KAFKA_RESP_ERR__TIMED_OUT && err != RD_KAFKA_RESP_ERR__TRANSPORT)
            break;
    }
    rd_kafka_topic_destroy(topic);
    return err == RD_KAFKA_RESP_ERR_NO_ERROR;
}

void Producer::poll(int timeoutMs)
{
    if (d->rk)
        rd_kafka_poll(d->rk, timeoutMs);
}

bool Producer::flush(int timeoutMs)
{
    if (!d->rk)
        return true;
    rd_kafka_flush(d->rk, timeoutMs);
    return rd_kafka_outq_len(d->rk) == 0;
}

quint64 Producer::outstanding() const
{
    return d->rk ? quint64(rd_kafka_outq_len(d->rk)) : 0;
}

ProducerCounters Producer::counters() const
{
    ProducerCounters counters;
    counters.sent = d->sent.load(std::memory_order_relaxed);
    counters.delivered = d->delivered.load(std::memory_order_relaxed);
    counters.failed = d->failed.load(std::memory_order_relaxed);
    QMutexLocker locker(&d->errorMutex);
    counters.lastError = d->lastError;
    return counters;
}

} // namespace dnd
