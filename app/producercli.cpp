// SPDX-License-Identifier: MIT
// dnd-producer: the command-line twin of the original project's
// dnd_producer.py. Produces simulated events to a topic at a rate and exits 0
// once every one of them is delivered.
#include "commandline.h"
#include "connectionsettings.h"
#include "inertmessagehandler.h"
#include "inerttext.h"
#include "producer.h"
#include "resolvedsettings.h"
#include "settingvalidators.h"
#include "simulator.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace {

using namespace dnd;

// How long deliveries may make no progress before we give up: librdkafka
// retries an unreachable broker for minutes by default.
constexpr qint64 StallTimeoutMs = 10'000;
constexpr auto DefaultBroker = "localhost:9092";

std::atomic<bool> s_stopRequested{false};

extern "C" void requestStop(int)
{
    s_stopRequested.store(true);
}

void printErr(const QString &text)
{
    // Broker texts and flag values: inert before they reach the terminal.
    std::fprintf(stderr, "dnd-producer: %s\n",
                 InertText::escapedLines(text).toLocal8Bit().constData());
    std::fflush(stderr);
}

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

// Serves delivery reports until nothing is outstanding or no delivery made
// progress for StallTimeoutMs. True when everything was delivered or failed.
bool drain(Producer &producer)
{
    QElapsedTimer stall;
    stall.start();
    ProducerCounters last = producer.counters();
    while (producer.outstanding() > 0) {
        producer.flush(100);
        const ProducerCounters now = producer.counters();
        if (now.delivered != last.delivered || now.failed != last.failed) {
            last = now;
            stall.restart();
        } else if (stall.elapsed() > StallTimeoutMs) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    applyApplicationIdentity();
    installInertMessageHandler();
    QCoreApplication::setApplicationName(QStringLiteral("dnd-producer"));
    QCoreApplication app(argc, argv);
    installTranslations(false); // English plural forms; output stays English

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Produces simulated D&D events to a Kafka topic, like the original dnd_producer.py."));
    parser.addHelpOption();
    parser.addVersionOption();
    addSettingOptions(parser, SettingFlag::Producer);
    parser.addOption({QStringLiteral("count"),
                      QStringLiteral("Events to send; 0 = until Ctrl+C. Default: 0."),
                      QStringLiteral("n")});
    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(parser.errorText() + QStringLiteral("\nTry 'dnd-producer --help'."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("dnd-producer %s\n", DND_VERSION);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("unexpected argument %1")
                     .arg(quotedSettingValue(parser.positionalArguments().constFirst())));
        return ExitUsage;
    }

    QStringList errors;
    quint64 count = 0;
    if (parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("count"));
        const qlonglong value = text.trimmed().toLongLong(&ok);
        if (!ok || value < 0)
            errors.append(QStringLiteral("--count %1 (command line): expected an integer >= 0")
                              .arg(quotedSettingValue(text)));
        else
            count = quint64(value);
    }
    // The same settings as dnd-tracker (flags, environment, .env, saved
    // preferences): a saved external cluster and its security apply here too.
    QString settingsNotice;
    ResolvedSettings resolved =
        resolveSettings(parser, SettingFlag::Producer, &errors, &settingsNotice);
    if (!settingsNotice.isEmpty())
        printErr(settingsNotice);
    QString secretError, keyringNote;
    if (!supplySecrets(&resolved, &secretError, &keyringNote))
        errors.append(secretError);
    const SettingValues settings = resolved.values();
    QString problem = connectionProblem(settings, &resolved);
    if (!problem.isEmpty())
        errors.append(keyringNote.isEmpty() ? problem
                                            : problem + QStringLiteral(" (%1)").arg(keyringNote));
    if (!errors.isEmpty()) {
        printErr(QStringLiteral("invalid configuration:\n  ") +
                 errors.join(QStringLiteral("\n  ")));
        return ExitUsage;
    }

    // No external cluster: the built-in broker of a dnd-tracker on this
    // machine, at its stable address (plaintext, like every built-in broker).
    ConnectionSettings connection = connectionSettingsFrom(settings);
    if (settings.usesBuiltInBroker()) {
        connection = ConnectionSettings{};
        connection.bootstrap = QLatin1String(DefaultBroker);
    }
    const QString topic = settings.topic();
    const double rate = resolved.eventsPerSecond();
    SimulatorConfig config;
    parseSimulationMode(settings.mode(), &config.mode);
    config.seed = settings.seed();
    config.gameIdPrefix = uniqueGameIdPrefix(); // a new game to every campaign
    if (!settings.players().isEmpty())
        config.players = settings.players();

    Producer producer(connection, topic);
    QString error;
    if (!producer.open(&error)) {
        printErr(
            QStringLiteral("cannot create a producer for %1: %2").arg(connection.bootstrap, error));
        return ExitFailure;
    }

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);

    Simulator simulator(config);
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer stall;
    stall.start();
    ProducerCounters progress;
    quint64 produced = 0;
    bool stalled = false;
    while (!s_stopRequested.load() && (count == 0 || produced < count)) {
        // Events due by now at the requested rate (the first one at once).
        const double elapsedSeconds = double(clock.nsecsElapsed()) / 1e9;
        auto due = quint64(std::floor(elapsedSeconds * rate)) + 1;
        if (count > 0)
            due = std::min(due, count);
        while (produced < due) {
            GameEvent event = simulator.next();
            event.timestampUs = nowUs(); // like datetime.utcnow() in the original
            if (!producer.produce(event)) {
                printErr(QStringLiteral("cannot produce to %1: %2")
                             .arg(connection.bootstrap, producer.counters().lastError));
                return ExitFailure;
            }
            ++produced;
        }
        const ProducerCounters now = producer.counters();
        if (now.delivered != progress.delivered || now.failed != progress.failed ||
            producer.outstanding() == 0) {
            progress = now;
            stall.restart();
        } else if (stall.elapsed() > StallTimeoutMs) {
            stalled = true;
            break;
        }
        // Sleep until the next event is due, serving delivery reports meanwhile.
        const double nextDue = double(produced) / rate;
        const auto waitMs = int(std::clamp((nextDue - elapsedSeconds) * 1000.0, 0.0, 100.0));
        if (count == 0 || produced < count)
            producer.poll(waitMs);
    }

    if (!stalled)
        stalled = !drain(producer);
    const ProducerCounters counters = producer.counters();
    const quint64 undelivered = produced - std::min(produced, counters.delivered);
    if (undelivered > 0) {
        const QString reason = counters.lastError.isEmpty()
                                   ? QStringLiteral("no reply from the broker")
                                   : counters.lastError;
        if (stalled)
            printErr(QStringLiteral("%1 of %2 events not delivered to topic \"%3\" at %4: no "
                                    "delivery within %5 s (broker unreachable?): %6")
                         .arg(undelivered)
                         .arg(produced)
                         .arg(topic, connection.bootstrap)
                         .arg(StallTimeoutMs / 1000)
                         .arg(reason));
        else
            printErr(QStringLiteral("%1 of %2 events not delivered to topic \"%3\" at %4: %5")
                         .arg(undelivered)
                         .arg(produced)
                         .arg(topic, connection.bootstrap, reason));
        // Exit without waiting for librdkafka's own, much longer, timeouts.
        std::fflush(nullptr);
        std::_Exit(ExitFailure);
    }
    std::printf("delivered %llu events to topic \"%s\" at %s\n",
                static_cast<unsigned long long>(counters.delivered),
                topic.toLocal8Bit().constData(), connection.bootstrap.toLocal8Bit().constData());
    return ExitOk;
}
