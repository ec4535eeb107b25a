// SPDX-License-Identifier: MIT
#include "playertab.h"

#include "chartdescription.h"

#include "inerttext.h"

#include "categorypalette.h"
#include "countbarchart.h"
#include "dicefairness.h"
#include "eventtypechart.h"
#include "playerstats.h"
#include "recentrollschart.h"
#include "rolldistributionchart.h"
#include "statcard.h"
#include "statistics.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace dnd {

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
    // Spells and monsters in the colours of their event types.
    m_spells->setBarColor(CategoryPalette::Kind::EventType, QStringLiteral("spell_cast"));
    m_monsters->setBarColor(CategoryPalette::Kind::EventType, QStringLiteral("encounter"));
    m_recent->setPlayerColor(player);

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

    for (const int sides : DieTypes)
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
        showFairness();
    });

    // Two rows of three, so a 1280x800 window shows the cards and every
    // chart without scrolling. The distribution spans two columns: a d20's
    // twenty face numbers stay readable from 1280 px.
    auto *charts = new QGridLayout;
    charts->addWidget(m_eventTypes, 0, 0);
    charts->addWidget(m_recent, 0, 1);
    charts->addWidget(m_spells, 0, 2);
    charts->addWidget(distributionBox, 1, 0, 1, 2);
    charts->addWidget(m_monsters, 1, 2);
    charts->setRowMinimumHeight(0, 220);
    charts->setRowMinimumHeight(1, 240);
    for (int column = 0; column < 3; ++column)
        charts->setColumnStretch(column, 1);
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

QWidget *PlayerTab::exportContent() const
{
    if (isEmptyState())
        return m_emptyLabel;
    auto *scroll = qobject_cast<QScrollArea *>(m_stack->widget(1));
    return scroll ? scroll->widget() : nullptr;
}

ChartWidget *PlayerTab::currentChart() const
{
    return m_current ? m_current : static_cast<ChartWidget *>(m_eventTypes);
}

QString PlayerTab::fairnessVerdict(const DieFairness &die)
{
    switch (die.verdict()) {
    case DieFairness::NotEnoughRolls:
        break;
    case DieFairness::LooksFair:
        return tr("looks fair");
    case DieFairness::LittleOdd:
        return tr("a little odd");
    case DieFairness::Suspicious:
        return tr("suspicious");
    case DieFairness::LikelyLoaded:
        return tr("very likely loaded");
    }
    return tr("not enough rolls yet");
}

namespace {
QString probability(double p)
{
    const QLocale locale;
    return p < 0.001 ? QStringLiteral("< ") + locale.toString(0.001)
                     : QStringLiteral("= ") + locale.toString(p, 'g', 2);
}
} // namespace

QString PlayerTab::fairnessDetail(const DieFairness &die)
{
    const QLocale locale;
    if (!die.isTested()) {
        // At least 20 rolls are needed (a d4): always a plural.
        return tr("%1 of %2 rolls needed")
            .arg(locale.toString(die.rolls), locale.toString(die.rollsNeeded()));
    }
    // The corrected p is the one the verdict follows.
    return tr("p %1 (Holm, %n test(s)), %2", nullptr, die.familySize)
        .arg(probability(die.adjustedPValue),
             tr("%n roll(s)", nullptr, int(std::min<quint64>(die.rolls, INT_MAX))));
}

QString PlayerTab::fairnessToolTip(const QVector<DieFairness> &dice)
{
    const QLocale locale;
    const int family = dice.isEmpty() ? 0 : dice.constFirst().familySize;
    QStringList lines;
    lines.append(tr("Chi-square test of each die's faces against a fair die; a die is tested "
                    "once every face expects at least 5 rolls."));
    lines.append(tr("p-values corrected with Holm's method across the %n test(s) shown at once "
                    "(every tested die of every player tab).",
                    nullptr, family));
    for (const DieFairness &die : dice) {
        const QString name = tr("d%1").arg(die.sides);
        if (die.rolls == 0)
            continue;
        if (!die.isTested()) {
            lines.append(
                tr("%1: not enough rolls, %2 of %3")
                    .arg(name, locale.toString(die.rolls), locale.toString(die.rollsNeeded())));
            continue;
        }
        lines.append(tr("%1: %2, n = %3, chi-square = %4, p %5, Holm-corrected p %6")
                         .arg(name, fairnessVerdict(die), locale.toString(die.rolls),
                              locale.toString(die.chiSquare, 'f', 1), probability(die.pValue),
                              probability(die.adjustedPValue)));
    }
    return lines.join(QLatin1Char('\n'));
}

void PlayerTab::refresh(const Statistics &statistics, const QStringList &shownPlayers)
{
    m_lastStatistics = &statistics;
    m_shownPlayers = shownPlayers.contains(m_player) ? shownPlayers : QStringList{m_player};
    showPlayer(statistics.player(m_player));
    showFairness();
    // Screen readers get each chart's numbers (tst_desktop reads them).
    for (QChartView *chart : findChildren<QChartView *>())
        updateChartAccessibility(chart);
}

void PlayerTab::showFairness()
{
    const DiceFairness fairness =
        m_lastStatistics ? DiceFairness(*m_lastStatistics, m_shownPlayers) : DiceFairness();
    QVector<DieFairness> dice;
    for (const int sides : DieTypes)
        dice.append(fairness.die(m_player, sides));
    const int shownSides = m_dieCombo->currentData().toInt();
    const DieFairness shown = fairness.die(m_player, shownSides);
    StatCard *card = m_cards[FairnessCard];
    card->setTitle(tr("d%1 fairness").arg(shownSides));
    card->setToolTip(fairnessToolTip(dice));
    card->setValue(fairnessVerdict(shown));
    card->setDetail(fairnessDetail(shown));
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
        const int rolls = int(std::min<quint64>(d20->count, INT_MAX)); // picks the plural form
        m_cards[AverageCard]->setDetail(
            tr("fair die: 10.5, %1 roll(s)", nullptr, rolls).arg(number(d20->count)));
    } else {
        m_cards[AverageCard]->setValue(QStringLiteral("–"));
        m_cards[AverageCard]->setDetail(tr("fair die: 10.5"));
    }
    m_cards[Nat20Card]->setValue(number(player ? player->nat20 : 0));
    m_cards[Nat1Card]->setValue(number(player ? player->nat1 : 0));
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
