// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dnd {

struct SettingInputs;

// Reads a .env file (KEY=VALUE, # comments, optional quotes, optional
// "export ") into inputs->dotEnv. Returns false and sets *error on an
// unreadable file or a bad line (the good lines are still read; *error names
// every bad path:line). A file that does not exist is not an error: returns
// true, reads nothing.
bool readDotEnv(const QString &path, SettingInputs *inputs, QString *error);

} // namespace dnd
