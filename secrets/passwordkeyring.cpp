// SPDX-License-Identifier: MIT
#include "passwordkeyring.h"

#include <QCoreApplication>
#include <QSettings>

#include <qt6keychain/keychain.h>

namespace dnd {

PasswordKeyring::PasswordKeyring(const QString &service, QObject *parent)
    : PasswordKeyring(service, QLatin1String(SaslPasswordKey), parent)
{}

PasswordKeyring::PasswordKeyring(const QString &service, const QString &key, QObject *parent)
    : QObject(parent), m_service(service), m_key(key)
{
    qRegisterMetaType<KeyringResult>();
}

QString keyringService(const QSettings *settings)
{
    if (settings && !settings->applicationName().isEmpty())
        return settings->applicationName();
    return QCoreApplication::applicationName();
}

void PasswordKeyring::read()
{
    start(new QKeychain::ReadPasswordJob(m_service), KeyringResult::Operation::Read);
}

void PasswordKeyring::write(const QString &password)
{
    if (password.isEmpty()) {
        remove();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(password);
    start(job, KeyringResult::Operation::Write);
}

void PasswordKeyring::remove()
{
    start(new QKeychain::DeletePasswordJob(m_service), KeyringResult::Operation::Remove);
}

void PasswordKeyring::start(QKeychain::Job *job, KeyringResult::Operation operation)
{
    // Never QSettings as a plain-text fallback: without a keyring the
    // password is not stored (the callers say so).
    job->setInsecureFallback(false);
    // Not our child: a job must outlive a keyring object destroyed while it
    // is on its way (libsecret calls back into it; deleting it then
    // crashed). It deletes itself once finished; the answer is dropped
    // when this object is gone (the connection's context).
    job->setAutoDelete(true);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [this, operation](QKeychain::Job *done) {
        KeyringResult result;
        result.operation = operation;
        switch (done->error()) {
        case QKeychain::NoError:
            result.status = KeyringResult::Status::Ok;
            if (operation == KeyringResult::Operation::Read)
                result.password = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
            break;
        case QKeychain::EntryNotFound:
            result.status = KeyringResult::Status::NotFound;
            break;
        default:
            // No bus, no Secret Service, a locked or refusing keyring: all
            // mean the secret cannot be kept there in this run. QtKeychain
            // reports most of them as OtherError with the backend's text.
            result.status = KeyringResult::Status::Unavailable;
            result.error = done->errorString();
            break;
        }
        Q_EMIT finished(result);
    });
    job->start();
}

} // namespace dnd
