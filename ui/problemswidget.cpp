// SPDX-License-Identifier: MIT
#include "problemswidget.h"

#include "problemsmodel.h"
#include "rejectreason.h"
#include "statisticsrefresher.h"
#include "tablecopy.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
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
    m_scopedModel = new ProblemsModel(this);
    m_scopedModel->setStatisticsRefresher(model, ProblemsModel::Feed::Scope);
    m_shown = new QIdentityProxyModel(this);
    m_shown->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setModel(m_shown);
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
        [this](const QModelIndex &row) { return rejectedAt(row).preview; },
        [this](const QModelIndex &row) {
            const RejectedMessage &message = rejectedAt(row);
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

    // Rejected messages carry no game_id: said while a game is chosen.
    m_scopeNote = new QLabel(
        tr("Rejected messages carry no game_id: the game chosen under Show: does not narrow "
           "this list (a session or dates do)."),
        this);
    m_scopeNote->setObjectName(QStringLiteral("problemsScopeNote"));
    m_scopeNote->setWordWrap(true);
    m_scopeNote->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_scopeNote);
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

    for (ProblemsModel *problems : {m_model, m_scopedModel}) {
        connect(problems, &ProblemsModel::countChanged, this, [this, problems](quint64 total) {
            if (problems != shownModel())
                return;
            updateTotals();
            Q_EMIT countChanged(total);
        });
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProblemsWidget::showDetail);
    connect(m_shown, &QAbstractItemModel::modelReset, this, &ProblemsWidget::showDetail);
    if (model) {
        connect(model, &StatisticsRefresher::scopeChanged, this,
                [this, model] { followScope(model); });
    }
    updateTotals();
}

ProblemsModel *ProblemsWidget::shownModel() const
{
    return static_cast<ProblemsModel *>(m_shown->sourceModel());
}

const RejectedMessage &ProblemsWidget::rejectedAt(const QModelIndex &index) const
{
    // TableCopy hands the shown model's index, the view the proxy's.
    const QModelIndex source = index.model() == m_shown ? m_shown->mapToSource(index) : index;
    return static_cast<const ProblemsModel *>(source.model())->rejectedAt(source.row());
}

void ProblemsWidget::followScope(const StatisticsRefresher *refresher)
{
    // While the archive is asked, the rows shown stay (as the charts do).
    const CampaignScope &scope = refresher->scope();
    if (scope.isWaiting())
        return;
    m_scopeNote->setVisible(scope.isActive() && !scope.filter().gameId.isEmpty());
    ProblemsModel *shown = scope.isActive() ? m_scopedModel : m_model;
    if (shownModel() == shown)
        return;
    m_shown->setSourceModel(shown);
    updateTotals();
    Q_EMIT countChanged(count());
}

quint64 ProblemsWidget::count() const
{
    return shownModel()->totalCount();
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
        const quint64 n = shownModel()->count(reason);
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
    const RejectedMessage &message = rejectedAt(current);
    m_detail->setText(tr("Partition %1, offset %2: %3\n%4")
                          .arg(message.partition)
                          .arg(message.offset)
                          .arg(message.message, message.preview));
}

} // namespace dnd
