// SPDX-License-Identifier: MIT
#include "settingsstore.h"

#include "settingvalues.h"

#include <QSettings>

namespace dnd {

namespace {

// Written by earlier versions beside "broker", which always agreed with it.
constexpr char LegacyUseBuiltInBrokerKey[] = "connection/useBuiltInBroker";

} // namespace

QMap<SettingKey, QString> SettingsStore::read() const
{
    QMap<SettingKey, QString> saved;
    for (const SettingInfo &info : settingSchema()) {
        // Secrets live in the desktop keyring (secrets/), never here.
        if (info.flags & SettingFlag::Secret || !info.settingsKey ||
            !m_settings.contains(QLatin1String(info.settingsKey)))
            continue;
        const QVariant value = m_settings.value(QLatin1String(info.settingsKey));
        // A list setting's entries may hold commas: one a line.
        const QChar separator =
            info.flags & SettingFlag::List ? QLatin1Char('\n') : QLatin1Char(',');
        saved.insert(info.key, value.typeId() == QMetaType::QStringList
                                   ? value.toStringList().join(separator)
                                   : value.toString());
    }
    return saved;
}

void SettingsStore::write(SettingKey key, const QString &value)
{
    const SettingInfo &info = settingInfo(key);
    if (info.flags & SettingFlag::Secret)
        return; // the desktop keyring's (secrets/), never the settings file's
    if (info.settingsKey && info.flags & SettingFlag::List)
        m_settings.setValue(QLatin1String(info.settingsKey),
                            value.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    else if (info.settingsKey)
        m_settings.setValue(QLatin1String(info.settingsKey), value);
}

void SettingsStore::write(const SettingValues &values)
{
    for (const SettingInfo &info : settingSchema())
        write(info.key, values.value(info.key));
    m_settings.remove(QLatin1String(LegacyUseBuiltInBrokerKey));
}

} // namespace dnd
