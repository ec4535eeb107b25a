// SPDX-License-Identifier: MIT
// Child processes of the integration tests (dnd-tracker, dnd-producer): an
// environment of their own, and a tracker hosting the built-in broker.
#pragma once

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dnd::test {

// The caller's environment without anything that configures a tracker or a
// producer (DND_*, KAFKA_BROKER_ADDRESS, MESSAGE_INTERVAL_SECONDS), with
// settings and data (campaign archives) under `dir` in a scope of their own.
inline QProcessEnvironment childEnvironment(const QTemporaryDir &dir, const QString &scope)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("DND_")) ||
            name == QLatin1String("KAFKA_BROKER_ADDRESS") ||
            name == QLatin1String("MESSAGE_INTERVAL_SECONDS"))
            env.remove(name);
    }
    env.insert(QStringLiteral("DND_SETTINGS_SCOPE"), scope);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    return env;
}

// The address a `dnd-tracker --headless --port 0` child prints first
// ("bootstrap: HOST:PORT"); empty when it printed something else or exited.
inline QString readBootstrap(QProcess *host, int timeoutMs)
{
    if (!host->waitForStarted(timeoutMs) ||
        !QTest::qWaitFor(
            [host] { return host->canReadLine() || host->state() == QProcess::NotRunning; },
            timeoutMs))
        return {};
    const QByteArray line = host->readLine().trimmed();
    if (!line.startsWith("bootstrap: "))
        return {};
    return QString::fromUtf8(line.mid(int(qstrlen("bootstrap: "))));
}

// Whether the running child has installed a handler for `signo` (Linux:
// the SigCgt mask of /proc/PID/status). A SIGTERM sent before that ends the
// process the default way, which is not what a case about the tracker's
// handling of SIGTERM means to test.
inline bool catchesSignal(const QProcess &process, int signo)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
    if (process.processId() <= 0 || !status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("SigCgt:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (signo - 1)) & 1;
    }
    return false;
}

// SIGTERM, then SIGKILL if it does not exit within 10 s.
inline void stopChild(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    process->terminate();
    if (!process->waitForFinished(10'000))
        process->kill();
    process.reset();
}

} // namespace dnd::test
