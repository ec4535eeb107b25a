// SPDX-License-Identifier: MIT
#include "passwordloader.h"

#include "legacypassword.h"

#include <QSettings>

namespace dnd {

PasswordLoader::PasswordLoader(QSettings *settings, const QString &service, QObject *parent)
    : QObject(parent), m_settings(settings), m_keyring(service)
{
    connect(&m_keyring, &PasswordKeyring::finished, this, &PasswordLoader::onKeyring);
}

void PasswordLoader::start()
{
    m_migrated = false;
    m_legacyPassword.clear();
    if (m_settings && hasLegacyPassword(*m_settings)) {
        m_legacyPassword = readLegacyPassword(*m_settings);
        // A value whose key file is gone can never be read again: drop it.
        if (m_legacyPassword.isEmpty())
            removeLegacyPassword(*m_settings);
    }
    if (m_legacyPassword.isEmpty())
        m_keyring.read();
    else
        m_keyring.write(m_legacyPassword);
}

void PasswordLoader::onKeyring(const KeyringResult &result)
{
    if (result.operation == KeyringResult::Operation::Read) {
        Q_EMIT finished(result);
        return;
    }
    // The answer to moving the old password.
    KeyringResult loaded = result;
    loaded.operation = KeyringResult::Operation::Read;
    loaded.password = m_legacyPassword;
    if (result.isOk() && m_settings) {
        removeLegacyPassword(*m_settings);
        m_migrated = true;
    }
    m_legacyPassword.clear();
    Q_EMIT finished(loaded);
}

} // namespace dnd
