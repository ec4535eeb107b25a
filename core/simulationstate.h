// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace dnd {

// Where the simulated producer is, as a value that crosses threads in a
// queued signal. Produced by the Kafka layer, shown by the simulator panel
// and the headless runner.
enum class SimulationState : quint8
{
    Stopped,
    Running,
    Paused,
    Finished,
    Failed
};

// "Stopped.", "Running.", ...: the one text of each state (the simulator
// panel shows it, followed by the producer's message when there is one).
QString simulationStateText(SimulationState state);

} // namespace dnd

Q_DECLARE_METATYPE(dnd::SimulationState)
