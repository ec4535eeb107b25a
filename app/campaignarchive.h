// SPDX-License-Identifier: MIT
#pragma once

#include "archive.h"
#include "trackersession.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace dnd {

class EmbeddedBroker;
class SettingValues;

// The campaign archive wired to a TrackerSession, for the window and the
// headless runner alike. It opens the file on the archive thread and
// restores the campaign into the session's statistics before the consumer
// starts (the caller starts the session on ready()); it tells the archive
// which source the consumer found, stores every batch the statistics
// applied, and hands the positions the archive stored to the session as
// the only ones it may commit. After a fault the live view goes on in
// memory and nothing more is committed. Lives on the GUI/main thread.
class CampaignArchive : public QObject
{
    Q_OBJECT
public:
    explicit CampaignArchive(TrackerSession *session, QObject *parent = nullptr);
    ~CampaignArchive() override; // close()

    // The file `values` name, else campaign.sqlite in the application data
    // folder (QStandardPaths::AppDataLocation).
    static QString pathFor(const SettingValues &values);

    // Opens (creating it and its folder) and restores the campaign; ready()
    // follows, after a fault too (nothing restored: the session runs in
    // memory). Call with the session stopped.
    void open(const QString &path);
    // Writes what is pending and releases the file; blocks for the last
    // transaction. Idempotent.
    void close();

    // `options` resuming from the archive's positions for its topic, with
    // only stored positions committed, when the archive is open; else as
    // they are.
    SessionOptions sessionOptions(SessionOptions options) const;

    bool isReady() const { return m_ready; }
    bool isOpen() const { return m_ready && m_archive.isOpen() && !m_archive.isFaulted(); }
    bool isFaulted() const { return m_archive.isFaulted(); }
    const ArchiveFault &fault() const { return m_archive.fault(); }
    QString path() const { return m_path; }
    quint64 restoredEvents() const { return m_restoredEvents; }
    quint64 restoredRejected() const { return m_restoredRejected; }
    // Rows this run added (since open()).
    quint64 storedEvents() const { return m_storedEvents; }
    quint64 storedRejected() const { return m_storedRejected; }
    Archive *archive() { return &m_archive; }

Q_SIGNALS:
    void ready();
    void faulted(const dnd::ArchiveFault &fault);
    // A condition worth a person's attention that is not a fault (a topic
    // whose offsets went backwards starts a new epoch).
    void warning(const QString &message);
    void storedChanged();

private:
    void onOpened(const QString &path, const RestoredCampaign &campaign, qint64 restoreMs);
    void onFaulted(const ArchiveFault &fault);
    void onSourceFound(const QString &clusterId, const QString &topic);
    void onSourceReady(const ArchiveSource &source, const PartitionPositions &positions);
    void onBatchApplied(const EventBatch &batch);
    void onStored(const PartitionPositions &positions, quint64 events, quint64 rejected);
    // Each run of the built-in broker is a source of its own, whatever id
    // librdkafka's mock cluster reports (it is derived from an address).
    QString sourceClusterId(const QString &clusterId);

    TrackerSession *m_session;
    Archive m_archive;
    QString m_path;
    bool m_ready = false;
    // topic -> cluster id -> next offsets, as the archive stored them
    QHash<QString, QHash<QString, PartitionPositions>> m_positions;
    ArchiveSource m_source;       // the consumer's current source
    ArchiveSource m_writerSource; // the source the archive writes to
    bool m_haveSource = false;
    // Positions the consumer resumed from: a first batch of a partition
    // below them means the topic was recreated (a new epoch).
    PartitionPositions m_resumedFrom;
    QSet<qint32> m_checkedPartitions;
    QPointer<EmbeddedBroker> m_broker;
    QString m_brokerRun;
    quint64 m_restoredEvents = 0;
    quint64 m_restoredRejected = 0;
    quint64 m_storedEvents = 0;
    quint64 m_storedRejected = 0;
};

} // namespace dnd
