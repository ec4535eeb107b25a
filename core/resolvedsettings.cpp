// SPDX-License-Identifier: MIT
#include "resolvedsettings.h"

#include "settingvalidators.h"

namespace dnd {

namespace {

QString tr(const char *text)
{
    return settingsText(text);
}

} // namespace

QString settingSourceName(SettingSource source)
{
    switch (source) {
    case SettingSource::Default:
        return tr("default");
    case SettingSource::Preferences:
        return tr("preferences");
    case SettingSource::DotEnv:
        return tr(".env");
    case SettingSource::Environment:
        return tr("environment");
    case SettingSource::CommandLine:
        return tr("command line");
    }
    return {};
}

QString settingOriginDescription(SettingKey key, const SettingValue &value)
{
    const SettingInfo &info = settingInfo(key);
    switch (value.source) {
    case SettingSource::CommandLine:
        return tr("command-line flag %1").arg(value.origin);
    case SettingSource::Environment:
        return tr("environment variable %1").arg(value.origin);
    case SettingSource::DotEnv:
        return tr("%1 in .env file %2").arg(QLatin1String(info.envVar), value.origin);
    case SettingSource::Preferences:
        if (info.keyringKey)
            return tr("the desktop keyring (%1)").arg(QLatin1String(info.keyringKey));
        return tr("saved preferences (%1)").arg(QLatin1String(info.name));
    case SettingSource::Default:
        break;
    }
    return tr("the built-in default");
}

void readEnvironment(SettingInputs *inputs)
{
    for (const SettingInfo &info : settingSchema()) {
        if (info.envVar && qEnvironmentVariableIsSet(info.envVar))
            inputs->environment.insert(QLatin1String(info.envVar),
                                       qEnvironmentVariable(info.envVar));
    }
}

ResolvedSettings ResolvedSettings::resolve(const SettingInputs &inputs, SettingFlag program)
{
    ResolvedSettings resolved;
    for (const SettingInfo &info : settingSchema()) {
        SettingValue v{QLatin1String(info.defaultValue), SettingSource::Default,
                       QStringLiteral("default")};
        const bool secret = info.flags & SettingFlag::Secret;
        if (!(info.flags & program)) {
            resolved.m_values[size_t(info.key)] = v;
            continue;
        }
        const QString env = info.envVar ? QLatin1String(info.envVar) : QString();
        // Lowest precedence first, each source overriding the one before.
        // An empty .env or environment value counts as unset, as shells and
        // compose files often export empty variables; so does an empty saved
        // value unless empty is a choice of its own (no player tabs). On the
        // command line an empty value is deliberate (--broker "" = built-in).
        const auto saved = inputs.preferences.constFind(info.key);
        if (saved != inputs.preferences.constEnd() &&
            (!saved->trimmed().isEmpty() || info.flags & SettingFlag::EmptyAllowed))
            v = {*saved, SettingSource::Preferences, QStringLiteral("preferences")};
        // A secret in a .env file would sit in the working directory for
        // anyone to read: not a source for it.
        if (!env.isEmpty() && !secret && !inputs.dotEnv.value(env).trimmed().isEmpty())
            v = {inputs.dotEnv.value(env), SettingSource::DotEnv,
                 QStringLiteral("%1:%2").arg(inputs.dotEnvPath,
                                             QString::number(inputs.dotEnvLines.value(env)))};
        if (!env.isEmpty() && !inputs.environment.value(env).trimmed().isEmpty())
            v = {inputs.environment.value(env), SettingSource::Environment, env};
        if (info.flag && !secret && inputs.commandLine.contains(QLatin1String(info.flag)))
            v = {inputs.commandLine.value(QLatin1String(info.flag)), SettingSource::CommandLine,
                 settingFlagText(info)};
        if (!secret)
            v.value = v.value.trimmed();

        const QString reason = validateSetting(info.key, v.value);
        if (!reason.isEmpty()) {
            resolved.m_invalid |= 1u << unsigned(info.key);
            resolved.m_errors.append(
                {info.key, tr("%1 %2 from %3: %4")
                               .arg(QLatin1String(info.name),
                                    secret ? tr("(hidden)") : quotedSettingValue(v.value),
                                    settingOriginDescription(info.key, v), reason)});
        }
        resolved.m_values[size_t(info.key)] = v;
    }

    // The built-in broker speaks plaintext on loopback: a protocol asked for
    // on the command line or in the environment cannot be honoured there, and
    // is refused rather than quietly dropped. (A saved one belongs to the
    // external cluster the preferences also keep.)
    const SettingValue &protocol = resolved.value(SettingKey::SecurityProtocol);
    if (resolved.effective(SettingKey::Broker).isEmpty() &&
        resolved.isOverridden(SettingKey::SecurityProtocol) &&
        protocol.value != settingDefault(SettingKey::SecurityProtocol)) {
        resolved.m_errors.append(
            {SettingKey::SecurityProtocol,
             tr("%1 %2 from %3: the built-in broker speaks PLAINTEXT only; name an external "
                "cluster with --broker or KAFKA_BROKER_ADDRESS")
                 .arg(QLatin1String(settingInfo(SettingKey::SecurityProtocol).name),
                      quotedSettingValue(protocol.value),
                      settingOriginDescription(SettingKey::SecurityProtocol, protocol))});
    }
    return resolved;
}

void ResolvedSettings::supply(SettingKey key, const SettingValue &value)
{
    SettingValue &current = m_values[size_t(key)];
    if (!current.value.isEmpty() && current.source >= value.source)
        return;
    current = value;
}

QStringList ResolvedSettings::errorMessages() const
{
    QStringList messages;
    for (const SettingError &error : m_errors)
        messages << error.message;
    return messages;
}

QString ResolvedSettings::effective(SettingKey key) const
{
    if (!isValid(key))
        return settingDefault(key);
    return value(key).value;
}

SettingValues ResolvedSettings::values() const
{
    SettingValues values;
    for (const SettingInfo &info : settingSchema())
        values.setValue(info.key, effective(info.key));
    values.setRate(eventsPerSecond());
    return values;
}

// MESSAGE_INTERVAL_SECONDS is the original project's knob and our rate is
// its inverse, so the two describe one value. The one from the more
// specific source wins: an exported interval beats the default rate or one
// saved in preferences, while --rate still beats an exported interval. From
// the same source the rate wins, being the native and finer setting.
bool ResolvedSettings::rateFromInterval() const
{
    if (effective(SettingKey::Interval).isEmpty())
        return false;
    return !isValid(SettingKey::Rate) ||
           value(SettingKey::Interval).source > value(SettingKey::Rate).source;
}

double ResolvedSettings::eventsPerSecond() const
{
    if (rateFromInterval())
        return 1.0 / effective(SettingKey::Interval).toDouble();
    return effective(SettingKey::Rate).toDouble();
}

} // namespace dnd
