// SPDX-License-Identifier: MIT
#include "campaignquery.h"

#include "archivefault.h"
#include "archivestore.h"

#include <QElapsedTimer>

#include <mutex>

namespace dnd {

CampaignAnswer answerCampaignQuery(const ArchiveStore &store, const CampaignQuery &query)
{
    QElapsedTimer timer;
    timer.start();
    CampaignAnswer answer;
    answer.id = query.id;
    answer.parts = query.parts;
    answer.filter = query.filter;
    if (!store.isOpen()) {
        answer.fault = archiveFault(ArchiveFault::Kind::CannotOpen, store.path(),
                                    QStringLiteral("the archive is not open"));
        return answer;
    }
    const bool ok = (!(query.parts & CampaignQuery::Outline) ||
                     store.outline(&answer.outline, &answer.fault)) &&
                    (!(query.parts & CampaignQuery::Statistics) ||
                     store.statistics(query.filter, &answer.statistics, &answer.fault)) &&
                    (!(query.parts & CampaignQuery::History) ||
                     store.history(query.filter, &answer.history, &answer.fault));
    if (!ok && !answer.fault.isFault())
        answer.fault.kind = ArchiveFault::Kind::Other;
    answer.elapsedMs = timer.elapsed();
    return answer;
}

void registerCampaignQueryMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        registerArchiveMetaTypes();
        registerCampaignMetaTypes();
        qRegisterMetaType<CampaignQuery>();
        qRegisterMetaType<CampaignAnswer>();
    });
}

} // namespace dnd
