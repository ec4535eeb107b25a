// SPDX-License-Identifier: MIT
#pragma once

#include "archivestore.h"
#include "campaignquery.h"

#include <QObject>

namespace dnd {

// Worker that owns the archive file on the archive thread (see Archive):
// nothing touches the disk on the GUI thread. Batches queued while a
// transaction runs are written together in the next one. After a fault
// it stops writing (the caller keeps the live view in memory) and emits
// faulted() once; positions are never reported past what was stored.
class ArchiveWriter : public QObject
{
    Q_OBJECT
public:
    // Rows handed to the event log and the problems view at restore.
    static constexpr int RecentEvents = 10'000;
    static constexpr int RecentRejected = 1'000;

    explicit ArchiveWriter(QObject *parent = nullptr);
    ~ArchiveWriter() override;

public Q_SLOTS:
    void open(const QString &path);
    // Batches written from now on belong to this source; emits sourceReady
    // with its stored positions (empty for a new source).
    void setSource(const dnd::ArchiveSource &source);
    // The source's offsets went backwards (topic recreated): a new epoch.
    void startNewEpoch(const QString &reason);
    void write(const dnd::EventBatch &batch);
    void exportTo(const QString &file);
    void importFrom(const QString &file);
    void close(); // writes what is pending and a snapshot, releases the file
    // Writes what is pending, then hands the question on with what it may
    // read (readyToAnswer), to be answered on the reader's thread.
    void query(const dnd::CampaignQuery &query);

Q_SIGNALS:
    void opened(const QString &path, const dnd::RestoredCampaign &campaign, qint64 restoreMs);
    void sourceReady(const dnd::ArchiveSource &source, const dnd::PartitionPositions &positions);
    // After each transaction: the positions of the current source as stored,
    // and the rows it added. The consumer may commit up to these positions.
    void stored(const dnd::PartitionPositions &positions, quint64 events, quint64 rejected);
    void faulted(const dnd::ArchiveFault &fault);
    void warning(const QString &message);
    void exported(const QString &file, quint64 events, const QString &error);
    void imported(const QString &file, quint64 added, quint64 duplicates, quint64 invalid,
                  const QString &error);
    void closed();
    void readyToAnswer(const dnd::CampaignQuery &query, const dnd::ReadCut &cut);

private:
    void flush();
    void fail(const ArchiveFault &fault);

    ArchiveStore m_store;
    ArchiveSource m_source;
    qint64 m_sourceId = 0;
    QVector<EventBatch> m_pending;
    bool m_flushQueued = false;
    bool m_faulted = false;
};

} // namespace dnd
