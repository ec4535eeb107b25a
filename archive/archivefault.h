// SPDX-License-Identifier: MIT
#pragma once

#include "archivetypes.h"

#include <QSqlError>

namespace dnd {

// The fault a person should hear about for an SQLite error on `path`:
// disk full, read-only, corrupt..., with SQLite's own text as the detail.
ArchiveFault archiveFaultFromSql(const QSqlError &error, const QString &path);
// A fault of `kind` with the standard message for it.
ArchiveFault archiveFault(ArchiveFault::Kind kind, const QString &path, const QString &detail);

} // namespace dnd
