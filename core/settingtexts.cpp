// SPDX-License-Identifier: MIT
#include "settingtexts.h"

#include "settingvalidators.h"

namespace dnd {

namespace {

using F = SettingFlag;

QString tr(const char *text)
{
    return settingsText(text);
}

} // namespace

QString settingTitle(SettingKey key)
{
    return tr(settingInfo(key).title);
}

namespace {

QString defaultText(const SettingInfo &info)
{
    return info.defaultNote ? tr(info.defaultNote) : QLatin1String(info.defaultValue);
}

} // namespace

QString settingHelp(SettingKey key)
{
    const SettingInfo &info = settingInfo(key);
    QString text = tr(info.help);
    if (!info.choices.isEmpty())
        text += QLatin1Char(' ') + tr("One of %1.").arg(info.choices.join(QStringLiteral(", ")));
    if (info.envVar)
        text += QLatin1Char(' ') + tr("Env: %1.").arg(QLatin1String(info.envVar));
    text += QLatin1Char(' ') + tr("Default: %1.").arg(defaultText(info));
    return text;
}

QString settingsMarkdownTable()
{
    auto code = [](const QString &text) {
        return QStringLiteral("`%1`").arg(text).replace(QLatin1Char('|'), QStringLiteral("\\|"));
    };
    QString table = QStringLiteral("| setting | flag | environment and `.env` | saved as | default "
                                   "| what it is |\n|---|---|---|---|---|---|\n");
    for (const SettingInfo &info : settingSchema()) {
        QString flag;
        if (info.flag) {
            const QString value = info.choices.isEmpty()
                                      ? QString::fromLatin1(info.valueName).toUpper()
                                      : info.choices.join(QLatin1Char('|'));
            flag = code(settingFlagText(info) + QLatin1Char(' ') + value);
        }
        QString env = info.envVar ? code(QLatin1String(info.envVar)) : QString();
        if (info.envVar && info.flags & F::Secret)
            env += QStringLiteral(" (not `.env`)");
        const QString saved =
            info.settingsKey ? code(QLatin1String(info.settingsKey))
            : info.keyringKey
                ? QStringLiteral("desktop keyring: %1").arg(code(QLatin1String(info.keyringKey)))
                : QString();
        const QString defaults =
            info.defaultNote ? tr(info.defaultNote) : code(QLatin1String(info.defaultValue));
        QString what = tr(info.help);
        if (!(info.flags & F::Tracker))
            what += QStringLiteral(" (dnd-producer only)");
        else if (!(info.flags & F::Producer))
            what += QStringLiteral(" (dnd-tracker only)");
        table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                     .arg(tr(info.title), flag, env, saved, defaults, what);
    }
    return table;
}

} // namespace dnd
