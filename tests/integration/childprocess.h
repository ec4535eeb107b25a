// SPDX-License-Identifier: MIT
// Child processes of the integration tests (dnd-tracker, dnd-producer): an
// environment of their own, and a tracker hosting the built-in broker.
#pragma once

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
