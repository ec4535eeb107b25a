// SPDX-License-Identifier: MIT
// End to end on the built binaries: `dnd-tracker --headless` with its
// built-in broker, fed by `dnd-producer` over the real Kafka protocol, and
// the command-line errors of both.
#include "settingsstore.h"
#include "settingvalues.h"
#include "simulator.h"
#include "statistics.h"
#include "statsexport.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <sys/stat.h>

using namespace dnd;
using namespace Qt::StringLiterals;

namespace {

const QString TrackerBin = QStringLiteral(DND_TRACKER_BIN);
const QString ProducerBin = QStringLiteral(DND_PRODUCER_BIN);
constexpr int StartTimeoutMs = 30'000;
constexpr int RunTimeoutMs = 90'000;

// Statistics the tracker should report for the first `count` events of a
// simulator, as the same JSON (times left out: the producer stamps events
// with the wall clock, like the original dnd_producer.py).
QJsonObject expectedJson(SimulationMode mode, quint64 seed, const QStringList &players, int count)
{
    SimulatorConfig config;
    config.mode = mode;
    config.seed = seed;
    config.players = players;
    Simulator simulator(config);
    QVector<GameEvent> events;
    for (int i = 0; i < count; ++i)
        events.append(simulator.next());
    Statistics statistics;
    statistics.applyEvents(events);
    return StatsExport::toJson(statistics);
}

// The headless JSON is StatsExport's plus "lost_before_read", which must be
// 0 here (the broker kept every event); first/last seen are wall-clock times.
QJsonObject withoutTimes(QJsonObject statistics)
{
    if (statistics.contains(u"lost_before_read"_s)) {
        if (statistics.value(u"lost_before_read"_s).toInteger(-1) != 0)
            return {}; // compares unequal to any expectation
        statistics.remove(u"lost_before_read"_s);
    }
    QJsonObject players = statistics.value(u"players"_s).toObject();
    for (auto it = players.begin(); it != players.end(); ++it) {
        QJsonObject player = it.value().toObject();
        player.remove(u"first_seen"_s);
        player.remove(u"last_seen"_s);
        it.value() = player;
    }
    statistics.insert(u"players"_s, players);
    return statistics;
}

} // namespace

class Tst_cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void producerIntoHeadlessTracker_data();
    void producerIntoHeadlessTracker();
    void simulateAlone();
    void invalidFlags_data();
    void invalidFlags();
    void passwordFile_data();
    void passwordFile();
    void dotEnvNotARegularFile_data();
    void dotEnvNotARegularFile();
    void corruptSettingsFile();
    void unreachableBroker();
    void brokerGoneMidStream();
    void kafkaPropertiesApplied();
    void unknownTopicAndSigterm();
    void savedSecurityIsHonoured();
    void helpAndVersion();
    void qtStandardOptions_data();
    void qtStandardOptions();
    void helpNeedsNoDisplay_data();
    void helpNeedsNoDisplay();

private:
    // `scope`: the children's settings file (DND_SETTINGS_SCOPE).
    // `workingDirectory`: empty = m_dir (no .env).
    std::unique_ptr<QProcess> startProcess(const QString &program, const QStringList &arguments,
                                           const QString &scope = u"test-tst_cli-child"_s,
                                           const QString &workingDirectory = QString(),
                                           const QMap<QString, QString> &environment = {});
    // Saves `values` where children started with `scope` read their settings.
    void saveSettings(const QString &scope, const SettingValues &values);
    // Starts a headless tracker on its built-in broker and returns its
    // bootstrap from the first line of stdout (empty on failure).
    QString startTracker(QProcess *process);
    static QJsonObject parseJson(const QByteArray &output);

    QTemporaryDir m_dir; // working dir (no .env) and config home of the children
};

void Tst_cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(TrackerBin).isExecutable(), qPrintable(TrackerBin));
    QVERIFY2(QFileInfo(ProducerBin).isExecutable(), qPrintable(ProducerBin));
}

std::unique_ptr<QProcess> Tst_cli::startProcess(const QString &program,
                                                const QStringList &arguments, const QString &scope,
                                                const QString &workingDirectory,
                                                const QMap<QString, QString> &environment)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Only what the test says counts: no broker or topic from the caller's
    // environment, and preferences in a private directory.
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"DND_"_s) || name == u"KAFKA_BROKER_ADDRESS"_s ||
            name == u"MESSAGE_INTERVAL_SECONDS"_s)
            env.remove(name);
    }
    env.insert(u"DND_SETTINGS_SCOPE"_s, scope);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    // No desktop keyring (tests/keyring has one): a session bus that leads
    // nowhere, so a keyring lookup fails at once and never meets the user's.
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/dnd-test-bus"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(workingDirectory.isEmpty() ? m_dir.path() : workingDirectory);
    // These cases count one run each: no campaign archive restores an
    // earlier one (tst_campaign covers the archive).
    QStringList args = arguments;
    if (program == TrackerBin && args.contains(u"--headless"_s) && !args.contains(u"--archive"_s) &&
        !args.contains(u"--no-archive"_s))
        args << u"--no-archive"_s;
    process->start(program, args);
    return process;
}

void Tst_cli::saveSettings(const QString &scope, const SettingValues &values)
{
    // Where QSettings puts dnd-tracker's file under XDG_CONFIG_HOME.
    QSettings settings(m_dir.filePath(u"config/dnd-tracker/dnd-tracker-%1.conf"_s.arg(scope)),
                       QSettings::IniFormat);
    SettingsStore(settings).write(values);
}

QString Tst_cli::startTracker(QProcess *process)
{
    if (!process->waitForStarted(StartTimeoutMs))
        return {};
    const bool gotLine = QTest::qWaitFor(
        [process] { return process->canReadLine() || process->state() == QProcess::NotRunning; },
        StartTimeoutMs);
    if (!gotLine)
        return {};
    const QByteArray line = process->readLine().trimmed();
    if (!line.startsWith("bootstrap: ")) {
        qWarning() << "unexpected first line" << line << process->readAllStandardError();
        return {};
    }
    return QString::fromUtf8(line.mid(int(qstrlen("bootstrap: "))));
}

QJsonObject Tst_cli::parseJson(const QByteArray &output)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning() << "not one JSON object:" << error.errorString() << output.left(500);
        return {};
    }
    return document.object();
}

void Tst_cli::producerIntoHeadlessTracker_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("brokerFlags");
    const QStringList players = defaultRoster();
    QTest::newRow("random, 3 partitions") << u"random"_s << 600 << QStringList{};
    QTest::newRow("game, 3 brokers, 6 partitions")
        << u"game"_s << 400 << QStringList{u"--brokers"_s, u"3"_s, u"--partitions"_s, u"6"_s};
}

void Tst_cli::producerIntoHeadlessTracker()
{
    QFETCH(QString, mode);
    QFETCH(int, count);
    QFETCH(QStringList, brokerFlags);
    const QString players = u"Stravos,Ya,Sylas,Wurs"_s;

    auto tracker =
        startProcess(TrackerBin, QStringList{u"--headless"_s, u"--port"_s, u"0"_s, u"--json"_s,
                                             u"--max-events"_s, QString::number(count)} +
                                     brokerFlags);
    const QString bootstrap = startTracker(tracker.get());
    QVERIFY(!bootstrap.isEmpty());
    QVERIFY2(bootstrap.startsWith(u"127.0.0.1:"_s), qPrintable(bootstrap));

    auto producer =
        startProcess(ProducerBin, {u"--broker"_s, bootstrap, u"--count"_s, QString::number(count),
                                   u"--seed"_s, u"7"_s, u"--mode"_s, mode, u"--players"_s, players,
                                   u"--rate"_s, u"100000"_s});
    QVERIFY(producer->waitForFinished(RunTimeoutMs));
    QVERIFY2(producer->exitStatus() == QProcess::NormalExit && producer->exitCode() == 0,
             producer->readAllStandardError().constData());
    QVERIFY(producer->readAllStandardOutput().contains(
        QStringLiteral("delivered %1 events").arg(count).toUtf8()));

    QVERIFY(tracker->waitForFinished(RunTimeoutMs));
    QCOMPARE(tracker->exitStatus(), QProcess::NormalExit);
    QVERIFY2(tracker->exitCode() == 0, tracker->readAllStandardError().constData());
    const QJsonObject actual = parseJson(tracker->readAllStandardOutput());
    QVERIFY(!actual.isEmpty());

    SimulationMode simulationMode = SimulationMode::Random;
    QVERIFY(parseSimulationMode(mode, &simulationMode));
    const QJsonObject expected = expectedJson(simulationMode, 7, players.split(u','), count);
    QCOMPARE(actual.value(u"events"_s).toInt(), count);
    QCOMPARE(actual.value(u"rejected"_s).toInt(), 0);
    QCOMPARE(actual.value(u"players"_s).toObject().keys(),
             expected.value(u"players"_s).toObject().keys());
    // Every per-player field: counts by type, dice histograms, means, nat
    // 20s and 1s, p-values, spells, monsters, locations, contexts.
    const QJsonObject actualPlayers = withoutTimes(actual).value(u"players"_s).toObject();
    const QJsonObject expectedPlayers = withoutTimes(expected).value(u"players"_s).toObject();
    for (const QString &name : expectedPlayers.keys())
        QCOMPARE(actualPlayers.value(name).toObject(), expectedPlayers.value(name).toObject());
    QCOMPARE(withoutTimes(actual), withoutTimes(expected));
}

void Tst_cli::simulateAlone()
{
    auto tracker =
        startProcess(TrackerBin, {u"--headless"_s, u"--port"_s, u"0"_s, u"--simulate"_s,
                                  u"--max-events"_s, u"500"_s, u"--json"_s, u"--rate"_s,
                                  u"100000"_s, u"--mode"_s, u"random"_s, u"--seed"_s, u"11"_s});
    QVERIFY(!startTracker(tracker.get()).isEmpty());
    QVERIFY(tracker->waitForFinished(RunTimeoutMs));
    QVERIFY2(tracker->exitCode() == 0, tracker->readAllStandardError().constData());
    const QJsonObject actual = parseJson(tracker->readAllStandardOutput());
    QCOMPARE(actual.value(u"events"_s).toInt(), 500);
    // The simulator stops at --max-events too, so exactly its first 500
    // events went through the broker.
    QCOMPARE(withoutTimes(actual),
             withoutTimes(expectedJson(SimulationMode::Random, 11, defaultRoster(), 500)));
}

void Tst_cli::invalidFlags_data()
{
    QTest::addColumn<bool>("producer");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions"); // stderr must contain each

    const auto tracker = [](const char *name, QStringList args, QStringList mentions) {
        QTest::newRow(name) << false << (QStringList{u"--headless"_s} + args) << mentions;
    };
    tracker("negative rate", {u"--rate"_s, u"-1"_s}, {u"rate"_s, u"-1"_s, u"--rate"_s});
    tracker("start position", {u"--from"_s, u"sideways"_s}, {u"sideways"_s, u"--from"_s});
    tracker("broker port", {u"--broker"_s, u"host:99999"_s}, {u"99999"_s, u"--broker"_s});
    tracker("broker list", {u"--broker"_s, u"no port"_s}, {u"no port"_s});
    tracker("topic", {u"--topic"_s, u"bad topic!"_s}, {u"bad topic!"_s});
    tracker("mode", {u"--mode"_s, u"chess"_s}, {u"chess"_s});
    tracker("max events", {u"--max-events"_s, u"many"_s}, {u"--max-events"_s, u"many"_s});
    // The window would count on past the limit without a word: refused.
    QTest::newRow("max events without --headless")
        << false << QStringList{u"--max-events"_s, u"5"_s}
        << QStringList{u"--max-events 5"_s, u"only with --headless"_s};
    tracker("duration", {u"--duration"_s, u"-3"_s}, {u"--duration"_s});
    tracker("port", {u"--port"_s, u"70000"_s}, {u"--port"_s, u"70000"_s});
    tracker("unknown flag", {u"--sideways"_s}, {u"sideways"_s});
    // librdkafka's own words for a property it does not take (issue 13).
    tracker("-X unknown property", {u"-X"_s, u"no.such.property=1"_s},
            {u"kafka property no.such.property=\"1\" from command-line flag -X: "
             u"No such configuration property: \"no.such.property\""_s});
    tracker("-X bad value", {u"-X"_s, u"fetch.wait.max.ms=soon"_s},
            {u"fetch.wait.max.ms"_s, u"Invalid value"_s, u"-X"_s});
    tracker("-X without =", {u"-X"_s, u"debug"_s}, {u"expected key=value"_s, u"-X"_s});
    tracker("-X group.id", {u"-X"_s, u"group.id=x"_s}, {u"use --group"_s});
    tracker("--config /dev/zero", {u"--config"_s, u"/dev/zero"_s},
            {u"cannot read /dev/zero: it is a device"_s});
    tracker("several at once", {u"--rate"_s, u"0"_s, u"--from"_s, u"later"_s},
            {u"rate"_s, u"later"_s});
    // A quoted value never reaches the terminal as escape codes (issue 13).
    const QString escape = QString(QChar(0x1b)) + u"[2J"_s;
    tracker("escape codes in a value", {u"--topic"_s, escape + u"bad"_s},
            {u"[2Jbad"_s, u"--topic"_s});

    const auto producer = [](const char *name, QStringList args, QStringList mentions) {
        QTest::newRow(name) << true << args << mentions;
    };
    producer("producer: count", {u"--count"_s, u"-5"_s}, {u"--count"_s, u"-5"_s});
    producer("producer: rate", {u"--rate"_s, u"fast"_s}, {u"rate"_s, u"fast"_s});
    producer("producer: broker", {u"--broker"_s, u"host:0"_s}, {u"host:0"_s});
    producer("producer: -X unknown property", {u"-X"_s, u"no.such.property=1"_s},
             {u"No such configuration property: \"no.such.property\""_s});
    producer("producer: unknown flag", {u"--group"_s, u"x"_s}, {u"group"_s});
    producer("producer: escape codes in a value", {u"--broker"_s, escape + u"host:0"_s},
             {u"[2Jhost:0"_s});
}

void Tst_cli::invalidFlags()
{
    QFETCH(bool, producer);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    auto process = startProcess(producer ? ProducerBin : TrackerBin, arguments);
    QVERIFY(process->waitForFinished(StartTimeoutMs));
    const QString error = QString::fromLocal8Bit(process->readAllStandardError());
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 2);
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(error.contains(mention), qPrintable(mention + u" not in: "_s + error));
    QVERIFY2(!error.contains(QChar(0x1b)), error.toUtf8().toPercentEncoding().constData());
    // Nothing started: no bootstrap line, no statistics.
    QVERIFY(process->readAllStandardOutput().isEmpty());
}

void Tst_cli::passwordFile_data()
{
    QTest::addColumn<bool>("producer");
    QTest::addColumn<bool>("fromEnvironment"); // DND_SASL_PASSWORD_FILE, else --password-file
    QTest::addColumn<QString>("content");      // empty: no file at all
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("mentions"); // empty: accepted
    const QString pw = u"pw-file-canary\n"_s;
    QTest::newRow("0600") << false << false << pw << 0600 << QStringList();
    QTest::newRow("0400 from the environment") << false << true << pw << 0400 << QStringList();
    QTest::newRow("producer, 0600") << true << false << pw << 0600 << QStringList();
    QTest::newRow("0644: readable by others")
        << false << false << pw << 0644
        << QStringList{u"--password-file"_s, u"readable or writable by others (mode 0644)"_s,
                       u"chmod 600"_s};
    QTest::newRow("0640 from the environment: readable by the group")
        << false << true << pw << 0640
        << QStringList{u"DND_SASL_PASSWORD_FILE"_s, u"by its group (mode 0640)"_s};
    QTest::newRow("producer, 0604")
        << true << false << pw << 0604 << QStringList{u"by others (mode 0604)"_s};
    QTest::newRow("missing") << false << false << QString() << 0600
                             << QStringList{u"cannot be opened"_s, u"No such file"_s};
    QTest::newRow("empty first line")
        << false << false << u"\nsecond"_s << 0600 << QStringList{u"is empty"_s};
}

// Headless and dnd-producer take the SASL password from a file only its
// owner can read (issue 13); anything else is refused with exit 2 and why.
void Tst_cli::passwordFile()
{
    QFETCH(bool, producer);
    QFETCH(bool, fromEnvironment);
    QFETCH(QString, content);
    QFETCH(int, mode);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sasl-password"_s);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
        file.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    }
    // A cluster nobody listens at: with a usable password the run gets as
    // far as connecting and gives up after --broker-timeout (exit 1).
    QStringList arguments{u"--broker"_s,       u"127.0.0.1:1"_s, u"--security-protocol"_s,
                          u"SASL_PLAINTEXT"_s, u"--username"_s,  u"gm"_s};
    arguments += producer ? QStringList{u"--count"_s, u"1"_s}
                          : QStringList{u"--headless"_s, u"--broker-timeout"_s, u"1"_s};
    QMap<QString, QString> environment;
    if (fromEnvironment)
        environment.insert(u"DND_SASL_PASSWORD_FILE"_s, path);
    else
        arguments += {u"--password-file"_s, path};
    auto process = startProcess(producer ? ProducerBin : TrackerBin, arguments,
                                u"test-tst_cli-child"_s, QString(), environment);
    QVERIFY(process->waitForFinished(RunTimeoutMs));
    const QString error = QString::fromLocal8Bit(process->readAllStandardError());
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(!error.contains(u"pw-file-canary"_s), qPrintable(error)); // never echoed
    if (mentions.isEmpty()) {
        QVERIFY2(process->exitCode() == 1, qPrintable(error));
        QVERIFY2(!error.contains(u"password"_s), qPrintable(error));
        return;
    }
    QVERIFY2(process->exitCode() == 2, qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(error.contains(mention), qPrintable(mention + u" not in: "_s + error));
}

void Tst_cli::dotEnvNotARegularFile_data()
{
    QTest::addColumn<bool>("producer");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("tracker, /dev/zero") << false << u"zero"_s << u"it is a device"_s;
    QTest::newRow("tracker, FIFO") << false << u"fifo"_s << u"it is a FIFO"_s;
    QTest::newRow("producer, /dev/zero") << true << u"zero"_s << u"it is a device"_s;
}

// A .env linked to /dev/zero aborted with std::bad_alloc (exit 134), a FIFO
// hung (issue 13): both are usage errors that say what the file is.
void Tst_cli::dotEnvNotARegularFile()
{
    QFETCH(bool, producer);
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dotEnv = dir.filePath(u".env"_s);
    if (kind == u"zero"_s)
        QVERIFY(QFile::link(u"/dev/zero"_s, dotEnv));
    else
        QCOMPARE(::mkfifo(QFile::encodeName(dotEnv).constData(), 0600), 0);
    auto process = startProcess(producer ? ProducerBin : TrackerBin,
                                producer ? QStringList{u"--count"_s, u"1"_s}
                                         : QStringList{u"--headless"_s, u"--exit-at-end"_s},
                                u"test-tst_cli-child"_s, dir.path());
    QVERIFY(process->waitForFinished(StartTimeoutMs));
    const QString error = QString::fromLocal8Bit(process->readAllStandardError());
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 2);
    QVERIFY2(error.contains(u"cannot read "_s + dotEnv + u": "_s + reason), qPrintable(error));
    QVERIFY(process->readAllStandardOutput().isEmpty());
}

// A corrupt settings file was ignored silently (issue 13): headless says
// so on stderr once, keeps the file as .bad and runs on the defaults.
void Tst_cli::corruptSettingsFile()
{
    const QString scope = u"test-tst_cli-corrupt"_s;
    const QString file = m_dir.filePath(u"config/dnd-tracker/dnd-tracker-%1.conf"_s.arg(scope));
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    const QByteArray garbage("[General\n\x01\x02 not a settings file\n");
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(garbage);
    }
    const QStringList arguments{u"--headless"_s, u"--port"_s, u"0"_s, u"--exit-at-end"_s};
    for (const bool first : {true, false}) {
        auto process = startProcess(TrackerBin, arguments, scope);
        QVERIFY(process->waitForFinished(RunTimeoutMs));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        const QString error = QString::fromLocal8Bit(process->readAllStandardError());
        QVERIFY2(process->exitCode() == 0, qPrintable(error));
        const QString notice =
            u"dnd-tracker: The settings file %1 could not be read; it was kept "
            u"as %1.bad and the preferences start from their defaults."_s.arg(file);
        QCOMPARE(error.count(u"could not be read"_s), first ? 1 : 0);
        if (first)
            QVERIFY2(error.contains(notice), qPrintable(error));
    }
    QFile kept(file + u".bad"_s);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
}

void Tst_cli::unreachableBroker()
{
    // Nothing listens on port 1. Both tools must give up with the reason
    // within their stated 10 s (plus start-up), not after librdkafka's
    // minutes of retrying. Run side by side to keep the suite fast.
    auto producer = startProcess(ProducerBin, {u"--broker"_s, u"127.0.0.1:1"_s, u"--count"_s,
                                               u"1"_s, u"--rate"_s, u"1000"_s});
    auto tracker =
        startProcess(TrackerBin, {u"--headless"_s, u"--broker"_s, u"127.0.0.1:1"_s, u"--json"_s});

    QVERIFY(producer->waitForFinished(60'000));
    QCOMPARE(producer->exitStatus(), QProcess::NormalExit);
    QVERIFY(producer->exitCode() != 0);
    const QString producerError = QString::fromLocal8Bit(producer->readAllStandardError());
    QVERIFY2(producerError.contains(u"127.0.0.1:1"_s), qPrintable(producerError));
    QVERIFY2(producerError.contains(u"not delivered"_s), qPrintable(producerError));

    QVERIFY(tracker->waitForFinished(60'000));
    QCOMPARE(tracker->exitStatus(), QProcess::NormalExit);
    QCOMPARE(tracker->exitCode(), 1);
    const QString trackerError = QString::fromLocal8Bit(tracker->readAllStandardError());
    QVERIFY2(trackerError.contains(u"127.0.0.1:1"_s), qPrintable(trackerError));
    QVERIFY(tracker->readAllStandardOutput().isEmpty());
}

// A broker that died mid-stream was retried forever (issue 13): with
// --broker-timeout SECONDS headless exits 1 that long after it went away.
void Tst_cli::brokerGoneMidStream()
{
    // The broker: another tracker's built-in one, in its own process.
    auto host = startProcess(TrackerBin, {u"--headless"_s, u"--port"_s, u"0"_s, u"--json"_s});
    const QString bootstrap = startTracker(host.get());
    QVERIFY(!bootstrap.isEmpty());

    // The consumer's debug line "assigned N partitions" says it reads.
    qputenv("QT_LOGGING_RULES", "dnd.kafka.consumer.debug=true");
    auto client = startProcess(TrackerBin, {u"--headless"_s, u"--broker"_s, bootstrap,
                                            u"--broker-timeout"_s, u"3"_s, u"--json"_s});
    qunsetenv("QT_LOGGING_RULES");
    QByteArray error;
    QTRY_VERIFY_WITH_TIMEOUT((error += client->readAllStandardError()).contains("assigned"),
                             StartTimeoutMs);

    QElapsedTimer sinceGone;
    host->kill(); // SIGKILL: no goodbye to the client
    sinceGone.start();
    QVERIFY(host->waitForFinished(StartTimeoutMs));
    QVERIFY(client->waitForFinished(RunTimeoutMs));
    const qint64 elapsedMs = sinceGone.elapsed();
    error += client->readAllStandardError();
    QCOMPARE(client->exitStatus(), QProcess::NormalExit);
    QVERIFY2(client->exitCode() == 1, error.constData());
    const QByteArray expected = QByteArray("dnd-tracker: broker ") + bootstrap.toUtf8() +
                                QByteArray(" unreachable for 3 s (--broker-timeout)");
    QVERIFY2(error.contains(expected), error.constData());
    // The timeout runs from the first outage librdkafka reports (a dropped
    // connection may be reported a moment before the kill): 3 s plus that
    // report's delay, not librdkafka's retrying for ever.
    QVERIFY2(elapsedMs < 13'000, qPrintable(QString::number(elapsedMs)));
    QVERIFY(client->readAllStandardOutput().isEmpty());
}

// -X and --config reach librdkafka: its "conf" debug context logs the
// client's configuration, and the client's name carries client.id.
void Tst_cli::kafkaPropertiesApplied()
{
    auto host = startProcess(TrackerBin, {u"--headless"_s, u"--port"_s, u"0"_s, u"--json"_s});
    const QString bootstrap = startTracker(host.get());
    QVERIFY(!bootstrap.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"client.properties"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("# as kcat -F reads it\nclient.id = from-the-file\nsocket.timeout.ms=59000\n");
    }
    qputenv("QT_LOGGING_RULES", "dnd.kafka.rdkafka.debug=true");
    auto client = startProcess(TrackerBin, {u"--headless"_s, u"--broker"_s, bootstrap,
                                            u"--exit-at-end"_s, u"--config"_s, file, u"-X"_s,
                                            u"debug=conf"_s, u"-X"_s, u"client.id=from-x"_s});
    qunsetenv("QT_LOGGING_RULES");
    QVERIFY(client->waitForFinished(RunTimeoutMs));
    const QByteArray error = client->readAllStandardError();
    QVERIFY2(client->exitCode() == 0, error.constData());
    // -X wins over the file; the file's other property is there too.
    QVERIFY2(error.contains("from-x#consumer"), error.right(3000).constData());
    QVERIFY2(!error.contains("from-the-file"), error.right(3000).constData());
    QVERIFY2(error.contains("socket.timeout.ms = 59000"), error.right(3000).constData());
    host->terminate();
    QVERIFY(host->waitForFinished(RunTimeoutMs));
}

void Tst_cli::unknownTopicAndSigterm()
{
    // A tracker with a built-in broker and no limit serves as the external
    // broker of a second tracker, then is stopped by SIGTERM.
    auto host = startProcess(TrackerBin, {u"--headless"_s, u"--port"_s, u"0"_s, u"--json"_s});
    const QString bootstrap = startTracker(host.get());
    QVERIFY(!bootstrap.isEmpty());

    auto client = startProcess(TrackerBin, {u"--headless"_s, u"--broker"_s, bootstrap, u"--topic"_s,
                                            u"no_such_topic"_s, u"--json"_s});
    QVERIFY(client->waitForFinished(60'000));
    QCOMPARE(client->exitCode(), 1);
    const QString error = QString::fromLocal8Bit(client->readAllStandardError());
    QVERIFY2(error.contains(u"no_such_topic"_s) && error.contains(u"does not exist"_s),
             qPrintable(error));

    // Some events, then SIGTERM: exit 0 with the JSON summary.
    auto producer = startProcess(
        ProducerBin, {u"--broker"_s, bootstrap, u"--count"_s, u"20"_s, u"--rate"_s, u"100000"_s});
    QVERIFY(producer->waitForFinished(RunTimeoutMs));
    QCOMPARE(producer->exitCode(), 0);

    QCOMPARE(host->state(), QProcess::Running);
    host->terminate(); // SIGTERM
    QVERIFY(host->waitForFinished(RunTimeoutMs));
    QCOMPARE(host->exitStatus(), QProcess::NormalExit);
    QVERIFY2(host->exitCode() == 0, host->readAllStandardError().constData());
    const QJsonObject json = parseJson(host->readAllStandardOutput());
    for (const QString &key : {u"events"_s, u"rejected"_s, u"rejected_by_reason"_s, u"players"_s})
        QVERIFY2(json.contains(key), qPrintable(key));
    QVERIFY(json.value(u"events"_s).toInt() <= 20);
    QCOMPARE(json.value(u"rejected"_s).toInt(), 0);
}

// Regression (issue 13, point 1): `--headless` ignored the security saved
// in the preferences and read the cluster in plaintext, silently. Now every
// program resolves the same settings; what cannot be honoured is an error.
void Tst_cli::savedSecurityIsHonoured()
{
    // A plaintext broker (another tracker's built-in one) saved as the
    // cluster, once with SSL and once with SASL but no password.
    auto host = startProcess(TrackerBin, {u"--headless"_s, u"--port"_s, u"0"_s, u"--json"_s});
    const QString bootstrap = startTracker(host.get());
    QVERIFY(!bootstrap.isEmpty());
    SettingValues ssl;
    ssl.setValue(SettingKey::Broker, bootstrap);
    ssl.setValue(SettingKey::SecurityProtocol, u"SSL"_s);
    saveSettings(u"test-tst_cli-ssl"_s, ssl);
    SettingValues sasl = ssl;
    sasl.setValue(SettingKey::SecurityProtocol, u"SASL_PLAINTEXT"_s);
    sasl.setValue(SettingKey::Username, u"gm"_s);
    saveSettings(u"test-tst_cli-sasl"_s, sasl);

    // In plaintext this one would read the topic for the whole --duration
    // and exit 0 with statistics; with SSL the broker cannot be reached.
    auto overSsl =
        startProcess(TrackerBin, {u"--headless"_s, u"--json"_s, u"--duration"_s, u"60"_s},
                     u"test-tst_cli-ssl"_s);
    auto withoutPassword =
        startProcess(TrackerBin, {u"--headless"_s, u"--json"_s, u"--duration"_s, u"60"_s},
                     u"test-tst_cli-sasl"_s);
    // The same saved cluster applies to dnd-producer.
    auto producer = startProcess(ProducerBin, {u"--count"_s, u"1"_s}, u"test-tst_cli-sasl"_s);

    QVERIFY(withoutPassword->waitForFinished(StartTimeoutMs));
    QCOMPARE(withoutPassword->exitCode(), 2);
    const QString saslError = QString::fromLocal8Bit(withoutPassword->readAllStandardError());
    QVERIFY2(saslError.contains(u"SASL_PLAINTEXT needs a password"_s), qPrintable(saslError));
    QVERIFY2(saslError.contains(u"DND_SASL_PASSWORD"_s), qPrintable(saslError));
    QVERIFY(withoutPassword->readAllStandardOutput().isEmpty());

    QVERIFY(producer->waitForFinished(StartTimeoutMs));
    QCOMPARE(producer->exitCode(), 2);
    QVERIFY(producer->readAllStandardError().contains("SASL_PLAINTEXT needs a password"));

    QVERIFY(overSsl->waitForFinished(RunTimeoutMs));
    QCOMPARE(overSsl->exitStatus(), QProcess::NormalExit);
    const QString sslError = QString::fromLocal8Bit(overSsl->readAllStandardError());
    QVERIFY2(overSsl->exitCode() == 1, qPrintable(sslError));
    QVERIFY2(sslError.contains(bootstrap), qPrintable(sslError));
    QVERIFY(overSsl->readAllStandardOutput().isEmpty());

    host->terminate();
    QVERIFY(host->waitForFinished(RunTimeoutMs));
}

void Tst_cli::helpAndVersion()
{
    auto help = startProcess(TrackerBin, {u"--help"_s});
    QVERIFY(help->waitForFinished(StartTimeoutMs));
    QCOMPARE(help->exitCode(), 0);
    const QString text = QString::fromLocal8Bit(help->readAllStandardOutput());
    for (const char *flag :
         {"--headless", "--broker", "--topic", "--group", "--from", "--simulate", "--rate",
          "--mode", "--seed", "--players", "--max-events", "--duration", "--json"})
        QVERIFY2(text.contains(QLatin1String(flag)), flag);

    auto version = startProcess(ProducerBin, {u"--version"_s});
    QVERIFY(version->waitForFinished(StartTimeoutMs));
    QCOMPARE(version->exitCode(), 0);
    QVERIFY(version->readAllStandardOutput().contains(DND_VERSION));
}

#ifdef DND_HAVE_GUI
void Tst_cli::qtStandardOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("platformVariable"); // QT_QPA_PLATFORM of the child
    QTest::addColumn<QString>("mentions");         // stderr must contain it; empty: nothing
    // The variable names no platform: only Qt's -platform option makes it run.
    QTest::newRow("-platform") << QStringList{u"-platform"_s, u"offscreen"_s}
                               << u"no-such-platform"_s << QString();
    QTest::newRow("-style -reverse")
        << QStringList{u"-style"_s, u"Fusion"_s, u"-reverse"_s} << u"offscreen"_s << QString();
    QTest::newRow("--platform, mixed with ours")
        << QStringList{u"--topic"_s, u"qt_options"_s, u"--platform"_s, u"offscreen"_s,
                       u"-reverse"_s}
        << u"no-such-platform"_s << QString();
    // Qt read the option: it says so in its own words.
    QTest::newRow("-style unknown")
        << QStringList{u"-style"_s, u"no-such-style"_s} << u"offscreen"_s << u"no-such-style"_s;
}

// Qt's standard options reach Qt (the window starts, exit 0) instead of our
// parser (exit 2, "unknown option").
void Tst_cli::qtStandardOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, platformVariable);
    QFETCH(QString, mentions);
    const QByteArray callersPlatform = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", platformVariable.toLatin1()); // startProcess copies it
    auto process = startProcess(
        TrackerBin, arguments + QStringList{u"--port"_s, u"0"_s, u"--duration"_s, u"1"_s},
        u"qtoptions"_s);
    if (callersPlatform.isNull())
        qunsetenv("QT_QPA_PLATFORM");
    else
        qputenv("QT_QPA_PLATFORM", callersPlatform);
    QVERIFY(process->waitForFinished(RunTimeoutMs));
    const QString error = QString::fromLocal8Bit(process->readAllStandardError());
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(process->exitCode() == 0, qPrintable(error));
    QVERIFY2(!error.contains(u"Unknown option"_s, Qt::CaseInsensitive), qPrintable(error));
    if (!mentions.isEmpty())
        QVERIFY2(error.contains(mentions), qPrintable(error));
    else
        QVERIFY2(!error.contains(u"style"_s) && !error.contains(u"platform"_s), qPrintable(error));
}
void Tst_cli::helpNeedsNoDisplay_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("mentions"); // on stdout
    QTest::newRow("--help") << u"--help"_s << u"-platform NAME"_s;
    QTest::newRow("--help-all") << u"--help-all"_s << u"--headless"_s;
    QTest::newRow("-h") << u"-h"_s << u"-style NAME"_s;
    QTest::newRow("--version") << u"--version"_s << QStringLiteral(DND_VERSION);
}

// help2man runs --help at build time, where there is no display: help and
// version never create the window's application object.
void Tst_cli::helpNeedsNoDisplay()
{
    QFETCH(QString, flag);
    QFETCH(QString, mentions);
    const QByteArray callersPlatform = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "no-such-platform");
    auto process = startProcess(TrackerBin, {flag});
    if (callersPlatform.isNull())
        qunsetenv("QT_QPA_PLATFORM");
    else
        qputenv("QT_QPA_PLATFORM", callersPlatform);
    QVERIFY(process->waitForFinished(StartTimeoutMs));
    const QString error = QString::fromLocal8Bit(process->readAllStandardError());
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(process->exitCode() == 0, qPrintable(error));
    QVERIFY(QString::fromLocal8Bit(process->readAllStandardOutput()).contains(mentions));
}
#else
void Tst_cli::qtStandardOptions_data() {}
void Tst_cli::helpNeedsNoDisplay_data() {}
void Tst_cli::helpNeedsNoDisplay()
{
    QSKIP("built without the window");
}
void Tst_cli::qtStandardOptions()
{
    QSKIP("built without the window");
}
#endif

DND_GUILESS_TEST_MAIN(Tst_cli)
#include "tst_cli.moc"
