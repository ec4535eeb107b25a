// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSettings;

namespace dnd {

// When QSettings could not parse the file behind `settings` (a hand edit
// gone wrong, a disk error), moves the file aside to "<file>.bad", replacing
// an older copy, so the user keeps it and the next start begins clean, and
// returns what to tell the user, once; empty when the file is fine. The
// caller then opens a new QSettings: `settings` still holds what was parsed.
QString setAsideUnreadableSettings(const QSettings &settings);

// The settings file is its owner's only (0600): created empty with that
// mode before QSettings first writes it (QSettings keeps the mode of a file
// it rewrites), and an older file's mode narrowed. No-op for settings that
// are not a file.
void makeSettingsFilePrivate(const QSettings &settings);
// settings.sync(), then makeSettingsFilePrivate(): what every writer of
// preferences calls once it is done.
void syncSettingsPrivately(QSettings &settings);

} // namespace dnd
