// SPDX-License-Identifier: MIT
#include "campaignfilter.h"

#include "eventbatch.h"

#include <QDateTime>

#include <cmath>
#include <mutex>

namespace dnd {

const PlaySession *CampaignOutline::session(qint64 runId, QDate day) const
{
    for (const PlaySession &s : sessions) {
        if (s.sameSession(runId, day))
            return &s;
    }
    return nullptr;
}

bool CampaignFilter::isWholeCampaign() const
{
    return gameId.isEmpty() && runId == 0 && !hasTimeRange();
}

bool CampaignFilter::hasTimeRange() const
{
    return fromUs != NoTimestamp || toUs != std::numeric_limits<qint64>::max();
}

bool CampaignFilter::matches(const GameEvent &event, qint64 eventRunId) const
{
    if (!gameId.isEmpty() && event.gameId != gameId)
        return false;
    if (runId != 0 && eventRunId != runId)
        return false;
    if (hasTimeRange() && (event.timestampUs == NoTimestamp || event.timestampUs < fromUs ||
                           event.timestampUs >= toUs))
        return false;
    return true;
}

bool CampaignFilter::matches(const RejectedMessage &message, qint64 messageRunId) const
{
    if (runId != 0 && messageRunId != runId)
        return false;
    const qint64 ts = message.timestampUs;
    if (hasTimeRange() && (ts == NoTimestamp || ts < fromUs || ts >= toUs))
        return false;
    return true;
}

CampaignFilter CampaignFilter::forGame(const QString &gameId)
{
    CampaignFilter filter;
    filter.gameId = gameId;
    return filter;
}

CampaignFilter CampaignFilter::forSession(const PlaySession &session)
{
    CampaignFilter filter;
    filter.runId = session.runId;
    if (session.day.isValid()) {
        filter.fromUs = localDayStartUs(session.day);
        filter.toUs = localDayStartUs(session.day.addDays(1));
    }
    return filter;
}

CampaignFilter CampaignFilter::forDays(QDate first, QDate last)
{
    CampaignFilter filter;
    if (first.isValid())
        filter.fromUs = localDayStartUs(first);
    if (last.isValid())
        filter.toUs = localDayStartUs(last.addDays(1));
    return filter;
}

qint64 localDayStartUs(QDate day)
{
    return day.startOfDay().toMSecsSinceEpoch() * 1000;
}

QDate localDay(qint64 us)
{
    if (us == NoTimestamp)
        return {};
    // Floor division: timestamps before 1970 are negative.
    const qint64 ms = us >= 0 ? us / 1000 : -((-us + 999) / 1000);
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

double SessionPlayerRow::averageD20() const
{
    return d20Rolls == 0 ? std::nan("") : double(d20Sum) / double(d20Rolls);
}

void registerCampaignMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        registerCoreMetaTypes();
        qRegisterMetaType<CampaignFilter>();
        qRegisterMetaType<CampaignOutline>();
    });
}

} // namespace dnd
