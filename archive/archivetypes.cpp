// SPDX-License-Identifier: MIT
#include "archivetypes.h"

namespace dnd {

void registerArchiveMetaTypes()
{
    registerCoreMetaTypes();
    qRegisterMetaType<ArchiveSource>();
    qRegisterMetaType<ArchiveFault>();
    qRegisterMetaType<RestoredCampaign>();
    qRegisterMetaType<PartitionPositions>("dnd::PartitionPositions");
}

} // namespace dnd
