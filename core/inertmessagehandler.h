// SPDX-License-Identifier: MIT
#pragma once

namespace dnd {

// Puts a Qt message handler in front of the current one that passes every
// log message through InertText::escaped (inerttext.h): log lines quote
// broker texts, topics and wire values, and a log is read in a terminal.
void installInertMessageHandler();

} // namespace dnd
