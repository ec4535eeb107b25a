// SPDX-License-Identifier: MIT
#include "preferencessecrets.h"

#include "passwordkeyring.h"

#include <QCoreApplication>

namespace dnd {

PreferencesSecrets::PreferencesSecrets(QObject *parent)
    : QObject(parent), m_service(QCoreApplication::applicationName())
{}

PreferencesSecrets::~PreferencesSecrets() = default;

void PreferencesSecrets::setService(const QString &service)
{
    if (service == m_service)
        return;
    m_service = service;
    // Entries of another service: new keyrings (answers still on their way
    // to the old ones are dropped with them).
    qDeleteAll(m_keyrings);
    m_keyrings.clear();
    m_pending = 0;
    m_state = State::Unknown;
    m_reason.clear();
    Q_EMIT stateChanged();
}

PasswordKeyring *PreferencesSecrets::keyring(SettingKey key)
{
    PasswordKeyring *&entry = m_keyrings[int(key)];
    if (!entry) {
        entry = new PasswordKeyring(m_service, QLatin1String(settingInfo(key).keyringKey), this);
        connect(entry, &PasswordKeyring::finished, this,
                [this, key](const KeyringResult &result) { onAnswer(key, result); });
    }
    return entry;
}

void PreferencesSecrets::readAll()
{
    for (const SettingInfo &info : settingSchema()) {
        if (!info.keyringKey)
            continue;
        ++m_pending;
        keyring(info.key)->read();
    }
    m_state = State::Busy;
    Q_EMIT stateChanged();
}

void PreferencesSecrets::write(SettingKey key, const QString &secret)
{
    ++m_pending;
    m_state = State::Busy;
    keyring(key)->write(secret);
    Q_EMIT stateChanged();
}

void PreferencesSecrets::onAnswer(SettingKey key, const KeyringResult &result)
{
    m_pending = qMax(0, m_pending - 1);
    if (result.keyringAvailable()) {
        m_state = State::Available;
        m_reason.clear();
    } else {
        m_state = State::Unavailable;
        m_reason = keyringUnavailableText(result);
    }
    if (result.operation == KeyringResult::Operation::Read)
        Q_EMIT secretRead(key, result.password);
    else
        Q_EMIT secretWritten(key, result.keyringAvailable());
    if (m_pending > 0 && m_state != State::Unavailable)
        m_state = State::Busy;
    Q_EMIT stateChanged();
}

} // namespace dnd
