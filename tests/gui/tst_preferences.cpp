// SPDX-License-Identifier: MIT
// The preferences dialog: inline validation that blocks OK/Apply, applied()
// with the entered values, persistence (the password not in the file),
// override notes, and the Test connection round trip.
#include "preferencesdialog.h"
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
#include <QTemporaryDir>
#include <QtTest>

using namespace dnd;

class Tst_Preferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void invalidBrokerBlocksApply();
    void invalidInputs_data();
    void invalidInputs();
    void validApplySavesAndReloads();
    void okAppliesAndCloses();
    void overrideNotes_data();
    void overrideNotes();
    void overriddenValueIsNotSaved();
    void testConnection();
    void saslFieldsFollowProtocol();

private:
    QLineEdit *edit(SettingKey field) const
    {
        return qobject_cast<QLineEdit *>(m_dialog->fieldWidget(field));
    }
    void useExternalBroker(const QString &address)
    {
        m_dialog->builtInBrokerBox()->setChecked(false);
        QLineEdit *bootstrap = edit(SettingKey::Broker);
        bootstrap->clear();
        QTest::keyClicks(bootstrap, address);
    }
    // Brings the tab holding a field to the front, as a user would.
    void showTabOf(SettingKey field) const
    {
        QWidget *widget = m_dialog->fieldWidget(field);
        for (int i = 0; i < m_dialog->tabs()->count(); ++i) {
            if (m_dialog->tabs()->widget(i)->isAncestorOf(widget))
                m_dialog->tabs()->setCurrentIndex(i);
        }
    }
    QString iniPath() const { return m_dir->filePath(QStringLiteral("prefs.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<PreferencesDialog> m_dialog;
};

void Tst_Preferences::init()
{
    m_dialog.reset();
    m_settings.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    m_dialog = std::make_unique<PreferencesDialog>();
    m_dialog->setSettings(m_settings.get());
    m_dialog->setPreferences(SettingValues());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(m_dialog->isInputValid());
    QVERIFY(m_dialog->okButton()->isEnabled());
}

void Tst_Preferences::invalidBrokerBlocksApply()
{
    QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
    useExternalBroker(QStringLiteral("localhost")); // no port

    QLabel *error = m_dialog->errorLabel(SettingKey::Broker);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QCOMPARE(m_dialog->fieldError(SettingKey::Broker), error->text());
    QVERIFY(!m_dialog->isInputValid());
    QVERIFY(!m_dialog->okButton()->isEnabled());
    QVERIFY(!m_dialog->applyButton()->isEnabled());
    QVERIFY(!m_dialog->testConnectionButton()->isEnabled());
    m_dialog->tabs()->setCurrentIndex(2);
    QVERIFY(!m_dialog->apply());
    QCOMPARE(applied.size(), 0);
    QCOMPARE(m_dialog->tabs()->currentIndex(), 0);            // the tab with the problem is shown
    QVERIFY(!m_settings->contains(QStringLiteral("broker"))); // nothing saved

    // Fixing the value clears the mark and enables OK.
    QTest::keyClicks(edit(SettingKey::Broker), QStringLiteral(":9092"));
    QVERIFY(!error->isVisible());
    QVERIFY(m_dialog->okButton()->isEnabled());
}

void Tst_Preferences::invalidInputs_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("topic with space") << int(SettingKey::Topic) << QStringLiteral("dnd events");
    QTest::newRow("empty topic") << int(SettingKey::Topic) << QString();
    QTest::newRow("seed not a number") << int(SettingKey::Seed) << QStringLiteral("abc");
    QTest::newRow("no simulated players") << int(SettingKey::Players) << QString();
    QTest::newRow("tracked twice") << int(SettingKey::TrackedPlayers) << QStringLiteral("Ya, Ya");
}

void Tst_Preferences::invalidInputs()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    QLineEdit *input = edit(SettingKey(field));
    QVERIFY(input);
    showTabOf(SettingKey(field));
    input->setText(text);
    QVERIFY(m_dialog->errorLabel(SettingKey(field))->isVisibleTo(m_dialog.get()));
    QVERIFY(!m_dialog->fieldError(SettingKey(field)).isEmpty());
    QVERIFY(!m_dialog->okButton()->isEnabled());
    QVERIFY(!m_dialog->applyButton()->isEnabled());
}

void Tst_Preferences::validApplySavesAndReloads()
{
    QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
    useExternalBroker(QStringLiteral("127.0.0.1:19092,localhost:19093"));
    edit(SettingKey::Topic)->setText(QStringLiteral("table_7"));
    auto *security = qobject_cast<QComboBox *>(m_dialog->fieldWidget(SettingKey::SecurityProtocol));
    security->setCurrentIndex(security->findData(QStringLiteral("SASL_PLAINTEXT")));
    QVERIFY(!m_dialog->okButton()->isEnabled()); // SASL needs user and password
    edit(SettingKey::Username)->setText(QStringLiteral("gm"));
    const QString password = QStringLiteral("Canary-Password-42");
    edit(SettingKey::Password)->setText(password);
    edit(SettingKey::Seed)->setText(QStringLiteral("12345"));
    edit(SettingKey::TrackedPlayers)->setText(QStringLiteral("Ya, Sylas"));
    QVERIFY(m_dialog->applyButton()->isEnabled());

    QTest::mouseClick(m_dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    const auto prefs = applied.first().first().value<SettingValues>();
    QVERIFY(!prefs.usesBuiltInBroker());
    QCOMPARE(prefs.broker(), QStringLiteral("127.0.0.1:19092,localhost:19093"));
    QCOMPARE(prefs.topic(), QStringLiteral("table_7"));
    QCOMPARE(prefs.securityProtocol(), QStringLiteral("SASL_PLAINTEXT"));
    QCOMPARE(prefs.username(), QStringLiteral("gm"));
    QCOMPARE(prefs.password(), password);
    QCOMPARE(prefs.seed(), quint64(12345));
    QCOMPARE(prefs.trackedPlayers(), QStringList({QStringLiteral("Ya"), QStringLiteral("Sylas")}));
    QCOMPARE(prefs, m_dialog->preferences());

    // Persisted: what the next run resolves from the file is what was applied.
    m_settings->sync();
    SettingValues loaded;
    {
        QSettings reread(iniPath(), QSettings::IniFormat);
        SettingInputs inputs;
        inputs.preferences = SettingsStore(reread).read();
        loaded = ResolvedSettings::resolve(inputs).values();
        // Everything but the password, which is the desktop keyring's
        // (tst_preferenceskeyring).
        SettingValues withoutSecret = prefs;
        withoutSecret.setValue(SettingKey::Password, QString());
        QCOMPARE(loaded, withoutSecret);
    }
    // The password is not in the file as plain text.
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY(raw.contains("table_7"));
    QVERIFY(!raw.contains(password.toUtf8()));

    // A new dialog shows the saved values.
    PreferencesDialog again;
    again.setPreferences(loaded);
    QCOMPARE(again.preferences(), loaded);
}

void Tst_Preferences::okAppliesAndCloses()
{
    QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
    edit(SettingKey::Topic)->setText(QStringLiteral("other"));
    QTest::mouseClick(m_dialog->okButton(), Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_settings->value(QStringLiteral("topic")).toString(), QStringLiteral("other"));
}

void Tst_Preferences::overrideNotes_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("commandLineFlag");
    QTest::addColumn<QString>("envVar");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("topic from command line")
        << int(SettingKey::Topic) << QStringLiteral("topic") << QString()
        << QStringLiteral("cli_topic") << QStringLiteral("--topic");
    QTest::newRow("broker from environment")
        << int(SettingKey::Broker) << QString() << QStringLiteral("KAFKA_BROKER_ADDRESS")
        << QStringLiteral("kafka:9092") << QStringLiteral("KAFKA_BROKER_ADDRESS");
    QTest::newRow("refresh from command line")
        << int(SettingKey::RefreshEvery) << QStringLiteral("refresh-every") << QString()
        << QStringLiteral("7") << QStringLiteral("--refresh-every");
}

void Tst_Preferences::overrideNotes()
{
    QFETCH(int, field);
    QFETCH(QString, commandLineFlag);
    QFETCH(QString, envVar);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    SettingInputs inputs;
    if (!commandLineFlag.isEmpty())
        inputs.commandLine.insert(commandLineFlag, value);
    if (!envVar.isEmpty())
        inputs.environment.insert(envVar, value);
    m_dialog->setResolvedSettings(ResolvedSettings::resolve(inputs));

    showTabOf(SettingKey(field));
    QLabel *note = m_dialog->overrideLabel(SettingKey(field));
    QVERIFY(note->isVisibleTo(m_dialog.get()));
    QCOMPARE(note->textFormat(), Qt::PlainText);
    QVERIFY2(note->text().contains(expected), qPrintable(note->text()));
    QVERIFY2(note->text().contains(value), qPrintable(note->text()));
    // Values from defaults or preferences carry no note.
    QVERIFY(m_dialog->overrideLabel(SettingKey::Mode)->isHidden());
    QVERIFY(m_dialog->overrideLabel(SettingKey::Theme)->isHidden());
    QVERIFY(m_dialog->overrideLabel(SettingKey::GroupId)->text().isEmpty());
}

void Tst_Preferences::overriddenValueIsNotSaved()
{
    SettingValues saved;
    saved.setValue(SettingKey::Topic, QStringLiteral("saved_topic"));
    SettingsStore(*m_settings).write(saved);

    SettingInputs inputs;
    inputs.commandLine.insert(QStringLiteral("topic"), QStringLiteral("cli_topic"));
    inputs.commandLine.insert(QStringLiteral("seed"), QStringLiteral("77"));
    m_dialog->setResolvedSettings(ResolvedSettings::resolve(inputs));
    SettingValues shown = saved; // what the window shows: the overrides in effect
    shown.setValue(SettingKey::Topic, QStringLiteral("cli_topic"));
    shown.setValue(SettingKey::Seed, QStringLiteral("77"));
    m_dialog->setPreferences(shown);

    // The user changes the seed but leaves the overridden topic alone.
    QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
    edit(SettingKey::Seed)->setText(QStringLiteral("5"));
    QVERIFY(m_dialog->apply());
    QCOMPARE(applied.first().first().value<SettingValues>().topic(), QStringLiteral("cli_topic"));
    const QMap<SettingKey, QString> stored = SettingsStore(*m_settings).read();
    // The one-off flag is not persisted; the user's change is.
    QCOMPARE(stored.value(SettingKey::Topic), QStringLiteral("saved_topic"));
    QCOMPARE(stored.value(SettingKey::Seed), QStringLiteral("5"));
}

void Tst_Preferences::testConnection()
{
    QSignalSpy requested(m_dialog.get(), &PreferencesDialog::testConnectionRequested);
    useExternalBroker(QStringLiteral("127.0.0.1:1"));
    QPushButton *button = m_dialog->testConnectionButton();
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<SettingValues>().broker(),
             QStringLiteral("127.0.0.1:1"));
    QVERIFY(!button->isEnabled()); // one test at a time

    // The answer is shown literally, whatever the broker said.
    const QString reason = QStringLiteral("<b>Connection refused</b>");
    m_dialog->setTestConnectionResult(false, reason);
    QLabel *result = m_dialog->testResultLabel();
    QCOMPARE(result->textFormat(), Qt::PlainText);
    QVERIFY(result->text().contains(reason));
    QVERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    m_dialog->setTestConnectionResult(true, QStringLiteral("1 broker, topic exists"));
    QVERIFY(result->text().contains(QStringLiteral("1 broker, topic exists")));
}

void Tst_Preferences::saslFieldsFollowProtocol()
{
    showTabOf(SettingKey::SecurityProtocol); // the Security page
    auto *security = qobject_cast<QComboBox *>(m_dialog->fieldWidget(SettingKey::SecurityProtocol));
    QVERIFY(!m_dialog->fieldWidget(SettingKey::Password)->isEnabled());
    QVERIFY(!m_dialog->fieldWidget(SettingKey::CaFile)->isEnabled());
    QVERIFY(!m_dialog->fieldWidget(SettingKey::CertFile)->isEnabled());
    security->setCurrentIndex(security->findData(QStringLiteral("SASL_SSL")));
    QVERIFY(m_dialog->fieldWidget(SettingKey::Password)->isEnabled());
    QVERIFY(m_dialog->fieldWidget(SettingKey::SaslMechanism)->isEnabled());
    QVERIFY(m_dialog->fieldWidget(SettingKey::CaFile)->isEnabled());
    QVERIFY(m_dialog->fieldWidget(SettingKey::CertFile)->isEnabled());
    QVERIFY(m_dialog->fieldWidget(SettingKey::KeyPassword)->isEnabled());
    QVERIFY(m_dialog->errorLabel(SettingKey::Username)->isVisible());
    security->setCurrentIndex(security->findData(QStringLiteral("PLAINTEXT")));
    QVERIFY(!m_dialog->fieldWidget(SettingKey::Username)->isEnabled());
    QVERIFY(m_dialog->isInputValid());
}

DND_TEST_MAIN(Tst_Preferences)
#include "tst_preferences.moc"
