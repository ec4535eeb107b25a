// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QProcess;

namespace dnd::bench {

// One run of a child process, timed from its start to its exit.
struct ProcessRun
{
    double seconds = -1; // -1: failed (see error)
    // From the start to the first byte of the summary (--json's "{"): the
    // run's work is done, the process's teardown (threads, the built-in
    // broker) is still to come. -1 when no summary was seen.
    double summarySeconds = -1;
    qint64 counted = -1; // the tracker's events + rejected (--json)
    QString error;
};

// `dnd-tracker --headless --broker BOOTSTRAP --topic TOPIC --exit-at-end
// --json` plus `extra`, the whole process: start, read the topic to its end
// at start, print the statistics, exit.
ProcessRun runTrackerToEnd(const QString &tracker, const QString &bootstrap, const QString &topic,
                           const QStringList &extra);

// `dnd-tracker --headless --simulate --max-events 1 --port 0` plus `extra`,
// the whole process: its own broker, the consumer's partitions, the
// simulator's first event produced and applied, the summary, exit. An upper
// bound of "process start to first event applied". `extra` names a fresh
// archive (or none): the default one would add the campaigns of earlier runs
// to the count.
ProcessRun runTrackerFirstEvent(const QString &tracker, const QStringList &extra);

// Whether this build's tracker offers the campaign archive (--archive).
bool trackerHasArchive(const QString &tracker);

// Starts `dnd-tracker --headless --port 0` in `process` as a broker in
// another process; its bootstrap, empty on failure.
QString startBrokerProcess(const QString &tracker, QProcess *process);

// Stream > Disconnect then Connect with the same group against `bootstrap`
// (a broker in another process counts as external): seconds from the
// second start() to the first batch of events produced while it was
// stopped. -1 on failure.
double reconnectSeconds(const QString &bootstrap);

} // namespace dnd::bench
