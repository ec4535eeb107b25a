// SPDX-License-Identifier: MIT
#include "settings.h"

#include "codec.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStringDecoder>

#include <cmath>

namespace dnd {
namespace {

QString tr(const char *text)
{
    return settingsText(text);
}

QString quoted(QStringView text)
{
    return quotedSettingValue(text);
}

QString validate(SettingKey key, const QString &value)
{
    switch (key) {
    case SettingKey::Broker:
        return validateBootstrapList(value);
    case SettingKey::Topic:
        return validateTopicName(value);
    case SettingKey::GroupId:
        return validateGroupId(value);
    case SettingKey::StartFrom:
        return validateStartFrom(value);
    case SettingKey::Interval:
    case SettingKey::Rate:
        return validatePositiveNumber(value);
    case SettingKey::Mode:
        return validateMode(value);
    case SettingKey::Seed:
        return validateSeed(value);
    case SettingKey::Players:
    case SettingKey::TrackedPlayers:
        return validatePlayerList(value);
    case SettingKey::RefreshEvery:
        return validateRefreshEvery(value);
    }
    return {};
}

// An empty value means "not set" for these: the built-in broker, the
// per-installation group id, no interval.
bool emptyMeansUnset(SettingKey key)
{
    return key == SettingKey::Broker || key == SettingKey::GroupId || key == SettingKey::Interval;
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

const QVector<SettingInfo> &settingInfos()
{
    // Environment names of the original project where it had one.
    static const QVector<SettingInfo> infos{
        {SettingKey::Broker, "broker", "broker", "KAFKA_BROKER_ADDRESS", ""},
        {SettingKey::Topic, "topic", "topic", "DND_TOPIC", "dnd_events"},
        {SettingKey::GroupId, "group", "group", "DND_CONSUMER_GROUP_ID", ""},
        {SettingKey::StartFrom, "start-from", "from", "DND_START_FROM", "earliest"},
        {SettingKey::Interval, "interval", nullptr, "MESSAGE_INTERVAL_SECONDS", ""},
        {SettingKey::Rate, "rate", "rate", "DND_RATE", "5"},
        {SettingKey::Mode, "mode", "mode", "DND_MODE", "game"},
        {SettingKey::Seed, "seed", "seed", "DND_SEED", "1"},
        {SettingKey::Players, "players", "players", "DND_PLAYERS", "Stravos,Ya,Sylas,Wurs"},
        {SettingKey::TrackedPlayers, "tracked-players", nullptr, "DND_TRACKED_PLAYERS",
         "Stravos,Wurs"},
        {SettingKey::RefreshEvery, "refresh-every", "refresh-every", "DND_REFRESH_EVERY", "5"},
    };
    return infos;
}

const SettingInfo &settingInfo(SettingKey key)
{
    // The table is in enum order.
    return settingInfos().at(int(key));
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
        return tr("saved preferences (%1)").arg(QLatin1String(info.name));
    case SettingSource::Default:
        break;
    }
    return tr("the built-in default");
}

bool readDotEnv(const QString &path, SettingInputs *inputs, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(file.readAll());
    if (decoder.hasError()) {
        if (error)
            *error = tr("%1 is not valid UTF-8").arg(path);
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    inputs->dotEnvPath = path;

    QStringList problems;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        auto bad = [&](const QString &what) {
            problems << QStringLiteral("%1:%2: %3").arg(path, QString::number(lineNumber), what);
        };
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = line.left(eq).trimmed();
        bool keyOk = eq > 0 && !key.isEmpty() && !key.at(0).isDigit();
        for (QChar c : key)
            keyOk = keyOk && (isAsciiLetterOrDigit(c) || c == QLatin1Char('_'));
        if (!keyOk) {
            bad(tr("expected KEY=VALUE, found %1").arg(quoted(line)));
            continue;
        }
        QString value = line.mid(eq + 1).trimmed();
        if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) {
            const QChar quote = value.at(0);
            QString unquoted;
            qsizetype pos = 1;
            bool closed = false;
            for (; pos < value.size(); ++pos) {
                const QChar c = value.at(pos);
                if (c == quote) {
                    closed = true;
                    break;
                }
                // Double quotes know the usual escapes; single quotes are literal.
                if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && pos + 1 < value.size()) {
                    const QChar n = value.at(++pos);
                    if (n == QLatin1Char('n'))
                        unquoted += QLatin1Char('\n');
                    else if (n == QLatin1Char('t'))
                        unquoted += QLatin1Char('\t');
                    else if (n == QLatin1Char('"') || n == QLatin1Char('\\'))
                        unquoted += n;
                    else
                        unquoted += QLatin1Char('\\') + QString(n);
                    continue;
                }
                unquoted += c;
            }
            const QString after = closed ? value.mid(pos + 1).trimmed() : QString();
            if (!closed) {
                bad(tr("%1 has no closing %2").arg(key, QString(quote)));
                continue;
            }
            if (!after.isEmpty() && !after.startsWith(QLatin1Char('#'))) {
                bad(tr("unexpected text after the closing quote of %1").arg(key));
                continue;
            }
            value = unquoted;
        } else {
            // As in python-dotenv, " #" starts a comment in an unquoted value.
            for (qsizetype pos = 1; pos < value.size(); ++pos) {
                if (value.at(pos) == QLatin1Char('#') && value.at(pos - 1).isSpace()) {
                    value = value.left(pos).trimmed();
                    break;
                }
            }
        }
        inputs->dotEnv.insert(key, value);
        inputs->dotEnvLines.insert(key, lineNumber);
    }
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

void readEnvironment(SettingInputs *inputs)
{
    for (const SettingInfo &info : settingInfos()) {
        if (info.envVar && qEnvironmentVariableIsSet(info.envVar))
            inputs->environment.insert(QLatin1String(info.envVar),
                                       qEnvironmentVariable(info.envVar));
    }
}

void readPreferences(QSettings &settings, SettingInputs *inputs)
{
    for (const SettingInfo &info : settingInfos()) {
        const QString name = QLatin1String(info.name);
        if (!settings.contains(name))
            continue;
        const QVariant value = settings.value(name);
        inputs->preferences.insert(name, value.typeId() == QMetaType::QStringList
                                             ? value.toStringList().join(QLatin1Char(','))
                                             : value.toString());
    }
}

ResolvedSettings ResolvedSettings::resolve(const SettingInputs &inputs)
{
    ResolvedSettings resolved;
    for (const SettingInfo &info : settingInfos()) {
        SettingValue v{QLatin1String(info.defaultValue), SettingSource::Default,
                       QStringLiteral("default")};
        const QString name = QLatin1String(info.name);
        const QString env = info.envVar ? QLatin1String(info.envVar) : QString();
        // Lowest precedence first, each source overriding the one before.
        // An empty preference, .env or environment value counts as unset, as
        // shells and compose files often export empty variables; on the
        // command line an empty value is deliberate (--broker "" = built-in).
        if (!inputs.preferences.value(name).trimmed().isEmpty())
            v = {inputs.preferences.value(name), SettingSource::Preferences,
                 QStringLiteral("preferences")};
        if (!env.isEmpty() && !inputs.dotEnv.value(env).trimmed().isEmpty())
            v = {inputs.dotEnv.value(env), SettingSource::DotEnv,
                 QStringLiteral("%1:%2").arg(inputs.dotEnvPath,
                                             QString::number(inputs.dotEnvLines.value(env)))};
        if (!env.isEmpty() && !inputs.environment.value(env).trimmed().isEmpty())
            v = {inputs.environment.value(env), SettingSource::Environment, env};
        if (info.flag && inputs.commandLine.contains(QLatin1String(info.flag)))
            v = {inputs.commandLine.value(QLatin1String(info.flag)), SettingSource::CommandLine,
                 QStringLiteral("--") + QLatin1String(info.flag)};
        v.value = v.value.trimmed();

        if (!(v.value.isEmpty() && emptyMeansUnset(info.key))) {
            const QString reason = validate(info.key, v.value);
            if (!reason.isEmpty()) {
                resolved.m_invalid |= 1u << unsigned(info.key);
                resolved.m_errors.append(
                    {info.key, tr("%1 %2 from %3: %4")
                                   .arg(name, quoted(v.value),
                                        settingOriginDescription(info.key, v), reason)});
            }
        }
        resolved.m_values.insert(info.key, v);
    }
    return resolved;
}

const SettingValue &ResolvedSettings::value(SettingKey key) const
{
    static const SettingValue none;
    const auto it = m_values.constFind(key);
    return it == m_values.constEnd() ? none : *it;
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
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd() || !isValid(key))
        return QLatin1String(settingInfo(key).defaultValue);
    return it->value;
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

QString ResolvedSettings::broker() const
{
    return effective(SettingKey::Broker);
}
QString ResolvedSettings::topic() const
{
    return effective(SettingKey::Topic);
}
QString ResolvedSettings::groupId() const
{
    return effective(SettingKey::GroupId);
}
QString ResolvedSettings::startFrom() const
{
    return effective(SettingKey::StartFrom);
}
QString ResolvedSettings::mode() const
{
    return effective(SettingKey::Mode);
}
quint64 ResolvedSettings::seed() const
{
    return effective(SettingKey::Seed).toULongLong();
}
QStringList ResolvedSettings::players() const
{
    return splitSettingList(effective(SettingKey::Players));
}
QStringList ResolvedSettings::trackedPlayers() const
{
    return splitSettingList(effective(SettingKey::TrackedPlayers));
}
int ResolvedSettings::refreshEvery() const
{
    return effective(SettingKey::RefreshEvery).toInt();
}

} // namespace dnd
