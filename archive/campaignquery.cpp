// SPDX-License-Identifier: MIT
#include "campaignquery.h"

#include <mutex>

namespace dnd {

void registerCampaignQueryMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        registerArchiveMetaTypes();
        registerCampaignMetaTypes();
        qRegisterMetaType<CampaignQuery>();
        qRegisterMetaType<CampaignAnswer>();
        qRegisterMetaType<ReadCut>();
    });
}

} // namespace dnd
