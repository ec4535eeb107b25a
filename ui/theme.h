// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dnd {

enum class Theme : quint8
{
    System,
    Light,
    Dark
};

QString themeName(Theme theme); // "system", "light", "dark" (stored in preferences)
bool parseTheme(const QString &text, Theme *theme);

// Applies a theme to the whole application. Light and dark use the Fusion
// style with an explicit palette, because native styles ignore palettes;
// System restores the style and palette the application started with.
void applyTheme(Theme theme);
Theme currentTheme();

} // namespace dnd
