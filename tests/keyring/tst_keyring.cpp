// SPDX-License-Identifier: MIT
// The password in a real keyring: stored, read back, overwritten and
// deleted through gnome-keyring-daemon's Secret Service on a private bus
// (run-with-keyring.sh), the same binary without a bus and on a bus without
// the service, and the one-time move of the old obfuscated password.
#include "legacypassword.h"
#include "passwordkeyring.h"
#include "passwordloader.h"
#include "resolvedsettings.h"
#include "runsecrets.h"
#include "settingsstore.h"
#include "testmain.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace dnd {

namespace {

constexpr int AnswerTimeoutMs = 20000;

bool keyringExpected()
{
    return qEnvironmentVariable("DND_KEYRING_MODE") == u"keyring"_s;
}

QString service()
{
    return u"dnd-tracker-test-keyring"_s;
}

// Starts a request and waits for its one answer (the event loop runs: the
// jobs are asynchronous).
template <typename Request> KeyringResult answer(PasswordKeyring &keyring, Request request)
{
    QSignalSpy spy(&keyring, &PasswordKeyring::finished);
    request();
    if (spy.isEmpty() && !spy.wait(AnswerTimeoutMs))
        return {};
    return spy.takeFirst().at(0).value<KeyringResult>();
}

KeyringResult load(PasswordLoader &loader)
{
    QSignalSpy spy(&loader, &PasswordLoader::finished);
    loader.start();
    if (spy.isEmpty() && !spy.wait(AnswerTimeoutMs))
        return {};
    return spy.takeFirst().at(0).value<KeyringResult>();
}

// An installation of an earlier version: the obfuscated password in the
// settings file and its key beside it.
void writeLegacyPassword(QSettings &settings, const QString &password)
{
    const QByteArray key(32, 'k');
    QFile keyFile(legacyPasswordKeyFilePath(settings));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(key.toBase64() + '\n');
    keyFile.close();
    settings.setValue(QLatin1String(LegacyPasswordSettingsKey), legacyObfuscate(password, key));
    settings.sync();
    QCOMPARE(readLegacyPassword(settings), password);
}

} // namespace

class Tst_Keyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void storeReadOverwriteDelete_data();
    void storeReadOverwriteDelete();
    void emptyPasswordRemovesTheEntry();
    void withoutKeyringNothingIsStored();
    void migratesTheOldPasswordOnce();
    void dropsAnOldPasswordThatCannotBeRead();
    void keepsTheOldPasswordWithoutKeyring();
    void headlessRunMigratesAndReads();

private:
    QTemporaryDir m_dir;
};

void Tst_Keyring::initTestCase()
{
    // Never the user's own keyring: only a private bus of run-with-keyring.sh
    // or a test environment without a keyring (tests/keyring/CMakeLists.txt).
    if (qEnvironmentVariableIsEmpty("DND_KEYRING_MODE"))
        QSKIP("run through ctest or tests/keyring/run-with-keyring.sh");
}

void Tst_Keyring::init()
{
    QVERIFY(m_dir.isValid());
    if (keyringExpected()) { // every test starts without an entry
        PasswordKeyring keyring(service());
        const KeyringResult removed = answer(keyring, [&] { keyring.remove(); });
        QVERIFY2(removed.keyringAvailable(), qPrintable(removed.error));
    }
}

void Tst_Keyring::storeReadOverwriteDelete_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("ascii") << u"hunter2"_s << u"correct horse battery staple"_s;
    QTest::newRow("spaces and unicode") << u" pässwörd \u00e9 "_s << u"\U0001F409 dragon"_s;
}

void Tst_Keyring::storeReadOverwriteDelete()
{
    if (!keyringExpected())
        QSKIP("needs the Secret Service of run-with-keyring.sh");
    QFETCH(QString, first);
    QFETCH(QString, second);
    PasswordKeyring keyring(service());

    KeyringResult result = answer(keyring, [&] { keyring.read(); });
    QCOMPARE(result.status, KeyringResult::Status::NotFound);

    result = answer(keyring, [&] { keyring.write(first); });
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.operation, KeyringResult::Operation::Write);
    result = answer(keyring, [&] { keyring.read(); });
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.password, first);

    // Another keyring object (another run) sees the same entry, overwritten.
    PasswordKeyring again(service());
    result = answer(again, [&] { again.write(second); });
    QVERIFY2(result.isOk(), qPrintable(result.error));
    result = answer(keyring, [&] { keyring.read(); });
    QCOMPARE(result.password, second);

    result = answer(keyring, [&] { keyring.remove(); });
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.operation, KeyringResult::Operation::Remove);
    result = answer(keyring, [&] { keyring.read(); });
    QCOMPARE(result.status, KeyringResult::Status::NotFound);
    QVERIFY(result.password.isEmpty());
}

void Tst_Keyring::emptyPasswordRemovesTheEntry()
{
    if (!keyringExpected())
        QSKIP("needs the Secret Service of run-with-keyring.sh");
    PasswordKeyring keyring(service());
    QVERIFY(answer(keyring, [&] { keyring.write(u"x"_s); }).isOk());
    const KeyringResult removed = answer(keyring, [&] { keyring.write(QString()); });
    QCOMPARE(removed.operation, KeyringResult::Operation::Remove);
    QCOMPARE(answer(keyring, [&] { keyring.read(); }).status, KeyringResult::Status::NotFound);
}

void Tst_Keyring::withoutKeyringNothingIsStored()
{
    if (keyringExpected())
        QSKIP("runs without a keyring (tst_keyring_nobus, tst_keyring_noservice)");
    PasswordKeyring keyring(service());
    const KeyringResult written = answer(keyring, [&] { keyring.write(u"secret"_s); });
    QCOMPARE(written.status, KeyringResult::Status::Unavailable);
    QVERIFY(!written.keyringAvailable());
    QVERIFY(!written.error.isEmpty()); // the backend's reason, for the user
    QVERIFY(keyringUnavailableText(written).contains(written.error));

    const KeyringResult read = answer(keyring, [&] { keyring.read(); });
    QCOMPARE(read.status, KeyringResult::Status::Unavailable);
    QVERIFY(read.password.isEmpty());
}

void Tst_Keyring::migratesTheOldPasswordOnce()
{
    if (!keyringExpected())
        QSKIP("needs the Secret Service of run-with-keyring.sh");
    QSettings settings(m_dir.filePath(u"dnd-tracker.conf"_s), QSettings::IniFormat);
    settings.setValue(u"topic"_s, u"table_7"_s);
    writeLegacyPassword(settings, u"old-password"_s);
    const QString keyFile = legacyPasswordKeyFilePath(settings);
    QVERIFY(QFile::exists(keyFile));

    PasswordLoader loader(&settings, service());
    KeyringResult loaded = load(loader);
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error));
    QCOMPARE(loaded.password, u"old-password"_s);
    QVERIFY(loader.migrated());

    // Both old pieces are gone, the rest of the file stays; the keyring has it.
    QVERIFY(!QFile::exists(keyFile));
    QSettings reread(settings.fileName(), QSettings::IniFormat);
    QVERIFY(!reread.contains(QLatin1String(LegacyPasswordSettingsKey)));
    QCOMPARE(reread.value(u"topic"_s).toString(), u"table_7"_s);
    QFile raw(settings.fileName());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("password"));
    PasswordKeyring keyring(service());
    QCOMPARE(answer(keyring, [&] { keyring.read(); }).password, u"old-password"_s);

    // Once: the next start reads the keyring.
    loaded = load(loader);
    QVERIFY(loaded.isOk());
    QCOMPARE(loaded.password, u"old-password"_s);
    QVERIFY(!loader.migrated());
}

void Tst_Keyring::dropsAnOldPasswordThatCannotBeRead()
{
    if (!keyringExpected())
        QSKIP("needs the Secret Service of run-with-keyring.sh");
    QSettings settings(m_dir.filePath(u"lost-key.conf"_s), QSettings::IniFormat);
    writeLegacyPassword(settings, u"old-password"_s);
    QVERIFY(QFile::remove(legacyPasswordKeyFilePath(settings))); // the key file was lost

    PasswordLoader loader(&settings, service());
    const KeyringResult loaded = load(loader);
    QCOMPARE(loaded.status, KeyringResult::Status::NotFound);
    QVERIFY(!loader.migrated());
    QVERIFY(!hasLegacyPassword(settings));
}

void Tst_Keyring::keepsTheOldPasswordWithoutKeyring()
{
    if (keyringExpected())
        QSKIP("runs without a keyring (tst_keyring_nobus, tst_keyring_noservice)");
    QSettings settings(m_dir.filePath(u"no-keyring.conf"_s), QSettings::IniFormat);
    writeLegacyPassword(settings, u"old-password"_s);

    PasswordLoader loader(&settings, service());
    const KeyringResult loaded = load(loader);
    QCOMPARE(loaded.status, KeyringResult::Status::Unavailable);
    QCOMPARE(loaded.password, u"old-password"_s); // for this run
    QVERIFY(!loader.migrated());
    // Kept for a run that has a keyring to move it into.
    QVERIFY(hasLegacyPassword(settings));
    QVERIFY(QFile::exists(legacyPasswordKeyFilePath(settings)));
}

// dnd-tracker --headless and dnd-producer (supplyRunSecrets): an old
// installation's password is moved into the keyring and used; without a
// keyring it is used for the run and kept; DND_SASL_PASSWORD wins over both.
void Tst_Keyring::headlessRunMigratesAndReads()
{
    QSettings settings(m_dir.filePath(u"headless.conf"_s), QSettings::IniFormat);
    SettingValues saved;
    saved.setValue(SettingKey::Broker, u"kafka.example:9092"_s);
    saved.setValue(SettingKey::SecurityProtocol, u"SASL_SSL"_s);
    saved.setValue(SettingKey::Username, u"gm"_s);
    SettingsStore(settings).write(saved);
    writeLegacyPassword(settings, u"old-password"_s);

    SettingInputs inputs;
    inputs.preferences = SettingsStore(settings).read();
    ResolvedSettings resolved = ResolvedSettings::resolve(inputs);
    QCOMPARE(resolved.values().password(), QString());
    QString error, note;
    QVERIFY(supplyRunSecrets(&resolved, &settings, AnswerTimeoutMs, &error, &note));
    QCOMPARE(error, QString());
    QCOMPARE(resolved.values().password(), u"old-password"_s);
    QCOMPARE(connectionProblem(resolved.values()), QString());
    QCOMPARE(hasLegacyPassword(settings), !keyringExpected());

    // The next run reads it from the keyring; the environment still wins.
    ResolvedSettings again = ResolvedSettings::resolve(inputs);
    QVERIFY(supplyRunSecrets(&again, &settings, AnswerTimeoutMs, &error, &note));
    QCOMPARE(again.values().password(), u"old-password"_s);
    inputs.environment.insert(u"DND_SASL_PASSWORD"_s, u"env-password"_s);
    ResolvedSettings fromEnv = ResolvedSettings::resolve(inputs);
    QVERIFY(supplyRunSecrets(&fromEnv, &settings, AnswerTimeoutMs, &error, &note));
    QCOMPARE(fromEnv.values().password(), u"env-password"_s);

    if (keyringExpected()) {
        PasswordKeyring keyring(keyringService(&settings));
        QCOMPARE(answer(keyring, [&] { keyring.read(); }).password, u"old-password"_s);
        QVERIFY(answer(keyring, [&] { keyring.remove(); }).isOk());
        // Nothing anywhere: SASL lacks a password, and the run says so.
        SettingInputs nothing;
        nothing.preferences = SettingsStore(settings).read();
        ResolvedSettings none = ResolvedSettings::resolve(nothing);
        QVERIFY(supplyRunSecrets(&none, &settings, AnswerTimeoutMs, &error, &note));
        QVERIFY(connectionProblem(none.values()).contains(u"needs a password"_s));
    }
}

} // namespace dnd

DND_GUILESS_TEST_MAIN(dnd::Tst_Keyring)
#include "tst_keyring.moc"
