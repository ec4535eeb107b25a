// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <limits>
#include <utility>

namespace dnd {

namespace {

// App-only flags (not part of SettingKey: they only make sense for one run).
constexpr auto HeadlessFlag = "headless";
constexpr auto SimulateFlag = "simulate";
constexpr auto JsonFlag = "json";
constexpr auto MaxEventsFlag = "max-events";
constexpr auto DurationFlag = "duration";
constexpr auto PortFlag = "port";
constexpr auto PartitionsFlag = "partitions";
constexpr auto BrokersFlag = "brokers";

struct SettingFlagHelp
{
    const char *flag;
    const char *description;
    const char *valueName;
};

// Help for the flags that map onto settings; a flag core adds later without an
// entry here still works, with a generic description.
constexpr SettingFlagHelp SettingFlagHelps[] = {
    {"broker",
     "Bootstrap servers host:port[,host:port...] of an external Kafka cluster. Absent: start the "
     "built-in broker. Env: KAFKA_BROKER_ADDRESS.",
     "list"},
    {"topic", "Topic to read (and simulate into). Env: DND_TOPIC. Default: dnd_events.", "name"},
    {"group", "Consumer group id. Default: unique per installation. Env: DND_CONSUMER_GROUP_ID.",
     "id"},
    {"from", "Start position when the group has no offsets: earliest, latest or committed.",
     "position"},
    {"rate", "Simulator events per second (> 0). Env: DND_RATE or MESSAGE_INTERVAL_SECONDS.", "n"},
    {"mode", "Simulator mode: game (reads like play) or random (like dnd_producer.py).", "mode"},
    {"seed", "Simulator seed (unsigned integer).", "n"},
    {"players", "Simulator roster, comma separated. Default: Stravos,Ya,Sylas,Wurs.", "a,b,c"},
    {"refresh-every", "Refresh charts every N accepted messages (1..1000).", "n"},
};

const SettingFlagHelp *flagHelp(const QString &flag)
{
    for (const auto &help : SettingFlagHelps) {
        if (flag == QLatin1String(help.flag))
            return &help;
    }
    return nullptr;
}

QString programName(const QStringList &arguments)
{
    return arguments.isEmpty() ? QStringLiteral("dnd-tracker")
                               : QFileInfo(arguments.constFirst()).fileName();
}

// Parses an integer flag within [min, max]; on failure appends to *errors.
template <typename T>
T integerFlag(const QCommandLineParser &parser, const char *flag, T fallback, qint64 min,
              qint64 max, QStringList *errors)
{
    const QString name = QLatin1String(flag);
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        errors->append(
            QStringLiteral("--%1 \"%2\" (command line): expected an integer from %3 to %4")
                .arg(name, parser.value(name))
                .arg(min)
                .arg(max));
        return fallback;
    }
    return T(value);
}

} // namespace

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dnd-tracker"));
    QString name = QStringLiteral("dnd-tracker");
    const QString scope = qEnvironmentVariable("DND_SETTINGS_SCOPE").trimmed();
    if (!scope.isEmpty())
        name += QLatin1Char('-') + scope;
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setApplicationVersion(QStringLiteral(DND_VERSION));
}

void addTrackerOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "dnd", "Follows a Kafka stream of D&D events and shows per-player statistics."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();

    parser.addOption({QLatin1String(HeadlessFlag),
                      QStringLiteral("Run without a window; print a summary when stopped.")});
    for (const SettingInfo &info : settingInfos()) {
        if (info.flag == nullptr)
            continue;
        const QString flag = QLatin1String(info.flag);
        const SettingFlagHelp *help = flagHelp(flag);
        parser.addOption({flag,
                          help ? QString::fromUtf8(help->description)
                               : QStringLiteral("Setting \"%1\".").arg(QLatin1String(info.name)),
                          help ? QString::fromUtf8(help->valueName) : QStringLiteral("value")});
    }
    parser.addOption({QLatin1String(SimulateFlag),
                      QStringLiteral("Run the simulated producer into the topic as well.")});
    parser.addOption({QLatin1String(MaxEventsFlag),
                      QStringLiteral("Stop after N messages (accepted plus rejected)."),
                      QStringLiteral("n")});
    parser.addOption({QLatin1String(DurationFlag), QStringLiteral("Stop after SECONDS."),
                      QStringLiteral("seconds")});
    parser.addOption({QLatin1String(JsonFlag),
                      QStringLiteral("Headless: print the statistics as one JSON object.")});
    parser.addOption({QLatin1String(PortFlag),
                      QStringLiteral("Built-in broker's bootstrap port (0 = any free port; a "
                                     "taken port falls back to a free one). Default: 9092."),
                      QStringLiteral("n")});
    parser.addOption({QLatin1String(PartitionsFlag),
                      QStringLiteral("Built-in broker: partitions of the topic. Default: 3."),
                      QStringLiteral("n")});
    parser.addOption({QLatin1String(BrokersFlag),
                      QStringLiteral("Built-in broker: number of brokers. Default: 1."),
                      QStringLiteral("n")});
}

void collectCommandLineSettings(const QCommandLineParser &parser, SettingInputs *inputs)
{
    for (const SettingInfo &info : settingInfos()) {
        if (info.flag == nullptr)
            continue;
        const QString flag = QLatin1String(info.flag);
        if (parser.optionNames().contains(flag))
            inputs->commandLine.insert(flag, parser.value(flag));
    }
}

bool collectEnvironmentSettings(SettingInputs *inputs, QString *error)
{
    readEnvironment(inputs);
    const QString dotEnv = QDir::current().absoluteFilePath(QStringLiteral(".env"));
    if (QFileInfo::exists(dotEnv))
        return readDotEnv(dotEnv, inputs, error);
    return true;
}

QString formatSettingErrors(const QString &program, const ResolvedSettings &settings)
{
    QString text = program + QStringLiteral(": invalid configuration:");
    for (const QString &message : settings.errorMessages())
        text += QStringLiteral("\n  ") + message;
    return text;
}

CommandLineResult parseTrackerCommandLine(const QStringList &arguments)
{
    CommandLineResult result;
    const QString program = programName(arguments);
    QCommandLineParser parser;
    addTrackerOptions(parser);

    if (!parser.parse(arguments)) {
        result.outcome = CommandLineResult::Outcome::ExitNow;
        result.exitCode = ExitUsage;
        result.error = program + QStringLiteral(": ") + parser.errorText() +
                       QStringLiteral("\nTry '%1 --help'.").arg(program);
        return result;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        result.outcome = CommandLineResult::Outcome::ExitNow;
        QString help = parser.helpText();
        // Without an application object Qt cannot know the program name.
        help.replace(QStringLiteral("<executable_name>"), program);
        result.output = help;
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.outcome = CommandLineResult::Outcome::ExitNow;
        result.output = QStringLiteral("%1 %2\n").arg(program, QStringLiteral(DND_VERSION));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.outcome = CommandLineResult::Outcome::ExitNow;
        result.exitCode = ExitUsage;
        result.error = program + QStringLiteral(": unexpected argument \"%1\"")
                                     .arg(parser.positionalArguments().constFirst());
        return result;
    }

    QStringList errors;
    TrackerOptions &options = result.options;
    options.headless = parser.isSet(QLatin1String(HeadlessFlag));
    options.simulate = parser.isSet(QLatin1String(SimulateFlag));
    options.json = parser.isSet(QLatin1String(JsonFlag));
    options.maxEvents = integerFlag<quint64>(parser, MaxEventsFlag, 0, 0,
                                             std::numeric_limits<qint64>::max(), &errors);
    options.portExplicit = parser.isSet(QLatin1String(PortFlag));
    options.port = integerFlag<quint16>(parser, PortFlag, 9092, 0, 65535, &errors);
    options.partitions = integerFlag<int>(parser, PartitionsFlag, 3, 1, 1000, &errors);
    options.brokers = integerFlag<int>(parser, BrokersFlag, 1, 1, 32, &errors);
    if (parser.isSet(QLatin1String(DurationFlag))) {
        bool ok = false;
        const QString text = parser.value(QLatin1String(DurationFlag));
        const double seconds = text.trimmed().toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 1e7)
            errors.append(
                QStringLiteral("--duration \"%1\" (command line): expected a number of seconds > 0")
                    .arg(text));
        else
            options.durationSeconds = seconds;
    }

    SettingInputs inputs;
    collectCommandLineSettings(parser, &inputs);
    QString envError;
    if (!collectEnvironmentSettings(&inputs, &envError))
        errors.append(envError);
    QSettings preferences;
    readPreferences(preferences, &inputs);
    options.settings = ResolvedSettings::resolve(inputs);
    for (const QString &message : options.settings.errorMessages())
        errors.append(message);

    if (!errors.isEmpty()) {
        result.outcome = CommandLineResult::Outcome::ExitNow;
        result.exitCode = ExitUsage;
        result.error = program + QStringLiteral(": invalid configuration:");
        for (const QString &message : std::as_const(errors))
            result.error += QStringLiteral("\n  ") + message;
    }
    return result;
}

} // namespace dnd
