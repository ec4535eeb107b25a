// SPDX-License-Identifier: MIT
#pragma once

#include "codec.h"

#include <QJsonObject>
#include <QLatin1StringView>

namespace dnd {

// Field names of the wire format (DESIGN.md); the original Python consumer
// looks these up, so they never change.
namespace WireField {
using namespace Qt::StringLiterals;
inline constexpr auto Player = "player"_L1;
inline constexpr auto EventType = "event_type"_L1;
inline constexpr auto Timestamp = "timestamp"_L1;
inline constexpr auto DiceType = "dice_type"_L1;
inline constexpr auto RollResult = "roll_result"_L1;
inline constexpr auto Context = "context"_L1;
inline constexpr auto MonsterType = "monster_type"_L1;
inline constexpr auto Location = "location"_L1;
inline constexpr auto InitiativeOrder = "initiative_order"_L1;
inline constexpr auto SpellName = "spell_name"_L1;
inline constexpr auto Target = "target"_L1;
inline constexpr auto Effect = "effect"_L1;
inline constexpr auto EventId = "event_id"_L1;
inline constexpr auto GameId = "game_id"_L1;
} // namespace WireField

// Reads one JSON object's fields into a GameEvent and validates them. The
// first problem found ends reading, with its reason and a message that names
// the field. Codec::decode calls this after the byte-level checks.
DecodeResult readJsonEvent(const QJsonObject &object);

} // namespace dnd
