// SPDX-License-Identifier: MIT
#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dnd {

class SettingValues;
class ResolvedSettings;

// Every configurable value. The order is the order of --help, the README
// table and the preferences dialog.
enum class SettingKey : quint8
{
    Broker,         // empty = built-in broker
    ExternalBroker, // the external list the dialog keeps while the built-in broker is used
    Topic,
    GroupId, // empty = per-installation default
    StartFrom,
    BrokerTimeout, // headless: seconds without a broker before exit 1; 0 = never
    SecurityProtocol,
    SaslMechanism,
    Username,
    Password,
    PasswordFile, // a file holding the SASL password (headless, dnd-producer)
    CaFile,
    CertFile,        // mTLS: the client's certificate (PEM)
    KeyFile,         // mTLS: the client's private key (PEM)
    KeyPassword,     // mTLS: the key's password, a secret
    KafkaConfig,     // a properties file (kcat -F)
    KafkaProperties, // key=value lines (kcat -X, the preferences' Advanced table)
    RefreshEvery,
    TrackedPlayers,
    Theme,
    Archive, // the campaign file; empty = campaign.sqlite in the app data folder
    Mode,
    // MESSAGE_INTERVAL_SECONDS (the original project's knob) and the rate are
    // one value: the one from the higher source wins, the rate on a tie.
    Interval,
    Rate,
    Seed,
    Players,
};
inline constexpr int SettingCount = int(SettingKey::Players) + 1;

enum class SettingFlag : quint8
{
    None = 0,
    EmptyMeansUnset = 1, // empty is a valid value meaning "not set" (built-in broker, ...)
    EmptyAllowed = 2,    // empty is a value of its own, also when saved (no player tabs)
    Secret = 4,          // never on the command line, in .env, QSettings or a message
    Tracker = 8,         // dnd-tracker reads it
    Producer = 16,       // dnd-producer reads it
    List = 32,           // repeatable flag; entries one a line; saved as a string list
};
Q_DECLARE_FLAGS(SettingFlags, SettingFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SettingFlags)

// Context-free check of one value: empty = valid, else what is wrong, as a
// fragment that follows the value's name ("must be between 1 and 1000").
using SettingValidator = QString (*)(const QString &value);

// One setting, declared once: every name it has in every source, its
// default, its check and its help. --help, the preferences dialog, the
// README table (tst_settings checks it) and the resolver read this.
struct SettingInfo
{
    SettingKey key;
    const char *name = nullptr;        // "topic": in messages
    const char *title = nullptr;       // "Topic": dialog label and README (translated)
    const char *flag = nullptr;        // command-line flag without dashes
    const char *valueName = nullptr;   // --help's placeholder, e.g. "name"
    const char *envVar = nullptr;      // environment and .env variable
    const char *settingsKey = nullptr; // QSettings key (never for a secret)
    const char *keyringKey = nullptr;  // secrets: the entry in the desktop keyring
    const char *defaultValue = "";
    const char *defaultNote = nullptr; // README/--help wording of an empty default
    const char *help = nullptr;        // one sentence (translated)
    QStringList choices = {};          // the only valid values, when not empty
    SettingValidator validate = nullptr;
    SettingFlags flags = {};
};

const QVector<SettingInfo> &settingSchema();
const SettingInfo &settingInfo(SettingKey key);
// "--topic", or "-X" for a one-letter flag.
QString settingFlagText(const SettingInfo &info);
QString settingDefault(SettingKey key);
// The topic every program uses unless told otherwise.
QString defaultTopic();

// The context-free check of the schema (choices, then the validator), as a
// fragment: "must be game or random". Empty = valid. EmptyMeansUnset and
// EmptyAllowed settings accept an empty value.
QString validateSetting(SettingKey key, const QString &value);
// Checks that need other settings (a SASL user name, a readable CA file),
// for one key: empty = fine. The connection code and the dialog use it.
QString checkSettingInContext(SettingKey key, const SettingValues &values);
// Every such problem of the connection to an external cluster, one line
// each ("password: SASL_PLAINTEXT needs a password; set DND_SASL_PASSWORD,
// use --password-file or save it in the preferences"); empty with the
// built-in broker. With `resolved`, a line also says where the value came
// from.
QString connectionProblem(const SettingValues &values, const ResolvedSettings *resolved = nullptr);

} // namespace dnd
