// SPDX-License-Identifier: MIT
#pragma once

#include "settingschema.h"

#include <QString>

namespace dnd {

// Texts generated from the schema, so no setting is described twice.
QString settingTitle(SettingKey key); // translated, e.g. "Consumer group"
QString settingHelp(SettingKey key);  // translated help + "One of ... Env: X. Default: Y."
// README.md's configuration table, in Markdown (tst_settings compares).
QString settingsMarkdownTable();

} // namespace dnd
