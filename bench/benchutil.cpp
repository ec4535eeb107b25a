// SPDX-License-Identifier: MIT
#include "benchutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>

#include "connectionsettings.h"

#include <librdkafka/rdkafka.h>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace dnd::bench {

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval &tv) { return double(tv.tv_sec) + tv.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
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

qint64 messagesInTopic(const QString &bootstrap, const QString &topic, int partitions,
                       QString *error)
{
    dnd::ConnectionSettings connection;
    connection.bootstrap = bootstrap;
    connection.builtInBroker = true; // librdkafka's mock cluster
    rd_kafka_conf_t *conf = dnd::makeKafkaConf(connection, error);
    if (!conf)
        return -1;
    char errstr[512];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr);
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        *error = QString::fromUtf8(errstr);
        return -1;
    }
    const QByteArray name = topic.toUtf8();
    qint64 total = 0;
    for (int partition = 0; partition < partitions; ++partition) {
        int64_t low = 0;
        int64_t high = 0;
        const rd_kafka_resp_err_t err =
            rd_kafka_query_watermark_offsets(rk, name.constData(), partition, &low, &high, 10'000);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            *error = QString::fromUtf8(rd_kafka_err2str(err));
            total = -1;
            break;
        }
        total += high - low;
    }
    rd_kafka_destroy(rk);
    return total;
}

void printJson(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace dnd::bench
