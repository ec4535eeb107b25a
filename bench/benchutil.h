// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace dnd::bench {

// Peak resident set size of this process so far, in MiB (getrusage).
double peakRssMiB();
// CPU time (user + system) of this process so far, in seconds.
double processCpuSeconds();
// CPU time of the children this process has waited for, in seconds.
double childrenCpuSeconds();
// CPU time of the calling thread so far, in seconds.
double threadCpuSeconds();
// Current resident set size in MiB (/proc/self/statm).
double currentRssMiB();
// "2 x Intel(R) Xeon(R) ..., 24 GiB" from /proc.
QString machineDescription();
// Messages a topic holds now (sum of high - low watermark over its
// partitions), or -1 with *error set. The built-in broker drops the oldest
// message sets of a partition beyond its window, so a benchmark checks that
// everything it produced is still there before timing a reader.
qint64 messagesInTopic(const QString &bootstrap, const QString &topic, int partitions,
                       QString *error);
// Prints a JSON object on one line to stdout (for scripts) after the table.
void printJson(const QJsonObject &object);

} // namespace dnd::bench
