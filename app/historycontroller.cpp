// SPDX-License-Identifier: MIT
#include "historycontroller.h"

#include "archive.h"
#include "campaignselector.h"
#include "historywidget.h"
#include "mainwindow.h"
#include "statisticsrefresher.h"

#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

namespace dnd {

HistoryController::HistoryController(MainWindow *window, StatisticsRefresher *refresher,
                                     QObject *parent)
    : QObject(parent), m_window(window), m_refresher(refresher), m_selector(new CampaignSelector),
      m_history(new HistoryWidget), m_toolBar(new QToolBar(tr("Campaign")))
{
    registerCampaignQueryMetaTypes();
    m_toolBar->setObjectName(QStringLiteral("campaignToolBar"));
    m_toolBar->addWidget(m_selector);
    window->addToolBar(Qt::TopToolBarArea, m_toolBar);
    // A tab beside the overview, always there like it.
    QTabWidget *tabs = window->tabWidget();
    const int index = tabs->insertTab(1, m_history, tr("History"));
    tabs->setTabToolTip(index, tr("Every player's rolls, session by session"));
    tabs->tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
    tabs->tabBar()->setTabButton(index, QTabBar::LeftSide, nullptr);

    m_requery.setSingleShot(true);
    m_requery.setInterval(RequeryMs);
    connect(&m_requery, &QTimer::timeout, this, &HistoryController::requery);
    connect(m_selector, &CampaignSelector::filterChanged, this,
            &HistoryController::onFilterChanged);
    // New events: sessions and History rows catch up a little later, once
    // per RequeryMs however many batches arrive.
    connect(refresher, &StatisticsRefresher::batchApplied, this,
            [this](const EventBatch &, const ApplyResult &result) {
                if (m_archive && result.accepted > 0 && !m_requery.isActive())
                    m_requery.start();
            });
    // A reset or replay drops the scope: the selector follows.
    connect(refresher, &StatisticsRefresher::scopeChanged, this, [this] {
        if (m_selector && !m_refresher->scope().isActive() && !m_filter.isWholeCampaign())
            m_selector->showWholeCampaign();
    });
    setArchive(nullptr, tr("History needs the campaign archive, which is off "
                           "(--no-archive)."));
}

HistoryController::~HistoryController() = default;

void HistoryController::setArchive(Archive *archive, const QString &unavailableReason)
{
    if (m_archive)
        m_archive->disconnect(this);
    m_archive = archive;
    if (!m_selector || !m_history)
        return;
    m_selector->setAvailable(archive != nullptr, unavailableReason);
    if (!archive) {
        m_history->setUnavailable(unavailableReason);
        return;
    }
    connect(archive, &Archive::answered, this, &HistoryController::onAnswered);
    connect(archive, &Archive::opened, this, [this] {
        // Another campaign: back to all of it.
        if (m_selector)
            m_selector->showWholeCampaign();
        requery();
    });
    if (archive->isOpen())
        requery();
}

void HistoryController::requery()
{
    m_requery.stop();
    ask(CampaignQuery::Outline | CampaignQuery::History);
}

void HistoryController::ask(quint8 parts)
{
    if (!m_archive)
        return;
    CampaignQuery query;
    query.id = ++m_nextId;
    query.parts = parts;
    query.filter = m_filter;
    if (parts & CampaignQuery::Outline)
        m_outlineQuestion = query.id;
    if (parts & CampaignQuery::History)
        m_historyQuestion = query.id;
    if (parts & CampaignQuery::Statistics)
        m_scopeQuestion = query.id;
    m_archive->query(query);
}

void HistoryController::onFilterChanged(const CampaignFilter &filter)
{
    m_filter = filter;
    const qint64 run = m_selector->outline().currentRunId;
    if (filter.isWholeCampaign()) {
        m_scopeQuestion = 0;
        m_refresher->setScope(filter, run);
        m_selector->setBusy(false);
        ask(CampaignQuery::History);
        return;
    }
    // The scope's id and the question leave together: live batches from
    // here on are held back until the answer.
    m_scopeId = m_refresher->setScope(filter, run);
    m_selector->setBusy(true);
    ask(CampaignQuery::Statistics | CampaignQuery::History | CampaignQuery::Recent);
}

void HistoryController::onAnswered(const CampaignAnswer &answer)
{
    if (!m_selector || !m_history)
        return; // the window is gone
    if (answer.fault.isFault()) {
        if (answer.id == m_scopeQuestion) {
            // Nothing to narrow with: back to the whole campaign.
            m_selector->setBusy(false);
            m_selector->showWholeCampaign();
        }
        return;
    }
    if ((answer.parts & CampaignQuery::Statistics) && answer.id == m_scopeQuestion) {
        EventBatch recent;
        recent.events = answer.recentEvents;
        recent.rejected = answer.recentRejected;
        m_refresher->answerScope(m_scopeId, answer.statistics, recent);
        m_selector->setBusy(false);
    }
    if ((answer.parts & CampaignQuery::Outline) && answer.id == m_outlineQuestion)
        m_selector->setOutline(answer.outline);
    if ((answer.parts & CampaignQuery::History) && answer.id == m_historyQuestion)
        m_history->setHistory(m_selector->outline(), answer.history);
    emit answerShown(answer);
}

} // namespace dnd
