// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace dnd::bench {

// Peak resident set size of this process so far, in MiB (getrusage).
double peakRssMiB();
// Current resident set size in MiB (/proc/self/statm).
double currentRssMiB();
// "2 x Intel(R) Xeon(R) ..., 24 GiB" from /proc.
QString machineDescription();
// Prints a JSON object on one line to stdout (for scripts) after the table.
void printJson(const QJsonObject &object);

} // namespace dnd::bench
