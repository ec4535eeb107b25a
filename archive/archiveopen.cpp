// SPDX-License-Identifier: MIT
// ArchiveStore: opening (lock, checks, pragmas, migrations) and closing.
#include "archivestore_p.h"

#include "archivefault.h"
#include "archiveschema.h"
#include "statisticsstream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSysInfo>

#include <atomic>

namespace dnd {

namespace {

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("dnd_archive_%1").arg(++counter);
}

} // namespace

ArchiveFault ArchiveStore::Private::sqlFault(const QSqlError &error) const
{
    return archiveFaultFromSql(error, path);
}

// BEGIN/COMMIT go through a query rather than QSqlDatabase::transaction():
// Qt's driver drops SQLite's result code there, and the code is what tells a
// full disk from a read-only file.
bool ArchiveStore::Private::exec(const QString &sql, ArchiveFault *fault)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *fault = sqlFault(query.lastError());
    return false;
}

bool ArchiveStore::Private::prepare(std::unique_ptr<SqliteStatement> *statement, const QString &sql,
                                    ArchiveFault *fault)
{
    *statement = std::make_unique<SqliteStatement>();
    if ((*statement)->prepare(SqliteStatement::handle(db), sql.toUtf8().constData()))
        return true;
    *fault = sqlFault((*statement)->error());
    return false;
}

bool ArchiveStore::Private::run(SqliteStatement &statement, ArchiveFault *fault)
{
    if (statement.exec())
        return true;
    *fault = sqlFault(statement.error());
    return false;
}

bool ArchiveStore::Private::loadSources(ArchiveFault *fault)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, cluster_id, topic, epoch FROM source"))) {
        *fault = sqlFault(query.lastError());
        return false;
    }
    while (query.next())
        sources.insert(query.value(0).toLongLong(),
                       SourceRow{query.value(1).toString(), query.value(2).toString(),
                                 query.value(3).toInt()});
    if (!query.exec(QStringLiteral("SELECT source_id, partition, next_offset FROM position"))) {
        *fault = sqlFault(query.lastError());
        return false;
    }
    while (query.next())
        positions[query.value(0).toLongLong()].insert(query.value(1).toInt(),
                                                      query.value(2).toLongLong());
    return true;
}

void ArchiveStore::Private::rollback()
{
    // After some errors SQLite has already rolled back; that is fine.
    QSqlQuery query(db);
    query.exec(QStringLiteral("ROLLBACK"));
}

void ArchiveStore::Private::release()
{
    // Statements first: a connection with live statements does not close.
    begin.reset();
    commit.reset();
    insertEvent.reset();
    insertRejected.reset();
    upsertPosition.reset();
    if (db.isValid()) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }
    if (lock) {
        lock->unlock();
        lock.reset();
    }
    sources.clear();
    positions.clear();
    statistics.reset();
    eventsSinceSnapshot = 0;
    runId = 0;
    cube.reset();
}

ArchiveStore::ArchiveStore() : d(std::make_unique<Private>()) {}

ArchiveStore::~ArchiveStore()
{
    close();
}

bool ArchiveStore::isOpen() const
{
    return d->db.isOpen();
}

QString ArchiveStore::path() const
{
    return d->path;
}

const Statistics &ArchiveStore::statistics() const
{
    return d->statistics;
}

bool ArchiveStore::open(const QString &path, ArchiveFault *fault)
{
    using Kind = ArchiveFault::Kind;
    close();
    d->path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(d->path);
    if (!QDir().mkpath(info.absolutePath())) {
        *fault = archiveFault(Kind::ReadOnly, d->path,
                              QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
        return false;
    }

    // Refuse early and clearly rather than by a failed write later (root
    // may write anyway: then nothing is refused).
    if (!QFileInfo(info.absolutePath()).isWritable() || (info.exists() && !info.isWritable())) {
        *fault = archiveFault(
            Kind::ReadOnly, d->path,
            info.exists() && !info.isWritable()
                ? QStringLiteral("the file is read-only")
                : QStringLiteral("the folder %1 is read-only").arg(info.absolutePath()));
        return false;
    }

    // One tracker per file: two writers would interleave positions. The lock
    // file names the holder, so the second instance can say who it is.
    d->lock = std::make_unique<QLockFile>(d->path + QStringLiteral(".lock"));
    if (!d->lock->tryLock(0)) {
        const QLockFile::LockError error = d->lock->error();
        qint64 pid = 0;
        QString host;
        QString application;
        d->lock->getLockInfo(&pid, &host, &application);
        d->lock.reset();
        if (error == QLockFile::LockFailedError) {
            *fault = archiveFault(
                Kind::Locked, d->path,
                QCoreApplication::translate("dnd::Archive", "held by %1 (process %2 on %3)")
                    .arg(application.isEmpty() ? QStringLiteral("?") : application)
                    .arg(pid)
                    .arg(host));
            fault->message +=
                QLatin1Char(' ') +
                QCoreApplication::translate("dnd::Archive", "It is held by process %1 on %2.")
                    .arg(pid)
                    .arg(host);
        } else {
            *fault = archiveFault(error == QLockFile::PermissionError ? Kind::ReadOnly
                                                                      : Kind::CannotOpen,
                                  d->path, QStringLiteral("cannot create %1.lock").arg(d->path));
        }
        return false;
    }

    d->connection = uniqueConnectionName();
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    if (!d->db.isValid()) {
        *fault = archiveFault(Kind::Other, d->path,
                              QStringLiteral("Qt's SQLite driver (QSQLITE) is not installed"));
        d->release();
        return false;
    }
    d->db.setDatabaseName(d->path);
    if (!d->db.open()) {
        *fault = d->sqlFault(d->db.lastError());
        d->release();
        return false;
    }

    // Look before writing anything: a newer or foreign file stays untouched
    // (even journal_mode=WAL would write its header).
    QSqlQuery query(d->db);
    int version = 0;
    qint64 applicationId = 0;
    qint64 objects = 0;
    const bool read = query.exec(QStringLiteral("PRAGMA user_version")) && query.next() &&
                      ((version = query.value(0).toInt()), true) &&
                      query.exec(QStringLiteral("PRAGMA application_id")) && query.next() &&
                      ((applicationId = query.value(0).toLongLong()), true) &&
                      query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) &&
                      query.next() && ((objects = query.value(0).toLongLong()), true);
    if (!read) {
        *fault = d->sqlFault(query.lastError());
        d->release();
        return false;
    }
    query.finish();
    if (version > ArchiveSchema::Version) {
        *fault = archiveFault(Kind::NewerVersion, d->path,
                              QStringLiteral("schema version %1, this tracker reads up to %2")
                                  .arg(version)
                                  .arg(ArchiveSchema::Version));
        d->release();
        return false;
    }
    if ((applicationId != 0 && applicationId != ArchiveSchema::ApplicationId) ||
        (applicationId == 0 && objects > 0)) {
        *fault = archiveFault(Kind::Corrupt, d->path,
                              QStringLiteral("an SQLite file of another program"));
        d->release();
        return false;
    }

    // WAL: readers never wait for the writer, and a transaction costs one
    // sequential append. synchronous=NORMAL keeps WAL crash-safe against a
    // killed process (a power loss may forget the last commits, never
    // half of one: positions always match the rows).
    QSqlError sqlError;
    QSqlQuery pragma(d->db);
    const bool configured =
        pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && pragma.next() &&
        pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    if (!configured) {
        *fault = pragma.lastError().isValid()
                     ? d->sqlFault(pragma.lastError())
                     : archiveFault(Kind::ReadOnly, d->path,
                                    QStringLiteral("cannot switch the file to WAL mode"));
        d->release();
        return false;
    }
    pragma.finish();
    if (!d->exec(QStringLiteral("PRAGMA synchronous = NORMAL"), fault) ||
        !d->exec(QStringLiteral("PRAGMA temp_store = MEMORY"), fault) ||
        !d->exec(QStringLiteral("PRAGMA cache_size = -16000"), fault)) {
        d->release();
        return false;
    }
    if (!ArchiveSchema::migrate(d->db, version, &sqlError)) {
        *fault = d->sqlFault(sqlError);
        d->release();
        return false;
    }

    // Every run is recorded; it is also the write probe that finds a
    // read-only file before the first batch.
    QSqlQuery run(d->db);
    run.prepare(
        QStringLiteral("INSERT INTO run (started_us, host, pid, version) VALUES (?, ?, ?, ?)"));
    run.bindValue(0, nowUs());
    run.bindValue(1, QSysInfo::machineHostName());
    run.bindValue(2, QCoreApplication::applicationPid());
    // NOT NULL: a null QString would bind NULL.
    run.bindValue(3, QString(QCoreApplication::applicationVersion() + QLatin1String("")));
    if (!run.exec()) {
        *fault = d->sqlFault(run.lastError());
        d->release();
        return false;
    }
    d->runId = run.lastInsertId().toLongLong();

    const QString events =
        QStringLiteral("INSERT INTO event (source_id, run_id, %1) VALUES (?%2)")
            .arg(QLatin1String(EventColumns), QStringLiteral(", ?").repeated(18));
    const QString rejected =
        QStringLiteral("INSERT INTO rejected (source_id, run_id, %1) VALUES (?%2)")
            .arg(QLatin1String(RejectedColumns), QStringLiteral(", ?").repeated(7));
    if (!d->prepare(&d->begin, QStringLiteral("BEGIN"), fault) ||
        !d->prepare(&d->commit, QStringLiteral("COMMIT"), fault) ||
        !d->prepare(&d->insertEvent, events, fault) ||
        !d->prepare(&d->insertRejected, rejected, fault) ||
        !d->prepare(&d->upsertPosition,
                    QStringLiteral("INSERT INTO position (source_id, partition, next_offset) "
                                   "VALUES (?, ?, ?) ON CONFLICT (source_id, partition) "
                                   "DO UPDATE SET next_offset = excluded.next_offset"),
                    fault) ||
        !d->loadSources(fault) || !d->loadStatistics(fault)) {
        d->release();
        return false;
    }
    return true;
}

void ArchiveStore::close()
{
    if (isOpen() && d->eventsSinceSnapshot > 0) {
        ArchiveFault ignored; // a failed snapshot only makes the next restore replay more
        writeSnapshot(&ignored);
    }
    d->release();
}

} // namespace dnd
