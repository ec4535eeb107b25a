// SPDX-License-Identifier: MIT
#pragma once

#include "playerstats.h"
#include "statistics.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace dnd {

// Machine-readable exports of Statistics, shared by `dnd-tracker --headless
// --json` and the GUI's File > Export.
namespace StatsExport {

// "d20" for 20.
QString dieName(int sides);

// One JSON object:
//   events, rejected, rejected_by_reason {reason key -> count, non-zero only},
//   by_type {type -> count},
//   players {name -> player object (see playerToJson)}.
QJsonObject toJson(const Statistics &statistics);

// events, by_type, dice {die -> {count, mean, histogram [faces 1..sides],
// and for d20 nat20, nat1, p_value (null when too few rolls)}}, nat20, nat1,
// spells, monsters, locations, contexts, targets, effects, first_seen,
// last_seen (ISO 8601 or null).
QJsonObject playerToJson(const PlayerStats &player);

// CSV (RFC 4180, UTF-8, CRLF line ends), one row per player sorted by name.
// Text cells that a spreadsheet would run as a formula are prefixed with '.
QByteArray toCsv(const Statistics &statistics);

// The text summary `dnd-tracker --headless` prints without --json: totals,
// rejects by reason, the events gone before they were read (when any) and
// one line per player. Wire names are shown inert (inerttext.h).
QString toText(const Statistics &statistics, quint64 lostBeforeRead);
QStringList csvHeader();

} // namespace StatsExport
} // namespace dnd
