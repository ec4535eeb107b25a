// SPDX-License-Identifier: MIT
// The archive controller and its writer thread: batches in, stored
// positions out, restore at open, faults as signals.
#include "archive.h"
#include "archivestore.h"
#include "archivetestutil.h"
#include "archivewriter.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dnd;
using namespace dnd::testing;

class TestArchiveWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void storesOffThreadAndRestoresAtOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("writer.sqlite"));
        const ArchiveSource source{QStringLiteral("cluster"), QStringLiteral("dnd_events")};
        Simulator simulator(SimulatorConfig{});
        QHash<qint32, qint64> next;
        Statistics expected;
        QVector<GameEvent> all;
        {
            Archive archive;
            QSignalSpy opened(&archive, &Archive::opened);
            QSignalSpy ready(&archive, &Archive::sourceReady);
            QSignalSpy stored(&archive, &Archive::stored);
            archive.open(path);
            QVERIFY(opened.wait(10'000));
            QCOMPARE(opened.first().at(1).value<RestoredCampaign>().statistics.totalEvents(),
                     quint64(0));
            archive.setSource(source);
            QVERIFY(ready.wait(10'000));
            QVERIFY(ready.first().at(1).value<PartitionPositions>().isEmpty());
            for (int i = 0; i < 50; ++i) {
                const EventBatch batch = simulatedBatch(simulator, 200, 4, next, 20);
                expected.applyEvents(batch.events);
                expected.applyRejected(batch.rejected);
                all += batch.events;
                archive.write(batch);
            }
            // Positions reported back are those of the last transaction.
            QTRY_COMPARE_WITH_TIMEOUT(archive.storedPositions(), PartitionPositions(next), 10'000);
            quint64 rows = 0;
            for (const auto &signal : std::as_const(stored))
                rows += signal.at(1).toULongLong() + signal.at(2).toULongLong();
            QCOMPARE(rows, quint64(50 * 200));
            QVERIFY(!archive.isFaulted());
        } // the destructor writes the snapshot and releases the file

        Archive archive;
        QSignalSpy opened(&archive, &Archive::opened);
        QSignalSpy ready(&archive, &Archive::sourceReady);
        archive.open(path);
        QVERIFY(opened.wait(10'000));
        const auto campaign = opened.first().at(1).value<RestoredCampaign>();
        compareStatistics(campaign.statistics, expected);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(campaign.recentEvents.size(),
                 std::min<qsizetype>(all.size(), ArchiveWriter::RecentEvents));
        QCOMPARE(campaign.recentEvents.last(), all.last());
        archive.setSource(source);
        QVERIFY(ready.wait(10'000));
        QCOMPARE(ready.first().at(1).value<PartitionPositions>(), PartitionPositions(next));
    }

    // A fault is told once, with a message; later batches are not written
    // and no positions are reported for them.
    void faultIsReportedAndWritingStops()
    {
        const QString path = m_dir.filePath(QStringLiteral("held.sqlite"));
        ArchiveStore holder;
        ArchiveFault holderFault;
        QVERIFY(holder.open(path, &holderFault));

        Archive archive;
        QSignalSpy faulted(&archive, &Archive::faulted);
        QSignalSpy stored(&archive, &Archive::stored);
        archive.open(path);
        QVERIFY(faulted.wait(10'000));
        const auto fault = faulted.first().at(0).value<ArchiveFault>();
        QCOMPARE(fault.kind, ArchiveFault::Kind::Locked);
        QVERIFY(fault.message.contains(QStringLiteral("already open")));
        QVERIFY(archive.isFaulted());

        archive.setSource({QStringLiteral("cluster"), QStringLiteral("dnd_events")});
        Simulator simulator(SimulatorConfig{});
        QHash<qint32, qint64> next;
        archive.write(simulatedBatch(simulator, 100, 1, next));
        archive.close(); // waits for the writer: everything queued was handled
        QCOMPARE(stored.size(), 0);
        QCOMPARE(faulted.size(), 1);
        QCOMPARE(holder.statistics().totalEvents(), quint64(0));
    }

private:
    QTemporaryDir m_dir;
};

DND_GUILESS_TEST_MAIN(TestArchiveWriter)
#include "tst_archivewriter.moc"
