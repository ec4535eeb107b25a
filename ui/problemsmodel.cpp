// SPDX-License-Identifier: MIT
#include "problemsmodel.h"

#include "inerttext.h"

#include "statisticsrefresher.h"

#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace dnd {

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProblemsModel::setStatisticsRefresher(StatisticsRefresher *model, Feed feed)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = model;
    if (!model)
        return;
    connect(model, &StatisticsRefresher::wasReset, this, &ProblemsModel::clear);
    if (feed == Feed::Scope) {
        connect(model, &StatisticsRefresher::scopeRowsReset, this, [this](const EventBatch &rows) {
            clear();
            appendRejected(rows.rejected);
        });
        connect(model, &StatisticsRefresher::scopeRowsAdded, this,
                [this](const EventBatch &rows) { appendRejected(rows.rejected); });
        return;
    }
    connect(model, &StatisticsRefresher::batchApplied, this,
            [this](const EventBatch &batch) { appendRejected(batch.rejected); });
    connect(model, &StatisticsRefresher::restored, this,
            [this](const EventBatch &recent) { appendRejected(recent.rejected); });
}

void ProblemsModel::setCapacity(int rows)
{
    rows = std::max(1, rows);
    m_capacity = rows;
    if (m_rows.size() > rows) {
        const int drop = int(m_rows.size()) - rows;
        beginRemoveRows({}, 0, drop - 1);
        m_rows.remove(0, drop);
        endRemoveRows();
    }
}

void ProblemsModel::appendRejected(const QVector<RejectedMessage> &rejected)
{
    if (rejected.isEmpty())
        return;

    for (const RejectedMessage &message : rejected)
        ++m_byReason[size_t(message.reason)];
    m_total += quint64(rejected.size());

    // At most `capacity` of them can be shown: drop the oldest first, in one
    // removal, then insert in one go.
    const int incoming = int(std::min<qsizetype>(rejected.size(), m_capacity));
    const int drop = std::max(0, int(m_rows.size()) + incoming - m_capacity);
    if (drop > 0) {
        beginRemoveRows({}, 0, drop - 1);
        m_rows.remove(0, drop);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + incoming - 1);
    m_rows.append(rejected.mid(rejected.size() - incoming));
    endInsertRows();

    Q_EMIT countChanged(m_total);
}

void ProblemsModel::clear()
{
    const bool hadAny = m_total > 0;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_byReason.fill(0);
    endResetModel();
    if (hadAny)
        Q_EMIT countChanged(0);
}

const RejectedMessage &ProblemsModel::rejectedAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row);
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedMessage &message = m_rows.at(index.row());
    switch (role) {
    case ReasonKeyRole:
        return rejectReasonKey(message.reason);
    case MessageRole:
        return InertText::escaped(message.message);
    case Qt::ToolTipRole:
        // Item tooltips are shown as rich text when they look like markup;
        // Qt::convertFromPlainText keeps wire content literal.
        if (index.column() == ReasonColumn)
            return Qt::convertFromPlainText(InertText::escaped(message.message));
        if (index.column() == PreviewColumn)
            return Qt::convertFromPlainText(InertText::escaped(message.preview));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PartitionColumn || index.column() == OffsetColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case PartitionColumn:
        if (sort)
            return message.partition;
        return message.partition < 0 ? QString() : QString::number(message.partition);
    case OffsetColumn:
        if (sort)
            return qlonglong(message.offset);
        return message.offset < 0 ? QString() : QString::number(message.offset);
    case ReasonColumn:
        return rejectReasonTitle(message.reason);
    case PreviewColumn:
        return InertText::escaped(message.preview);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PartitionColumn:
        return tr("Partition");
    case OffsetColumn:
        return tr("Offset");
    case ReasonColumn:
        return tr("Reason");
    case PreviewColumn:
        return tr("Preview");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace dnd
