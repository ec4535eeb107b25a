// SPDX-License-Identifier: MIT
#pragma once

#include "campaignquery.h"
#include "campaignselector.h"
#include "historywidget.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QToolBar>

namespace dnd {

class Archive;
class MainWindow;
class StatisticsRefresher;

// Sessions and campaigns in the window: the selector (a toolbar) narrows
// every view through the refresher's scope, the History tab shows per
// player and session rows and their trend. Every question goes to the
// archive (Archive::query, answered on its reader thread) and comes back as
// values; answers to an older question are dropped by id. While events arrive, the sessions
// and the History rows are asked again at most every RequeryMs.
class HistoryController : public QObject
{
    Q_OBJECT
public:
    static constexpr int RequeryMs = 3000;

    HistoryController(MainWindow *window, StatisticsRefresher *refresher,
                      QObject *parent = nullptr);
    ~HistoryController() override;

    // The campaign archive to ask (not owned), or nullptr: no archive, the
    // selector is off and History says why. Asks for the outline when the
    // archive is open, and again each time it (re)opens a campaign.
    void setArchive(Archive *archive, const QString &unavailableReason = {});

    CampaignSelector *selector() const { return m_selector; }
    HistoryWidget *history() const { return m_history; }
    QToolBar *toolBar() const { return m_toolBar; }

public Q_SLOTS:
    void requery(); // outline and History now

Q_SIGNALS:
    // An answer was shown (tests wait on it).
    void answerShown(const dnd::CampaignAnswer &answer);

private:
    void onFilterChanged(const CampaignFilter &filter);
    void onAnswered(const CampaignAnswer &answer);
    void ask(quint8 parts);

    QPointer<MainWindow> m_window;
    StatisticsRefresher *m_refresher;
    QPointer<Archive> m_archive;
    // Owned by the window, which may go first.
    QPointer<CampaignSelector> m_selector;
    QPointer<HistoryWidget> m_history;
    QPointer<QToolBar> m_toolBar;
    QTimer m_requery;
    CampaignFilter m_filter;
    quint64 m_nextId = 0;
    quint64 m_outlineQuestion = 0; // the latest question with the outline
    quint64 m_historyQuestion = 0; // the latest with History rows
    quint64 m_scopeQuestion = 0;   // the latest with statistics for the scope
    quint64 m_scopeId = 0;         // the refresher's id for that scope
};

} // namespace dnd
