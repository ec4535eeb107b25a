// SPDX-License-Identifier: MIT
#pragma once

#include "campaignquery.h"

#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

namespace dnd {

struct HistoryCube;

// Answers CampaignQuery on the reader's thread (see Archive) through a
// read-only connection of its own to the campaign file, so a long question
// never holds back the writer: SQLite in WAL mode lets a reader go on beside
// the writer. It reads only up to the question's ReadCut. It never writes;
// a fault (the file cannot be read) is the answer's fault, nothing more.
class ArchiveReader : public QObject
{
    Q_OBJECT
public:
    // Milliseconds a read waits for a lock (WAL recovery, a checkpoint).
    static constexpr int BusyTimeoutMs = 5000;

    explicit ArchiveReader(QObject *parent = nullptr);
    ~ArchiveReader() override; // close()

    // Any thread: a query under way ends early (with a fault), and so do
    // those queued behind it, until the next open().
    void requestStop() { m_stop.store(true, std::memory_order_relaxed); }

public Q_SLOTS:
    // After the writer opened (and migrated) the file.
    void open(const QString &path);
    void close(); // before the writer closes the file
    void answer(const dnd::CampaignQuery &query, const dnd::ReadCut &cut);

Q_SIGNALS:
    void answered(const dnd::CampaignAnswer &answer);

private:
    QString m_path;
    QString m_connection; // unique per open
    QSqlDatabase m_db;
    ArchiveFault m_fault; // why the file could not be opened
    std::unique_ptr<HistoryCube> m_cube;
    std::atomic<bool> m_stop{false};
};

} // namespace dnd
