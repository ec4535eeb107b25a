// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

namespace dnd {

// Entry of the windowed application. Creates its own QApplication from
// argc/argv, applies `options` (already parsed and validated by main) and
// returns the exit code.
//
// Note for ui-main: this declaration and the placeholder in guientry.cpp are
// yours to take over; keep this signature (main.cpp calls it) or change both.
int runGui(int argc, char **argv, const TrackerOptions &options);

} // namespace dnd
