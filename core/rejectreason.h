// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dnd {

// Why a message was refused. Each has a stable key (used in JSON output,
// CSV export and tests) and a translated title.
enum class RejectReason : quint8
{
    NotUtf8,
    NotJson,
    NotObject,
    TooLarge,           // over 64 KiB
    MissingPlayer,      // absent or empty
    PlayerTooLong,      // over 64 characters
    PlayerControlChars, // controls, format/bidi characters, line separators
    MissingEventType,
    MissingField,   // roll_result / monster_type / spell_name absent
    WrongFieldType, // e.g. player is a number, dice_type is not a string
    UnknownDie,
    NonIntegerRoll,
    RollOutOfRange, // outside 1..sides
    // Added later; kept last so the numbers of the others stay the same.
    FieldTooLong,      // a name-like field over MaxNameLength characters
    FieldControlChars, // as PlayerControlChars, in any other name-like field
};

inline constexpr int RejectReasonCount = int(RejectReason::FieldControlChars) + 1;

QString rejectReasonKey(RejectReason reason);   // "not_utf8", "roll_out_of_range", ...
QString rejectReasonTitle(RejectReason reason); // "Not valid UTF-8", ...

} // namespace dnd
