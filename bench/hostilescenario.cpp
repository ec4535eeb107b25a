// SPDX-License-Identifier: MIT
#include "hostilescenario.h"

#include "benchutil.h"
#include "codec.h"
#include "statisticsrefresher.h"
#include "statsexport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace dnd::bench {

// Scenario 3: messages an adversary can send, through the codec (where
// limits on names apply) into the model as the consumer delivers them.
QJsonObject runHostileScenario(const QString &kind)
{
    const bool types = kind == QLatin1String("types");
    const bool names = kind == QLatin1String("names");
    const int messages = types ? 4000 : names ? 600'000 : 100'000;
    const double rssBefore = currentRssMiB();
    StatisticsRefresher model;
    const QByteArray filler(60'000, 'x');
    // names: 100-character spell names (the longest accepted), all distinct,
    // over 10,000 players: what the key caps allow at most.
    const QByteArray spellFiller(90, 's');
    qint64 offset = 0;
    int accepted = 0;
    QElapsedTimer timer;
    timer.start();
    constexpr int BatchSize = 100;
    for (int first = 0; first < messages; first += BatchSize) {
        EventBatch batch;
        for (int i = first; i < std::min(messages, first + BatchSize); ++i) {
            const QByteArray number = QByteArray::number(i);
            const QByteArray payload =
                types ? QByteArray(R"({"player":"Ya","event_type":")" + number + filler + R"("})")
                : names
                    ? QByteArray(R"({"player":"P)" + QByteArray::number(i % 10'000) +
                                 R"(","event_type":"spell_cast","spell_name":")" +
                                 number.rightJustified(10, '0') + spellFiller + R"("})")
                    : QByteArray(R"({"player":"P)" + number +
                                 R"(","event_type":"dice_roll","dice_type":"d20","roll_result":)" +
                                 QByteArray::number(1 + i % 20) + "}");
            ValidationResult result = Codec::decode(payload);
            if (result.ok) {
                result.event.partition = 0;
                result.event.offset = offset;
                batch.events.append(std::move(result.event));
                ++accepted;
            } else {
                RejectedMessage reject;
                reject.partition = 0;
                reject.offset = offset;
                reject.reason = result.reason;
                reject.message = result.message;
                reject.preview = Codec::escapedPreview(payload);
                batch.rejected.append(std::move(reject));
            }
            ++offset;
        }
        batch.ranges.append(
            {0, offset - qint64(batch.events.size() + batch.rejected.size()), offset - 1});
        model.applyBatch(batch);
        QCoreApplication::processEvents();
    }
    model.refreshNow();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double rssApplied = currentRssMiB();
    const qsizetype jsonBytes =
        QJsonDocument(StatsExport::toJson(model.statistics())).toJson().size();
    const double peak = peakRssMiB();
    const auto &stats = model.statistics();
    std::printf("\nhostile: %d messages with %s\n", messages,
                types   ? "distinct 60 KB event types"
                : names ? "distinct 100-character spells of 10,000 players"
                        : "distinct players");
    std::printf("  accepted %d, rejected %llu, players kept %lld, %.1f s\n", accepted,
                static_cast<unsigned long long>(stats.totalRejected()),
                static_cast<long long>(stats.players().size()), seconds);
    std::printf("  RSS after applying: %8.1f MiB (%.1f MiB before)\n", rssApplied, rssBefore);
    std::printf("  JSON export: %lld bytes, peak RSS %.1f MiB\n", static_cast<long long>(jsonBytes),
                peak);
    return QJsonObject{{QStringLiteral("scenario"), kind},
                       {QStringLiteral("messages"), messages},
                       {QStringLiteral("accepted"), accepted},
                       {QStringLiteral("rejected"), double(stats.totalRejected())},
                       {QStringLiteral("players"), double(stats.players().size())},
                       {QStringLiteral("rss_before_mib"), rssBefore},
                       {QStringLiteral("rss_applied_mib"), rssApplied},
                       {QStringLiteral("json_bytes"), double(jsonBytes)},
                       {QStringLiteral("peak_rss_mib"), peak}};
}

} // namespace dnd::bench
