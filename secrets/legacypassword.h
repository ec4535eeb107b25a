// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace dnd {

// The password as versions before the keyring kept it: XORed with a key
// from a file beside the settings file ("<file>.key") and stored in the
// settings file. Only read now, to move it into the keyring once
// (PasswordLoader) and then delete both.

// The settings key of the obfuscated password.
inline constexpr char LegacyPasswordSettingsKey[] = "connection/passwordObfuscated";

// Where the key lived: "<settings file>.key" when the settings are a file,
// otherwise password.key in the application data directory.
QString legacyPasswordKeyFilePath(const QSettings &settings);
// The settings file holds an obfuscated password (readable or not).
bool hasLegacyPassword(const QSettings &settings);
// The password, or empty when there is none or it cannot be decoded (the
// key file is gone or does not match).
QString readLegacyPassword(const QSettings &settings);
// Removes the settings value and the key file; false (and *error) when the
// key file stays.
bool removeLegacyPassword(QSettings &settings, QString *error = nullptr);

// What earlier versions wrote for `password` with `key` (32 bytes): for
// tests that build an old installation.
QString legacyObfuscate(const QString &password, const QByteArray &key);

} // namespace dnd
