// SPDX-License-Identifier: MIT
#include "simulatorpanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace dnd {

namespace {
constexpr int SliderSteps = 1000;

LiveLabel *counterLabel(QWidget *parent)
{
    auto *label = new LiveLabel(parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setLiveText(QStringLiteral("0"));
    return label;
}
} // namespace

int SimulatorPanel::sliderPosition(double rate)
{
    const double low = std::log10(MinRate);
    const double high = std::log10(MaxRate);
    const double clamped = std::clamp(rate, MinRate, MaxRate);
    return int(std::lround((std::log10(clamped) - low) / (high - low) * SliderSteps));
}

double SimulatorPanel::rateAtSlider(int position)
{
    const double low = std::log10(MinRate);
    const double high = std::log10(MaxRate);
    const double rate = std::pow(10.0, low + (high - low) * position / SliderSteps);
    // Round to something a person would type: 2 significant digits.
    const double magnitude = std::pow(10.0, std::floor(std::log10(rate)) - 1);
    return std::clamp(std::round(rate / magnitude) * magnitude, MinRate, MaxRate);
}

SimulatorPanel::SimulatorPanel(QWidget *parent)
    : QWidget(parent), m_start(new QPushButton(tr("&Start game"), this)),
      m_pause(new QPushButton(tr("&Pause"), this)), m_stop(new QPushButton(tr("S&top"), this)),
      m_mode(new QComboBox(this)), m_rateSlider(new QSlider(Qt::Horizontal, this)),
      m_rateSpin(new QDoubleSpinBox(this)), m_seed(new QLineEdit(this)),
      m_roster(new QListWidget(this)), m_add(new QPushButton(tr("&Add"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_stateLabel(new QLabel(this)),
      m_produced(counterLabel(this)), m_delivered(counterLabel(this)), m_failed(counterLabel(this))
{
    setObjectName(QStringLiteral("simulatorPanel"));
    m_start->setObjectName(QStringLiteral("startGameButton"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_start->setToolTip(tr("Start producing simulated events to the topic"));
    m_pause->setToolTip(tr("Pause or resume the simulated producer"));
    m_stop->setToolTip(tr("Stop the simulated producer"));

    m_mode->addItem(tr("Game (reads like play)"), QVariant::fromValue(int(SimulationMode::Game)));
    m_mode->addItem(tr("Random (like the original producer)"),
                    QVariant::fromValue(int(SimulationMode::Random)));

    m_rateSlider->setRange(0, SliderSteps);
    m_rateSlider->setToolTip(tr("Events per second, on a log scale"));
    m_rateSpin->setRange(MinRate, MaxRate);
    m_rateSpin->setDecimals(1);
    m_rateSpin->setSuffix(tr(" /s"));
    m_rateSpin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_rateSpin->setToolTip(tr("Events per second: 0.2 (one every 5 seconds) to 100,000"));
    connect(m_rateSlider, &QSlider::valueChanged, this, [this](int position) {
        const QSignalBlocker block(m_rateSpin);
        m_rateSpin->setValue(rateAtSlider(position));
        Q_EMIT rateChanged(m_rateSpin->value());
    });
    connect(m_rateSpin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const QSignalBlocker block(m_rateSlider);
        m_rateSlider->setValue(sliderPosition(value));
        Q_EMIT rateChanged(value);
    });

    // Seeds are 64-bit; a spin box stops at 2^31.
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    m_seed->setToolTip(tr("The same seed, mode and roster give the same game"));

    m_roster->setObjectName(QStringLiteral("rosterList"));
    m_roster->setToolTip(tr("Players of the next game; double-click a name to rename it"));
    m_roster->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::SelectedClicked);
    m_roster->setMaximumHeight(130);
    connect(m_add, &QPushButton::clicked, this, &SimulatorPanel::addPlayer);
    connect(m_remove, &QPushButton::clicked, this, &SimulatorPanel::removePlayer);
    connect(m_roster, &QListWidget::itemSelectionChanged, this, &SimulatorPanel::updateButtons);

    connect(m_start, &QPushButton::clicked, this, &SimulatorPanel::requestStart);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_state == SimulationState::Paused)
            Q_EMIT resumeRequested();
        else if (m_state == SimulationState::Running)
            Q_EMIT pauseRequested();
    });
    connect(m_stop, &QPushButton::clicked, this, &SimulatorPanel::stopRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);

    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rateSlider, 1);
    rateRow->addWidget(m_rateSpin);

    auto *rosterButtons = new QVBoxLayout;
    rosterButtons->addWidget(m_add);
    rosterButtons->addWidget(m_remove);
    rosterButtons->addStretch();
    auto *rosterRow = new QHBoxLayout;
    rosterRow->addWidget(m_roster, 1);
    rosterRow->addLayout(rosterButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("Rate:"), rateRow);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(tr("Roster:"), rosterRow);

    auto *counters = new QGridLayout;
    counters->addWidget(new QLabel(tr("Produced:")), 0, 0);
    // Right-aligned in their cells, as the stretched labels were.
    counters->addWidget(m_produced, 0, 1, Qt::AlignRight);
    counters->addWidget(new QLabel(tr("Delivered:")), 1, 0);
    counters->addWidget(m_delivered, 1, 1, Qt::AlignRight);
    counters->addWidget(new QLabel(tr("Failed:")), 2, 0);
    counters->addWidget(m_failed, 2, 1, Qt::AlignRight);
    m_produced->setObjectName(QStringLiteral("producedCount"));

    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stateLabel);
    layout->addLayout(form);
    layout->addLayout(counters);
    layout->addStretch();

    setSeed(1);
    setRate(5);
    setRoster(defaultRoster());
    setSimulationState(SimulationState::Stopped);
}

SimulationMode SimulatorPanel::mode() const
{
    return SimulationMode(m_mode->currentData().toInt());
}

double SimulatorPanel::rate() const
{
    return m_rateSpin->value();
}

quint64 SimulatorPanel::seed() const
{
    return m_seed->text().toULongLong();
}

QStringList SimulatorPanel::roster() const
{
    QStringList names;
    for (int i = 0; i < m_roster->count(); ++i) {
        const QString name = m_roster->item(i)->text().trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

void SimulatorPanel::setMode(SimulationMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void SimulatorPanel::setRate(double eventsPerSecond)
{
    m_rateSpin->setValue(std::clamp(eventsPerSecond, MinRate, MaxRate));
}

void SimulatorPanel::setSeed(quint64 seed)
{
    m_seed->setText(QString::number(seed));
}

void SimulatorPanel::setRoster(const QStringList &players)
{
    m_roster->clear();
    for (const QString &name : players) {
        auto *item = new QListWidgetItem(name, m_roster);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
}

void SimulatorPanel::requestStart()
{
    if (m_state == SimulationState::Running || m_state == SimulationState::Paused)
        return;
    QStringList players = roster();
    if (players.isEmpty()) {
        // The simulator would fall back to the defaults anyway; show them so
        // the roster list matches the players that appear.
        players = defaultRoster();
        setRoster(players);
    }
    Q_EMIT startGameRequested(mode(), rate(), seed(), players);
}

void SimulatorPanel::setSimulationState(SimulationState state, const QString &message)
{
    m_state = state;
    QString text = simulationStateText(state);
    if (!message.isEmpty())
        text += QLatin1Char(' ') + message;
    m_stateLabel->setText(text);
    updateButtons();
    Q_EMIT stateChanged(state);
}

void SimulatorPanel::setProducerCounters(quint64 produced, quint64 delivered, quint64 failed)
{
    const QLocale locale;
    m_producedCount = produced;
    m_produced->setLiveText(locale.toString(produced));
    m_delivered->setLiveText(locale.toString(delivered));
    m_failed->setLiveText(locale.toString(failed));
}

void SimulatorPanel::updateButtons()
{
    const bool active = m_state == SimulationState::Running || m_state == SimulationState::Paused;
    m_start->setEnabled(!active);
    m_pause->setEnabled(active);
    m_pause->setText(m_state == SimulationState::Paused ? tr("&Resume") : tr("&Pause"));
    m_stop->setEnabled(active);
    // The roster, mode and seed shape the next game; the rate applies live.
    m_mode->setEnabled(!active);
    m_seed->setEnabled(!active);
    m_roster->setEnabled(!active);
    m_add->setEnabled(!active);
    m_remove->setEnabled(!active && !m_roster->selectedItems().isEmpty());
}

void SimulatorPanel::addPlayer()
{
    int n = m_roster->count() + 1;
    QString name = tr("Player %1").arg(n);
    while (roster().contains(name))
        name = tr("Player %1").arg(++n);
    auto *item = new QListWidgetItem(name, m_roster);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_roster->setCurrentItem(item);
    m_roster->editItem(item);
    updateButtons();
}

void SimulatorPanel::removePlayer()
{
    const auto selected = m_roster->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    updateButtons();
}

} // namespace dnd
