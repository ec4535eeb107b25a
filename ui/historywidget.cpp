// SPDX-License-Identifier: MIT
#include "historywidget.h"

#include "historymodel.h"
#include "historytrendchart.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dnd {

HistoryWidget::HistoryWidget(QWidget *parent)
    : QWidget(parent), m_model(new HistoryModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView), m_chart(new HistoryTrendChart), m_stack(new QStackedWidget),
      m_empty(new QLabel)
{
    setObjectName(QStringLiteral("historyWidget"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::SessionColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(false);
    m_chart->setMinimumHeight(180);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setText(tr("No sessions yet. Every game the tracker follows is kept in the "
                        "campaign file and shows up here, session by session."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void HistoryWidget::setHistory(const CampaignOutline &outline,
                               const QVector<SessionPlayerRow> &rows)
{
    m_model->setHistory(outline, rows);
    m_chart->setHistory(*m_model);
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
}

void HistoryWidget::setUnavailable(const QString &reason)
{
    m_model->setHistory({}, {});
    m_chart->setHistory(*m_model);
    m_empty->setText(reason);
    m_stack->setCurrentIndex(0);
}

bool HistoryWidget::isShowingTable() const
{
    return m_stack->currentIndex() == 1;
}

} // namespace dnd
