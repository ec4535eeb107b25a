// SPDX-License-Identifier: MIT
#include "tablefit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

#include <algorithm>

namespace dnd {

namespace {
// Cell and header padding, and room for the header's sort indicator.
constexpr int CellPadding = 16;
constexpr int SortIndicator = 20;
} // namespace

void fitColumnsToSamples(QTableView *view, const QStringList &samples)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QFontMetrics cell = view->fontMetrics();
    const QFontMetrics header = view->horizontalHeader()->fontMetrics();
    const int columns = std::min<int>(model->columnCount(), int(samples.size()));
    for (int column = 0; column < columns; ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(header.horizontalAdvance(title) + SortIndicator,
                                   cell.horizontalAdvance(samples.at(column))) +
                          CellPadding;
        view->horizontalHeader()->resizeSection(column, width);
    }
}

TableFitSplitter::TableFitSplitter(QSplitter *splitter, QTableView *table, int minimumRows)
    : QObject(splitter), m_splitter(splitter), m_table(table), m_minimumRows(minimumRows)
{
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_userMoved = true; });
    splitter->installEventFilter(this);
    if (QAbstractItemModel *model = table->model()) {
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(model, signal, this, &TableFitSplitter::fit);
        }
        connect(model, &QAbstractItemModel::modelReset, this, &TableFitSplitter::fit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TableFitSplitter::fit);
    }
}

int TableFitSplitter::tablePart() const
{
    QWidget *second = m_splitter->widget(1);
    return second == m_table || second->isAncestorOf(m_table) ? 1 : 0;
}

int TableFitSplitter::wantedTableHeight() const
{
    if (!m_splitter || !m_table || m_splitter->count() < 2)
        return 0;
    QWidget *part = m_splitter->widget(tablePart());
    const int rows = m_table->model() ? m_table->model()->rowCount() : 0;
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    // Everything of the table's part that is not rows: a filter, the
    // table's header, frame and horizontal scroll bar when shown.
    const int chrome = part->height() - m_table->viewport()->height();
    const int wanted = chrome + std::max(rows, m_minimumRows) * rowHeight + 2;
    return std::min(wanted, m_splitter->height() / 2);
}

void TableFitSplitter::fit()
{
    if (m_userMoved || !m_splitter || !m_splitter->isVisible() || m_splitter->count() < 2)
        return;
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    const int table = std::min(wantedTableHeight(), total);
    const int part = tablePart();
    if (sizes.value(part) != table)
        m_splitter->setSizes(part == 0 ? QList<int>{table, total - table}
                                       : QList<int>{total - table, table});
}

bool TableFitSplitter::eventFilter(QObject *watched, QEvent *event)
{
    // After the splitter has laid out its widgets at the new size.
    if (watched == m_splitter && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        QMetaObject::invokeMethod(this, &TableFitSplitter::fit, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

} // namespace dnd
