// SPDX-License-Identifier: MIT
#pragma once

#include "settingschema.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>

namespace dnd {

// One value per setting of the schema, as text (the way every source spells
// it), with typed reads. A plain value: the resolver produces one, the
// preferences dialog edits a copy, the app builds its options from it.
// Default-constructed, every value is the schema's default.
class SettingValues
{
public:
    SettingValues();

    QString value(SettingKey key) const { return m_values[size_t(key)]; }
    void setValue(SettingKey key, const QString &value) { m_values[size_t(key)] = value; }
    bool operator==(const SettingValues &) const = default;

    // Typed reads; callers validate first (ResolvedSettings, the dialog).
    QString broker() const { return value(SettingKey::Broker).trimmed(); }
    bool usesBuiltInBroker() const { return broker().isEmpty(); }
    QString topic() const { return value(SettingKey::Topic); }
    QString groupId() const { return value(SettingKey::GroupId); }
    QString startFrom() const { return value(SettingKey::StartFrom); }
    QString securityProtocol() const { return value(SettingKey::SecurityProtocol); }
    QString saslMechanism() const { return value(SettingKey::SaslMechanism); }
    QString username() const { return value(SettingKey::Username); }
    QString password() const { return value(SettingKey::Password); }
    QString passwordFile() const { return value(SettingKey::PasswordFile); }
    QString caFile() const { return value(SettingKey::CaFile); }
    QString certFile() const { return value(SettingKey::CertFile); }
    QString keyFile() const { return value(SettingKey::KeyFile); }
    QString keyPassword() const { return value(SettingKey::KeyPassword); }
    bool usesSasl() const; // SASL_PLAINTEXT or SASL_SSL
    bool usesSsl() const;  // SSL or SASL_SSL
    int refreshEvery() const;
    int brokerTimeoutSeconds() const;   // 0 = keep retrying
    QStringList trackedPlayers() const; // may be empty
    QString theme() const { return value(SettingKey::Theme); }
    QString archiveFile() const { return value(SettingKey::Archive); } // empty = the default
    QString mode() const { return value(SettingKey::Mode); }
    double rate() const; // events per second (the interval is folded in by the resolver)
    void setRate(double eventsPerSecond);
    quint64 seed() const;
    QStringList players() const;

    // "a, b ,c" -> {"a", "b", "c"}; empty entries dropped.
    static QStringList splitList(const QString &text);

private:
    std::array<QString, SettingCount> m_values;
};

} // namespace dnd

Q_DECLARE_METATYPE(dnd::SettingValues)
