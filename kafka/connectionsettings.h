// SPDX-License-Identifier: MIT
#pragma once

#include "kafkaproperties.h"

#include <QString>
#include <QStringList>

#include <utility>

typedef struct rd_kafka_conf_s rd_kafka_conf_t;

namespace dnd {

// How to reach a Kafka cluster. Shared by producer, consumer and the
// preferences' "Test connection".
struct ConnectionSettings
{
    QString bootstrap;                                      // host:port[,host:port...]
    QString securityProtocol = QStringLiteral("PLAINTEXT"); // PLAINTEXT SSL SASL_PLAINTEXT SASL_SSL
    QString saslMechanism = QStringLiteral("PLAIN");        // PLAIN SCRAM-SHA-256 SCRAM-SHA-512
    QString username;
    QString password;
    QString caFile;
    QString certFile;    // mTLS: ssl.certificate.location
    QString keyFile;     // mTLS: ssl.key.location
    QString keyPassword; // mTLS: ssl.key.password of an encrypted key
    // librdkafka properties the user gave (--config FILE, then -X or the
    // saved list), set after ours so they win; never for the built-in broker.
    QString propertiesFile;
    QList<KafkaProperty> properties;
    // The cluster is our built-in broker (librdkafka's mock cluster), which
    // gets tuning of its own (consumerProperties()).
    bool builtInBroker = false;

    bool operator==(const ConnectionSettings &) const = default;
};

class SettingValues;

// The connection `values` describe. The built-in broker (an empty
// bootstrap) is the caller's business: it speaks plaintext only.
ConnectionSettings connectionSettingsFrom(const SettingValues &values);

// The librdkafka properties of the security settings: security.protocol,
// with SASL the mechanism and credentials, with SSL the CA, the client
// certificate and key (mTLS). Only what the protocol uses; values as given.
QList<std::pair<QByteArray, QString>> securityProperties(const ConnectionSettings &settings);

// A new librdkafka configuration with bootstrap.servers, security and our
// common defaults set; nullptr and *error on an invalid value. Caller owns it.
rd_kafka_conf_t *makeKafkaConf(const ConnectionSettings &settings, QString *error);

// Sets one property; false and *error (naming the property) on failure.
bool setKafkaProperty(rd_kafka_conf_t *conf, const char *name, const QString &value,
                      QString *error);

// Sets the user's properties on `conf`: the file's first, then
// `settings.properties`. False and *error on the first one librdkafka
// refuses: "kafka property NAME=\"VALUE\" from ORIGIN: librdkafka's reason".
bool applyUserProperties(rd_kafka_conf_t *conf, const ConnectionSettings &settings, QString *error);
// Every problem of the user's properties, checked by librdkafka on a
// scratch configuration (the command line refuses them before starting).
QStringList checkUserProperties(const QString &propertiesFile,
                                const QList<KafkaProperty> &properties);

// Connects and fetches metadata within timeoutMs. Returns an empty string on
// success (and the broker count / whether topic exists in *summary), otherwise
// librdkafka's reason.
QString testConnection(const ConnectionSettings &settings, const QString &topic, int timeoutMs,
                       QString *summary);

// Routes librdkafka's log lines to the dnd.kafka.rdkafka logging category at
// debug level (off by default) instead of stderr, so tests and the terminal
// stay readable. makeKafkaConf already does this.
void installQuietLogging(rd_kafka_conf_t *conf);

QString librdkafkaVersion();

} // namespace dnd
