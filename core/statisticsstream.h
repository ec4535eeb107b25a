// SPDX-License-Identifier: MIT
#pragma once

#include "statistics.h"

#include <QByteArray>

namespace dnd {

// Statistics as bytes and back, for snapshots that spare a restore from
// re-reading every event (the campaign archive). Aggregates only: stream
// positions are not part of it (the archive keeps them per source). The format carries its own
// version; bytes from another version are refused (false), never guessed at.
namespace StatisticsStream {

QByteArray save(const Statistics &statistics);
bool load(const QByteArray &bytes, Statistics *statistics);

} // namespace StatisticsStream
} // namespace dnd
