// SPDX-License-Identifier: MIT
#pragma once

#include "settingvalidators.h"

#include <QMap>
#include <QString>
#include <QStringList>

class QSettings;

namespace dnd {

// Where a configuration value came from, lowest precedence first.
enum class SettingSource : quint8
{
    Default,
    Preferences,
    DotEnv,
    Environment,
    CommandLine
};
QString settingSourceName(SettingSource source); // "default", "preferences", ".env", ...

// Every configurable value, with its names in each source.
enum class SettingKey : quint8
{
    Broker,    // --broker, KAFKA_BROKER_ADDRESS, empty = built-in broker
    Topic,     // --topic, DND_TOPIC
    GroupId,   // --group, DND_CONSUMER_GROUP_ID
    StartFrom, // --from, DND_START_FROM: earliest | latest | committed
    Interval,  // MESSAGE_INTERVAL_SECONDS (the simulator's interval), > 0
    // --rate, DND_RATE: simulator events per second, > 0. Interval and Rate
    // are one value; the one from the higher source wins, Rate on a tie.
    Rate,
    Mode,           // --mode, DND_MODE: game | random
    Seed,           // --seed, DND_SEED
    Players,        // --players, DND_PLAYERS: roster, comma separated
    TrackedPlayers, // DND_TRACKED_PLAYERS: player tabs, default Stravos,Wurs
    RefreshEvery,   // --refresh-every, DND_REFRESH_EVERY: 1..1000, default 5
};

struct SettingInfo
{
    SettingKey key;
    const char *name;   // preferences key and display name, e.g. "topic"
    const char *flag;   // command-line flag without dashes, or nullptr
    const char *envVar; // environment / .env variable, or nullptr
    const char *defaultValue;
};
const QVector<SettingInfo> &settingInfos();
const SettingInfo &settingInfo(SettingKey key);

struct SettingValue
{
    QString value;
    SettingSource source = SettingSource::Default;
    QString origin; // e.g. "--topic", "KAFKA_BROKER_ADDRESS", "/path/.env:3", "preferences"
};

struct SettingError
{
    SettingKey key;
    QString message; // names the value, the source and what is wrong
};

// The inputs, gathered by the caller (app) so resolution itself is pure.
struct SettingInputs
{
    QMap<QString, QString> commandLine; // flag name -> value
    QMap<QString, QString> environment; // variable -> value
    QMap<QString, QString> dotEnv;      // variable -> value
    QMap<QString, int> dotEnvLines;     // variable -> line number
    QString dotEnvPath;
    QMap<QString, QString> preferences; // SettingInfo::name -> value
};

// Reads a .env file (KEY=VALUE, # comments, optional quotes, optional
// "export "). Returns false and sets *error on unreadable file or bad line
// (the good lines are still read; *error names every bad path:line).
// A file that does not exist is not an error: returns true, reads nothing.
bool readDotEnv(const QString &path, SettingInputs *inputs, QString *error);
// The current process environment, only our variables.
void readEnvironment(SettingInputs *inputs);
// QSettings -> preferences map (keys = SettingInfo::name; a value that
// QSettings parsed as a list, e.g. players=Stravos, Wurs, is joined by ",").
void readPreferences(QSettings &settings, SettingInputs *inputs);

// One resolved configuration: every key has a value and knows its source.
class ResolvedSettings
{
public:
    static ResolvedSettings resolve(const SettingInputs &inputs);

    const SettingValue &value(SettingKey key) const;
    bool isValid() const { return m_errors.isEmpty(); }
    const QVector<SettingError> &errors() const { return m_errors; }
    QStringList errorMessages() const;

    // Typed access to validated values (defaults when invalid).
    QString broker() const; // empty = built-in broker
    QString topic() const;
    QString groupId() const; // empty = per-installation default
    QString startFrom() const;
    double eventsPerSecond() const; // Rate, or 1 / Interval when that is from a higher source
    bool rateFromInterval() const;  // eventsPerSecond() is 1 / Interval
    QString mode() const;
    quint64 seed() const;
    QStringList players() const;
    QStringList trackedPlayers() const;
    int refreshEvery() const;

private:
    QString effective(SettingKey key) const; // the value, or the default when invalid
    bool isValid(SettingKey key) const { return !(m_invalid & (1u << unsigned(key))); }

    QMap<SettingKey, SettingValue> m_values;
    QVector<SettingError> m_errors;
    quint32 m_invalid = 0; // bit per SettingKey
};

// Where a value came from, for messages and tooltips: "command-line flag
// --topic", "environment variable DND_TOPIC", "DND_TOPIC in .env file
// /path/.env:3", "saved preferences (topic)", "the built-in default".
QString settingOriginDescription(SettingKey key, const SettingValue &value);

} // namespace dnd
