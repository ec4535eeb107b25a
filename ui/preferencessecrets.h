// SPDX-License-Identifier: MIT
#pragma once

#include "keyringresult.h"
#include "settingschema.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace dnd {

class PasswordKeyring;

// The preferences' secrets (the schema's SettingFlag::Secret settings) in
// the desktop keyring: read when the dialog is filled, written when it is
// applied. Both are QtKeychain jobs that answer on the event loop, so the
// GUI thread never waits for the keyring. Without one (no Secret Service
// on the bus, a refusing or locked keyring) the dialog keeps what was typed
// for this run only, and says so from state() and reason().
class PreferencesSecrets : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8
    {
        Unknown,     // nothing asked yet
        Busy,        // a request is on its way
        Available,   // the keyring answered the last request
        Unavailable, // no keyring: reason() says why
    };

    explicit PreferencesSecrets(QObject *parent = nullptr);
    ~PreferencesSecrets() override;

    // The keyring service (keyringService() of the settings file).
    void setService(const QString &service);
    QString service() const { return m_service; }

    // Reads every secret; each answer comes as secretRead().
    void readAll();
    // Saves `secret` (empty: removes the entry).
    void write(SettingKey key, const QString &secret);

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    // Requests not answered yet.
    int pending() const { return m_pending; }

Q_SIGNALS:
    // What the keyring holds for `key` (empty when nothing).
    void secretRead(dnd::SettingKey key, const QString &secret);
    // A write the keyring refused (`reason`) or took.
    void secretWritten(dnd::SettingKey key, bool ok);
    // state() or pending() changed.
    void stateChanged();

private:
    PasswordKeyring *keyring(SettingKey key);
    void onAnswer(SettingKey key, const KeyringResult &result);

    QString m_service;
    QHash<int, PasswordKeyring *> m_keyrings; // by SettingKey
    State m_state = State::Unknown;
    QString m_reason;
    int m_pending = 0;
};

} // namespace dnd
