// SPDX-License-Identifier: MIT
// The archive file on a real SQLite file: schema, batches with their
// positions, restore, refusals, sources and epochs, export and import.
#include "archivestore.h"
#include "archivetestutil.h"
#include "testmain.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dnd;
using namespace dnd::testing;

namespace {

const ArchiveSource Cluster{QStringLiteral("cluster-a"), QStringLiteral("dnd_events")};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs `sql` on the file through a connection of its own (the test's view
// of the file, not the store's).
QVariant scalar(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

void execOn(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("poke"));
}

} // namespace

class TestArchiveStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsVersionedWalFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/campaign.sqlite"));
        {
            ArchiveStore store;
            ArchiveFault fault;
            QVERIFY2(store.open(path, &fault), qPrintable(fault.message + fault.detail));
            QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA journal_mode")).toString(), u"wal");
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA application_id")).toLongLong(), 0x444e4454);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM run")).toInt(), 1);
    }

    void storesBatchesWithPositionsAndRestores()
    {
        const QString path = m_dir.filePath(QStringLiteral("restore.sqlite"));
        Simulator simulator(SimulatorConfig{});
        QHash<qint32, qint64> next;
        Statistics expected;
        QVector<GameEvent> all;
        {
            ArchiveStore store;
            ArchiveFault fault;
            QVERIFY(store.open(path, &fault));
            const qint64 source = store.sourceId(Cluster, &fault);
            QVERIFY(source > 0);
            for (int i = 0; i < 20; ++i) {
                const EventBatch batch = simulatedBatch(simulator, 500, 3, next, 50);
                const StoreResult result = store.store(source, {batch}, &fault);
                QVERIFY2(result.ok, qPrintable(fault.detail));
                QCOMPARE(result.events, quint64(batch.events.size()));
                QCOMPARE(result.rejected, quint64(batch.rejected.size()));
                expected.applyEvents(batch.events);
                expected.applyRejected(batch.rejected);
                all += batch.events;
                // Positions are the next offset to read, as stored.
                QCOMPARE(store.positions(source), PartitionPositions(next));
            }
            compareStatistics(store.statistics(), expected);
        }
        ArchiveStore store;
        ArchiveFault fault;
        QVERIFY(store.open(path, &fault));
        QCOMPARE(store.positions(store.sourceId(Cluster, &fault)), PartitionPositions(next));
        RestoredCampaign campaign;
        QVERIFY(store.restore(&campaign, 100, 10, &fault));
        compareStatistics(campaign.statistics, expected);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(campaign.recentEvents.size(), 100);
        QCOMPARE(campaign.recentEvents, all.mid(all.size() - 100));
        QCOMPARE(campaign.recentRejected.size(), 10);
        QCOMPARE(campaign.recentRejected.last().reason, RejectReason::RollOutOfRange);
        QCOMPARE(campaign.eventsReplayed, quint64(0)); // the snapshot of close() covers all
    }

    // Without a usable snapshot (killed before writing one, or a format it
    // does not know) the restore replays the rows and gets the same result.
    void restoreWithoutSnapshotReplaysRows_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("no snapshot") << QStringLiteral("DELETE FROM snapshot");
        QTest::newRow("unknown snapshot format")
            << QStringLiteral("UPDATE snapshot SET data = x'00'");
    }
    void restoreWithoutSnapshotReplaysRows()
    {
        QFETCH(QString, damage);
        const QString path = m_dir.filePath(
            QStringLiteral("replay-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
        Simulator simulator(SimulatorConfig{});
        QHash<qint32, qint64> next;
        Statistics expected;
        {
            ArchiveStore store;
            ArchiveFault fault;
            QVERIFY(store.open(path, &fault));
            const qint64 source = store.sourceId(Cluster, &fault);
            const EventBatch batch = simulatedBatch(simulator, 3000, 2, next, 100);
            QVERIFY(store.store(source, {batch}, &fault).ok);
            expected.applyEvents(batch.events);
            expected.applyRejected(batch.rejected);
        }
        execOn(path, {damage});
        ArchiveStore store;
        ArchiveFault fault;
        QVERIFY(store.open(path, &fault));
        RestoredCampaign campaign;
        QVERIFY(store.restore(&campaign, 10, 10, &fault));
        QCOMPARE(campaign.eventsReplayed, quint64(3000));
        compareStatistics(campaign.statistics, expected);
    }

    // Text is bound as UTF-8 (sqlitestatement.cpp): every kind of character
    // comes back as it went in, from the file and from a restore.
    void storesTextAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("Stravos");
        QTest::newRow("latin-1") << QStringLiteral("Zo\u00EB the B\u00E4rb\u00E4r");
        QTest::newRow("cjk") << QStringLiteral("\u9F8D\u306E\u5DE3");
        QTest::newRow("astral") << QStringLiteral("Wurs \U0001F409\U0001F3B2");
        QTest::newRow("one char") << QStringLiteral("Y");
    }
    void storesTextAsWritten()
    {
        QFETCH(QString, text);
        const QString path = m_dir.filePath(
            QStringLiteral("text-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
        Simulator simulator(SimulatorConfig{});
        QHash<qint32, qint64> next;
        EventBatch batch = simulatedBatch(simulator, 20, 2, next);
        for (GameEvent &event : batch.events) {
            event.player = text;
            event.gameId = text + QStringLiteral("-game");
        }
        {
            ArchiveStore store;
            ArchiveFault fault;
            QVERIFY(store.open(path, &fault));
            QVERIFY(store.store(store.sourceId(Cluster, &fault), {batch}, &fault).ok);
        }
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(DISTINCT player) FROM event")).toInt(),
                 1);
        ArchiveStore store;
        ArchiveFault fault;
        QVERIFY(store.open(path, &fault));
        RestoredCampaign campaign;
        QVERIFY(store.restore(&campaign, 100, 10, &fault));
        QCOMPARE(campaign.recentEvents, batch.events);
        QVERIFY(campaign.statistics.player(text));
    }

    void skipsMessagesAlreadyStored()
    {
        const QString path = m_dir.filePath(QStringLiteral("dedup.sqlite"));
        ArchiveStore store;
        ArchiveFault fault;
        QVERIFY(store.open(path, &fault));
        const qint64 source = store.sourceId(Cluster, &fault);
        Simulator simulator(SimulatorConfig{});
        QHash<qint32, qint64> next;
        const EventBatch batch = simulatedBatch(simulator, 100, 2, next);
        QCOMPARE(store.store(source, {batch}, &fault).events, quint64(100));
        // A redelivery of the same batch and one overlapping it by half.
        const StoreResult again = store.store(source, {batch}, &fault);
        QVERIFY(again.ok);
        QCOMPARE(again.events, quint64(0));
        QCOMPARE(again.skipped, quint64(100));
        QHash<qint32, qint64> back{{0, 25}, {1, 25}};
        const EventBatch overlap = simulatedBatch(simulator, 100, 2, back);
        const StoreResult half = store.store(source, {overlap}, &fault);
        QCOMPARE(half.skipped, quint64(50));
        QCOMPARE(half.events, quint64(50));
        QCOMPARE(store.statistics().totalEvents(), quint64(150));
        QCOMPARE(store.positions(source), (PartitionPositions{{0, 75}, {1, 75}}));
    }

    void sourcesAndEpochs()
    {
        const QString path = m_dir.filePath(QStringLiteral("sources.sqlite"));
        Simulator simulator(SimulatorConfig{});
        {
            ArchiveStore store;
            ArchiveFault fault;
            QVERIFY(store.open(path, &fault));
            const qint64 a = store.sourceId(Cluster, &fault);
            const qint64 b = store.sourceId({QStringLiteral("cluster-b"), Cluster.topic}, &fault);
            const qint64 other =
                store.sourceId({Cluster.clusterId, QStringLiteral("other")}, &fault);
            QVERIFY(a > 0 && b > 0 && other > 0 && a != b && b != other && a != other);
            QCOMPARE(store.sourceId(Cluster, &fault), a);
            for (const qint64 source : {a, b, other}) {
                QHash<qint32, qint64> next;
                QVERIFY(store.store(source, {simulatedBatch(simulator, 10, 1, next)}, &fault).ok);
            }
            // The topic was recreated: its offsets start again at 0.
            const qint64 epoch = store.startNewEpoch(a,
                                                     QStringLiteral("dnd_events on cluster-a "
                                                                    "went back"),
                                                     &fault);
            QVERIFY(epoch > 0 && epoch != a);
            QCOMPARE(store.sourceId(Cluster, &fault), epoch);
            QVERIFY(store.positions(epoch).isEmpty());
            QHash<qint32, qint64> next;
            QCOMPARE(store.store(epoch, {simulatedBatch(simulator, 10, 1, next)}, &fault).events,
                     quint64(10));
        }
        ArchiveStore store;
        ArchiveFault fault;
        QVERIFY(store.open(path, &fault));
        const auto byCluster = store.positionsForTopic(Cluster.topic);
        QCOMPARE(byCluster.size(), 2);
        QCOMPARE(byCluster.value(QStringLiteral("cluster-a")), (PartitionPositions{{0, 10}}));
        QCOMPARE(byCluster.value(QStringLiteral("cluster-b")), (PartitionPositions{{0, 10}}));
        RestoredCampaign campaign;
        QVERIFY(store.restore(&campaign, 0, 0, &fault));
        QCOMPARE(campaign.statistics.totalEvents(), quint64(40)); // the campaign: every source
        QCOMPARE(campaign.warnings,
                 QStringList{QStringLiteral("dnd_events on cluster-a went back")});
    }

    void refusesFilesItMustNotWrite_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<int>("kind");
        QTest::newRow("newer version")
            << QByteArray()
            << QStringList{QStringLiteral("CREATE TABLE event (x)"),
                           QStringLiteral("PRAGMA application_id = 1145980500"),
                           QStringLiteral("PRAGMA user_version = 99")}
            << int(ArchiveFault::Kind::NewerVersion);
        QTest::newRow("another program's database")
            << QByteArray() << QStringList{QStringLiteral("CREATE TABLE notes (text)")}
            << int(ArchiveFault::Kind::Corrupt);
        QTest::newRow("not a database")
            << QByteArray(8192, 'x') << QStringList{} << int(ArchiveFault::Kind::Corrupt);
        QByteArray damaged("SQLite format 3");
        damaged.append('\0');
        damaged.append(QByteArray(4080, '\xff'));
        QTest::newRow("damaged header")
            << damaged << QStringList{} << int(ArchiveFault::Kind::Corrupt);
    }
    void refusesFilesItMustNotWrite()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, sql);
        QFETCH(int, kind);
        const QString path = m_dir.filePath(
            QStringLiteral("refused-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
        if (!sql.isEmpty()) {
            execOn(path, sql);
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = fileHash(path);
        ArchiveStore store;
        ArchiveFault fault;
        QVERIFY(!store.open(path, &fault));
        QCOMPARE(int(fault.kind), kind);
        QVERIFY(!fault.message.isEmpty());
        QVERIFY(!fault.detail.isEmpty());
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(path), before); // never rewritten
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock"))); // released
    }

    void secondStoreIsToldWhoHoldsTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        ArchiveStore first;
        ArchiveFault fault;
        QVERIFY(first.open(path, &fault));
        ArchiveStore second;
        QVERIFY(!second.open(path, &fault));
        QCOMPARE(fault.kind, ArchiveFault::Kind::Locked);
        QVERIFY2(fault.message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(fault.message));
        first.close();
        QVERIFY(second.open(path, &fault));
    }

    void exportsAndImportsJsonLines()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.sqlite"));
        Simulator simulator(SimulatorConfig{});
        QHash<qint32, qint64> next;
        const EventBatch batch = simulatedBatch(simulator, 1000, 4, next, 10);
        QByteArray lines;
        {
            ArchiveStore store;
            ArchiveFault fault;
            QVERIFY(store.open(path, &fault));
            QVERIFY(store.store(store.sourceId(Cluster, &fault), {batch}, &fault).ok);
            QBuffer out(&lines);
            out.open(QIODevice::WriteOnly);
            quint64 written = 0;
            QVERIFY(store.exportJsonLines(&out, &written, &fault));
            QCOMPARE(written, quint64(batch.events.size()));
        }
        // One event a line, in the wire format, in the order stored.
        const QList<QByteArray> split = lines.trimmed().split('\n');
        QCOMPARE(split.size(), batch.events.size());
        for (qsizetype i = 0; i < split.size(); ++i) {
            const ValidationResult decoded = Codec::decode(split[i]);
            QVERIFY2(decoded.ok, split[i].constData());
            GameEvent expected = batch.events[i];
            expected.partition = -1;
            expected.offset = -1;
            QCOMPARE(decoded.event, expected);
        }

        // Into a new campaign: everything; again: nothing (by event_id).
        ArchiveStore other;
        ArchiveFault fault;
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("import.sqlite")), &fault));
        QBuffer in(&lines);
        in.open(QIODevice::ReadOnly);
        ImportResult result;
        QVERIFY(other.importJsonLines(&in, QStringLiteral("game.jsonl"), &result, &fault));
        QCOMPARE(result.imported, quint64(batch.events.size()));
        QCOMPARE(result.duplicates, quint64(0));
        in.seek(0);
        QVERIFY(other.importJsonLines(&in, QStringLiteral("game.jsonl"), &result, &fault));
        QCOMPARE(result.imported, quint64(0));
        QCOMPARE(result.duplicates, quint64(batch.events.size()));
        Statistics expected;
        expected.applyEvents(batch.events);
        compareStatistics(other.statistics(), expected);

        // Without event_id, by content: a line seen twice is one event, and
        // a broken line is counted, not imported.
        QByteArray anonymous =
            "{\"event_type\":\"dice_roll\",\"player\":\"Ya\",\"roll_result\":7,"
            "\"timestamp\":\"2026-12-02T19:00:00Z\"}\n"
            "{\"player\":\"Ya\",\"event_type\":\"dice_roll\",\"roll_result\":7,"
            "\"timestamp\":\"2026-12-02T19:00:00.000Z\"}\n"
            "not json\n"
            "{\"event_type\":\"dice_roll\",\"player\":\"Ya\",\"roll_result\":8}\n";
        QBuffer anon(&anonymous);
        anon.open(QIODevice::ReadOnly);
        QVERIFY(other.importJsonLines(&anon, QStringLiteral("anon.jsonl"), &result, &fault));
        QCOMPARE(result.lines, quint64(4));
        QCOMPARE(result.imported, quint64(2));
        QCOMPARE(result.duplicates, quint64(1));
        QCOMPARE(result.invalid, quint64(1));
    }

private:
    QTemporaryDir m_dir;
};

DND_GUILESS_TEST_MAIN(TestArchiveStore)
#include "tst_archivestore.moc"
