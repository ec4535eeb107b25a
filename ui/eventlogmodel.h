// SPDX-License-Identifier: MIT
#pragma once

#include "gameevent.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

#include <deque>

namespace dnd {

class StatisticsRefresher;

// The most recent events, bounded. Rows are oldest first. Events arrive per
// batch: one insertRows per batch, and when over capacity one removeRows
// from the front, never one signal per event. Rows stay in the batches they
// came in: a QVector<GameEvent> is implicitly shared, so keeping a batch
// costs a reference, where copying each event's dozen strings into a ring
// took ~7% of the GUI thread at 50,000 events/s.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 10000;
    enum Column
    {
        TimeColumn,
        PlayerColumn,
        TypeColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        TimestampRole = Qt::UserRole + 1, // qlonglong µs since epoch (NoTimestamp if none)
        PlayerRole,                       // QString, any column
        TypeRole,                         // QString event type, any column
    };

    // What the model follows: every batch (the whole campaign), or the part
    // of the campaign the selector narrows to (the refresher's scope).
    enum class Feed
    {
        Campaign,
        Scope
    };

    explicit EventLogModel(QObject *parent = nullptr);

    // Follows model: appends each applied batch's events (Feed::Campaign)
    // or the scope's rows (Feed::Scope), clears on reset.
    void setStatisticsRefresher(StatisticsRefresher *model, Feed feed = Feed::Campaign);

    void setCapacity(int rows); // >= 1; trims the oldest rows if needed
    int capacity() const { return m_capacity; }

    void appendEvents(const QVector<GameEvent> &events);
    void clear();

    const GameEvent &eventAt(int row) const; // 0 <= row < rowCount()
    quint64 totalAppended() const { return m_totalAppended; }

    // One-line summary of the type-specific fields, plain text.
    static QString detailsText(const GameEvent &event);
    static QString timeText(qint64 timestampUs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A type name not seen before arrived (for the type filter's choices).
    void typeSeen(const QString &type);

private:
    // A run of consecutive rows: events[first..] of one batch.
    struct Chunk
    {
        QVector<GameEvent> events; // shared with the batch, not copied
        qsizetype first = 0;       // events before it were dropped
        qint64 startSeq = 0;       // sequence number of events[first]
    };
    void dropFront(int rows);

    // Every row has a sequence number, increasing by one per appended
    // event; row r is sequence m_firstSeq + r.
    std::deque<Chunk> m_chunks;
    qint64 m_firstSeq = 0;
    int m_size = 0;
    int m_capacity = DefaultCapacity;
    quint64 m_totalAppended = 0;
    QStringList m_types;
    QPointer<StatisticsRefresher> m_tracker;
};

} // namespace dnd
