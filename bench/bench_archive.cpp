// SPDX-License-Identifier: MIT
// Campaign archive: write throughput against decoding the same events
// (the consumer's own work per message) measured in the same run, bytes
// per archived event, and the time to restore the campaign at start.
//   bench_archive [--events N] [--batch N] [--partitions P] [--json]
#include "archivestore.h"
#include "benchutil.h"
#include "codec.h"
#include "simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace dnd;

namespace {

qint64 fileBytes(const QString &path)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal", "-shm"})
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Events to archive."), QStringLiteral("N"),
                                          QStringLiteral("1000000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Events per batch."), QStringLiteral("N"),
                                         QStringLiteral("2000"));
    const QCommandLineOption partitionsOption(QStringLiteral("partitions"),
                                              QStringLiteral("Partitions the events spread over."),
                                              QStringLiteral("P"), QStringLiteral("64"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also print JSON."));
    parser.addOptions({eventsOption, batchOption, partitionsOption, jsonOption});
    parser.process(app);
    const int events = parser.value(eventsOption).toInt();
    const int batchSize = std::max(1, parser.value(batchOption).toInt());
    const int partitions = std::max(1, parser.value(partitionsOption).toInt());

    // The events as the consumer sees them: wire payloads.
    Simulator simulator(SimulatorConfig{});
    QVector<QByteArray> payloads;
    payloads.reserve(events);
    for (int i = 0; i < events; ++i)
        payloads.append(Codec::encode(simulator.next()));

    // Reference: decoding and validating them, batch by batch.
    QVector<EventBatch> batches;
    QElapsedTimer timer;
    timer.start();
    QHash<qint32, qint64> next;
    for (int i = 0; i < events; i += batchSize) {
        EventBatch batch;
        const int end = std::min(events, i + batchSize);
        batch.events.reserve(end - i);
        QHash<qint32, PartitionRange> ranges;
        for (int j = i; j < end; ++j) {
            ValidationResult decoded = Codec::decode(payloads[j]);
            const qint32 partition = qint32(j % partitions);
            decoded.event.partition = partition;
            decoded.event.offset = next[partition]++;
            auto it = ranges.find(partition);
            if (it == ranges.end())
                ranges.insert(partition, {partition, decoded.event.offset, decoded.event.offset});
            else
                it->last = decoded.event.offset;
            batch.events.append(std::move(decoded.event));
        }
        batch.ranges = ranges.values();
        batches.append(std::move(batch));
    }
    const double decodeSeconds = timer.nsecsElapsed() / 1e9;
    payloads.clear();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("campaign.sqlite"));
    ArchiveFault fault;
    double writeSeconds = 0;
    {
        ArchiveStore store;
        if (!store.open(path, &fault)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(fault.message + QLatin1Char(' ') + fault.detail));
            return 1;
        }
        const qint64 source =
            store.sourceId({QStringLiteral("bench"), QStringLiteral("dnd_events")}, &fault);
        timer.restart();
        for (const EventBatch &batch : std::as_const(batches)) {
            if (!store.store(source, {batch}, &fault).ok) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(fault.message + QLatin1Char(' ') + fault.detail));
                return 1;
            }
        }
        writeSeconds = timer.nsecsElapsed() / 1e9;
    }
    batches.clear();
    const qint64 bytes = fileBytes(path);

    // Restore as the app does at start: open + statistics + latest rows.
    timer.restart();
    RestoredCampaign campaign;
    {
        ArchiveStore store;
        if (!store.open(path, &fault) || !store.restore(&campaign, 10'000, 1'000, &fault))
            return 1;
        (void)store.path();
    }
    const double restoreSeconds = timer.nsecsElapsed() / 1e9;
    bool restoredAll = campaign.statistics.totalEvents() == quint64(events);

    // Without the snapshot every row is replayed: the rate bounds a restore
    // after a kill, which replays at most ArchiveStore::SnapshotEvery rows.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("b"));
        db.setDatabaseName(path);
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("DELETE FROM snapshot")))
            return 1;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("b"));
    timer.restart();
    {
        ArchiveStore store;
        RestoredCampaign replayed;
        if (!store.open(path, &fault) || !store.restore(&replayed, 10'000, 1'000, &fault))
            return 1;
        restoredAll = restoredAll && replayed.statistics.totalEvents() == quint64(events);
    }
    const double replaySeconds = timer.nsecsElapsed() / 1e9;
    const double replayRate = events / replaySeconds;
    const double worstAfterKillMs =
        restoreSeconds * 1000 + ArchiveStore::SnapshotEvery / replayRate * 1000;

    QTextStream out(stdout);
    out << "bench_archive: " << events << " events, batches of " << batchSize << ", " << partitions
        << " partitions\n"
        << "  " << bench::machineDescription() << "\n"
        << QStringLiteral("  decode + validate (reference): %1 s, %2 events/s\n")
               .arg(decodeSeconds, 0, 'f', 3)
               .arg(events / decodeSeconds, 0, 'f', 0)
        << QStringLiteral("  archive write:                 %1 s, %2 events/s (%3 x decoding)\n")
               .arg(writeSeconds, 0, 'f', 3)
               .arg(events / writeSeconds, 0, 'f', 0)
               .arg(decodeSeconds / writeSeconds, 0, 'f', 2)
        << QStringLiteral("  file: %1 MiB, %2 bytes per event\n")
               .arg(bytes / 1048576.0, 0, 'f', 1)
               .arg(double(bytes) / events, 0, 'f', 1)
        << QStringLiteral("  restore (open + statistics + 10,000 latest events): %1 ms%2\n")
               .arg(restoreSeconds * 1000, 0, 'f', 0)
               .arg(restoredAll ? QString() : QStringLiteral(" (TOTALS DIFFER)"))
        << QStringLiteral("  restore replaying every row (no snapshot): %1 ms, %2 rows/s; after a "
                          "kill (<= %3 rows since the last snapshot): <= %4 ms\n")
               .arg(replaySeconds * 1000, 0, 'f', 0)
               .arg(replayRate, 0, 'f', 0)
               .arg(ArchiveStore::SnapshotEvery)
               .arg(worstAfterKillMs, 0, 'f', 0);
    out.flush();
    if (parser.isSet(jsonOption)) {
        bench::printJson(QJsonObject{
            {QStringLiteral("events"), events},
            {QStringLiteral("decode_events_per_s"), events / decodeSeconds},
            {QStringLiteral("archive_events_per_s"), events / writeSeconds},
            {QStringLiteral("archive_vs_decode"), decodeSeconds / writeSeconds},
            {QStringLiteral("bytes_per_event"), double(bytes) / events},
            {QStringLiteral("restore_ms"), restoreSeconds * 1000},
            {QStringLiteral("replay_rows_per_s"), replayRate},
            {QStringLiteral("restore_after_kill_ms"), worstAfterKillMs},
        });
    }
    return restoredAll ? 0 : 1;
}
