// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>

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

} // namespace dnd

Q_DECLARE_METATYPE(dnd::SimulationState)
