// SPDX-License-Identifier: MIT
#include "eventlogwidget.h"

#include "codec.h"
#include "eventlogmodel.h"
#include "statisticsrefresher.h"
#include "tablecopy.h"
#include "tablefit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dnd {

EventLogWidget::EventLogWidget(StatisticsRefresher *model, QWidget *parent) : QWidget(parent)
{
    m_model = new EventLogModel(this);
    m_model->setStatisticsRefresher(model);
    m_scopedModel = new EventLogModel(this);
    m_scopedModel->setStatisticsRefresher(model, EventLogModel::Feed::Scope);

    // Two chained proxies: one filter each, so both can be active at once
    // without a custom proxy class.
    m_playerProxy = new QSortFilterProxyModel(this);
    m_playerProxy->setSourceModel(m_model);
    m_playerProxy->setFilterKeyColumn(EventLogModel::PlayerColumn);
    m_playerProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_playerProxy->setDynamicSortFilter(true);
    m_typeProxy = new QSortFilterProxyModel(this);
    m_typeProxy->setSourceModel(m_playerProxy);
    m_typeProxy->setFilterKeyColumn(EventLogModel::TypeColumn);
    m_typeProxy->setFilterRole(EventLogModel::TypeRole);
    m_typeProxy->setDynamicSortFilter(true);

    m_playerFilter = new QLineEdit(this);
    m_playerFilter->setPlaceholderText(tr("Filter by player"));
    m_playerFilter->setClearButtonEnabled(true);
    connect(m_playerFilter, &QLineEdit::textChanged, this, &EventLogWidget::setPlayerFilter);

    m_typeFilter = new QComboBox(this);
    m_typeFilter->addItem(tr("All types"), QString());
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const char *known : {"dice_roll", "encounter", "spell_cast"})
        m_typeFilter->addItem(QString::fromLatin1(known), QString::fromLatin1(known));
    for (EventLogModel *events : {m_model, m_scopedModel}) {
        connect(events, &EventLogModel::typeSeen, this, [this](const QString &type) {
            if (m_typeFilter->findData(type) < 0)
                m_typeFilter->addItem(type, type); // combo items are plain text
        });
    }
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { setTypeFilter(m_typeFilter->currentData().toString()); });

    m_followTail = new QCheckBox(tr("Follow new events"), this);
    m_followTail->setChecked(true);
    connect(m_followTail, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });

    m_view = new QTableView(this);
    m_view->setModel(m_typeProxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // In the narrow dock the details get what the other columns leave:
    // those are as wide as their usual text (a time, the longest default
    // player name, the longest standard type), the details stretch to the
    // dock's edge instead of running past it, and a cell too narrow for its
    // text ends in "…" with the whole text in its tooltip.
    m_view->setTextElideMode(Qt::ElideRight);
    fitColumnsToSamples(m_view, {QStringLiteral("00:00:00.000"), QStringLiteral("Stravos"),
                                 QStringLiteral("spell_cast")});
    // A stretched last section never gets narrower than the header's
    // minimum (Qt's default: the font's widest glyph, over 100 px with
    // DejaVu Sans) nor than its size when stretching was turned on (100
    // px): both pushed the details past the dock's edge, cut without "…"
    // behind a horizontal scroll bar.
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(m_view->fontMetrics().horizontalAdvance(QStringLiteral("Time")) +
                                  8);
    header->resizeSection(EventLogModel::DetailsColumn, header->minimumSectionSize());
    header->setStretchLastSection(true);
    // Ctrl+C and the context menu: rows, the event as JSON (the wire format),
    // its position. `row` is an index of the model shown.
    const auto eventOf = [](const QModelIndex &row) -> const GameEvent & {
        return static_cast<const EventLogModel *>(row.model())->eventAt(row.row());
    };
    m_copy = new TableCopy(
        m_view, tr("Copy &payload (JSON)"),
        [eventOf](const QModelIndex &row) {
            return QString::fromUtf8(Codec::encode(eventOf(row)));
        },
        [eventOf](const QModelIndex &row) {
            const GameEvent &event = eventOf(row);
            return TableCopy::positionText(event.partition, event.offset);
        });

    // Scrolling is coalesced: one scroll per event-loop pass however many
    // batches arrived in it.
    auto *scroll = new QTimer(this);
    scroll->setSingleShot(true);
    scroll->setInterval(0);
    connect(scroll, &QTimer::timeout, this, &EventLogWidget::scrollToTailIfFollowing);
    connect(m_typeProxy, &QAbstractItemModel::rowsInserted, scroll, qOverload<>(&QTimer::start));

    // New rows arrive with every batch, 50 times a second at 50,000
    // events/s, and each batch changed every visible row: the log repainted
    // more often than anything else in the window. After new rows its
    // viewport keeps the last picture until the tracker's next refresh
    // (it repaints with the charts) or RepaintAtLeastMs, whichever is first.
    if (model) {
        auto *repaint = new QTimer(this);
        repaint->setSingleShot(true);
        repaint->setInterval(RepaintAtLeastMs);
        const auto resume = [this, repaint] {
            repaint->stop();
            m_view->viewport()->setUpdatesEnabled(true);
        };
        connect(m_typeProxy, &QAbstractItemModel::rowsInserted, this, [this, repaint] {
            if (!m_view->viewport()->updatesEnabled())
                return;
            m_view->viewport()->setUpdatesEnabled(false);
            repaint->start();
        });
        connect(repaint, &QTimer::timeout, this, resume);
        connect(model, &StatisticsRefresher::refreshed, this, resume);
        connect(model, &StatisticsRefresher::wasReset, this, resume);
        connect(model, &StatisticsRefresher::scopeChanged, this,
                [this, model] { followScope(model); });
    }

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_playerFilter, 1);
    bar->addWidget(m_typeFilter);
    bar->addWidget(m_followTail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

QAbstractItemModel *EventLogWidget::viewModel() const
{
    return m_typeProxy;
}

EventLogModel *EventLogWidget::shownModel() const
{
    return static_cast<EventLogModel *>(m_playerProxy->sourceModel());
}

void EventLogWidget::followScope(const StatisticsRefresher *refresher)
{
    // While the archive is asked, the rows shown stay (as the charts do).
    const CampaignScope &scope = refresher->scope();
    if (scope.isWaiting())
        return;
    EventLogModel *shown = scope.isActive() ? m_scopedModel : m_model;
    if (shownModel() == shown)
        return;
    m_playerProxy->setSourceModel(shown);
    scrollToTailIfFollowing();
}

bool EventLogWidget::followTail() const
{
    return m_followTail->isChecked();
}

void EventLogWidget::setPlayerFilter(const QString &text)
{
    if (m_playerFilter->text() != text) {
        const QSignalBlocker blocker(m_playerFilter);
        m_playerFilter->setText(text);
    }
    m_playerProxy->setFilterFixedString(text.trimmed());
}

void EventLogWidget::setTypeFilter(const QString &type)
{
    int index = m_typeFilter->findData(type);
    if (index < 0) {
        m_typeFilter->addItem(type, type);
        index = m_typeFilter->count() - 1;
    }
    if (m_typeFilter->currentIndex() != index) {
        const QSignalBlocker blocker(m_typeFilter);
        m_typeFilter->setCurrentIndex(index);
    }
    if (type.isEmpty())
        m_typeProxy->setFilterRegularExpression(QRegularExpression());
    else
        m_typeProxy->setFilterRegularExpression(QRegularExpression(
            QRegularExpression::anchoredPattern(QRegularExpression::escape(type))));
}

void EventLogWidget::setFollowTail(bool follow)
{
    m_followTail->setChecked(follow);
}

void EventLogWidget::scrollToTailIfFollowing()
{
    if (followTail())
        m_view->scrollToBottom();
}

} // namespace dnd
