// SPDX-License-Identifier: MIT
#pragma once

#include "partitionstatus.h"

#include <QAbstractTableModel>

namespace dnd {

// The Stream tab's table: one row per assigned partition, in partition
// order, with its position, end, lag and rate as the consumer last
// reported them. An update with the same partitions changes values in
// place (one dataChanged), so a view keeps its selection; other
// partitions reset the model (a new stream, more partitions).
class PartitionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PartitionColumn,
        PositionColumn,
        EndColumn,
        LagColumn,
        RateColumn,
        ColumnCount
    };
    enum Role
    {
        // The number itself (qlonglong, or double for the rate; -1 when not
        // known), for sorting and tests.
        ValueRole = Qt::UserRole + 1,
    };

    explicit PartitionTableModel(QObject *parent = nullptr);

    void setPartitions(const PartitionStatusList &partitions);
    const PartitionStatusList &partitions() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant value(const PartitionStatus &row, int column) const;
    QString text(const PartitionStatus &row, int column) const;

    PartitionStatusList m_rows;
};

} // namespace dnd
