// SPDX-License-Identifier: MIT
#pragma once

#include "gameevent.h"

#include <QByteArrayView>

namespace dnd::bench {

// NOT product code: a measuring stick for docs/PERFORMANCE.md. A hand-written
// reader for flat JSON objects (string, number, true/false/null values; any
// nested value, bad escape or syntax error gives up) that fills a GameEvent
// with the same fields as the codec and checks the required ones, so
// bench_micro can time an alternative to Qt JSON side by side with
// Codec::decode. It does not reproduce the codec's messages or every rule
// (a product version would hand anything it gives up on to the Qt path).
bool decodeFlatJsonPrototype(QByteArrayView payload, GameEvent *event);

} // namespace dnd::bench
