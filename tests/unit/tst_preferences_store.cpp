// SPDX-License-Identifier: MIT
// AppPreferences: persistence (round trip, shared keys with core/settings.h,
// password never in plain text) and validation.
#include "preferences.h"
#include "settings.h"
#include "testmain.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace dnd;

class Tst_PreferencesStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaultsRoundTrip();
    void roundTrip_data();
    void roundTrip();
    void passwordNotInPlainText();
    void passwordWithoutKeyIsDropped();
    void emptyPasswordWritesNothing();
    void sharedKeysReachResolvedSettings();
    void builtInBrokerKeepsTypedList();
    void validation_data();
    void validation();
    void defaultsAreValid();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("prefs.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void Tst_PreferencesStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void Tst_PreferencesStore::defaultsRoundTrip()
{
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        AppPreferences().save(settings);
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    AppPreferences loaded;
    loaded.topic = QStringLiteral("changed-before-load");
    loaded.load(settings);
    QCOMPARE(loaded, AppPreferences());
}

void Tst_PreferencesStore::roundTrip_data()
{
    QTest::addColumn<AppPreferences>("prefs");

    AppPreferences external;
    external.useBuiltInBroker = false;
    external.bootstrap = QStringLiteral("kafka1:9092,kafka2:9093");
    external.topic = QStringLiteral("table-7");
    external.groupId = QStringLiteral("dashboard-a");
    external.startFrom = QStringLiteral("latest");
    external.refreshEvery = 250;
    external.trackedPlayers = {QStringLiteral("Ya")};
    external.theme = QStringLiteral("dark");
    QTest::newRow("external broker") << external;

    AppPreferences sasl = external;
    sasl.securityProtocol = QStringLiteral("SASL_SSL");
    sasl.saslMechanism = QStringLiteral("SCRAM-SHA-512");
    sasl.username = QStringLiteral("gm");
    sasl.password = QStringLiteral("s3cret, with = and ü and a long tail to pass 32 bytes ....");
    sasl.caFile = QStringLiteral("/etc/ssl/certs/ca.pem");
    QTest::newRow("SASL_SSL with password") << sasl;

    AppPreferences simulator;
    simulator.simulatorMode = QStringLiteral("random");
    simulator.simulatorRate = 12345.5;
    simulator.simulatorSeed = 18446744073709551615ULL;
    simulator.simulatorPlayers = {QStringLiteral("A"), QStringLiteral("B c")};
    simulator.trackedPlayers = {};
    QTest::newRow("simulator defaults, no tabs") << simulator;
}

void Tst_PreferencesStore::roundTrip()
{
    QFETCH(AppPreferences, prefs);
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        prefs.save(settings);
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    AppPreferences loaded;
    loaded.load(settings);
    QCOMPARE(loaded, prefs);
}

void Tst_PreferencesStore::passwordNotInPlainText()
{
    const QString password = QStringLiteral("hunter2-PlainTextCanary");
    AppPreferences prefs;
    prefs.securityProtocol = QStringLiteral("SASL_PLAINTEXT");
    prefs.username = QStringLiteral("gm");
    prefs.password = password;
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        prefs.save(settings);
        settings.sync();
        QCOMPARE(passwordKeyFilePath(settings), iniPath() + QStringLiteral(".key"));
    }
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY(raw.contains("passwordObfuscated"));
    QVERIFY(!raw.contains(password.toUtf8()));
    QVERIFY(!raw.contains(password.toUtf8().toBase64()));

    // The key lives in a separate, owner-only file.
    QFile key(iniPath() + QStringLiteral(".key"));
    QVERIFY(key.exists());
    QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // Saving twice gives a different stored text (fresh nonce), same password.
    QString first;
    QString second;
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        first = settings.value(QLatin1String(PreferenceKeys::Password)).toString();
        prefs.save(settings);
        second = settings.value(QLatin1String(PreferenceKeys::Password)).toString();
    }
    QVERIFY(!first.isEmpty());
    QVERIFY(first != second);
    QSettings settings(iniPath(), QSettings::IniFormat);
    AppPreferences loaded;
    loaded.load(settings);
    QCOMPARE(loaded.password, password);
}

void Tst_PreferencesStore::passwordWithoutKeyIsDropped()
{
    AppPreferences prefs;
    prefs.password = QStringLiteral("secret");
    prefs.topic = QStringLiteral("other-topic");
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        prefs.save(settings);
    }
    QVERIFY(QFile::remove(iniPath() + QStringLiteral(".key")));
    QSettings settings(iniPath(), QSettings::IniFormat);
    AppPreferences loaded;
    loaded.load(settings);
    QCOMPARE(loaded.password, QString());                  // cannot be recovered: not guessed
    QCOMPARE(loaded.topic, QStringLiteral("other-topic")); // the rest still loads
}

void Tst_PreferencesStore::emptyPasswordWritesNothing()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    AppPreferences prefs;
    prefs.password = QStringLiteral("x");
    prefs.save(settings);
    QVERIFY(settings.contains(QLatin1String(PreferenceKeys::Password)));
    prefs.password.clear();
    prefs.save(settings);
    QVERIFY(!settings.contains(QLatin1String(PreferenceKeys::Password)));
}

void Tst_PreferencesStore::sharedKeysReachResolvedSettings()
{
    AppPreferences prefs;
    prefs.useBuiltInBroker = false;
    prefs.bootstrap = QStringLiteral("broker.example:9092");
    prefs.topic = QStringLiteral("from_prefs");
    prefs.groupId = QStringLiteral("group-from-prefs");
    prefs.startFrom = QStringLiteral("committed");
    prefs.refreshEvery = 17;
    prefs.trackedPlayers = {QStringLiteral("Ya"), QStringLiteral("Sylas")};
    prefs.simulatorMode = QStringLiteral("random");
    prefs.simulatorRate = 250;
    prefs.simulatorSeed = 99;
    prefs.simulatorPlayers = {QStringLiteral("P1"), QStringLiteral("P2")};
    QSettings settings(iniPath(), QSettings::IniFormat);
    prefs.save(settings);

    SettingInputs inputs;
    readPreferences(settings, &inputs);
    const ResolvedSettings resolved = ResolvedSettings::resolve(inputs);
    QVERIFY2(resolved.isValid(), qPrintable(resolved.errorMessages().join(QLatin1Char('\n'))));
    QCOMPARE(resolved.broker(), prefs.bootstrap);
    QCOMPARE(resolved.value(SettingKey::Broker).source, SettingSource::Preferences);
    QCOMPARE(resolved.topic(), prefs.topic);
    QCOMPARE(resolved.value(SettingKey::Topic).source, SettingSource::Preferences);
    QCOMPARE(resolved.groupId(), prefs.groupId);
    QCOMPARE(resolved.startFrom(), prefs.startFrom);
    QCOMPARE(resolved.refreshEvery(), 17);
    QCOMPARE(resolved.trackedPlayers(), prefs.trackedPlayers);
    QCOMPARE(resolved.mode(), prefs.simulatorMode);
    QCOMPARE(resolved.eventsPerSecond(), 250.0);
    QCOMPARE(resolved.seed(), quint64(99));
    QCOMPARE(resolved.players(), prefs.simulatorPlayers);

    // Built-in broker: the shared key says "no external broker".
    prefs.useBuiltInBroker = true;
    prefs.save(settings);
    SettingInputs again;
    readPreferences(settings, &again);
    QCOMPARE(ResolvedSettings::resolve(again).broker(), QString());
}

void Tst_PreferencesStore::builtInBrokerKeepsTypedList()
{
    AppPreferences prefs;
    prefs.useBuiltInBroker = true;
    prefs.bootstrap = QStringLiteral("remembered:9092");
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        prefs.save(settings);
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    AppPreferences loaded;
    loaded.load(settings);
    QVERIFY(loaded.useBuiltInBroker);
    QCOMPARE(loaded.bootstrap, QStringLiteral("remembered:9092"));
    QCOMPARE(loaded.effectiveBroker(), QString());
}

void Tst_PreferencesStore::validation_data()
{
    QTest::addColumn<AppPreferences>("prefs");
    QTest::addColumn<int>("field");

    auto row = [](const char *name, PreferenceField field, auto change) {
        AppPreferences prefs;
        change(prefs);
        QTest::newRow(name) << prefs << int(field);
    };
    row("bootstrap empty", PreferenceField::Bootstrap, [](AppPreferences &p) {
        p.useBuiltInBroker = false;
        p.bootstrap.clear();
    });
    row("bootstrap no port", PreferenceField::Bootstrap, [](AppPreferences &p) {
        p.useBuiltInBroker = false;
        p.bootstrap = QStringLiteral("localhost");
    });
    row("topic empty", PreferenceField::Topic, [](AppPreferences &p) { p.topic.clear(); });
    row("topic bad char", PreferenceField::Topic,
        [](AppPreferences &p) { p.topic = QStringLiteral("dnd events"); });
    row("start position", PreferenceField::StartFrom,
        [](AppPreferences &p) { p.startFrom = QStringLiteral("yesterday"); });
    row("protocol", PreferenceField::SecurityProtocol,
        [](AppPreferences &p) { p.securityProtocol = QStringLiteral("TLS"); });
    row("sasl mechanism", PreferenceField::SaslMechanism, [](AppPreferences &p) {
        p.securityProtocol = QStringLiteral("SASL_PLAINTEXT");
        p.saslMechanism = QStringLiteral("GSSAPI");
        p.username = QStringLiteral("gm");
        p.password = QStringLiteral("pw");
    });
    row("sasl without user", PreferenceField::Username, [](AppPreferences &p) {
        p.securityProtocol = QStringLiteral("SASL_SSL");
        p.password = QStringLiteral("x");
    });
    row("sasl without password", PreferenceField::Password, [](AppPreferences &p) {
        p.securityProtocol = QStringLiteral("SASL_PLAINTEXT");
        p.username = QStringLiteral("gm");
    });
    row("missing CA file", PreferenceField::CaFile, [](AppPreferences &p) {
        p.securityProtocol = QStringLiteral("SSL");
        p.caFile = QStringLiteral("/nonexistent/ca.pem");
    });
    row("refresh 0", PreferenceField::RefreshEvery, [](AppPreferences &p) { p.refreshEvery = 0; });
    row("refresh 1001", PreferenceField::RefreshEvery,
        [](AppPreferences &p) { p.refreshEvery = 1001; });
    row("tracked duplicate", PreferenceField::TrackedPlayers, [](AppPreferences &p) {
        p.trackedPlayers = {QStringLiteral("Ya"), QStringLiteral("Ya")};
    });
    row("theme", PreferenceField::Theme,
        [](AppPreferences &p) { p.theme = QStringLiteral("pink"); });
    row("mode", PreferenceField::SimulatorMode,
        [](AppPreferences &p) { p.simulatorMode = QStringLiteral("chaos"); });
    row("rate 0", PreferenceField::SimulatorRate, [](AppPreferences &p) { p.simulatorRate = 0; });
    row("rate too high", PreferenceField::SimulatorRate,
        [](AppPreferences &p) { p.simulatorRate = 1e6; });
    row("no simulated players", PreferenceField::SimulatorPlayers,
        [](AppPreferences &p) { p.simulatorPlayers.clear(); });
}

void Tst_PreferencesStore::validation()
{
    QFETCH(AppPreferences, prefs);
    QFETCH(int, field);
    const QVector<PreferenceError> errors = prefs.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(int(errors.first().field), field);
    QVERIFY(!errors.first().message.isEmpty());
    QCOMPARE(prefs.validateField(PreferenceField(field)), errors.first().message);
}

void Tst_PreferencesStore::defaultsAreValid()
{
    QCOMPARE(AppPreferences().validate(), QVector<PreferenceError>());
    AppPreferences builtIn;
    builtIn.bootstrap = QStringLiteral("not even an address"); // ignored with the built-in broker
    QCOMPARE(builtIn.validate(), QVector<PreferenceError>());
}

DND_GUILESS_TEST_MAIN(Tst_PreferencesStore)
#include "tst_preferences_store.moc"
