// SPDX-License-Identifier: MIT
#include "archivefault.h"

#include <QCoreApplication>
#include <QDir>

namespace dnd {

namespace {

// SQLite's primary result codes (sqlite3.h); Qt's driver reports them as
// QSqlError::nativeErrorCode. Kept here so nothing includes sqlite3.h.
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

// lupdate files tr() outside a class under "dnd": the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("dnd", text);
}

} // namespace

ArchiveFault archiveFault(ArchiveFault::Kind kind, const QString &path, const QString &detail)
{
    using Kind = ArchiveFault::Kind;
    const QString file = QDir::toNativeSeparators(path);
    ArchiveFault fault;
    fault.kind = kind;
    fault.detail = detail;
    switch (kind) {
    case Kind::None:
        break;
    case Kind::DiskFull:
        fault.message = tr("The disk holding the campaign file %1 is full (or refuses more data). "
                           "New events are shown but not archived; free some space and restart "
                           "to archive them.")
                            .arg(file);
        break;
    case Kind::ReadOnly:
        fault.message = tr("The campaign file %1 cannot be written (read-only file or folder). "
                           "New events are shown but not archived.")
                            .arg(file);
        break;
    case Kind::Corrupt:
        fault.message = tr("The campaign file %1 is damaged or is not a campaign archive. It was "
                           "left as it is; events are shown but not archived.")
                            .arg(file);
        break;
    case Kind::Locked:
        fault.message = tr("The campaign file %1 is already open in another tracker. Events are "
                           "shown but not archived.")
                            .arg(file);
        break;
    case Kind::NewerVersion:
        fault.message = tr("The campaign file %1 was written by a newer version of the tracker. "
                           "It was left as it is; events are shown but not archived.")
                            .arg(file);
        break;
    case Kind::CannotOpen:
        fault.message = tr("The campaign file %1 cannot be opened. Events are shown but not "
                           "archived.")
                            .arg(file);
        break;
    case Kind::Other:
        fault.message = tr("The campaign file %1 cannot be used. Events are shown but not "
                           "archived.")
                            .arg(file);
        break;
    }
    return fault;
}

ArchiveFault archiveFaultFromSql(const QSqlError &error, const QString &path)
{
    using Kind = ArchiveFault::Kind;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    Kind kind = Kind::Other;
    if (!ok) {
        // No result code (Qt drops it in a few places): SQLite's messages.
        const QString text = error.databaseText();
        if (text.contains(QLatin1String("full")) || text.contains(QLatin1String("I/O")))
            kind = Kind::DiskFull;
        else if (text.contains(QLatin1String("readonly")))
            kind = Kind::ReadOnly;
        else if (text.contains(QLatin1String("malformed")) ||
                 text.contains(QLatin1String("not a database")))
            kind = Kind::Corrupt;
        else if (text.contains(QLatin1String("locked")))
            kind = Kind::Locked;
    }
    // Extended codes carry the primary code in their low byte.
    switch (ok ? code & 0xff : -1) {
    case Full:
        kind = Kind::DiskFull;
        break;
    case IoError:
        // A write refused by the system (no space, a file size limit) ends
        // up here rather than as SQLITE_FULL.
        kind = Kind::DiskFull;
        break;
    case ReadOnly:
        kind = Kind::ReadOnly;
        break;
    case Corrupt:
    case NotADatabase:
        kind = Kind::Corrupt;
        break;
    case Busy:
    case Locked:
        kind = Kind::Locked;
        break;
    case CantOpen:
        kind = Kind::CannotOpen;
        break;
    default:
        break;
    }
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    if (ok)
        detail += QStringLiteral(" (SQLite %1)").arg(code);
    return archiveFault(kind, path, detail);
}

} // namespace dnd
