// SPDX-License-Identifier: MIT
#include "archiveschema.h"

#include <QSqlQuery>
#include <QStringList>

namespace dnd::ArchiveSchema {

namespace {

// Version 1. Layout choices (measured in docs/PERFORMANCE.md):
// - one row per event and per rejected message, no secondary index: rows
//   are only ever appended and read back in rowid order (restore's tail,
//   export, the latest rows), so an index would cost every insert for
//   nothing;
// - `type` is only stored for kinds outside the three known ones, `die` and
//   `roll` only for rolls (NULL takes no payload bytes);
// - `position` holds the next offset per source and partition and is
//   written in the transaction of the batch it ends;
// - `snapshot` is the campaign's Statistics serialised up to given rowids,
//   so a restore reads one blob plus the rows after it.
const char *const Version1[] = {
    "CREATE TABLE source ("
    " id INTEGER PRIMARY KEY,"
    " cluster_id TEXT NOT NULL,"
    " topic TEXT NOT NULL,"
    " epoch INTEGER NOT NULL,"
    " created_us INTEGER NOT NULL,"
    " UNIQUE (cluster_id, topic, epoch))",
    "CREATE TABLE run ("
    " id INTEGER PRIMARY KEY,"
    " started_us INTEGER NOT NULL,"
    " host TEXT NOT NULL,"
    " pid INTEGER NOT NULL,"
    " version TEXT NOT NULL)",
    "CREATE TABLE position ("
    " source_id INTEGER NOT NULL,"
    " partition INTEGER NOT NULL,"
    " next_offset INTEGER NOT NULL,"
    " PRIMARY KEY (source_id, partition)) WITHOUT ROWID",
    "CREATE TABLE event ("
    " id INTEGER PRIMARY KEY,"
    " source_id INTEGER NOT NULL,"
    " run_id INTEGER NOT NULL,"
    " partition INTEGER NOT NULL,"
    " offset INTEGER NOT NULL,"
    " ts_us INTEGER,"
    " player TEXT NOT NULL,"
    " kind INTEGER NOT NULL,"
    " type TEXT,"
    " die INTEGER,"
    " roll INTEGER,"
    " context TEXT,"
    " monster TEXT,"
    " location TEXT,"
    " initiative INTEGER,"
    " spell TEXT,"
    " target TEXT,"
    " effect TEXT,"
    " event_id TEXT,"
    " game_id TEXT)",
    "CREATE TABLE rejected ("
    " id INTEGER PRIMARY KEY,"
    " source_id INTEGER NOT NULL,"
    " run_id INTEGER NOT NULL,"
    " partition INTEGER NOT NULL,"
    " offset INTEGER NOT NULL,"
    " ts_us INTEGER,"
    " reason INTEGER NOT NULL,"
    " message TEXT,"
    " preview TEXT)",
    "CREATE TABLE snapshot ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " last_event_id INTEGER NOT NULL,"
    " last_rejected_id INTEGER NOT NULL,"
    " data BLOB NOT NULL)",
    "CREATE TABLE warning ("
    " id INTEGER PRIMARY KEY,"
    " created_us INTEGER NOT NULL,"
    " source_id INTEGER,"
    " message TEXT NOT NULL)",
};

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError();
    return false;
}

} // namespace

bool migrate(QSqlDatabase &db, int from, QSqlError *error)
{
    if (from >= Version)
        return true;
    if (!exec(db, QStringLiteral("BEGIN"), error))
        return false;
    bool ok = true;
    if (from < 1) {
        for (const char *sql : Version1) {
            ok = exec(db, QString::fromLatin1(sql), error);
            if (!ok)
                break;
        }
    }
    // Later versions add their steps here: if (ok && from < 2) { ... }
    if (ok)
        ok = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error);
    if (ok)
        ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(Version), error);
    if (ok)
        ok = exec(db, QStringLiteral("COMMIT"), error);
    if (!ok) {
        QSqlError ignored; // SQLite may have rolled back already
        exec(db, QStringLiteral("ROLLBACK"), &ignored);
    }
    return ok;
}

} // namespace dnd::ArchiveSchema
