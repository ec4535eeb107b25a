// SPDX-License-Identifier: MIT
#pragma once

#include "eventbatch.h"
#include "rejectreason.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

#include <array>

namespace dnd {

class StatisticsRefresher;

// Rejected messages, most recent last, bounded; plus totals by reason over
// the whole stream (not bounded). Everything shown is plain text: previews
// are escaped by the codec and never interpreted as markup here.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 1000;
    enum Column
    {
        PartitionColumn,
        OffsetColumn,
        ReasonColumn,
        PreviewColumn,
        ColumnCount
    };
    enum Role
    {
        ReasonKeyRole = Qt::UserRole + 1, // rejectReasonKey(), any column
        MessageRole,                      // the codec's message, any column
        SortRole,                         // numbers as numbers
    };

    // What the model follows (as EventLogModel::Feed).
    enum class Feed
    {
        Campaign,
        Scope
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    // Follows model: appends each applied batch's rejects (Feed::Campaign)
    // or the scope's (Feed::Scope), clears on reset.
    void setStatisticsRefresher(StatisticsRefresher *model, Feed feed = Feed::Campaign);

    void setCapacity(int rows); // >= 1
    int capacity() const { return m_capacity; }

    // Appends rejects as they are (batches hold only new messages).
    void appendRejected(const QVector<RejectedMessage> &rejected);
    void clear();

    const RejectedMessage &rejectedAt(int row) const;
    quint64 totalCount() const { return m_total; } // all listed so far
    quint64 count(RejectReason reason) const { return m_byReason[size_t(reason)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countChanged(quint64 total);

private:
    QVector<RejectedMessage> m_rows; // oldest first
    int m_capacity = DefaultCapacity;
    quint64 m_total = 0;
    std::array<quint64, RejectReasonCount> m_byReason{};
    QPointer<StatisticsRefresher> m_tracker;
};

} // namespace dnd
