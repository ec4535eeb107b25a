// SPDX-License-Identifier: MIT
#include "archivereader.h"

#include "archivefault.h"
#include "archivewriter.h"
#include "campaignreads.h"
#include "historycube.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>

namespace dnd {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("dnd_archive_reader_%1").arg(++counter);
}

} // namespace

ArchiveReader::ArchiveReader(QObject *parent) : QObject(parent)
{
    registerCampaignQueryMetaTypes();
}

ArchiveReader::~ArchiveReader()
{
    close();
}

void ArchiveReader::open(const QString &path)
{
    close();
    m_stop.store(false, std::memory_order_relaxed);
    m_path = QFileInfo(path).absoluteFilePath();
    m_fault = ArchiveFault{};
    m_connection = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    // Read-only: whatever goes wrong here, the file is not written.
    m_db.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!m_db.open()) {
        m_fault = archiveFaultFromSql(m_db.lastError(), m_path);
        if (!m_fault.isFault())
            m_fault = archiveFault(ArchiveFault::Kind::CannotOpen, m_path, m_db.lastError().text());
        return;
    }
    m_cube = std::make_unique<HistoryCube>();
}

void ArchiveReader::close()
{
    m_cube.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_fault = ArchiveFault{};
    m_path.clear();
}

void ArchiveReader::answer(const CampaignQuery &query, const ReadCut &cut)
{
    QElapsedTimer timer;
    timer.start();
    CampaignAnswer answer;
    answer.id = query.id;
    answer.parts = query.parts;
    answer.filter = query.filter;
    CampaignReads reads;
    reads.db = m_db;
    reads.path = m_path;
    reads.cube = m_cube.get();
    reads.cut = cut;
    reads.stop = &m_stop;
    bool ok = false;
    if (m_fault.isFault())
        answer.fault = m_fault;
    else if (m_stop.load(std::memory_order_relaxed))
        answer.fault = archiveFault(ArchiveFault::Kind::Other, m_path,
                                    QStringLiteral("the query was stopped: the campaign closes"));
    else if (!m_db.isOpen())
        answer.fault = archiveFault(ArchiveFault::Kind::CannotOpen, m_path,
                                    QStringLiteral("the archive is not open"));
    else
        ok = (!(query.parts & CampaignQuery::Outline) ||
              reads.outline(&answer.outline, &answer.fault)) &&
             (!(query.parts & CampaignQuery::Statistics) ||
              reads.statistics(query.filter, &answer.statistics, &answer.fault)) &&
             (!(query.parts & CampaignQuery::History) ||
              reads.history(query.filter, &answer.history, &answer.fault)) &&
             (!(query.parts & CampaignQuery::Recent) ||
              reads.recent(query.filter, ArchiveWriter::RecentEvents, ArchiveWriter::RecentRejected,
                           &answer.recentEvents, &answer.recentRejected, &answer.fault));
    if (!ok && !answer.fault.isFault())
        answer.fault.kind = ArchiveFault::Kind::Other;
    answer.elapsedMs = timer.elapsed();
    emit answered(answer);
}

} // namespace dnd
