// SPDX-License-Identifier: MIT
#include "archive.h"

#include "archivereader.h"
#include "archivewriter.h"

namespace dnd {

Archive::Archive(QObject *parent) : QObject(parent)
{
    registerArchiveMetaTypes();
    registerCampaignQueryMetaTypes();
    m_thread.setObjectName(QStringLiteral("archive"));
    m_writer = new ArchiveWriter;
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);

    connect(m_writer, &ArchiveWriter::opened, this,
            [this](const QString &path, const RestoredCampaign &campaign, qint64 ms) {
                m_open = true;
                m_path = path;
                emit opened(path, campaign, ms);
            });
    connect(m_writer, &ArchiveWriter::sourceReady, this,
            [this](const ArchiveSource &source, const PartitionPositions &positions) {
                m_positions = positions;
                emit sourceReady(source, positions);
            });
    connect(m_writer, &ArchiveWriter::stored, this,
            [this](const PartitionPositions &positions, quint64 events, quint64 rejected) {
                m_positions = positions;
                emit stored(positions, events, rejected);
            });
    connect(m_writer, &ArchiveWriter::faulted, this, [this](const ArchiveFault &fault) {
        m_fault = fault;
        emit faulted(fault);
    });
    connect(m_writer, &ArchiveWriter::warning, this, &Archive::warning);
    connect(m_writer, &ArchiveWriter::exported, this, &Archive::exported);
    connect(m_writer, &ArchiveWriter::imported, this, &Archive::imported);

    // The reader follows the writer: it opens the file once the writer has
    // opened (and migrated) it, and answers the questions the writer hands
    // on, in the order it hands them on.
    m_readerThread.setObjectName(QStringLiteral("archive-reader"));
    m_reader = new ArchiveReader;
    m_reader->moveToThread(&m_readerThread);
    connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_writer, &ArchiveWriter::opened, m_reader, &ArchiveReader::open);
    connect(m_writer, &ArchiveWriter::readyToAnswer, m_reader, &ArchiveReader::answer);
    connect(m_reader, &ArchiveReader::answered, this, &Archive::answered);
    m_readerThread.start();
    m_thread.start();
}

Archive::~Archive()
{
    close();
    m_thread.quit();
    m_thread.wait();
    m_readerThread.quit();
    m_readerThread.wait();
}

void Archive::closeReader()
{
    if (!m_readerThread.isRunning())
        return;
    m_reader->requestStop();
    QMetaObject::invokeMethod(m_reader, "close", Qt::BlockingQueuedConnection);
}

void Archive::open(const QString &path)
{
    closeReader(); // before the writer lets go of the file it has open
    m_fault = ArchiveFault{};
    m_open = false;
    m_path = path;
    m_positions.clear();
    QMetaObject::invokeMethod(m_writer, "open", Qt::QueuedConnection, Q_ARG(QString, path));
}

void Archive::setSource(const ArchiveSource &source)
{
    QMetaObject::invokeMethod(m_writer, "setSource", Qt::QueuedConnection,
                              Q_ARG(dnd::ArchiveSource, source));
}

void Archive::startNewEpoch(const QString &reason)
{
    QMetaObject::invokeMethod(m_writer, "startNewEpoch", Qt::QueuedConnection,
                              Q_ARG(QString, reason));
}

void Archive::write(const EventBatch &batch)
{
    QMetaObject::invokeMethod(m_writer, "write", Qt::QueuedConnection,
                              Q_ARG(dnd::EventBatch, batch));
}

void Archive::exportTo(const QString &file)
{
    QMetaObject::invokeMethod(m_writer, "exportTo", Qt::QueuedConnection, Q_ARG(QString, file));
}

void Archive::importFrom(const QString &file)
{
    QMetaObject::invokeMethod(m_writer, "importFrom", Qt::QueuedConnection, Q_ARG(QString, file));
}

void Archive::query(const CampaignQuery &query)
{
    QMetaObject::invokeMethod(m_writer, "query", Qt::QueuedConnection,
                              Q_ARG(dnd::CampaignQuery, query));
}

void Archive::close()
{
    closeReader();
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_writer, "close", Qt::BlockingQueuedConnection);
    m_open = false;
    // An open still on its way to the reader (the writer opened just before
    // this close) is undone: queued after it.
    closeReader();
}

} // namespace dnd
