// SPDX-License-Identifier: MIT
#include "problemswidget.h"

#include "problemsmodel.h"
#include "rejectreason.h"
#include "statisticsrefresher.h"
#include "tablecopy.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dnd {

ProblemsWidget::ProblemsWidget(StatisticsRefresher *model, QWidget *parent) : QWidget(parent)
{
    m_model = new ProblemsModel(this);
    m_model->setStatisticsRefresher(model);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The reason column fits the longest reason ("Control or invisible
    // characters in player name"), measured once: resize-to-contents would
    // measure every row on every refresh. The codec's detail is its tooltip.
    int reasonWidth = m_view->fontMetrics().horizontalAdvance(
        m_model->headerData(ProblemsModel::ReasonColumn, Qt::Horizontal).toString());
    for (int i = 0; i < RejectReasonCount; ++i) {
        reasonWidth =
            std::max(reasonWidth,
                     m_view->fontMetrics().horizontalAdvance(rejectReasonTitle(RejectReason(i))));
    }
    m_view->horizontalHeader()->resizeSection(ProblemsModel::ReasonColumn, reasonWidth + 24);
    // Ctrl+C and the context menu: rows, the escaped payload preview, the position.
    m_copy = new TableCopy(
        m_view, tr("Copy &payload (escaped preview)"),
        [this](const QModelIndex &row) { return m_model->rejectedAt(row.row()).preview; },
        [this](const QModelIndex &row) {
            const RejectedMessage &message = m_model->rejectedAt(row.row());
            return TableCopy::positionText(message.partition, message.offset);
        });

    m_totals = new QListWidget(this);
    m_totals->setSelectionMode(QAbstractItemView::NoSelection);
    m_totals->setToolTip(tr("Rejected messages by reason, since the stream started"));

    // Previews come from the wire: always shown as plain text.
    m_detail = new QLabel(this);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setText(tr("Select a rejected message to see its details."));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_detail);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_totals);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_model, &ProblemsModel::countChanged, this, [this](quint64 total) {
        updateTotals();
        Q_EMIT countChanged(total);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProblemsWidget::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsWidget::showDetail);
    updateTotals();
}

quint64 ProblemsWidget::count() const
{
    return m_model->totalCount();
}

QString ProblemsWidget::title() const
{
    const quint64 total = count();
    if (total == 0)
        return tr("Problems");
    return tr("Problems (%1)").arg(QLocale().toString(qulonglong(total)));
}

void ProblemsWidget::updateTotals()
{
    m_totals->clear();
    const QLocale locale;
    for (int i = 0; i < RejectReasonCount; ++i) {
        const auto reason = RejectReason(i);
        const quint64 n = m_model->count(reason);
        if (n == 0)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1: %2").arg(rejectReasonTitle(reason), locale.toString(qulonglong(n))));
        item->setData(Qt::UserRole, rejectReasonKey(reason));
        item->setData(Qt::UserRole + 1, qulonglong(n));
        m_totals->addItem(item);
    }
    if (m_totals->count() == 0)
        m_totals->addItem(tr("No rejected messages"));
}

void ProblemsWidget::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->setText(tr("Select a rejected message to see its details."));
        return;
    }
    const RejectedMessage &message = m_model->rejectedAt(current.row());
    m_detail->setText(tr("Partition %1, offset %2: %3\n%4")
                          .arg(message.partition)
                          .arg(message.offset)
                          .arg(message.message, message.preview));
}

} // namespace dnd
