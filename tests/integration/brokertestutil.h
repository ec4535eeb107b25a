// SPDX-License-Identifier: MIT
#pragma once

// Small helpers shared by the broker/producer integration tests: a plain
// librdkafka consumer that reads a topic from the beginning, metadata
// queries, and running kcat. Everything talks the real Kafka protocol.

#include "connectionsettings.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>

#include <librdkafka/rdkafka.h>

#include <memory>

namespace dnd::test {

struct RawMessage
{
    QByteArray key;
    QByteArray value;
    int partition = -1;
    qint64 offset = -1;
};

struct TopicInfo
{
    int brokers = 0;
    int partitions = -1; // -1: topic not found
    QString error;
};

struct RdKafkaDeleter
{
    bool consumer = false;
    void operator()(rd_kafka_t *rk) const
    {
        if (consumer)
            rd_kafka_consumer_close(rk);
        rd_kafka_destroy(rk);
    }
};
using RdKafkaHandle = std::unique_ptr<rd_kafka_t, RdKafkaDeleter>;

inline ConnectionSettings connectionTo(const QString &bootstrap)
{
    ConnectionSettings settings;
    settings.bootstrap = bootstrap;
    settings.builtInBroker = true; // librdkafka's mock cluster
    return settings;
}

inline RdKafkaHandle makeHandle(rd_kafka_type_t type, const QString &bootstrap, QString *error)
{
    ConnectionSettings settings;
    settings.bootstrap = bootstrap;
    settings.builtInBroker = true; // librdkafka's mock cluster
    rd_kafka_conf_t *conf = makeKafkaConf(settings, error);
    if (!conf)
        return {};
    if (type == RD_KAFKA_CONSUMER) {
        const QString group = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128);
        if (!setKafkaProperty(conf, "group.id", group, error) ||
            !setKafkaProperty(conf, "enable.auto.commit", QStringLiteral("false"), error) ||
            !setKafkaProperty(conf, "enable.partition.eof", QStringLiteral("false"), error)) {
            rd_kafka_conf_destroy(conf);
            return {};
        }
    }
    char errstr[512];
    rd_kafka_t *rk = rd_kafka_new(type, conf, errstr, sizeof errstr);
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        *error = QString::fromUtf8(errstr);
    }
    return RdKafkaHandle(rk, RdKafkaDeleter{type == RD_KAFKA_CONSUMER});
}

// Broker count and the topic's partition count, as the cluster reports them
// (all-topics metadata, so asking never auto-creates the topic).
inline TopicInfo topicInfo(const QString &bootstrap, const QString &topic, int timeoutMs = 10000)
{
    TopicInfo info;
    RdKafkaHandle rk = makeHandle(RD_KAFKA_PRODUCER, bootstrap, &info.error);
    if (!rk)
        return info;
    const rd_kafka_metadata_t *md = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_metadata(rk.get(), 1, nullptr, &md, timeoutMs);
    if (err) {
        info.error = QString::fromUtf8(rd_kafka_err2str(err));
        return info;
    }
    info.brokers = md->broker_cnt;
    for (int i = 0; i < md->topic_cnt; ++i) {
        if (topic == QLatin1String(md->topics[i].topic))
            info.partitions = md->topics[i].partition_cnt;
    }
    rd_kafka_metadata_destroy(md);
    return info;
}

// Reads the whole topic from the beginning until `expected` messages arrived
// (then a short extra poll to catch any surplus) or the timeout passed.
inline QVector<RawMessage> readTopic(const QString &bootstrap, const QString &topic, int expected,
                                     int timeoutMs = 20000, QString *error = nullptr)
{
    QVector<RawMessage> messages;
    QString localError;
    QString &err = error ? *error : localError;
    const TopicInfo info = topicInfo(bootstrap, topic);
    if (info.partitions < 1) {
        err = QStringLiteral("topic not found: %1").arg(info.error);
        return messages;
    }
    RdKafkaHandle rk = makeHandle(RD_KAFKA_CONSUMER, bootstrap, &err);
    if (!rk)
        return messages;
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(info.partitions);
    const QByteArray topicUtf8 = topic.toUtf8();
    for (int p = 0; p < info.partitions; ++p)
        rd_kafka_topic_partition_list_add(list, topicUtf8.constData(), p)->offset =
            RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_assign(rk.get(), list);
    rd_kafka_topic_partition_list_destroy(list);

    QDeadlineTimer deadline(timeoutMs);
    QDeadlineTimer surplus; // set once `expected` is reached
    bool reached = false;
    while (!deadline.hasExpired() && !(reached && surplus.hasExpired())) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk.get(), 50);
        if (!m)
            continue;
        if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            RawMessage raw;
            raw.key = QByteArray(static_cast<const char *>(m->key), qsizetype(m->key_len));
            raw.value = QByteArray(static_cast<const char *>(m->payload), qsizetype(m->len));
            raw.partition = m->partition;
            raw.offset = m->offset;
            messages.append(raw);
            if (!reached && messages.size() >= expected) {
                reached = true;
                surplus.setRemainingTime(200);
            }
        }
        rd_kafka_message_destroy(m);
    }
    return messages;
}

struct ProcessResult
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProcessResult runProcess(const QString &program, const QStringList &args,
                                const QByteArray &input = {}, int timeoutMs = 20000)
{
    ProcessResult result;
    QProcess process;
    process.start(program, args);
    result.started = process.waitForStarted(5000);
    if (!result.started)
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QString kcatPath()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("kcat"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("kafkacat"));
    return path;
}

} // namespace dnd::test
