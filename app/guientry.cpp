// SPDX-License-Identifier: MIT
#include "guientry.h"

#include "connectionsettings.h"
#include "guicampaign.h"
#include "guicontroller.h"
#include "inerttext.h"
#include "legacypassword.h"
#include "mainwindow.h"
#include "passwordkeyring.h"
#include "passwordloader.h"
#include "preferencesdialog.h"
#include "runsecrets.h"
#include "settingsfilecheck.h"
#include "trackersession.h"
#include "translations.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace dnd {

std::unique_ptr<QCoreApplication> createGuiApplication(int &argc, char **argv)
{
    auto app = std::make_unique<QApplication>(argc, argv);
    // Before any text is made: the window speaks the user's language.
    installTranslations(true);
    QApplication::setApplicationDisplayName(QApplication::tr("D&D Event Tracker"));
    QGuiApplication::setDesktopFileName(QStringLiteral(DND_APP_ID));
    return app;
}

int runGui(const TrackerOptions &options)
{
    Q_ASSERT(qobject_cast<QApplication *>(QCoreApplication::instance()));

    // The Advanced table's properties are judged by librdkafka, as -X's.
    PreferencesDialog::setPropertyChecker(
        [](const QList<KafkaProperty> &properties) { return checkUserProperties({}, properties); });
    // The window starts from what the command line resolved: saved
    // preferences with every flag, variable or .env value on top, and the
    // password of a --password-file.
    TrackerOptions run = options;
    QString error;
    if (!supplyPasswordFile(&run.settings, &error)) {
        std::fprintf(stderr, "dnd-tracker: invalid configuration:\n  %s\n",
                     InertText::escapedLines(error).toLocal8Bit().constData());
        return ExitUsage;
    }
    SettingValues preferences = run.settings.values();
    QSettings settings; // the tracker's settings file (applyApplicationIdentity)
    GuiController controller(&settings);
    MainWindow *window = controller.window();
    window->setResolvedSettings(run.settings);
    window->restoreLayout();
    // Preferences first: the window shows at once, with its theme and tabs,
    // while the campaign is restored off the GUI thread; the stream starts
    // once it is.
    window->setPreferences(preferences);
    GuiCampaign campaign(&controller);
    const QString archivePath =
        options.noArchive ? QString() : CampaignArchive::pathFor(preferences);
    const auto startSession = [&] {
        campaign.start(archivePath, sessionOptionsFrom(run), preferences,
                       [&controller, &options, preferences](bool started) {
                           if (started && options.simulate)
                               controller.startSimulation(simulationOptionsFor(preferences));
                       });
    };
    // A cluster that needs a saved password (SASL, an encrypted mTLS key)
    // waits for the desktop keyring: asynchronously, the window is up and
    // responsive meanwhile, and bounded, as a locked keyring may wait for a
    // prompt. The loader also moves a password an earlier version kept
    // obfuscated into the keyring.
    const bool external = !preferences.usesBuiltInBroker();
    const bool saslNeeded = external && preferences.usesSasl() && preferences.password().isEmpty();
    const bool keyNeeded = external && preferences.usesSsl() && !preferences.keyFile().isEmpty() &&
                           preferences.keyPassword().isEmpty();
    const bool waitForKeyring = saslNeeded || keyNeeded;
    auto *loader = new PasswordLoader(&settings, keyringService(&settings), window);
    auto *keyKeyring =
        new PasswordKeyring(keyringService(&settings),
                            QLatin1String(settingInfo(SettingKey::KeyPassword).keyringKey), window);
    auto *keyringWait = new QTimer(window);
    keyringWait->setSingleShot(true);
    int pending = 0;
    const auto finish = [&] {
        pending = 0;
        keyringWait->stop();
        loader->disconnect(window); // a late answer changes nothing
        keyKeyring->disconnect(window);
        if (waitForKeyring)
            startSession();
    };
    const auto answered = [&](SettingKey key, const KeyringResult &result) {
        if (!result.password.isEmpty() && preferences.value(key).isEmpty()) {
            run.settings.supply(
                key, {result.password, SettingSource::Preferences, QStringLiteral("keyring")});
            preferences.setValue(key, result.password);
        }
        if (--pending == 0)
            finish();
    };
    QObject::connect(loader, &PasswordLoader::finished, window,
                     [answered](const KeyringResult &r) { answered(SettingKey::Password, r); });
    QObject::connect(keyKeyring, &PasswordKeyring::finished, window,
                     [answered](const KeyringResult &r) { answered(SettingKey::KeyPassword, r); });
    QObject::connect(keyringWait, &QTimer::timeout, window, finish);
    if (saslNeeded || hasLegacyPassword(settings)) {
        ++pending;
        loader->start();
    }
    if (keyNeeded) {
        ++pending;
        keyKeyring->read();
    }
    if (pending > 0)
        keyringWait->start(KeyringWaitMs);
    if (!waitForKeyring)
        startSession();

    window->show();
    if (!options.settingsNotice.isEmpty()) {
        // Once, over the window, without holding up the start.
        auto *box = new QMessageBox(QMessageBox::Warning, QApplication::tr("Settings reset"),
                                    options.settingsNotice, QMessageBox::Ok, window);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (options.durationSeconds > 0)
        QTimer::singleShot(int(options.durationSeconds * 1000), window, &QWidget::close);
    const int code = QApplication::exec();
    syncSettingsPrivately(settings);
    return code;
}

} // namespace dnd
