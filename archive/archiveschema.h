// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace dnd::ArchiveSchema {

// PRAGMA user_version of the newest schema this build writes. A file with a
// higher version was written by a newer tracker and is refused untouched.
inline constexpr int Version = 1;
// PRAGMA application_id ("DNDT"), so another program's SQLite file is
// recognised and refused instead of being written into.
inline constexpr qint32 ApplicationId = 0x444e4454;

// Brings a database at user_version `from` (0 = empty) to Version in one
// transaction: either every step applies or none.
bool migrate(QSqlDatabase &db, int from, QSqlError *error);

} // namespace dnd::ArchiveSchema
