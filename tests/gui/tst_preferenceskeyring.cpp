// SPDX-License-Identifier: MIT
// The preferences dialog against a real Secret Service (run-with-keyring.sh:
// gnome-keyring-daemon on a private bus): the SASL password typed in the
// dialog lands in the keyring and not in the settings file, and a new dialog
// shows it again. On a bus without the service the dialog says so and keeps
// the password for this run only.
#include "passwordkeyring.h"
#include "preferencesdialog.h"
#include "preferencessecrets.h"
#include "settingsstore.h"
#include "testmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace dnd;
using namespace Qt::StringLiterals;

namespace {

constexpr int AnswerTimeoutMs = 20000;

bool keyringExpected()
{
    return qEnvironmentVariable("DND_KEYRING_MODE") == u"keyring"_s;
}

QLineEdit *edit(PreferencesDialog &dialog, SettingKey key)
{
    return qobject_cast<QLineEdit *>(dialog.fieldWidget(key));
}

// What the keyring holds for the SASL password, asked directly.
KeyringResult keyringEntry(const QString &service)
{
    PasswordKeyring keyring(service, QLatin1String(settingInfo(SettingKey::Password).keyringKey));
    QSignalSpy spy(&keyring, &PasswordKeyring::finished);
    keyring.read();
    if (!spy.wait(AnswerTimeoutMs))
        return {};
    return spy.takeFirst().at(0).value<KeyringResult>();
}

void waitForKeyring(PreferencesDialog &dialog)
{
    QTRY_VERIFY_WITH_TIMEOUT(dialog.secrets()->state() != PreferencesSecrets::State::Busy &&
                                 dialog.secrets()->pending() == 0,
                             AnswerTimeoutMs);
}

} // namespace

class Tst_PreferencesKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void passwordInKeyringNotInFile();

private:
    void fillSasl(PreferencesDialog &dialog, const QString &password);
    QString iniPath() const { return m_dir->filePath(u"prefs.ini"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void Tst_PreferencesKeyring::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void Tst_PreferencesKeyring::fillSasl(PreferencesDialog &dialog, const QString &password)
{
    dialog.builtInBrokerBox()->setChecked(false);
    edit(dialog, SettingKey::Broker)->setText(u"kafka.example:9092"_s);
    auto *security = qobject_cast<QComboBox *>(dialog.fieldWidget(SettingKey::SecurityProtocol));
    security->setCurrentIndex(security->findData(u"SASL_PLAINTEXT"_s));
    edit(dialog, SettingKey::Username)->setText(u"gm"_s);
    edit(dialog, SettingKey::Password)->setText(password);
}

void Tst_PreferencesKeyring::passwordInKeyringNotInFile()
{
    const QString password = u"Keyring-Canary-\u00fc-42"_s;
    QSettings settings(iniPath(), QSettings::IniFormat);
    const QString service = keyringService(&settings);

    PreferencesDialog dialog;
    dialog.setSettings(&settings);
    dialog.setPreferences(SettingValues());
    dialog.show();
    // The Security page, as a user opens it.
    for (int i = 0; i < dialog.tabs()->count(); ++i) {
        if (dialog.tabs()->widget(i)->isAncestorOf(dialog.keyringNote()))
            dialog.tabs()->setCurrentIndex(i);
    }
    waitForKeyring(dialog);
    QVERIFY(dialog.keyringNote()->isVisible());
    if (!keyringExpected()) {
        QCOMPARE(dialog.secrets()->state(), PreferencesSecrets::State::Unavailable);
        QVERIFY2(dialog.keyringNote()->text().contains(u"no desktop keyring"_s),
                 qPrintable(dialog.keyringNote()->text()));
        QVERIFY2(dialog.keyringNote()->text().contains(u"for this run only"_s),
                 qPrintable(dialog.keyringNote()->text()));
    } else {
        QVERIFY(dialog.keyringNote()->text().startsWith(u"Kept in the desktop keyring"_s));
    }

    QSignalSpy applied(&dialog, &PreferencesDialog::applied);
    fillSasl(dialog, password);
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    // This run connects with it, keyring or not.
    QCOMPARE(applied.first().first().value<SettingValues>().password(), password);
    waitForKeyring(dialog);

    // Never in the settings file, which is its owner's only.
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY(raw.contains("SASL_PLAINTEXT"));
    QVERIFY(!raw.contains(password.toUtf8()));
    QVERIFY(!raw.contains("Keyring-Canary"));
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const KeyringResult entry = keyringEntry(service);
    if (!keyringExpected()) {
        QVERIFY(!entry.keyringAvailable());
        return;
    }
    QCOMPARE(entry.status, KeyringResult::Status::Ok);
    QCOMPARE(entry.password, password);

    // Opened again (a new run): the password is shown from the keyring.
    SettingInputs inputs;
    inputs.preferences = SettingsStore(settings).read();
    const SettingValues saved = ResolvedSettings::resolve(inputs).values();
    QCOMPARE(saved.password(), QString());
    PreferencesDialog again;
    again.setSettings(&settings);
    again.setPreferences(saved);
    again.show();
    QTRY_COMPARE_WITH_TIMEOUT(edit(again, SettingKey::Password)->text(), password, AnswerTimeoutMs);
    QCOMPARE(again.preferences().password(), password);
    QVERIFY(again.keyringNote()->text().startsWith(u"Kept in the desktop keyring"_s));

    // Cleared in the dialog: removed from the keyring.
    edit(again, SettingKey::Password)->clear();
    auto *security = qobject_cast<QComboBox *>(again.fieldWidget(SettingKey::SecurityProtocol));
    security->setCurrentIndex(security->findData(u"PLAINTEXT"_s));
    QVERIFY(again.apply());
    waitForKeyring(again);
    QCOMPARE(keyringEntry(service).status, KeyringResult::Status::NotFound);
}

DND_TEST_MAIN(Tst_PreferencesKeyring)
#include "tst_preferenceskeyring.moc"
