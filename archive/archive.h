// SPDX-License-Identifier: MIT
#pragma once

#include "archivetypes.h"
#include "campaignquery.h"

#include <QObject>
#include <QThread>

namespace dnd {

class ArchiveReader;
class ArchiveWriter;

// Controller on the GUI (or main) thread for the campaign archive: owns the
// archive thread with its ArchiveWriter, and the reader thread with its
// ArchiveReader (queries on a read-only connection, so they never hold
// writes back). Every call is queued and returns at once, except close(),
// which waits for the reader to let go of the file and for the last
// transaction. Signals arrive queued on the controller's thread.
class Archive : public QObject
{
    Q_OBJECT
public:
    explicit Archive(QObject *parent = nullptr);
    ~Archive() override; // close()

    void open(const QString &path); // opened() or faulted()
    void setSource(const ArchiveSource &source);
    void startNewEpoch(const QString &reason);
    void write(const EventBatch &batch);
    void exportTo(const QString &file);
    void importFrom(const QString &file);
    // Answered by answered(), covering every batch written before it and
    // none written after it; batches go on being stored meanwhile.
    void query(const dnd::CampaignQuery &query);
    // Stops the reader (a query under way ends early), then writes what is
    // pending and a snapshot and releases the file; blocks until done (at
    // quit, or before opening another campaign).
    void close();

    bool isOpen() const { return m_open; }
    bool isFaulted() const { return m_fault.isFault(); }
    const ArchiveFault &fault() const { return m_fault; }
    QString path() const { return m_path; }
    // Positions of the current source as last stored.
    const PartitionPositions &storedPositions() const { return m_positions; }
    // The thread queries are answered on (tests occupy it to show that
    // batches are stored meanwhile).
    QThread *readerThread() { return &m_readerThread; }

Q_SIGNALS:
    void opened(const QString &path, const dnd::RestoredCampaign &campaign, qint64 restoreMs);
    void sourceReady(const dnd::ArchiveSource &source, const dnd::PartitionPositions &positions);
    void stored(const dnd::PartitionPositions &positions, quint64 events, quint64 rejected);
    void faulted(const dnd::ArchiveFault &fault);
    void warning(const QString &message);
    void exported(const QString &file, quint64 events, const QString &error);
    void imported(const QString &file, quint64 added, quint64 duplicates, quint64 invalid,
                  const QString &error);
    void answered(const dnd::CampaignAnswer &answer);

private:
    void closeReader();

    QThread m_thread;
    ArchiveWriter *m_writer = nullptr; // lives on m_thread
    QThread m_readerThread;
    ArchiveReader *m_reader = nullptr; // lives on m_readerThread
    ArchiveFault m_fault;
    PartitionPositions m_positions;
    QString m_path;
    bool m_open = false;
};

} // namespace dnd
