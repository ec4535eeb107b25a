// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QSettings;

namespace dnd {

enum class SettingKey : quint8;

// Every field of AppPreferences, so validation errors and "overridden by"
// notes can point at one input of the preferences dialog.
enum class PreferenceField : quint8
{
    UseBuiltInBroker,
    Bootstrap,
    Topic,
    GroupId,
    StartFrom,
    SecurityProtocol,
    SaslMechanism,
    Username,
    Password,
    CaFile,
    RefreshEvery,
    TrackedPlayers,
    Theme,
    SimulatorMode,
    SimulatorRate,
    SimulatorSeed,
    SimulatorPlayers,
};
inline constexpr int PreferenceFieldCount = int(PreferenceField::SimulatorPlayers) + 1;

// The configuration value (core/settings.h) a field is saved as, if any:
// those fields share the SettingInfo::name key so ResolvedSettings' source
// "preferences" reads exactly what the dialog saved.
std::optional<SettingKey> settingKeyForField(PreferenceField field);

struct PreferenceError
{
    PreferenceField field;
    QString message; // what is wrong, translated, without naming the field
    bool operator==(const PreferenceError &) const = default;
};

// What the user chose in the preferences dialog. A plain value: the dialog
// edits a copy, the app applies it. Strings use the spellings of
// kafka/connectionsettings.h and core/settings.h so no mapping is needed.
struct AppPreferences
{
    // Connection
    bool useBuiltInBroker = true;
    QString bootstrap; // host:port[,...]; kept while the built-in broker is used
    QString topic = QStringLiteral("dnd_events");
    QString groupId;                                // empty = per-installation default
    QString startFrom = QStringLiteral("earliest"); // earliest | latest | committed
    QString securityProtocol = QStringLiteral("PLAINTEXT");
    QString saslMechanism = QStringLiteral("PLAIN");
    QString username;
    QString password;
    QString caFile;
    // Display
    int refreshEvery = 5; // 1..1000 accepted messages
    QStringList trackedPlayers = {QStringLiteral("Stravos"), QStringLiteral("Wurs")};
    QString theme = QStringLiteral("system"); // system | light | dark
    // Simulator defaults
    QString simulatorMode = QStringLiteral("game"); // game | random
    double simulatorRate = 5.0; // events per second (the default of core/settings.h)
    quint64 simulatorSeed = 1;
    QStringList simulatorPlayers = {QStringLiteral("Stravos"), QStringLiteral("Ya"),
                                    QStringLiteral("Sylas"), QStringLiteral("Wurs")};

    bool operator==(const AppPreferences &) const = default;

    // Effective broker as core/settings.h sees it: empty = built-in broker.
    QString effectiveBroker() const { return useBuiltInBroker ? QString() : bootstrap; }
    bool usesSasl() const; // SASL_PLAINTEXT or SASL_SSL
    bool usesSsl() const;  // SSL or SASL_SSL

    // Reads what save() wrote; keys that are absent keep their current value,
    // so load() on a default-constructed value gives defaults + saved values.
    // Unreadable values (e.g. a damaged password) are ignored.
    void load(QSettings &settings);
    // Writes every field. The password is obfuscated (see preferences.cpp),
    // never written as plain text; an empty password removes the key.
    void save(QSettings &settings) const;

    // Every invalid field with the reason; empty when all are valid.
    QVector<PreferenceError> validate() const;
    // The message for one field, empty when valid.
    QString validateField(PreferenceField field) const;

    static QStringList securityProtocols();         // PLAINTEXT SSL SASL_PLAINTEXT SASL_SSL
    static QStringList saslMechanisms();            // PLAIN SCRAM-SHA-256 SCRAM-SHA-512
    static QStringList themes();                    // system light dark
    static QStringList startPositions();            // earliest latest committed
    static QStringList simulatorModes();            // game random
    static constexpr double MinSimulatorRate = 0.1; // one event every 10 s
    static constexpr double MaxSimulatorRate = 100000.0;
};

// Settings keys written by AppPreferences::save() that core/settings.h does
// not know (security, theme, ...). Exposed for tests and migrations.
namespace PreferenceKeys {
inline constexpr char UseBuiltInBroker[] = "connection/useBuiltInBroker";
inline constexpr char ExternalBootstrap[] = "connection/externalBootstrap";
inline constexpr char SecurityProtocol[] = "connection/securityProtocol";
inline constexpr char SaslMechanism[] = "connection/saslMechanism";
inline constexpr char Username[] = "connection/username";
inline constexpr char Password[] = "connection/passwordObfuscated";
inline constexpr char CaFile[] = "connection/caFile";
inline constexpr char Theme[] = "display/theme";
} // namespace PreferenceKeys

// Where the per-installation obfuscation key of the password lives: next to
// the settings file ("<file>.key", mode 0600) when it is a file, otherwise in
// the application data directory.
QString passwordKeyFilePath(const QSettings &settings);

} // namespace dnd

Q_DECLARE_METATYPE(dnd::AppPreferences)
