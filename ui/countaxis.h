// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class QValueAxis;

namespace dnd {

// A count axis reads right: integer ticks, evenly spaced from 0, each label
// once (never "0 1 1 2 2 3"). The step is 1, 2 or 5 x 10^n, chosen for at
// most MaxTicks intervals, and the axis ends on a tick at or above maximum.
namespace CountAxis {
inline constexpr int MaxTicks = 5;

// Step between two ticks for counts up to maximum (at least 1).
qint64 step(qreal maximum);
// Sets up a new axis: dynamic ticks anchored at 0, integer labels.
void initialise(QValueAxis *axis);
// Range 0 .. a multiple of step(maximum), with that tick interval; only
// touches the axis when something changed (each change relayouts the chart).
void setMaximum(QValueAxis *axis, qreal maximum);
} // namespace CountAxis

} // namespace dnd
