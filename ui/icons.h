// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace dnd {

// The desktop theme's icon `name` (a freedesktop/KDE icon name such as
// "media-playback-start"), or, where the theme has none, the drawing bundled
// as :/icons/actions/NAME.svg (resources/icons/actions/), or no icon.
QIcon themedIcon(const QString &name);

} // namespace dnd
