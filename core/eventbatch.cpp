// SPDX-License-Identifier: MIT
#include "eventbatch.h"

#include "consumerstatus.h"
#include "simulationstate.h"

#include <mutex>

namespace dnd {

void registerCoreMetaTypes()
{
    // Queued connections look types up by name; registering once up front
    // makes that work whichever thread emits first. Idempotent and
    // thread-safe; other layers register their own types in their own
    // register*MetaTypes() and call this one first.
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<GameEvent>();
        qRegisterMetaType<RejectedMessage>();
        qRegisterMetaType<PartitionRange>();
        qRegisterMetaType<EventBatch>();
        qRegisterMetaType<QVector<GameEvent>>();
        qRegisterMetaType<QVector<RejectedMessage>>();
        qRegisterMetaType<ConsumerStatus>();
        qRegisterMetaType<SimulationState>();
    });
}

} // namespace dnd
