// SPDX-License-Identifier: MIT
// Faults of the archive file, each caused for real in a child process
// (archivefaulthelper.cpp): disk full, read-only, held by another process,
// and a holder killed with SIGKILL. What a person reads, and nothing lost.
#include "archivestore.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace dnd;

namespace {

struct HelperRun
{
    int exitCode = -1;
    QStringList lines;
};

HelperRun runHelper(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(DND_ARCHIVE_FAULT_HELPER), args);
    process.waitForFinished(60'000);
    HelperRun run;
    run.exitCode = process.exitCode();
    run.lines = QString::fromUtf8(process.readAllStandardOutput())
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return run;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

} // namespace

class TestArchiveFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    // The file system refuses more data mid-run (RLIMIT_FSIZE in the child):
    // a fault a person understands, every batch stored before it intact,
    // positions exactly at what was stored.
    void diskFullKeepsWhatWasStored()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
        const HelperRun run = runHelper({QStringLiteral("fill"), path, QStringLiteral("2000000")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.lines.size() >= 2);
        const QString faultLine = run.lines.last();
        QVERIFY2(faultLine.startsWith(
                     QStringLiteral("fault %1 ").arg(int(ArchiveFault::Kind::DiskFull))),
                 qPrintable(faultLine));
        QVERIFY2(faultLine.contains(QStringLiteral("is full")), qPrintable(faultLine));
        const QStringList last = run.lines[run.lines.size() - 2].split(QLatin1Char(' '));
        QCOMPARE(last.value(0), u"stored");
        const quint64 stored = last.value(1).toULongLong();
        QVERIFY(stored >= 1000);

        QCOMPARE(integrity(path), u"ok");
        ArchiveStore store;
        ArchiveFault fault;
        QVERIFY2(store.open(path, &fault), qPrintable(fault.detail));
        QCOMPARE(store.statistics().totalEvents() + store.statistics().totalRejected(), stored);
        const qint64 source =
            store.sourceId({QStringLiteral("cluster"), QStringLiteral("dnd_events")}, &fault);
        const PartitionPositions positions = store.positions(source);
        QStringList parts;
        for (auto it = positions.cbegin(); it != positions.cend(); ++it)
            parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
        parts.sort();
        QCOMPARE(parts.join(QLatin1Char(',')), last.value(2));
    }

    void readOnlyFileIsReportedAndLeftAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        {
            ArchiveStore store;
            ArchiveFault fault;
            QVERIFY(store.open(path, &fault));
        }
        // The child may run as another user: let it see the file.
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
        const QByteArray before = fileHash(path);
        const HelperRun run = runHelper({QStringLiteral("readonly"), path});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.lines.value(0).startsWith(
                     QStringLiteral("fault %1 ").arg(int(ArchiveFault::Kind::ReadOnly))),
                 qPrintable(run.lines.join(QLatin1Char('\n'))));
        QVERIFY(run.lines.value(0).contains(QStringLiteral("cannot be written")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    }

    void secondInstanceIsToldWhichProcessHoldsTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("held.sqlite"));
        QProcess holder;
        holder.start(QStringLiteral(DND_ARCHIVE_FAULT_HELPER), {QStringLiteral("hold"), path});
        QVERIFY(holder.waitForReadyRead(10'000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("open"));

        ArchiveStore store;
        ArchiveFault fault;
        QVERIFY(!store.open(path, &fault));
        QCOMPARE(fault.kind, ArchiveFault::Kind::Locked);
        QVERIFY2(fault.message.contains(QString::number(holder.processId())),
                 qPrintable(fault.message));
        QVERIFY2(fault.message.contains(QSysInfo::machineHostName()), qPrintable(fault.message));

        holder.closeWriteChannel(); // the holder quits and releases the file
        QVERIFY(holder.waitForFinished(10'000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY2(store.open(path, &fault), qPrintable(fault.message));
    }

    // A holder killed with SIGKILL leaves its lock file behind; the next
    // start sees the process is gone and takes the file.
    void lockOfAKilledProcessIsTakenOver()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess holder;
        holder.start(QStringLiteral(DND_ARCHIVE_FAULT_HELPER), {QStringLiteral("hold"), path});
        QVERIFY(holder.waitForReadyRead(10'000));
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(10'000));
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
        ArchiveStore store;
        ArchiveFault fault;
        QVERIFY2(store.open(path, &fault), qPrintable(fault.message));
    }

private:
    QTemporaryDir m_dir;
};

DND_GUILESS_TEST_MAIN(TestArchiveFaults)
#include "tst_archivefaults.moc"
