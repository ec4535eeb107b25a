// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <memory>

class QCoreApplication;

namespace dnd {

// The windowed application's QApplication, created before the command line
// is parsed so that it takes Qt's standard options (-style, -platform,
// -reverse, ...) out of argc/argv; argc must outlive it.
std::unique_ptr<QCoreApplication> createGuiApplication(int &argc, char **argv);

// Entry of the windowed application: needs the QApplication of
// createGuiApplication, applies `options` (already parsed and validated by
// main) and returns the exit code.
int runGui(const TrackerOptions &options);

} // namespace dnd
