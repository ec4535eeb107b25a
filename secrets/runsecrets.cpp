// SPDX-License-Identifier: MIT
#include "runsecrets.h"

#include "legacypassword.h"
#include "passwordkeyring.h"
#include "passwordloader.h"
#include "resolvedsettings.h"
#include "secretfile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

namespace dnd {

namespace {

// lupdate files tr() outside a class under "dnd": the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("dnd", text);
}

} // namespace

bool supplyPasswordFile(ResolvedSettings *settings, QString *error)
{
    const SettingValue file = settings->value(SettingKey::PasswordFile);
    // DND_SASL_PASSWORD, when set, is the password: the file is not read.
    if (file.value.isEmpty() || !settings->value(SettingKey::Password).value.isEmpty())
        return true;
    QString secret, why;
    if (!readSecretFile(file.value, &secret, &why)) {
        *error = tr("password file from %1: %2")
                     .arg(settingOriginDescription(SettingKey::PasswordFile, file), why);
        return false;
    }
    settings->supply(SettingKey::Password,
                     {secret, SettingSource::Environment, tr("password file %1").arg(file.value)});
    return true;
}

bool supplyRunSecrets(ResolvedSettings *settings, QSettings *saved, int keyringWaitMs,
                      QString *error, QString *note)
{
    if (!supplyPasswordFile(settings, error))
        return false;

    const SettingValues values = settings->values();
    const bool external = !values.usesBuiltInBroker();
    const bool saslNeeded = external && values.usesSasl() && values.password().isEmpty();
    const bool oldPassword = saved && hasLegacyPassword(*saved);
    const bool keyNeeded = external && values.usesSsl() && !values.keyFile().isEmpty() &&
                           values.keyPassword().isEmpty();
    if (!saslNeeded && !oldPassword && !keyNeeded)
        return true;

    // Both requests at once, answered on this local loop, bounded as a whole.
    PasswordLoader loader(saved, keyringService(saved));
    PasswordKeyring keyKeyring(keyringService(saved),
                               QLatin1String(settingInfo(SettingKey::KeyPassword).keyringKey));
    QEventLoop loop;
    int pending = 0;
    const auto answered = [&](SettingKey key, const KeyringResult &result) {
        if (!result.password.isEmpty())
            settings->supply(
                key, {result.password, SettingSource::Preferences, QStringLiteral("keyring")});
        else if (!result.keyringAvailable() && note->isEmpty())
            *note = keyringUnavailableText(result);
        if (--pending == 0)
            loop.quit();
    };
    QObject::connect(&loader, &PasswordLoader::finished, &loop,
                     [&](const KeyringResult &result) { answered(SettingKey::Password, result); });
    QObject::connect(
        &keyKeyring, &PasswordKeyring::finished, &loop,
        [&](const KeyringResult &result) { answered(SettingKey::KeyPassword, result); });
    QTimer::singleShot(keyringWaitMs, &loop, &QEventLoop::quit);
    if (saslNeeded || oldPassword) {
        ++pending;
        loader.start();
    }
    if (keyNeeded) {
        ++pending;
        keyKeyring.read();
    }
    if (pending > 0)
        loop.exec();
    if (pending > 0 && note->isEmpty())
        *note = tr("the desktop keyring did not answer within %1 s").arg(keyringWaitMs / 1000);
    return true;
}

} // namespace dnd
