// SPDX-License-Identifier: MIT
#pragma once

#include "keyringresult.h"
#include "passwordkeyring.h"

#include <QObject>
#include <QPointer>

class QSettings;

namespace dnd {

// Loads the saved SASL password at start, asynchronously: from the
// keyring, after moving a password that an earlier version kept obfuscated
// in the settings file (legacypassword.h) into the keyring once. The old
// value and its key file are deleted only when the keyring took the
// password; without a keyring they stay for the next run to move, and the
// password they hold is used for this run.
class PasswordLoader : public QObject
{
    Q_OBJECT
public:
    // `settings` is the settings file the old password may sit in; it must
    // outlive the loader's answer.
    PasswordLoader(QSettings *settings, const QString &service, QObject *parent = nullptr);

    void start();
    // The last start() moved an old password into the keyring.
    bool migrated() const { return m_migrated; }

Q_SIGNALS:
    // A Read result: Ok with the password, NotFound (nothing saved), or
    // Unavailable (then `password` is the old store's, or empty).
    void finished(const dnd::KeyringResult &result);

private:
    void onKeyring(const KeyringResult &result);

    QPointer<QSettings> m_settings;
    PasswordKeyring m_keyring;
    QString m_legacyPassword; // being moved into the keyring
    bool m_migrated = false;
};

} // namespace dnd
