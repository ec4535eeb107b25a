// SPDX-License-Identifier: MIT
#pragma once

#include "settingschema.h"
#include "settingvalues.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

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
    QMap<SettingKey, QString> preferences; // what SettingsStore::read() found
};

// The current process environment, only the schema's variables.
void readEnvironment(SettingInputs *inputs);

// The one resolver: flags > environment > .env > saved preferences >
// defaults, each value validated by the schema. Every mode (window,
// headless, dnd-producer) starts from one of these.
class ResolvedSettings
{
public:
    // `program` limits the sources to the settings that program reads
    // (SettingFlag::Tracker or ::Producer); the others keep their defaults.
    static ResolvedSettings resolve(const SettingInputs &inputs,
                                    SettingFlag program = SettingFlag::Tracker);

    const SettingValue &value(SettingKey key) const { return m_values[size_t(key)]; }
    bool isValid() const { return m_errors.isEmpty(); }
    const QVector<SettingError> &errors() const { return m_errors; }
    QStringList errorMessages() const;
    // The value of `key` comes from a flag, the environment or .env.
    bool isOverridden(SettingKey key) const
    {
        return value(key).source > SettingSource::Preferences;
    }

    // A value found after resolving, for a secret: read from a password
    // file or the desktop keyring. Taken unless the key already has a
    // non-empty value from the same or a higher source.
    void supply(SettingKey key, const SettingValue &value);

    // The values to run with: invalid ones replaced by their default, and
    // the rate folded from MESSAGE_INTERVAL_SECONDS when that one wins.
    SettingValues values() const;
    double eventsPerSecond() const;
    bool rateFromInterval() const; // eventsPerSecond() is 1 / interval

private:
    QString effective(SettingKey key) const; // the value, or the default when invalid
    bool isValid(SettingKey key) const { return !(m_invalid & (1u << unsigned(key))); }

    std::array<SettingValue, SettingCount> m_values;
    QVector<SettingError> m_errors;
    quint32 m_invalid = 0; // bit per SettingKey
};

// Where a value came from, for messages and tooltips: "command-line flag
// --topic", "environment variable DND_TOPIC", "DND_TOPIC in .env file
// /path/.env:3", "saved preferences (topic)", "the built-in default".
QString settingOriginDescription(SettingKey key, const SettingValue &value);

} // namespace dnd
