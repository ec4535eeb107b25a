// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSettings;

namespace dnd {

class ResolvedSettings;

// How long a program without a window waits for the desktop keyring (a
// locked one may wait for a prompt nobody answers).
inline constexpr int KeyringWaitMs = 10000;

// --password-file FILE or DND_SASL_PASSWORD_FILE, when given and
// DND_SASL_PASSWORD is not set: the password read from it (readSecretFile). False and *error
// (naming the file, where it was named and what is wrong) for a file that cannot be used.
bool supplyPasswordFile(ResolvedSettings *settings, QString *error);

// The secrets of a run without a window (dnd-tracker --headless,
// dnd-producer), after the settings were resolved. The SASL password comes
// from the first of:
//   1. DND_SASL_PASSWORD (already resolved),
//   2. --password-file FILE or DND_SASL_PASSWORD_FILE (readSecretFile: the
//      owner's only, else refused),
//   3. the desktop keyring, when SASL is used: waited for at most
//      `keyringWaitMs` on a local event loop (there is no window to block).
//      A password an earlier version kept obfuscated in `saved` is moved
//      into the keyring first (PasswordLoader).
// The password of an encrypted mTLS client key: DND_SSL_KEY_PASSWORD, else
// the keyring, when a key file is used. Both keyring reads share the wait.
// False and *error for a password file that cannot be used (exit 2).
// *note: what the keyring said when it could not help (for the message
// that SASL lacks a password), else empty.
bool supplyRunSecrets(ResolvedSettings *settings, QSettings *saved, int keyringWaitMs,
                      QString *error, QString *note);

} // namespace dnd
