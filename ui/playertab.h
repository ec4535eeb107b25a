// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

#include <cmath>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace dnd {

class ChartWidget;
class CountBarChart;
class EventTypeChart;
class RecentRollsChart;
class RollDistributionChart;
class StatCard;
class Statistics;
struct DieFairness;
struct PlayerStats;

// One tracked player: stat cards and charts, or an empty state while the
// player has not been seen on the stream. Redraws only when refresh() is
// called (the window calls it on StatisticsRefresher::refreshed()).
class PlayerTab : public QWidget
{
    Q_OBJECT
public:
    enum Card
    {
        EventsCard,
        RollsCard,
        AverageCard,
        Nat20Card,
        Nat1Card,
        FairnessCard,
        SpellCard,
        MonsterCard,
        CardCount
    };

    explicit PlayerTab(const QString &player, QWidget *parent = nullptr);

    QString player() const { return m_player; }
    // shownPlayers: the players whose dice fairness is on screen together
    // (the tabs), corrected together; empty means this player alone.
    void refresh(const Statistics &statistics, const QStringList &shownPlayers = {});
    bool isEmptyState() const;

    StatCard *card(Card card) const { return m_cards[card]; }
    EventTypeChart *eventTypeChart() const { return m_eventTypes; }
    RollDistributionChart *rollDistributionChart() const { return m_distribution; }
    RecentRollsChart *recentRollsChart() const { return m_recent; }
    CountBarChart *spellChart() const { return m_spells; }
    CountBarChart *monsterChart() const { return m_monsters; }
    QComboBox *dieCombo() const { return m_dieCombo; }
    // What an export of the tab draws: the cards and charts (all of them,
    // also what is scrolled out of view), or the empty state.
    QWidget *exportContent() const;
    // The chart the user last clicked, else events by type.
    ChartWidget *currentChart() const;

    // "looks fair", "suspicious", "not enough rolls yet"...
    static QString fairnessVerdict(const DieFairness &die);
    // "p = 0.42 (Holm, 6 tests), 1,234 rolls", "12 of 100 rolls needed"
    static QString fairnessDetail(const DieFairness &die);
    // One line per die with its verdict, sample size and both p-values,
    // and what the correction is.
    static QString fairnessToolTip(const QVector<DieFairness> &dice);

private:
    void showPlayer(const PlayerStats *player);
    void showFairness();

    QString m_player;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    StatCard *m_cards[CardCount] = {};
    QComboBox *m_dieCombo;
    EventTypeChart *m_eventTypes;
    RollDistributionChart *m_distribution;
    RecentRollsChart *m_recent;
    CountBarChart *m_spells;
    CountBarChart *m_monsters;
    ChartWidget *m_current = nullptr;
    const Statistics *m_lastStatistics = nullptr;
    QStringList m_shownPlayers;
};

} // namespace dnd
