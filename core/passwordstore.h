// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSettings;

namespace dnd {

// Where the SASL password is kept between runs, apart from every other
// setting (SettingsStore hands it here): obfuscated in the settings file
// with a per-installation key in a file of its own. Obfuscation, not
// encryption; see passwordstore.cpp.

// The saved password, or empty when there is none or it cannot be read back
// (a missing or different key file).
QString readSavedPassword(QSettings &settings);
// Saves `password`; an empty one removes it. Never writes plain text: when
// no key file can be made, nothing is saved.
void savePassword(QSettings &settings, const QString &password);

// Where the per-installation obfuscation key lives: next to the settings
// file ("<file>.key", mode 0600) when it is a file, otherwise in the
// application data directory.
QString passwordKeyFilePath(const QSettings &settings);

// The settings key of the obfuscated password (tests look for it).
inline constexpr char SavedPasswordKey[] = "connection/passwordObfuscated";

} // namespace dnd
