// SPDX-License-Identifier: MIT
#include "tablecopy.h"

#include "icons.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

#include <algorithm>

namespace dnd {

namespace {

QModelIndex toSource(QModelIndex index)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model()))
        index = proxy->mapToSource(index);
    return index;
}

void setClipboardText(const QString &text)
{
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

} // namespace

TableCopy::TableCopy(QTableView *view, const QString &payloadLabel, RowText payload,
                     RowText position)
    : QObject(view), m_view(view), m_payload(std::move(payload)), m_position(std::move(position))
{
    m_copyRows = new QAction(themedIcon(QStringLiteral("edit-copy")), tr("&Copy"), view);
    m_copyRows->setShortcut(QKeySequence::Copy);
    // Only while the table has the focus: line edits keep their own Ctrl+C.
    m_copyRows->setShortcutContext(Qt::WidgetShortcut);
    m_copyRows->setShortcutVisibleInContextMenu(true);
    m_copyRows->setToolTip(tr("Copy the selected rows as shown, cells separated by tabs"));
    connect(m_copyRows, &QAction::triggered, this,
            [this] { setClipboardText(selectedRowsText()); });
    view->addAction(m_copyRows);

    m_menu = new QMenu(view);
    m_menu->addAction(m_copyRows);
    if (m_payload) {
        m_copyPayload = m_menu->addAction(payloadLabel);
        connect(m_copyPayload, &QAction::triggered, this,
                [this] { setClipboardText(selectedPayloadText()); });
    }
    if (m_position) {
        m_copyPosition = m_menu->addAction(tr("Copy partition and &offset"));
        connect(m_copyPosition, &QAction::triggered, this,
                [this] { setClipboardText(selectedPositionText()); });
    }

    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &TableCopy::showContextMenu);
    connect(m_menu, &QMenu::aboutToShow, this, &TableCopy::updateActions);
    // Disabled only while the menu shows: Ctrl+C stays live.
    connect(m_menu, &QMenu::aboutToHide, this, [this] {
        for (QAction *action : m_menu->actions())
            action->setEnabled(true);
    });
}

QString TableCopy::positionText(qint32 partition, qint64 offset)
{
    if (partition < 0 || offset < 0)
        return {};
    return QStringLiteral("partition=%1 offset=%2").arg(partition).arg(offset);
}

QModelIndexList TableCopy::selectedViewRows() const
{
    QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().siblingAtColumn(0));
    // In the order the user sees them, not the order they were clicked.
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

QString TableCopy::selectedRowsText() const
{
    const QModelIndexList rows = selectedViewRows();
    const QAbstractItemModel *model = m_view->model();
    const QHeaderView *header = m_view->horizontalHeader();
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        // Columns in the order shown, hidden ones left out.
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (header->isSectionHidden(column))
                continue;
            QString cell = model->index(row.row(), column).data(Qt::DisplayRole).toString();
            // A cell never breaks the row/column structure.
            cell.replace(QLatin1Char('\t'), QLatin1Char(' '))
                .replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells.append(cell);
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TableCopy::joinRows(const RowText &text) const
{
    QStringList lines;
    for (const QModelIndex &row : selectedViewRows()) {
        const QString line = text(toSource(row));
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString TableCopy::selectedPayloadText() const
{
    return m_payload ? joinRows(m_payload) : QString();
}

QString TableCopy::selectedPositionText() const
{
    return m_position ? joinRows(m_position) : QString();
}

void TableCopy::updateActions()
{
    const bool any = !selectedViewRows().isEmpty();
    m_copyRows->setEnabled(any);
    if (m_copyPayload)
        m_copyPayload->setEnabled(any && !selectedPayloadText().isEmpty());
    if (m_copyPosition)
        m_copyPosition->setEnabled(any && !selectedPositionText().isEmpty());
}

void TableCopy::showContextMenu(const QPoint &position)
{
    // A right click on a row outside the selection selects it first, as
    // file managers do.
    const QModelIndex clicked = m_view->indexAt(position);
    if (clicked.isValid() && m_view->selectionModel() &&
        !m_view->selectionModel()->isRowSelected(clicked.row(), clicked.parent()))
        m_view->selectionModel()->setCurrentIndex(clicked, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    m_menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace dnd
