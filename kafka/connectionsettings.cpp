// SPDX-License-Identifier: MIT
#include "connectionsettings.h"

#include "settingvalidators.h"
#include "settingvalues.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcRdKafka, "dnd.kafka.rdkafka", QtWarningMsg)

namespace dnd {

namespace {

void quietLog(const rd_kafka_t *rk, int level, const char *facility, const char *message)
{
    // librdkafka logs from its own threads; QDebug is thread-safe.
    qCDebug(lcRdKafka, "%s [%d] %s: %s", rk ? rd_kafka_name(rk) : "rdkafka", level, facility,
            message);
}

struct HandleDeleter
{
    void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
};

// Collects the most recent error reported by librdkafka (transport failures
// carry the useful reason, e.g. "Connection refused").
struct ErrorCollector
{
    QString lastError;
    // An answer that will not change by waiting: every broker refused or
    // could not be resolved, or security failed (a connection test stops).
    rd_kafka_resp_err_t final = RD_KAFKA_RESP_ERR_NO_ERROR;
};

void collectError(rd_kafka_t *, int err, const char *reason, void *opaque)
{
    auto *collector = static_cast<ErrorCollector *>(opaque);
    const auto code = rd_kafka_resp_err_t(err);
    // "1/1 brokers are down" says less than the transport error before it
    // ("Connection refused"): keep that one as the detail.
    if (code != RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN || collector->lastError.isEmpty()) {
        collector->lastError = QStringLiteral("%1 (%2)").arg(
            QString::fromUtf8(reason), QString::fromUtf8(rd_kafka_err2str(code)));
    }
    switch (code) {
    case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
    case RD_KAFKA_RESP_ERR__RESOLVE:
    case RD_KAFKA_RESP_ERR__AUTHENTICATION:
    case RD_KAFKA_RESP_ERR__SSL:
        if (collector->final == RD_KAFKA_RESP_ERR_NO_ERROR ||
            code != RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN)
            collector->final = code;
        break;
    default:
        break;
    }
}

// What went wrong in words a player understands; librdkafka's text follows
// as the detail.
QString connectionFailure(rd_kafka_resp_err_t err, const QString &bootstrap, int timeoutMs,
                          const QString &detail)
{
    QString text;
    switch (err) {
    case RD_KAFKA_RESP_ERR__RESOLVE:
        text = QStringLiteral("The broker's host name in %1 could not be found: check the address.")
                   .arg(bootstrap);
        break;
    case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
    case RD_KAFKA_RESP_ERR__TRANSPORT:
        text = detail.contains(QLatin1String("resolve"), Qt::CaseInsensitive)
                   ? QStringLiteral("The broker's host name in %1 could not be found: check the "
                                    "address.")
                         .arg(bootstrap)
                   : QStringLiteral("No Kafka broker answers at %1: check the address and port, "
                                    "and that the broker is running.")
                         .arg(bootstrap);
        break;
    case RD_KAFKA_RESP_ERR__AUTHENTICATION:
        text = QStringLiteral("The broker refused the sign-in: check the user name, password "
                              "and SASL mechanism.");
        break;
    case RD_KAFKA_RESP_ERR__SSL:
        text = QStringLiteral("The secure (TLS) connection failed: check the security protocol "
                              "and the CA file.");
        break;
    default:
        text = QStringLiteral("No answer from %1 within %2 s.")
                   .arg(bootstrap)
                   .arg(QLocale().toString(double(timeoutMs) / 1000.0, 'g', 3));
        if (err != RD_KAFKA_RESP_ERR__TIMED_OUT)
            text += QStringLiteral(" ") + QString::fromUtf8(rd_kafka_err2str(err));
        break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral("\nlibrdkafka: ") + detail;
    return text;
}

} // namespace

ConnectionSettings connectionSettingsFrom(const SettingValues &values)
{
    ConnectionSettings connection;
    connection.bootstrap = values.broker();
    connection.securityProtocol = values.securityProtocol();
    connection.saslMechanism = values.saslMechanism();
    connection.username = values.username();
    connection.password = values.password();
    connection.caFile = values.caFile();
    connection.certFile = values.certFile();
    connection.keyFile = values.keyFile();
    connection.keyPassword = values.keyPassword();
    connection.propertiesFile = values.value(SettingKey::KafkaConfig);
    connection.properties =
        parseKafkaPropertyList(values.value(SettingKey::KafkaProperties),
                               QLatin1String(settingInfo(SettingKey::KafkaProperties).name));
    return connection;
}

QList<std::pair<QByteArray, QString>> securityProperties(const ConnectionSettings &settings)
{
    const QString protocol = settings.securityProtocol.trimmed().toUpper();
    QList<std::pair<QByteArray, QString>> properties = {{"security.protocol", protocol}};
    if (protocol.startsWith(QLatin1String("SASL_"))) {
        properties.append({"sasl.mechanism", settings.saslMechanism.trimmed().toUpper()});
        properties.append({"sasl.username", settings.username});
        properties.append({"sasl.password", settings.password});
    }
    if (protocol.endsWith(QLatin1String("SSL"))) {
        if (!settings.caFile.isEmpty())
            properties.append({"ssl.ca.location", settings.caFile});
        if (!settings.certFile.isEmpty())
            properties.append({"ssl.certificate.location", settings.certFile});
        if (!settings.keyFile.isEmpty())
            properties.append({"ssl.key.location", settings.keyFile});
        if (!settings.keyPassword.isEmpty())
            properties.append({"ssl.key.password", settings.keyPassword});
    }
    return properties;
}

void installQuietLogging(rd_kafka_conf_t *conf)
{
    rd_kafka_conf_set_log_cb(conf, quietLog);
}

bool setKafkaProperty(rd_kafka_conf_t *conf, const char *name, const QString &value, QString *error)
{
    char errstr[512];
    const QByteArray utf8 = value.toUtf8();
    if (rd_kafka_conf_set(conf, name, utf8.constData(), errstr, sizeof errstr) !=
        RD_KAFKA_CONF_OK) {
        // A password is not quoted back.
        const QByteArray key(name);
        const bool secret = key.contains("password") || key.contains("secret");
        if (error)
            *error =
                QStringLiteral("Invalid Kafka setting %1=%2: %3")
                    .arg(QString::fromUtf8(name),
                         secret ? QStringLiteral("(hidden)") : QStringLiteral("\"%1\"").arg(value),
                         QString::fromUtf8(errstr));
        return false;
    }
    return true;
}

rd_kafka_conf_t *makeKafkaConf(const ConnectionSettings &settings, QString *error)
{
    const QString bootstrap = settings.bootstrap.trimmed();
    if (bootstrap.isEmpty()) {
        if (error)
            *error = QStringLiteral("No broker address given (expected host:port[,host:port...])");
        return nullptr;
    }
    const QStringList securityProtocols = settingInfo(SettingKey::SecurityProtocol).choices;
    const QStringList saslMechanisms = settingInfo(SettingKey::SaslMechanism).choices;
    const QString protocol = settings.securityProtocol.trimmed().toUpper();
    if (!securityProtocols.contains(protocol)) {
        if (error)
            *error =
                QStringLiteral("Unknown security protocol \"%1\" (expected one of %2)")
                    .arg(settings.securityProtocol, securityProtocols.join(QStringLiteral(", ")));
        return nullptr;
    }
    const bool sasl = protocol.startsWith(QLatin1String("SASL_"));
    const QString mechanism = settings.saslMechanism.trimmed().toUpper();
    if (sasl && !saslMechanisms.contains(mechanism)) {
        if (error)
            *error = QStringLiteral("Unknown SASL mechanism \"%1\" (expected one of %2)")
                         .arg(settings.saslMechanism, saslMechanisms.join(QStringLiteral(", ")));
        return nullptr;
    }

    std::unique_ptr<rd_kafka_conf_t, void (*)(rd_kafka_conf_t *)> conf(rd_kafka_conf_new(),
                                                                       rd_kafka_conf_destroy);
    installQuietLogging(conf.get());

    QList<std::pair<QByteArray, QString>> properties = {
        {"bootstrap.servers", bootstrap},
        {"client.id", QStringLiteral("dnd-tracker")},
        {"socket.keepalive.enable", QStringLiteral("true")},
        // Reconnect quickly after a broker restart: the dashboard shows the
        // outage, and should recover within a couple of seconds.
        {"reconnect.backoff.ms", QStringLiteral("100")},
        {"reconnect.backoff.max.ms", QStringLiteral("2000")},
        // Idle connection closes are normal, not worth a log line.
        {"log.connection.close", QStringLiteral("false")},
    };
    ConnectionSettings normalised = settings;
    normalised.securityProtocol = protocol;
    normalised.saslMechanism = mechanism;
    properties += securityProperties(normalised);

    for (const auto &[name, value] : std::as_const(properties)) {
        if (!setKafkaProperty(conf.get(), name.constData(), value, error))
            return nullptr;
    }
    if (!settings.builtInBroker && !applyUserProperties(conf.get(), settings, error))
        return nullptr;
    return conf.release();
}

namespace {

// Sets each property, stopping at the first refusal unless `all`.
bool setUserProperties(rd_kafka_conf_t *conf, const QList<KafkaProperty> &properties,
                       QStringList *problems, bool all)
{
    for (const KafkaProperty &property : properties) {
        char errstr[512];
        const QByteArray name = property.name.toUtf8();
        const QByteArray value = property.value.toUtf8();
        if (rd_kafka_conf_set(conf, name.constData(), value.constData(), errstr, sizeof errstr) ==
            RD_KAFKA_CONF_OK)
            continue;
        // librdkafka's own words say why; the value is quoted cut (a
        // password would be quoted too, but it is the user's own input).
        problems->append(QStringLiteral("kafka property %1=%2 from %3: %4")
                             .arg(elidedSettingText(property.name),
                                  quotedSettingValue(property.value), property.origin,
                                  QString::fromUtf8(errstr)));
        if (!all)
            return false;
    }
    return problems->isEmpty();
}

QList<KafkaProperty> userProperties(const QString &file, const QList<KafkaProperty> &properties,
                                    QStringList *problems)
{
    QList<KafkaProperty> all;
    QString error;
    if (!file.isEmpty() && !readKafkaPropertiesFile(file, &all, &error))
        problems->append(error);
    return all + properties;
}

} // namespace

bool applyUserProperties(rd_kafka_conf_t *conf, const ConnectionSettings &settings, QString *error)
{
    QStringList problems;
    const QList<KafkaProperty> properties =
        userProperties(settings.propertiesFile, settings.properties, &problems);
    if (problems.isEmpty())
        setUserProperties(conf, properties, &problems, false);
    if (problems.isEmpty())
        return true;
    if (error)
        *error = problems.constFirst();
    return false;
}

QStringList checkUserProperties(const QString &propertiesFile,
                                const QList<KafkaProperty> &properties)
{
    QStringList problems;
    const QList<KafkaProperty> all = userProperties(propertiesFile, properties, &problems);
    std::unique_ptr<rd_kafka_conf_t, void (*)(rd_kafka_conf_t *)> conf(rd_kafka_conf_new(),
                                                                       rd_kafka_conf_destroy);
    setUserProperties(conf.get(), all, &problems, true);
    return problems;
}

QString testConnection(const ConnectionSettings &settings, const QString &topic, int timeoutMs,
                       QString *summary)
{
    QString error;
    rd_kafka_conf_t *conf = makeKafkaConf(settings, &error);
    if (!conf)
        return error;
    ErrorCollector collector;
    rd_kafka_conf_set_opaque(conf, &collector);
    rd_kafka_conf_set_error_cb(conf, collectError);
    // Fail fast: a connection test must answer within timeoutMs.
    const QString socketTimeout = QString::number(qMax(timeoutMs, 10));
    if (!setKafkaProperty(conf, "socket.timeout.ms", socketTimeout, &error)) {
        rd_kafka_conf_destroy(conf);
        return error;
    }

    char errstr[512];
    std::unique_ptr<rd_kafka_t, HandleDeleter> rk(
        rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        return QString::fromUtf8(errstr);
    }

    // All topics: asking for one topic by name could auto-create it. The
    // request is asked in short slices so that a refused connection or an
    // unknown host (librdkafka's error callback: all brokers down, resolve
    // failure) is reported at once instead of after the whole timeout.
    const rd_kafka_metadata_t *metadata = nullptr;
    QElapsedTimer elapsed;
    elapsed.start();
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR__TIMED_OUT;
    while (true) {
        const int left = int(timeoutMs - elapsed.elapsed());
        if (left <= 0)
            break;
        err = rd_kafka_metadata(rk.get(), 1, nullptr, &metadata, std::min(left, 200));
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
            break;
        rd_kafka_poll(rk.get(), 0); // serves the error callback
        if (collector.final != RD_KAFKA_RESP_ERR_NO_ERROR) {
            err = collector.final;
            break;
        }
    }
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        rd_kafka_poll(rk.get(), 0);
        return connectionFailure(err, settings.bootstrap, timeoutMs, collector.lastError);
    }

    int partitions = -1;
    const QByteArray topicUtf8 = topic.toUtf8();
    for (int i = 0; i < metadata->topic_cnt; ++i) {
        const rd_kafka_metadata_topic &t = metadata->topics[i];
        if (topicUtf8 == t.topic && t.err == RD_KAFKA_RESP_ERR_NO_ERROR)
            partitions = t.partition_cnt;
    }
    if (summary) {
        // Shown by Test connection: words and plurals translated.
        const auto translate = [](const char *text, int n = -1) {
            return QCoreApplication::translate("dnd::ConnectionTest", text, nullptr, n);
        };
        QString text = translate("%n broker(s)", metadata->broker_cnt);
        if (!topic.isEmpty()) {
            text += partitions >= 0
                        ? translate("; topic \"%1\" has %n partition(s)", partitions).arg(topic)
                        : translate("; topic \"%1\" does not exist").arg(topic);
        }
        *summary = text;
    }
    rd_kafka_metadata_destroy(metadata);
    return {};
}

QString librdkafkaVersion()
{
    return QString::fromLatin1(rd_kafka_version_str());
}

} // namespace dnd
