// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dnd {

// The largest configuration file read (.env, --config): far more than any
// real one, small enough that a wrong path costs nothing.
inline constexpr qint64 MaxConfigFileBytes = 1024 * 1024;

// Reads a configuration file as UTF-8 text (a leading byte order mark
// dropped). Only a regular file, or a symlink to one, of at most
// MaxConfigFileBytes: a device (/dev/zero), a FIFO or a directory is
// refused before it is opened, so it can neither exhaust memory nor block.
// False and *error (naming the path and what is wrong) otherwise.
bool readConfigFile(const QString &path, QString *text, QString *error);

} // namespace dnd
