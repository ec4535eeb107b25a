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

} // namespace dnd
