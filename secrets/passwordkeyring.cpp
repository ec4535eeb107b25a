// SPDX-License-Identifier: MIT
#include "passwordkeyring.h"

#include <qt6keychain/keychain.h>

namespace dnd {

PasswordKeyring::PasswordKeyring(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
    qRegisterMetaType<KeyringResult>();
}

void PasswordKeyring::read()
{
    start(new QKeychain::ReadPasswordJob(m_service, this), KeyringResult::Operation::Read);
}

void PasswordKeyring::write(const QString &password)
{
    if (password.isEmpty()) {
        remove();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(password);
    start(job, KeyringResult::Operation::Write);
}

void PasswordKeyring::remove()
{
    start(new QKeychain::DeletePasswordJob(m_service, this), KeyringResult::Operation::Remove);
}

void PasswordKeyring::start(QKeychain::Job *job, KeyringResult::Operation operation)
{
    // Never QSettings as a plain-text fallback: without a keyring the
    // password is not stored (the callers say so).
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(QLatin1String(SaslPasswordKey));
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
