// SPDX-License-Identifier: MIT
#pragma once

#include "gameevent.h"
#include "rejectreason.h"

#include <QString>

namespace dnd {

// The verdict on one message: the event it carries, or why it is refused.
// validateEventFields() gives it for the fields, Codec::decode for the bytes
// (size, UTF-8, JSON) and then passes on the validator's.
struct ValidationResult
{
    bool ok = false;
    GameEvent event;       // valid when ok
    RejectReason reason{}; // valid when !ok
    QString message;       // human-readable reason when !ok, names the field
};

} // namespace dnd
