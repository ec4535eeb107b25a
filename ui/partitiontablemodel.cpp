// SPDX-License-Identifier: MIT
#include "partitiontablemodel.h"

#include <QLocale>

namespace dnd {

PartitionTableModel::PartitionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PartitionTableModel::setPartitions(const PartitionStatusList &partitions)
{
    bool samePartitions = partitions.size() == m_rows.size();
    for (qsizetype i = 0; samePartitions && i < partitions.size(); ++i)
        samePartitions = partitions.at(i).partition == m_rows.at(i).partition;
    if (!samePartitions) {
        beginResetModel();
        m_rows = partitions;
        endResetModel();
        return;
    }
    if (partitions == m_rows)
        return;
    m_rows = partitions;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PositionColumn), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, ValueRole});
}

int PartitionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartitionTableModel::value(const PartitionStatus &row, int column) const
{
    switch (column) {
    case PartitionColumn:
        return qlonglong(row.partition);
    case PositionColumn:
        return qlonglong(row.position);
    case EndColumn:
        return qlonglong(row.end);
    case LagColumn:
        // Not known before the partition's first message or its end.
        return row.position < 0 || row.end < 0 ? qlonglong(-1) : qlonglong(row.lag);
    case RateColumn:
        return row.messagesPerSecond;
    }
    return {};
}

QString PartitionTableModel::text(const PartitionStatus &row, int column) const
{
    const QLocale locale;
    const QVariant number = value(row, column);
    if (column == RateColumn)
        return locale.toString(row.messagesPerSecond, 'f', 0);
    if (column != PartitionColumn && number.toLongLong() < 0)
        return QStringLiteral("–"); // not known yet
    return locale.toString(number.toLongLong());
}

QVariant PartitionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartitionStatus &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case ValueRole:
        return value(row, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == PositionColumn && row.position < 0)
            return tr("Nothing read from this partition yet");
        if (index.column() == EndColumn && row.end < 0)
            return tr("The broker has not reported this partition's end yet");
        return {};
    }
    return {};
}

QVariant PartitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PositionColumn:
            return tr("Offset of the next message to read");
        case EndColumn:
            return tr("Offset after the last message in the partition (high watermark)");
        case LagColumn:
            return tr("Messages in the partition not read yet");
        case RateColumn:
            return tr("Messages read from the partition per second");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PartitionColumn:
        return tr("Partition");
    case PositionColumn:
        return tr("Position");
    case EndColumn:
        return tr("End");
    case LagColumn:
        return tr("Lag");
    case RateColumn:
        return tr("Messages/s");
    }
    return {};
}

} // namespace dnd
