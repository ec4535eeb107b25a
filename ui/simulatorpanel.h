// SPDX-License-Identifier: MIT
#pragma once

#include "livelabel.h"
#include "simulationstate.h"
#include "simulator.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSlider;

namespace dnd {

// Controls of the built-in simulated producer. It only asks (signals) and
// shows (slots): the app layer owns the producer, so ui never links Kafka.
class SimulatorPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr double MinRate = 0.2; // one event every 5 seconds
    static constexpr double MaxRate = 100000.0;

    explicit SimulatorPanel(QWidget *parent = nullptr);

    SimulationState state() const { return m_state; }
    SimulationMode mode() const;
    double rate() const;
    quint64 seed() const;
    QStringList roster() const; // non-empty, trimmed names

    void setMode(SimulationMode mode);
    void setRate(double eventsPerSecond);
    void setSeed(quint64 seed);
    void setRoster(const QStringList &players);

    // For tests and the window's empty state: what the buttons do.
    QPushButton *startButton() const { return m_start; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *stopButton() const { return m_stop; }
    QSlider *rateSlider() const { return m_rateSlider; }
    QDoubleSpinBox *rateSpinBox() const { return m_rateSpin; }
    QListWidget *rosterList() const { return m_roster; }
    QPushButton *addPlayerButton() const { return m_add; }
    QPushButton *removePlayerButton() const { return m_remove; }
    QLabel *producedLabel() const { return m_produced; }
    quint64 producedCount() const { return m_producedCount; }

    // Slider position <-> rate on a log scale, so 0.2/s and 100,000/s are
    // both reachable with a mouse.
    static int sliderPosition(double rate);
    static double rateAtSlider(int position);

public Q_SLOTS:
    void requestStart();
    void setSimulationState(dnd::SimulationState state, const QString &message = {});
    void setProducerCounters(quint64 produced, quint64 delivered, quint64 failed);

Q_SIGNALS:
    void startGameRequested(dnd::SimulationMode mode, double eventsPerSecond, quint64 seed,
                            const QStringList &players);
    void pauseRequested();
    void resumeRequested();
    void stopRequested();
    void rateChanged(double eventsPerSecond);
    // After setSimulationState: the buttons' enabled states and texts are set.
    void stateChanged(dnd::SimulationState state);

private:
    void updateButtons();
    void addPlayer();
    void removePlayer();

    SimulationState m_state = SimulationState::Stopped;
    quint64 m_producedCount = 0;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QComboBox *m_mode;
    QSlider *m_rateSlider;
    QDoubleSpinBox *m_rateSpin;
    QLineEdit *m_seed;
    QListWidget *m_roster;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_stateLabel;
    // Rewritten ~10 times a second while producing: LiveLabels, so a new
    // count does not relayout the dock and the window.
    LiveLabel *m_produced;
    LiveLabel *m_delivered;
    LiveLabel *m_failed;
};

} // namespace dnd
