// SPDX-License-Identifier: MIT
#include "benchutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace dnd::bench {

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

double currentRssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return double(fields[1].toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

QString machineDescription()
{
    QString cpu = QStringLiteral("unknown CPU");
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(cpuinfo.readAll());
        const auto match =
            QRegularExpression(QStringLiteral("model name\\s*:\\s*(.*)")).match(text);
        if (match.hasMatch())
            cpu = match.captured(1).trimmed();
    }
    const double memGiB =
        double(sysconf(_SC_PHYS_PAGES)) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024 * 1024);
    return QStringLiteral("%1 x %2, %3 GiB")
        .arg(QThread::idealThreadCount())
        .arg(cpu)
        .arg(memGiB, 0, 'f', 0);
}

void printJson(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace dnd::bench
