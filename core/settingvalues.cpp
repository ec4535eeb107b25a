// SPDX-License-Identifier: MIT
#include "settingvalues.h"

namespace dnd {

SettingValues::SettingValues()
{
    for (const SettingInfo &info : settingSchema())
        setValue(info.key, QLatin1String(info.defaultValue));
}

bool SettingValues::usesSasl() const
{
    return securityProtocol().startsWith(QLatin1String("SASL_"));
}

bool SettingValues::usesSsl() const
{
    return securityProtocol() == QLatin1String("SSL") ||
           securityProtocol() == QLatin1String("SASL_SSL");
}

int SettingValues::brokerTimeoutSeconds() const
{
    return value(SettingKey::BrokerTimeout).toInt();
}

int SettingValues::refreshEvery() const
{
    return value(SettingKey::RefreshEvery).toInt();
}

QStringList SettingValues::trackedPlayers() const
{
    return splitList(value(SettingKey::TrackedPlayers));
}

double SettingValues::rate() const
{
    return value(SettingKey::Rate).toDouble();
}

void SettingValues::setRate(double eventsPerSecond)
{
    setValue(SettingKey::Rate, QString::number(eventsPerSecond, 'g', 12));
}

quint64 SettingValues::seed() const
{
    return value(SettingKey::Seed).toULongLong();
}

QStringList SettingValues::players() const
{
    return splitList(value(SettingKey::Players));
}

QStringList SettingValues::splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

} // namespace dnd
