// SPDX-License-Identifier: MIT
#include "simulationstate.h"

#include <QCoreApplication>

namespace dnd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dnd::SimulationState)
};

} // namespace

QString simulationStateText(SimulationState state)
{
    switch (state) {
    case SimulationState::Stopped:
        return Text::tr("Stopped.");
    case SimulationState::Running:
        return Text::tr("Running.");
    case SimulationState::Paused:
        return Text::tr("Paused.");
    case SimulationState::Finished:
        return Text::tr("Finished.");
    case SimulationState::Failed:
        return Text::tr("Failed.");
    }
    return {};
}

} // namespace dnd
