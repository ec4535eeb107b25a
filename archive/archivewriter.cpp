// SPDX-License-Identifier: MIT
#include "archivewriter.h"

#include "archivefault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

namespace dnd {

ArchiveWriter::ArchiveWriter(QObject *parent) : QObject(parent)
{
    registerArchiveMetaTypes();
    registerCampaignQueryMetaTypes();
}

ArchiveWriter::~ArchiveWriter()
{
    close();
}

void ArchiveWriter::open(const QString &path)
{
    close();
    m_faulted = false;
    QElapsedTimer timer;
    timer.start();
    ArchiveFault fault;
    RestoredCampaign campaign;
    if (!m_store.open(path, &fault) ||
        !m_store.restore(&campaign, RecentEvents, RecentRejected, &fault)) {
        fail(fault);
        m_store.close();
        return;
    }
    campaign.positions = m_store.positionsByTopic();
    emit opened(m_store.path(), campaign, timer.elapsed());
}

void ArchiveWriter::setSource(const ArchiveSource &source)
{
    flush(); // pending batches belong to the previous source
    m_source = source;
    m_sourceId = 0;
    if (m_faulted || !m_store.isOpen())
        return;
    ArchiveFault fault;
    m_sourceId = m_store.sourceId(source, &fault);
    if (m_sourceId == 0) {
        fail(fault);
        return;
    }
    emit sourceReady(source, m_store.positions(m_sourceId));
}

void ArchiveWriter::startNewEpoch(const QString &reason)
{
    flush();
    if (m_faulted || m_sourceId == 0)
        return;
    ArchiveFault fault;
    const qint64 id = m_store.startNewEpoch(m_sourceId, reason, &fault);
    if (id == 0) {
        fail(fault);
        return;
    }
    m_sourceId = id;
    emit warning(reason);
    emit sourceReady(m_source, m_store.positions(m_sourceId));
}

void ArchiveWriter::write(const EventBatch &batch)
{
    if (m_faulted || !m_store.isOpen())
        return;
    m_pending.append(batch);
    // Batches that queue up behind this call are taken into the same
    // transaction: the flush is posted after them.
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &ArchiveWriter::flush, Qt::QueuedConnection);
    }
}

void ArchiveWriter::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty() || m_faulted || m_sourceId == 0)
        return;
    const QVector<EventBatch> batches = std::exchange(m_pending, {});
    ArchiveFault fault;
    const StoreResult result = m_store.store(m_sourceId, batches, &fault);
    if (result.ok)
        emit stored(m_store.positions(m_sourceId), result.events, result.rejected);
    if (fault.isFault())
        fail(fault);
}

void ArchiveWriter::fail(const ArchiveFault &fault)
{
    if (m_faulted)
        return;
    m_faulted = true;
    m_pending.clear();
    emit faulted(fault);
}

void ArchiveWriter::exportTo(const QString &file)
{
    flush();
    QSaveFile out(file);
    quint64 written = 0;
    ArchiveFault fault;
    QString error;
    if (!m_store.isOpen())
        error = tr("No campaign file is open.");
    else if (!out.open(QIODevice::WriteOnly))
        error = out.errorString();
    else if (!m_store.exportJsonLines(&out, &written, &fault))
        error = fault.detail;
    else if (!out.commit())
        error = out.errorString();
    emit exported(file, written, error);
}

void ArchiveWriter::importFrom(const QString &file)
{
    flush();
    QFile in(file);
    ImportResult result;
    ArchiveFault fault;
    QString error;
    if (m_faulted || !m_store.isOpen())
        error = tr("No campaign file is open.");
    else if (!in.open(QIODevice::ReadOnly))
        error = in.errorString();
    else if (!m_store.importJsonLines(&in, file, &result, &fault))
        error = fault.message;
    emit imported(file, result.imported, result.duplicates, result.invalid, error);
    if (fault.isFault())
        fail(fault);
}

void ArchiveWriter::query(const CampaignQuery &query)
{
    flush(); // the answer covers every batch written before the question
    emit readyToAnswer(query, m_store.readCut());
}

void ArchiveWriter::close()
{
    if (!m_store.isOpen() && m_pending.isEmpty())
        return;
    flush();
    m_store.close();
    m_sourceId = 0;
    emit closed();
}

} // namespace dnd
