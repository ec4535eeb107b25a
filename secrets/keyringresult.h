// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace dnd {

// The answer of the keyring to one request of PasswordKeyring, as a value
// (it crosses queued connections and QSignalSpy).
struct KeyringResult
{
    enum class Operation : quint8
    {
        Read,
        Write,
        Remove
    };
    enum class Status : quint8
    {
        Ok,          // done; for Read, `password` holds the secret
        NotFound,    // Read or Remove: the keyring has no such entry
        Unavailable, // no keyring to talk to (no session bus, no Secret
                     // Service, locked or refused): `error` says why
    };

    Operation operation = Operation::Read;
    Status status = Status::Unavailable;
    QString password;
    QString error; // the keyring's own words, for Unavailable

    bool isOk() const { return status == Status::Ok; }
    bool keyringAvailable() const { return status != Status::Unavailable; }
};

// "the keyring is not available: <reason>", for messages and the dialog.
QString keyringUnavailableText(const KeyringResult &result);

} // namespace dnd

Q_DECLARE_METATYPE(dnd::KeyringResult)
