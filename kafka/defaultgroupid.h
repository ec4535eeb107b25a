// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dnd {

// Per-installation consumer group (stored in QSettings on first use), so every
// dashboard sees every event.
QString defaultGroupId();

} // namespace dnd
