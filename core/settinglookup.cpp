// SPDX-License-Identifier: MIT
// Questions about one setting of the schema (settingschema.cpp declares
// them): its entry, flag, default, and whether a value is valid.
#include "settingschema.h"

#include "settingvalidators.h"

namespace dnd {

namespace {

QString tr(const char *text)
{
    return settingsText(text);
}

// "a, b or c"
QString alternatives(const QStringList &choices)
{
    if (choices.size() < 2)
        return choices.join(QString());
    return tr("%1 or %2")
        .arg(choices.mid(0, choices.size() - 1).join(QStringLiteral(", ")), choices.constLast());
}

} // namespace

const SettingInfo &settingInfo(SettingKey key)
{
    // The table is in enum order (tst_settings checks it).
    return settingSchema().at(int(key));
}

QString settingFlagText(const SettingInfo &info)
{
    const QString flag = QLatin1String(info.flag);
    return (flag.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + flag;
}

QString settingDefault(SettingKey key)
{
    return QLatin1String(settingInfo(key).defaultValue);
}

QString defaultTopic()
{
    return settingDefault(SettingKey::Topic);
}

QString validateSetting(SettingKey key, const QString &value)
{
    const SettingInfo &info = settingInfo(key);
    if (value.isEmpty() && info.flags & (SettingFlag::EmptyMeansUnset | SettingFlag::EmptyAllowed))
        return {};
    if (!info.choices.isEmpty() && !info.choices.contains(value))
        return tr("must be %1").arg(alternatives(info.choices));
    return info.validate ? info.validate(value) : QString();
}

} // namespace dnd
