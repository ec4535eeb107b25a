// SPDX-License-Identifier: MIT
#pragma once

#include "eventfields.h"
#include "validationresult.h"

namespace dnd {

// Turns one message's fields into a GameEvent and validates them. The first
// problem found ends reading, with its reason and a message that names the
// field. Codec::decode calls this after the byte-level checks and whichever
// JSON reader took the message.
ValidationResult validateEventFields(const EventFields &fields);

} // namespace dnd
