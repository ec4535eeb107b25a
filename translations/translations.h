// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dnd {

// Installs the translators of a program; call once the application object
// exists and before any translated text is made.
// - Always: the English plural forms of our strings (dnd-tracker_en: "1 event",
//   "2 events" for tr("%n event(s)", nullptr, n)).
// - With `localized` (the window): our strings and Qt's own (qtbase, from
//   QLibraryInfo::TranslationsPath, Debian's qt6-translations-l10n) in the
//   user's language, chosen from the system locale's UI languages (LANGUAGE,
//   LC_ALL, LC_MESSAGES, LANG). Headless output and dnd-producer stay English:
//   scripts read them.
// Returns the language of our translation in use ("de_DE"), or "en".
QString installTranslations(bool localized);

} // namespace dnd
