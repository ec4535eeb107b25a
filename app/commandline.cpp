// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "connectionsettings.h"
#include "dotenv.h"
#include "runsecrets.h"
#include "settingsfilecheck.h"
#include "settingsstore.h"
#include "settingtexts.h"
#include "settingvalidators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <iterator>
#include <limits>
#include <memory>
#include <string_view>
#include <utility>

namespace dnd {

namespace {

// App-only flags (not part of SettingKey: they only make sense for one run).
constexpr auto HeadlessFlag = "headless";
constexpr auto SimulateFlag = "simulate";
constexpr auto JsonFlag = "json";
constexpr auto MaxEventsFlag = "max-events";
constexpr auto ExitAtEndFlag = "exit-at-end";
constexpr auto DurationFlag = "duration";
constexpr auto PortFlag = "port";
constexpr auto PartitionsFlag = "partitions";
constexpr auto BrokersFlag = "brokers";
constexpr auto NoArchiveFlag = "no-archive";

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
        errors->append(QStringLiteral("--%1 %2 (command line): expected an integer from %3 to %4")
                           .arg(name, quotedSettingValue(parser.value(name)))
                           .arg(min)
                           .arg(max));
        return fallback;
    }
    return T(value);
}

// dnd-producer reads the tracker's settings file: one configuration.
std::unique_ptr<QSettings> openTrackerSettings()
{
    return std::make_unique<QSettings>(QSettings::UserScope, QCoreApplication::organizationName(),
                                       trackerApplicationName());
}

} // namespace

QString trackerApplicationName()
{
    QString name = QStringLiteral("dnd-tracker");
    const QString scope = qEnvironmentVariable("DND_SETTINGS_SCOPE").trimmed();
    if (!scope.isEmpty())
        name += QLatin1Char('-') + scope;
    return name;
}

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dnd-tracker"));
    QCoreApplication::setApplicationName(trackerApplicationName());
    QCoreApplication::setApplicationVersion(QStringLiteral(DND_VERSION));
}

bool argumentsNeedWindow(int argc, const char *const *argv)
{
    // Single-dash words are long options too (ParseAsLongOptions).
    static constexpr std::string_view noWindow[] = {"--headless", "-headless", "--help", "-help",
                                                    "--help-all", "-help-all", "-h",     "-?",
                                                    "--version",  "-version",  "-v"};
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--")
            break; // positional arguments follow
        if (std::find(std::begin(noWindow), std::end(noWindow), argument) != std::end(noWindow))
            return false;
    }
    return true;
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
    addSettingOptions(parser, SettingFlag::Tracker);
    parser.addOption({QLatin1String(SimulateFlag),
                      QStringLiteral("Run the simulated producer into the topic as well.")});
    parser.addOption({QLatin1String(MaxEventsFlag),
                      QStringLiteral("Headless: stop after N messages (accepted plus rejected)."),
                      QStringLiteral("n")});
    parser.addOption({QLatin1String(DurationFlag), QStringLiteral("Stop after SECONDS."),
                      QStringLiteral("seconds")});
    parser.addOption({QLatin1String(ExitAtEndFlag),
                      QStringLiteral("Headless: stop once every partition was read to the end it "
                                     "had at start (like kcat -e).")});
    parser.addOption({QLatin1String(NoArchiveFlag),
                      QStringLiteral("No campaign archive: this run counts in memory only, reads "
                                     "from --from's position (resume: the beginning) and "
                                     "keeps nothing.")});
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

void addSettingOptions(QCommandLineParser &parser, SettingFlag program)
{
    for (const SettingInfo &info : settingSchema()) {
        if (info.flag && info.flags & program)
            parser.addOption(
                {QLatin1String(info.flag), settingHelp(info.key), QLatin1String(info.valueName)});
    }
}

ResolvedSettings resolveSettings(const QCommandLineParser &parser, SettingFlag program,
                                 QStringList *errors, QString *notice)
{
    SettingInputs inputs;
    for (const SettingInfo &info : settingSchema()) {
        const QString flag = info.flag ? QLatin1String(info.flag) : QString();
        if (!flag.isEmpty() && parser.optionNames().contains(flag))
            inputs.commandLine.insert(flag, info.flags & SettingFlag::List
                                                ? parser.values(flag).join(QLatin1Char('\n'))
                                                : parser.value(flag));
    }
    readEnvironment(&inputs);
    const QString dotEnv = QDir::current().absoluteFilePath(QStringLiteral(".env"));
    QString envError;
    if (QFileInfo::exists(dotEnv) && !readDotEnv(dotEnv, &inputs, &envError))
        errors->append(envError);
    auto saved = openTrackerSettings();
    const QString unreadable = setAsideUnreadableSettings(*saved);
    if (!unreadable.isEmpty()) {
        saved = openTrackerSettings(); // the file is gone: the defaults
        if (notice)
            *notice = unreadable;
    }
    // Owner-only from now on, also for the window's later writes.
    makeSettingsFilePrivate(*saved);
    inputs.preferences = SettingsStore(*saved).read();
    const ResolvedSettings settings = ResolvedSettings::resolve(inputs, program);
    errors->append(settings.errorMessages());
    // librdkafka judges the user's properties before anything starts, in
    // its own words, with where each came from.
    if (settings.isValid()) {
        const SettingValue &list = settings.value(SettingKey::KafkaProperties);
        const QString origin = settingOriginDescription(SettingKey::KafkaProperties, list);
        errors->append(checkUserProperties(settings.value(SettingKey::KafkaConfig).value,
                                           parseKafkaPropertyList(list.value, origin)));
    }
    return settings;
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
    // --help-all would list Qt's options for the application object at hand,
    // which for help is never the window's: both print the same text.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        result.outcome = CommandLineResult::Outcome::ExitNow;
        QString help = parser.helpText() +
                       QStringLiteral("\nThe window also takes Qt's standard options, such as "
                                      "-platform NAME, -style NAME, -reverse and -display "
                                      "DISPLAY:\nhttps://doc.qt.io/qt-6/"
                                      "qguiapplication.html#supported-command-line-options\n");
        // Called without an application object (tests), Qt cannot know the program name.
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
        result.error =
            program + QStringLiteral(": unexpected argument %1")
                          .arg(quotedSettingValue(parser.positionalArguments().constFirst()));
        return result;
    }

    QStringList errors;
    TrackerOptions &options = result.options;
    options.headless = parser.isSet(QLatin1String(HeadlessFlag));
    options.simulate = parser.isSet(QLatin1String(SimulateFlag));
    options.json = parser.isSet(QLatin1String(JsonFlag));
    options.exitAtEnd = parser.isSet(QLatin1String(ExitAtEndFlag));
    options.noArchive = parser.isSet(QLatin1String(NoArchiveFlag));
    if (options.noArchive && parser.isSet(QLatin1String(settingInfo(SettingKey::Archive).flag)))
        errors.append(QStringLiteral("--archive and --no-archive (command line): give one"));
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
                QStringLiteral("--duration %1 (command line): expected a number of seconds > 0")
                    .arg(quotedSettingValue(text)));
        else
            options.durationSeconds = seconds;
    }

    // The window has no end to stop at and nothing that would say the limit
    // was reached: refused rather than quietly ignored.
    if (options.maxEvents > 0 && !options.headless)
        errors.append(QStringLiteral("--max-events %1 (command line): only with --headless")
                          .arg(options.maxEvents));

    options.settings =
        resolveSettings(parser, SettingFlag::Tracker, &errors, &options.settingsNotice);

    if (!errors.isEmpty()) {
        result.outcome = CommandLineResult::Outcome::ExitNow;
        result.exitCode = ExitUsage;
        result.error = program + QStringLiteral(": invalid configuration:");
        for (const QString &message : std::as_const(errors))
            result.error += QStringLiteral("\n  ") + message;
    }
    return result;
}

bool supplySecrets(ResolvedSettings *settings, QString *error, QString *note)
{
    const auto saved = openTrackerSettings();
    return supplyRunSecrets(settings, saved.get(), KeyringWaitMs, error, note);
}

} // namespace dnd
