// SPDX-License-Identifier: MIT
#include "propertiestablemodel.h"

#include <QBrush>
#include <QColor>

namespace dnd {

PropertiesTableModel::PropertiesTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PropertiesTableModel::setText(const QString &text)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        Row row;
        row.key = (eq < 0 ? line : line.left(eq)).trimmed();
        row.value = eq < 0 ? QString() : line.mid(eq + 1).trimmed();
        m_rows.append(row);
    }
    endResetModel();
}

QString PropertiesTableModel::entry(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.key.trimmed().isEmpty() && r.value.trimmed().isEmpty())
        return {};
    return r.key.trimmed() + QLatin1Char('=') + r.value.trimmed();
}

QString PropertiesTableModel::text() const
{
    QStringList lines;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (const QString line = entry(row); !line.isEmpty())
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

int PropertiesTableModel::addRow()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{});
    endInsertRows();
    return row;
}

void PropertiesTableModel::setProblems(const QStringList &problems)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString problem = problems.value(row);
        if (m_rows[row].problem == problem)
            continue;
        m_rows[row].problem = problem;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                           {Qt::ToolTipRole, Qt::ForegroundRole});
    }
}

QString PropertiesTableModel::problem(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).problem : QString();
}

int PropertiesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PropertiesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PropertiesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == KeyColumn ? row.key : row.value;
    case Qt::ToolTipRole:
        return row.problem.isEmpty() ? QVariant() : QVariant(row.problem);
    case Qt::ForegroundRole:
        return row.problem.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xc6, 0x28, 0x28)));
    default:
        return {};
    }
}

bool PropertiesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Row &row = m_rows[index.row()];
    QString &cell = index.column() == KeyColumn ? row.key : row.value;
    const QString text = value.toString();
    if (cell == text)
        return false;
    cell = text;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags PropertiesTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant PropertiesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // rows are named by number in messages
    return section == KeyColumn ? tr("Property") : tr("Value");
}

bool PropertiesTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace dnd
