// SPDX-License-Identifier: MIT
#pragma once

#include "gameevent.h"
#include "validationresult.h"

#include <QByteArray>
#include <QByteArrayView>

namespace dnd {

inline constexpr qsizetype MaxMessageBytes = 64 * 1024;
inline constexpr int MaxPlayerNameLength = 64;
// Every other name-like string: event_type, spell_name, monster_type,
// location, context, target, effect, event_id, game_id. Statistics keep
// these as keys, so their size bounds the memory a hostile stream can take.
inline constexpr int MaxNameLength = 100;

// Which JSON reader Codec::decode uses. Both accept and reject the same
// messages with the same reasons (tst_codec checks it); the fast reader
// exists for speed (docs/PERFORMANCE.md), Qt JSON for everything else.
enum class JsonReader : quint8
{
    FastThenQt, // flat objects by flatjsonscanner.h, anything else by Qt JSON
    QtOnly,     // Qt JSON for every message (the reference)
};

// JSON wire format of DESIGN.md. Stateless and thread-safe.
namespace Codec {

// Compact JSON with the original field names; only fields that are set.
QByteArray encode(const GameEvent &event);

// Decodes and validates one Kafka message value. Beyond DESIGN.md: JSON
// null counts as absent; dice_type/roll_result are read on dice_roll events
// only, the other known fields on every event type (and then type-checked);
// event_id/game_id may be numbers and are kept as text; a timestamp that is
// not ISO 8601 is WrongFieldType; a roll given as a string is WrongFieldType,
// as a fractional number NonIntegerRoll; a leading UTF-8 BOM is ignored.
ValidationResult decode(QByteArrayView payload, JsonReader reader = JsonReader::FastThenQt);

// Printable, escaped preview of a payload (non-printable bytes as \xNN),
// cut to at most maxBytes of input.
QString escapedPreview(QByteArrayView payload, qsizetype maxBytes = 200);

} // namespace Codec
} // namespace dnd
