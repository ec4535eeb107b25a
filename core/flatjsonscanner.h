// SPDX-License-Identifier: MIT
#pragma once

#include "eventfields.h"

#include <QByteArrayView>

namespace dnd {

// The decoder's fast path (docs/PERFORMANCE.md, "Decoding"): reads the
// tracker's fields straight out of a flat JSON object, without building a
// QJsonDocument. It accepts a strict subset of JSON (RFC 8259):
//   - one object whose values are strings without escapes, integers of up
//     to 15 digits, true, false or null;
//   - JSON white space around tokens.
// Anything else (nested values, escapes, fractions or exponents, syntax
// errors, a tracker field given twice, a string that starts with a byte
// order mark, which Qt JSON drops) returns false and the caller parses
// the message with Qt JSON instead, so every message Qt JSON would reject
// is still rejected by Qt JSON, with its reason.
//
// The input must be valid UTF-8 (Codec::decode checks it first).
// *fields is left half filled when it returns false.
bool scanFlatJsonObject(QByteArrayView json, EventFields *fields);

} // namespace dnd
