// SPDX-License-Identifier: MIT
#include "playertab.h"

#include "inerttext.h"

#include "countbarchart.h"
#include "eventtypechart.h"
#include "playerstats.h"
#include "recentrollschart.h"
#include "rolldistributionchart.h"
#include "statcard.h"
#include "statistics.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dnd {

namespace {
constexpr int DieSides[] = {4, 6, 8, 10, 12, 20, 100};
} // namespace

PlayerTab::PlayerTab(const QString &player, QWidget *parent)
    : QWidget(parent), m_player(player), m_stack(new QStackedWidget(this)),
      m_emptyLabel(new QLabel(this)), m_dieCombo(new QComboBox(this)),
      m_eventTypes(new EventTypeChart(this)), m_distribution(new RollDistributionChart(this)),
      m_recent(new RecentRollsChart(this)),
      m_spells(new CountBarChart(tr("Spells cast"), Qt::Horizontal, 10, this)),
      m_monsters(new CountBarChart(tr("Monsters encountered"), Qt::Horizontal, 10, this))
{
    setObjectName(QStringLiteral("playerTab"));
    // Empty state: the player name comes from the wire or the user.
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(
        tr("No events from %1 yet.\n\nStart a simulated game in the Simulator panel, or connect "
           "to a topic that %1 plays on; this tab fills in as soon as the first event arrives.")
            .arg(player));
    m_stack->addWidget(m_emptyLabel);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    auto *cards = new QGridLayout;
    const QString titles[CardCount] = {
        tr("Events"), tr("Rolls"),        tr("Average d20"),     tr("Nat 20s"),
        tr("Nat 1s"), tr("d20 fairness"), tr("Favourite spell"), tr("Most fought monster")};
    for (int i = 0; i < CardCount; ++i) {
        m_cards[i] = new StatCard(titles[i], content);
        cards->addWidget(m_cards[i], i / 4, i % 4);
    }
    contentLayout->addLayout(cards);

    for (int sides : DieSides)
        m_dieCombo->addItem(tr("d%1").arg(sides), sides);
    m_dieCombo->setCurrentIndex(m_dieCombo->findData(20));
    m_dieCombo->setToolTip(tr("Die shown in the roll distribution"));
    auto *distributionBox = new QWidget;
    auto *distributionLayout = new QVBoxLayout(distributionBox);
    distributionLayout->setContentsMargins(0, 0, 0, 0);
    auto *dieRow = new QHBoxLayout;
    auto *dieLabel = new QLabel(tr("&Die:"));
    dieLabel->setBuddy(m_dieCombo);
    dieRow->addWidget(dieLabel);
    dieRow->addWidget(m_dieCombo);
    dieRow->addStretch();
    distributionLayout->addLayout(dieRow);
    distributionLayout->addWidget(m_distribution, 1);
    connect(m_dieCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_distribution->setSides(m_dieCombo->currentData().toInt());
        if (m_lastStatistics)
            m_distribution->setPlayer(m_lastStatistics->player(m_player));
        else
            m_distribution->setPlayer(nullptr);
    });

    auto *charts = new QGridLayout;
    charts->addWidget(m_eventTypes, 0, 0);
    charts->addWidget(distributionBox, 0, 1);
    charts->addWidget(m_recent, 1, 0, 1, 2);
    charts->addWidget(m_spells, 2, 0);
    charts->addWidget(m_monsters, 2, 1);
    charts->setRowMinimumHeight(0, 260);
    charts->setRowMinimumHeight(1, 240);
    charts->setRowMinimumHeight(2, 260);
    contentLayout->addLayout(charts, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    for (ChartWidget *chart :
         {static_cast<ChartWidget *>(m_eventTypes), static_cast<ChartWidget *>(m_distribution),
          static_cast<ChartWidget *>(m_recent), static_cast<ChartWidget *>(m_spells),
          static_cast<ChartWidget *>(m_monsters)}) {
        connect(chart, &ChartWidget::activated, this, [this](ChartWidget *c) { m_current = c; });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showPlayer(nullptr);
}

bool PlayerTab::isEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

ChartWidget *PlayerTab::currentChart() const
{
    return m_current ? m_current : static_cast<ChartWidget *>(m_eventTypes);
}

QString PlayerTab::fairnessVerdict(double pValue)
{
    if (std::isnan(pValue))
        return tr("not enough rolls yet");
    const QString p =
        pValue < 0.001 ? QStringLiteral("< 0.001") : QStringLiteral("= %1").arg(pValue, 0, 'g', 2);
    if (pValue < 0.001)
        return tr("very likely loaded (p %1)").arg(p);
    if (pValue < 0.01)
        return tr("suspicious (p %1)").arg(p);
    if (pValue < 0.05)
        return tr("a little odd (p %1)").arg(p);
    return tr("looks fair (p %1)").arg(p);
}

void PlayerTab::refresh(const Statistics &statistics)
{
    m_lastStatistics = &statistics;
    showPlayer(statistics.player(m_player));
}

void PlayerTab::showPlayer(const PlayerStats *player)
{
    const bool seen = player && player->events > 0;
    m_stack->setCurrentIndex(seen ? 1 : 0);
    const QLocale locale;
    const DieStats *d20 = player ? player->die(20) : nullptr;
    auto number = [&locale](quint64 n) { return locale.toString(n); };

    m_cards[EventsCard]->setValue(number(player ? player->events : 0));
    m_cards[RollsCard]->setValue(number(player ? player->rolls() : 0));
    if (d20 && d20->count > 0) {
        m_cards[AverageCard]->setValue(locale.toString(d20->mean(), 'f', 2));
        m_cards[AverageCard]->setDetail(tr("fair die: 10.5, %1 rolls").arg(number(d20->count)));
    } else {
        m_cards[AverageCard]->setValue(QStringLiteral("–"));
        m_cards[AverageCard]->setDetail(tr("fair die: 10.5"));
    }
    m_cards[Nat20Card]->setValue(number(player ? player->nat20 : 0));
    m_cards[Nat1Card]->setValue(number(player ? player->nat1 : 0));
    m_cards[FairnessCard]->setValue(
        fairnessVerdict(d20 && d20->hasEnoughForFairness() ? d20->fairnessPValue() : std::nan("")));
    m_cards[FairnessCard]->setDetail(tr("chi-square test of the d20 faces"));
    const QString spell = player ? mostFrequent(player->spells) : QString();
    m_cards[SpellCard]->setValue(spell.isEmpty() ? tr("none yet") : InertText::escaped(spell));
    m_cards[SpellCard]->setDetail(
        spell.isEmpty() ? QString() : tr("%n cast(s)", nullptr, int(player->spells.value(spell))));
    const QString monster = player ? mostFrequent(player->monsters) : QString();
    m_cards[MonsterCard]->setValue(monster.isEmpty() ? tr("none yet")
                                                     : InertText::escaped(monster));
    m_cards[MonsterCard]->setDetail(
        monster.isEmpty() ? QString()
                          : tr("%n encounter(s)", nullptr, int(player->monsters.value(monster))));

    m_eventTypes->setPlayer(seen ? player : nullptr);
    m_distribution->setPlayer(seen ? player : nullptr);
    m_recent->setPlayer(seen ? player : nullptr);
    if (seen) {
        m_spells->setCounts(player->spells);
        m_monsters->setCounts(player->monsters);
    } else {
        m_spells->clear();
        m_monsters->clear();
    }
}

} // namespace dnd
