// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace dnd::bench {

// bench_scale --hostile (issue 13): "types" sends 4,000 valid messages with
// distinct 60 KB event types, "players" 100,000 messages of distinct
// players, "names" 600,000 distinct 100-character spell names over 10,000
// players (the most the caps on names allow), through Codec::decode into a StatisticsRefresher as
// the consumer delivers them; prints and returns RSS after applying and the peak RSS while the
// statistics are exported as JSON (as --headless --json does). Needs a QCoreApplication.
QJsonObject runHostileScenario(const QString &kind);

} // namespace dnd::bench
