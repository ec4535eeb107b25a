// SPDX-License-Identifier: MIT
// SettingsStore: what is saved is what the resolver reads back (every
// setting with a home in the store), never a secret, a file only its owner
// can read, and the files of earlier versions.
#include "resolvedsettings.h"
#include "settingsfilecheck.h"
#include "settingsstore.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace dnd;
using namespace Qt::StringLiterals;

class Tst_SettingsStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip_data();
    void roundTrip();
    void secretsNeverInTheFile();
    void fileIsOwnerOnly_data();
    void fileIsOwnerOnly();
    void builtInBrokerKeepsTypedList();
    void emptyTrackedPlayersStayEmpty();
    void handEditedAndEarlierFiles();

private:
    QString iniPath() const { return m_dir->filePath(u"prefs.ini"_s); }
    // What a run resolves from this file alone.
    SettingValues resolvedFromFile() const
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        SettingInputs inputs;
        inputs.preferences = SettingsStore(settings).read();
        const ResolvedSettings resolved = ResolvedSettings::resolve(inputs);
        if (!resolved.isValid())
            qWarning() << resolved.errorMessages();
        return resolved.values();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void Tst_SettingsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void Tst_SettingsStore::roundTrip_data()
{
    QTest::addColumn<SettingValues>("values");
    QTest::newRow("defaults") << SettingValues();

    SettingValues external;
    external.setValue(SettingKey::Broker, u"kafka1:9092,kafka2:9093"_s);
    external.setValue(SettingKey::ExternalBroker, u"kafka1:9092,kafka2:9093"_s);
    external.setValue(SettingKey::Topic, u"table-7"_s);
    external.setValue(SettingKey::GroupId, u"dashboard-a"_s);
    external.setValue(SettingKey::StartFrom, u"latest"_s);
    external.setValue(SettingKey::RefreshEvery, u"250"_s);
    external.setValue(SettingKey::TrackedPlayers, u"Ya"_s);
    external.setValue(SettingKey::Theme, u"dark"_s);
    QTest::newRow("external broker") << external;

    SettingValues sasl = external;
    sasl.setValue(SettingKey::SecurityProtocol, u"SASL_SSL"_s);
    sasl.setValue(SettingKey::SaslMechanism, u"SCRAM-SHA-512"_s);
    sasl.setValue(SettingKey::Username, u"gm"_s);
    sasl.setValue(SettingKey::CaFile, u"/etc/ssl/certs/ca.pem"_s);
    QTest::newRow("SASL_SSL with password") << sasl;

    SettingValues simulator;
    simulator.setValue(SettingKey::Mode, u"random"_s);
    simulator.setRate(12345.5);
    simulator.setValue(SettingKey::Seed, u"18446744073709551615"_s);
    simulator.setValue(SettingKey::Players, u"A,B c"_s);
    QTest::newRow("simulator") << simulator;
}

void Tst_SettingsStore::roundTrip()
{
    QFETCH(SettingValues, values);
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        SettingsStore(settings).write(values);
    }
    QCOMPARE(resolvedFromFile(), values);
}

void Tst_SettingsStore::secretsNeverInTheFile()
{
    // The password belongs to the desktop keyring (tst_keyring,
    // tst_preferenceskeyring): the store neither writes nor reads it.
    const QString password = u"hunter2-PlainTextCanary"_s;
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        SettingsStore store(settings);
        store.write(SettingKey::Password, password);
        SettingValues values;
        values.setValue(SettingKey::Password, password);
        store.write(values);
        settings.setValue(u"password"_s, password); // hand-written: still not read
        settings.sync();
        QVERIFY(!SettingsStore(settings).read().contains(SettingKey::Password));
    }
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count(password.toUtf8()), qsizetype(1)); // only the hand-written line
    QCOMPARE(resolvedFromFile().password(), QString());
}

void Tst_SettingsStore::fileIsOwnerOnly_data()
{
    QTest::addColumn<bool>("exists");
    QTest::newRow("new file") << false;
    QTest::newRow("older file, 0644") << true;
}

// The settings file shows the user's cluster and name: 0600 (issue 13).
void Tst_SettingsStore::fileIsOwnerOnly()
{
    QFETCH(bool, exists);
    const QString path = m_dir->filePath(u"sub/dir/prefs.conf"_s);
    if (exists) {
        QVERIFY(QDir().mkpath(m_dir->filePath(u"sub/dir"_s)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\ntopic=t\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }
    QSettings settings(path, QSettings::IniFormat);
    makeSettingsFilePrivate(settings);
    QVERIFY(QFile::exists(path));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                        QFileDevice::WriteOther;
    QCOMPARE(QFile(path).permissions() & (ownerOnly | others), ownerOnly);
    // QSettings keeps the mode when it rewrites the file.
    SettingsStore(settings).write(SettingKey::Topic, u"table-9"_s);
    syncSettingsPrivately(settings);
    QCOMPARE(settings.status(), QSettings::NoError);
    QCOMPARE(QFile(path).permissions() & (ownerOnly | others), ownerOnly);
    QCOMPARE(QSettings(path, QSettings::IniFormat).value(u"topic"_s).toString(), u"table-9"_s);
}

void Tst_SettingsStore::builtInBrokerKeepsTypedList()
{
    SettingValues values;
    values.setValue(SettingKey::Broker, QString());
    values.setValue(SettingKey::ExternalBroker, u"remembered:9092"_s);
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        SettingsStore(settings).write(values);
    }
    const SettingValues loaded = resolvedFromFile();
    QVERIFY(loaded.usesBuiltInBroker());
    QCOMPARE(loaded.value(SettingKey::ExternalBroker), u"remembered:9092"_s);
}

void Tst_SettingsStore::emptyTrackedPlayersStayEmpty()
{
    // "No player tabs" is a choice, not a missing value.
    SettingValues values;
    values.setValue(SettingKey::TrackedPlayers, QString());
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        SettingsStore(settings).write(values);
    }
    QCOMPARE(resolvedFromFile().trackedPlayers(), QStringList());
}

void Tst_SettingsStore::handEditedAndEarlierFiles()
{
    // An unquoted "a, b" is a list to QSettings; earlier versions wrote
    // useBuiltInBroker beside broker, and the keys are the same.
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[General]\nplayers=Stravos, Wurs\ntopic=hand_made\nbroker=kafka:9092\n"
               "refresh-every=25\nunrelated=x\n"
               "[connection]\nuseBuiltInBroker=false\nexternalBootstrap=kafka:9092\n"
               "securityProtocol=SASL_PLAINTEXT\nusername=gm\n");
    file.close();
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        const QMap<SettingKey, QString> saved = SettingsStore(settings).read();
        QCOMPARE(saved.value(SettingKey::Players), u"Stravos,Wurs"_s);
        QCOMPARE(saved.size(), 7);
    }
    const SettingValues loaded = resolvedFromFile();
    QCOMPARE(loaded.players(), (QStringList{u"Stravos"_s, u"Wurs"_s}));
    QCOMPARE(loaded.topic(), u"hand_made"_s);
    QCOMPARE(loaded.broker(), u"kafka:9092"_s);
    QCOMPARE(loaded.refreshEvery(), 25);
    QCOMPARE(loaded.securityProtocol(), u"SASL_PLAINTEXT"_s);
    QCOMPARE(loaded.username(), u"gm"_s);

    // Writing drops the key nobody reads any more.
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        SettingsStore(settings).write(loaded);
        QVERIFY(!settings.contains(u"connection/useBuiltInBroker"_s));
    }
    QCOMPARE(resolvedFromFile(), loaded);
}

DND_GUILESS_TEST_MAIN(Tst_SettingsStore)
#include "tst_settingsstore.moc"
