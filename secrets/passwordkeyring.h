// SPDX-License-Identifier: MIT
#pragma once

#include "keyringresult.h"

#include <QObject>
#include <QString>

class QSettings;

namespace QKeychain {
class Job;
}

namespace dnd {

// The SASL password's entry in the desktop keyring (the Secret Service,
// e.g. GNOME Keyring or KeePassXC, or KWallet), through QtKeychain. Every
// request is a QtKeychain job that answers on the event loop: nothing here
// blocks or spins a nested loop, so it is safe on the GUI thread. Answers
// come in the order of the requests (QtKeychain queues its jobs).
//
// The entry is (service, key): the service is the settings file's
// application name (so a test's scope never meets the user's entry), the
// key names what the secret is for (the schema's keyringKey).
class PasswordKeyring : public QObject
{
    Q_OBJECT
public:
    static constexpr char SaslPasswordKey[] = "kafka-sasl-password";

    explicit PasswordKeyring(const QString &service, QObject *parent = nullptr);
    PasswordKeyring(const QString &service, const QString &key, QObject *parent = nullptr);

    QString service() const { return m_service; }
    QString key() const { return m_key; }

    // Each answers with one finished() signal.
    void read();
    void write(const QString &password); // an empty password removes the entry
    void remove();

Q_SIGNALS:
    void finished(const dnd::KeyringResult &result);

private:
    void start(QKeychain::Job *job, KeyringResult::Operation operation);

    QString m_service;
    QString m_key;
};

// The keyring service of the settings `settings` describes: its
// application name (dnd-tracker, or dnd-tracker-SCOPE in tests), else the
// application's.
QString keyringService(const QSettings *settings);

} // namespace dnd
