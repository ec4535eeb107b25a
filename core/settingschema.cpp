// SPDX-License-Identifier: MIT
// The one declaration of every setting. Adding a setting here gives it a
// flag, an environment and .env name, a QSettings key, a check, --help text,
// a README row and a preferences note; nothing else lists settings.
#include "settingschema.h"

#include "kafkaproperties.h"
#include "settingvalidators.h"
#include "settingvalues.h"

#include <QCoreApplication>

namespace dnd {

namespace {

using F = SettingFlag;
constexpr SettingFlags Both = SettingFlags(F::Tracker) | F::Producer;

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QLatin1String(item);
    return out;
}

} // namespace

const QVector<SettingInfo> &settingSchema()
{
    // Environment names of the original project where it had one. Help and
    // titles are marked for translation in the "dnd::Settings" context.
#define TR(text) QT_TRANSLATE_NOOP("dnd::Settings", text)
    static const QVector<SettingInfo> schema{
        {
            .key = SettingKey::Broker,
            .name = "broker",
            .title = TR("Bootstrap servers"),
            .flag = "broker",
            .valueName = "list",
            .envVar = "KAFKA_BROKER_ADDRESS",
            .settingsKey = "broker",
            .defaultNote = TR("built-in broker"),
            .help = TR("Bootstrap servers host:port[,host:port...] of an external Kafka cluster; "
                       "empty: the built-in broker."),
            .validate = validateBootstrapList,
            .flags = Both | F::EmptyMeansUnset,
        },
        {
            .key = SettingKey::ExternalBroker,
            .name = "external-broker",
            .title = TR("Last external bootstrap servers"),
            .settingsKey = "connection/externalBootstrap",
            .defaultNote = TR("none"),
            .help = TR("The external list the preferences keep while the built-in broker is used."),
            .flags = F::Tracker | F::EmptyMeansUnset,
        },
        {
            .key = SettingKey::Topic,
            .name = "topic",
            .title = TR("Topic"),
            .flag = "topic",
            .valueName = "name",
            .envVar = "DND_TOPIC",
            .settingsKey = "topic",
            .defaultValue = "dnd_events",
            .help = TR("Topic to read (and simulate into)."),
            .validate = validateTopicName,
            .flags = Both,
        },
        {
            .key = SettingKey::GroupId,
            .name = "group",
            .title = TR("Consumer group"),
            .flag = "group",
            .valueName = "id",
            .envVar = "DND_CONSUMER_GROUP_ID",
            .settingsKey = "group",
            .defaultNote = TR("unique per installation"),
            .help = TR("Consumer group id the positions are committed to."),
            .validate = validateGroupId,
            .flags = F::Tracker | F::EmptyMeansUnset,
        },
        {
            .key = SettingKey::StartFrom,
            .name = "start-from",
            .title = TR("Start from"),
            .flag = "from",
            .valueName = "position",
            .envVar = "DND_START_FROM",
            .settingsKey = "start-from",
            .defaultValue = "resume",
            .help = TR("Where reading starts: resume (the campaign archive's positions, else the "
                       "beginning), earliest, latest, committed (the group's positions), today, a "
                       "local time like 2026-12-02T19:00, or back from now like -2h."),
            .validate = validateStartFrom,
            .flags = F::Tracker,
        },
        {
            .key = SettingKey::BrokerTimeout,
            .name = "broker-timeout",
            .title = TR("Broker timeout"),
            .flag = "broker-timeout",
            .valueName = "seconds",
            .envVar = "DND_BROKER_TIMEOUT",
            .settingsKey = "broker-timeout",
            .defaultValue = "10",
            .help = TR("Headless: exit 1 once an external broker was unreachable this many seconds "
                       "(at start or mid-stream); 0: keep retrying. The window always keeps "
                       "retrying."),
            .validate = validateBrokerTimeout,
            .flags = F::Tracker,
        },
        {
            .key = SettingKey::SecurityProtocol,
            .name = "security-protocol",
            .title = TR("Security protocol"),
            .flag = "security-protocol",
            .valueName = "protocol",
            .envVar = "DND_SECURITY_PROTOCOL",
            .settingsKey = "connection/securityProtocol",
            .defaultValue = "PLAINTEXT",
            .help =
                TR("How to talk to an external cluster (the built-in broker speaks PLAINTEXT)."),
            .choices = list({"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"}),
            .flags = Both,
        },
        {
            .key = SettingKey::SaslMechanism,
            .name = "sasl-mechanism",
            .title = TR("SASL mechanism"),
            .flag = "sasl-mechanism",
            .valueName = "mechanism",
            .envVar = "DND_SASL_MECHANISM",
            .settingsKey = "connection/saslMechanism",
            .defaultValue = "PLAIN",
            .help = TR("SASL mechanism with SASL_PLAINTEXT or SASL_SSL."),
            .choices = list({"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"}),
            .flags = Both,
        },
        {
            .key = SettingKey::Username,
            .name = "username",
            .title = TR("User name"),
            .flag = "username",
            .valueName = "name",
            .envVar = "DND_SASL_USERNAME",
            .settingsKey = "connection/username",
            .defaultNote = TR("none"),
            .help = TR("SASL user name."),
            .validate = validateUsername,
            .flags = Both | F::EmptyMeansUnset,
        },
        {
            .key = SettingKey::Password,
            .name = "password",
            .title = TR("Password"),
            .envVar = "DND_SASL_PASSWORD",
            .keyringKey = "kafka-sasl-password",
            .defaultNote = TR("none"),
            .help = TR("SASL password; never on the command line, in .env or in the settings "
                       "file."),
            .flags = Both | F::EmptyMeansUnset | F::Secret,
        },
        {
            .key = SettingKey::PasswordFile,
            .name = "password-file",
            .title = TR("Password file"),
            .flag = "password-file",
            .valueName = "file",
            .envVar = "DND_SASL_PASSWORD_FILE",
            .defaultNote = TR("none"),
            .help = TR("A file holding the SASL password (its first line), readable by its owner "
                       "only; used when DND_SASL_PASSWORD is not set."),
            .flags = Both | F::EmptyMeansUnset,
        },
        {
            .key = SettingKey::CaFile,
            .name = "ca-file",
            .title = TR("CA file"),
            .flag = "ca-file",
            .valueName = "file",
            .envVar = "DND_SSL_CA_FILE",
            .settingsKey = "connection/caFile",
            .defaultNote = TR("system certificates"),
            .help = TR("CA certificate (PEM) that signed the cluster's certificate, with SSL or "
                       "SASL_SSL."),
            .flags = Both | F::EmptyMeansUnset,
        },
        {
            .key = SettingKey::CertFile,
            .name = "cert-file",
            .title = TR("Client certificate"),
            .flag = "cert-file",
            .valueName = "file",
            .envVar = "DND_SSL_CERT_FILE",
            .settingsKey = "connection/certFile",
            .defaultNote = TR("none"),
            .help = TR("mTLS: the client's certificate (PEM), with SSL or SASL_SSL; needs its key "
                       "file."),
            .flags = Both | F::EmptyMeansUnset,
        },
        {
            .key = SettingKey::KeyFile,
            .name = "key-file",
            .title = TR("Client key"),
            .flag = "key-file",
            .valueName = "file",
            .envVar = "DND_SSL_KEY_FILE",
            .settingsKey = "connection/keyFile",
            .defaultNote = TR("none"),
            .help = TR("mTLS: the private key (PEM) of the client certificate."),
            .flags = Both | F::EmptyMeansUnset,
        },
        {
            .key = SettingKey::KeyPassword,
            .name = "key-password",
            .title = TR("Client key password"),
            .envVar = "DND_SSL_KEY_PASSWORD",
            .keyringKey = "kafka-ssl-key-password",
            .defaultNote = TR("none"),
            .help = TR("mTLS: the password of an encrypted client key; never on the command line, "
                       "in .env or in the settings file."),
            .flags = Both | F::EmptyMeansUnset | F::Secret,
        },
        {
            .key = SettingKey::KafkaConfig,
            .name = "kafka-config",
            .title = TR("Kafka properties file"),
            .flag = "config",
            .valueName = "file",
            .envVar = "DND_KAFKA_CONFIG",
            .defaultNote = TR("none"),
            .help = TR("librdkafka properties of an external cluster, key=value a line, # "
                       "comments (as kcat -F); a regular file of at most 1 MiB."),
            .flags = Both | F::EmptyMeansUnset,
        },
        {
            .key = SettingKey::KafkaProperties,
            .name = "kafka-properties",
            .title = TR("Kafka properties"),
            .flag = "X",
            .valueName = "key=value",
            .settingsKey = "kafka/properties",
            .defaultNote = TR("none"),
            .help = TR("A librdkafka property for an external cluster, as kcat -X (repeatable; "
                       "wins over the file's)."),
            .validate = validateKafkaPropertyList,
            .flags = Both | F::EmptyMeansUnset | F::List,
        },
        {
            .key = SettingKey::RefreshEvery,
            .name = "refresh-every",
            .title = TR("Refresh charts every"),
            .flag = "refresh-every",
            .valueName = "n",
            .envVar = "DND_REFRESH_EVERY",
            .settingsKey = "refresh-every",
            .defaultValue = "5",
            .help = TR("Refresh charts every N accepted messages (1..1000)."),
            .validate = validateRefreshEvery,
            .flags = F::Tracker,
        },
        {
            .key = SettingKey::TrackedPlayers,
            .name = "tracked-players",
            .title = TR("Player tabs"),
            .envVar = "DND_TRACKED_PLAYERS",
            .settingsKey = "tracked-players",
            .defaultValue = "Stravos,Wurs",
            .help = TR("Players with a tab of their own, comma separated."),
            .validate = validatePlayerList,
            .flags = F::Tracker | F::EmptyAllowed,
        },
        {
            .key = SettingKey::Theme,
            .name = "theme",
            .title = TR("Theme"),
            .settingsKey = "display/theme",
            .defaultValue = "system",
            .help = TR("Colours of the window."),
            .choices = list({"system", "light", "dark"}),
            .flags = F::Tracker,
        },
        {
            .key = SettingKey::Archive,
            .name = "archive",
            .title = TR("Campaign file"),
            .flag = "archive",
            .valueName = "file",
            .envVar = "DND_ARCHIVE",
            .settingsKey = "archive/file",
            .defaultNote = TR("campaign.sqlite in the application data folder"),
            .help = TR("The campaign archive (SQLite) that keeps every event and where reading "
                       "stopped; --no-archive keeps one run in memory only."),
            .validate = validateArchiveFile,
            .flags = F::Tracker | F::EmptyMeansUnset,
        },
        {
            .key = SettingKey::Mode,
            .name = "mode",
            .title = TR("Simulator mode"),
            .flag = "mode",
            .valueName = "mode",
            .envVar = "DND_MODE",
            .settingsKey = "mode",
            .defaultValue = "game",
            .help = TR("game reads like play; random behaves like the original dnd_producer.py."),
            .choices = list({"game", "random"}),
            .flags = Both,
        },
        {
            .key = SettingKey::Interval,
            .name = "interval",
            .title = TR("Simulator interval"),
            .envVar = "MESSAGE_INTERVAL_SECONDS",
            .settingsKey = "interval",
            .defaultNote = TR("none"),
            .help =
                TR("Seconds between simulated events (the original project's name for the rate)."),
            .validate = validatePositiveNumber,
            .flags = Both | F::EmptyMeansUnset,
        },
        {
            .key = SettingKey::Rate,
            .name = "rate",
            .title = TR("Simulator rate"),
            .flag = "rate",
            .valueName = "n",
            .envVar = "DND_RATE",
            .settingsKey = "rate",
            .defaultValue = "5",
            .help = TR("Simulated events per second (> 0)."),
            .validate = validatePositiveNumber,
            .flags = Both,
        },
        {
            .key = SettingKey::Seed,
            .name = "seed",
            .title = TR("Simulator seed"),
            .flag = "seed",
            .valueName = "n",
            .envVar = "DND_SEED",
            .settingsKey = "seed",
            .defaultValue = "1",
            .help = TR("Seed of the simulator (unsigned integer)."),
            .validate = validateSeed,
            .flags = Both,
        },
        {
            .key = SettingKey::Players,
            .name = "players",
            .title = TR("Simulator players"),
            .flag = "players",
            .valueName = "a,b,c",
            .envVar = "DND_PLAYERS",
            .settingsKey = "players",
            .defaultValue = "Stravos,Ya,Sylas,Wurs",
            .help = TR("The simulator's roster, comma separated."),
            .validate = validatePlayerList,
            .flags = Both,
        },
    };
#undef TR
    return schema;
}

} // namespace dnd
