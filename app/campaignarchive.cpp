// SPDX-License-Identifier: MIT
#include "campaignarchive.h"

#include "settingvalues.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>

namespace dnd {

Q_LOGGING_CATEGORY(lcCampaign, "dnd.campaign", QtWarningMsg)

CampaignArchive::CampaignArchive(TrackerSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(&m_archive, &Archive::opened, this, &CampaignArchive::onOpened);
    connect(&m_archive, &Archive::faulted, this, &CampaignArchive::onFaulted);
    connect(&m_archive, &Archive::sourceReady, this, &CampaignArchive::onSourceReady);
    connect(&m_archive, &Archive::stored, this, &CampaignArchive::onStored);
    connect(&m_archive, &Archive::warning, this, &CampaignArchive::warning);
    connect(session, &TrackerSession::sourceFound, this, &CampaignArchive::onSourceFound);
    // Every batch as the statistics applied it (trimmed by --max-events;
    // the consumer dropped redeliveries, and the archive would skip what it
    // already holds anyway).
    connect(session->refresher(), &StatisticsRefresher::batchApplied, this,
            [this](const EventBatch &batch) { onBatchApplied(batch); });
}

CampaignArchive::~CampaignArchive()
{
    close();
}

QString CampaignArchive::pathFor(const SettingValues &values)
{
    const QString file = values.archiveFile().trimmed();
    if (!file.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(file));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("campaign.sqlite"));
}

void CampaignArchive::open(const QString &path)
{
    close();
    m_path = path;
    m_ready = false;
    m_positions.clear();
    m_haveSource = false;
    m_resumedFrom.clear();
    m_checkedPartitions.clear();
    m_restoredEvents = m_restoredRejected = 0;
    m_storedEvents = m_storedRejected = 0;
    m_archive.open(path);
}

void CampaignArchive::close()
{
    m_archive.close();
}

SessionOptions CampaignArchive::sessionOptions(SessionOptions options) const
{
    if (!isOpen())
        return options;
    options.consumer.resumePositions = m_positions.value(options.consumer.topic);
    options.archiveConfirmsPositions = true;
    return options;
}

void CampaignArchive::onOpened(const QString &path, const RestoredCampaign &campaign,
                               qint64 restoreMs)
{
    qCDebug(lcCampaign) << "restored" << path << "in" << restoreMs
                        << "ms:" << campaign.statistics.totalEvents() << "events,"
                        << campaign.eventsReplayed << "replayed after the snapshot";
    m_path = path;
    m_positions = campaign.positions;
    m_restoredEvents = campaign.statistics.totalEvents();
    m_restoredRejected = campaign.statistics.totalRejected();
    EventBatch recent;
    recent.events = campaign.recentEvents;
    recent.rejected = campaign.recentRejected;
    m_session->refresher()->restore(campaign.statistics, recent);
    m_ready = true;
    emit ready();
}

void CampaignArchive::onFaulted(const ArchiveFault &fault)
{
    qCDebug(lcCampaign) << "fault:" << fault.message << fault.detail;
    emit faulted(fault);
    if (!m_ready) {
        // Opening failed: the session starts in memory.
        m_ready = true;
        emit ready();
    }
}

QString CampaignArchive::sourceClusterId(const QString &clusterId)
{
    EmbeddedBroker *broker = m_session->usingBuiltInBroker() ? m_session->builtInBroker() : nullptr;
    if (!broker)
        return clusterId;
    // A broker destroyed since leaves m_broker null: a new run even when
    // the new one happens to live at the same address.
    if (broker != m_broker.data() || m_brokerRun.isEmpty()) {
        m_broker = broker;
        m_brokerRun = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    return QStringLiteral("%1/built-in-%2").arg(clusterId, m_brokerRun);
}

void CampaignArchive::onSourceFound(const QString &clusterId, const QString &topic)
{
    if (!m_ready)
        return;
    m_source = ArchiveSource{sourceClusterId(clusterId), topic};
    m_haveSource = true;
    m_checkedPartitions.clear();
    const PartitionPositions stored = m_positions.value(topic).value(m_source.clusterId);
    if (m_session->options().consumer.startFrom == StartFrom::Resume) {
        // The consumer starts at these: anything lower is a recreated topic.
        m_resumedFrom = stored;
    } else {
        // Reading again what the campaign holds (--from earliest, a time,
        // the group's commit): the consumer hands none of it on twice
        // (ConsumerOptions::resumePositions).
        m_resumedFrom.clear();
    }
    if (isOpen())
        m_archive.setSource(m_source);
}

void CampaignArchive::onSourceReady(const ArchiveSource &source,
                                    const PartitionPositions &positions)
{
    m_writerSource = source;
    m_positions[source.topic][source.clusterId] = positions;
}

void CampaignArchive::onBatchApplied(const EventBatch &batch)
{
    if (!isOpen() || !m_haveSource)
        return;
    QStringList backwards;
    for (const PartitionRange &range : batch.ranges) {
        if (m_checkedPartitions.contains(range.partition))
            continue;
        m_checkedPartitions.insert(range.partition);
        const auto it = m_resumedFrom.constFind(range.partition);
        if (it != m_resumedFrom.cend() && range.first < it.value())
            backwards << tr("partition %1 at offset %2, stored up to %3")
                             .arg(range.partition)
                             .arg(range.first)
                             .arg(it.value());
    }
    if (!backwards.isEmpty()) {
        m_resumedFrom.clear();
        m_archive.startNewEpoch(
            tr("The offsets of topic \"%1\" went backwards (%2): it was deleted and created "
               "again. Its events from now on are archived as a new epoch of the source.")
                .arg(m_source.topic, backwards.join(QStringLiteral("; "))));
    }
    m_archive.write(batch);
}

void CampaignArchive::onStored(const PartitionPositions &positions, quint64 events,
                               quint64 rejected)
{
    m_storedEvents += events;
    m_storedRejected += rejected;
    m_positions[m_writerSource.topic][m_writerSource.clusterId] = positions;
    // Only what the archive holds of the consumer's own stream is committed.
    if (m_haveSource && m_writerSource == m_source)
        m_session->commitPositions(positions);
    emit storedChanged();
}

} // namespace dnd
