// SPDX-License-Identifier: MIT
#pragma once

// Shared by the files that implement ArchiveStore; not part of its API.

#include "archivestore.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace dnd {

struct SourceRow
{
    QString clusterId;
    QString topic;
    int epoch = 0;
};

// Per run, quarter hour, player and game: counts for the session selector
// and the History view, kept up to date from the rows appended since
// (historycube.h).
struct HistoryCube;

struct ArchiveStore::Private
{
    QString path;
    QString connection; // QSqlDatabase connection name, unique per store
    std::unique_ptr<QLockFile> lock;
    QSqlDatabase db;
    qint64 runId = 0;
    QHash<qint64, SourceRow> sources;
    QHash<qint64, PartitionPositions> positions; // what the file holds
    Statistics statistics;                       // of everything stored
    quint64 eventsSinceSnapshot = 0;
    std::shared_ptr<HistoryCube> cube; // built on the first query
    // The hot path: one transaction per store() (sqlitestatement.h).
    std::unique_ptr<SqliteStatement> begin;
    std::unique_ptr<SqliteStatement> commit;
    std::unique_ptr<SqliteStatement> insertEvent;
    std::unique_ptr<SqliteStatement> insertRejected;
    std::unique_ptr<SqliteStatement> upsertPosition;

    ArchiveFault sqlFault(const QSqlError &error) const;
    bool exec(const QString &sql, ArchiveFault *fault);
    void rollback();
    bool prepare(std::unique_ptr<SqliteStatement> *statement, const QString &sql,
                 ArchiveFault *fault);
    bool run(SqliteStatement &statement, ArchiveFault *fault);
    bool loadSources(ArchiveFault *fault);
    bool loadStatistics(ArchiveFault *fault);
    void release(); // closes the connection and unlocks, no writes
};

// Column lists and row <-> value conversions (archiverows.cpp).
extern const char *const EventColumns;    // after source_id, run_id
extern const char *const RejectedColumns; // after source_id, run_id
void bindEvent(SqliteStatement &statement, qint64 sourceId, qint64 runId, const GameEvent &event);
void bindRejected(SqliteStatement &statement, qint64 sourceId, qint64 runId,
                  const RejectedMessage &rejected);
// Reads the columns of EventColumns / RejectedColumns starting at `first`.
GameEvent eventFromRow(const QSqlQuery &query, int first);
RejectedMessage rejectedFromRow(const QSqlQuery &query, int first);

} // namespace dnd
