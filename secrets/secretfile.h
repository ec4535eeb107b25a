// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dnd {

// The most a secret file may hold: a password, not a document.
inline constexpr qint64 MaxSecretFileBytes = 64 * 1024;

// Reads a secret from a file such as --password-file names: its first line,
// without the line break. The file must be a regular file (or a link to
// one) that neither its group nor anyone else may read or write (mode 0600
// or 0400), as ssh does with a private key; otherwise nothing is read and
// *error says what is wrong and how to fix it, e.g. "/run/pw is readable
// by others (mode 0644); chmod 600 it". An empty first line is an error.
bool readSecretFile(const QString &path, QString *secret, QString *error);

} // namespace dnd
