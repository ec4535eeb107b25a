// SPDX-License-Identifier: MIT
// Archive reads beside writes, on real SQLite files: a question is answered
// on the reader's thread and read-only connection, so batches go on being
// stored while it runs; the answer covers exactly the batches written before
// it; the reader follows the campaign file when another one is opened.
#include "archive.h"
#include "archivereader.h"
#include "archivetestutil.h"
#include "campaignfixture.h"
#include "simulator.h"
#include "testmain.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dnd;
using namespace dnd::testing;
using F = CampaignFixture;

namespace {

constexpr int WaitMs = 20'000;

CampaignAnswer answerAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).first().value<CampaignAnswer>();
}

CampaignQuery wholeCampaign(quint64 id, quint8 parts)
{
    CampaignQuery query;
    query.id = id;
    query.parts = parts;
    return query;
}

// Holds the reader's thread, as a long query would, until released.
class ReaderHold
{
public:
    explicit ReaderHold(QThread *thread)
    {
        auto *context = new QObject;
        context->moveToThread(thread);
        QMetaObject::invokeMethod(
            context,
            [this, context] {
                m_held.release();
                m_gate.acquire();
                context->deleteLater();
            },
            Qt::QueuedConnection);
    }
    ~ReaderHold() { release(); }
    bool held() { return m_held.tryAcquire(1, WaitMs); }
    void release()
    {
        if (!m_released)
            m_gate.release();
        m_released = true;
    }

private:
    QSemaphore m_held;
    QSemaphore m_gate;
    bool m_released = false;
};

} // namespace

class TestArchiveReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    // The writer does not wait for a question in progress, and the answer
    // leaves out what was stored after the question, even though it was
    // stored before the answer was read.
    void batchesAreStoredWhileAQueryRuns()
    {
        Archive archive;
        QSignalSpy opened(&archive, &Archive::opened);
        QSignalSpy stored(&archive, &Archive::stored);
        QSignalSpy answered(&archive, &Archive::answered);
        archive.open(m_dir.filePath(QStringLiteral("held.sqlite")));
        QVERIFY(opened.wait(WaitMs));
        archive.setSource({QStringLiteral("c"), QStringLiteral("t")});
        qint64 offset = 0;
        archive.write(F::batch(F::session1(), &offset));
        QVERIFY(stored.wait(WaitMs));

        ReaderHold hold(archive.readerThread());
        QVERIFY(hold.held());
        archive.query(wholeCampaign(1, CampaignQuery::Outline | CampaignQuery::Statistics |
                                           CampaignQuery::History));
        archive.write(F::batch(F::session2(), &offset, {F::rejectedInSession3()}));
        // Stored while the question is still in progress.
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, WaitMs);
        QCOMPARE(answered.size(), 0);
        QCOMPARE(stored.last().at(1).toULongLong(), quint64(6));

        hold.release();
        QVERIFY(answered.wait(WaitMs));
        const CampaignAnswer answer = answerAt(answered, 0);
        QVERIFY2(!answer.fault.isFault(), qPrintable(answer.fault.detail));
        QCOMPARE(answer.id, quint64(1));
        QCOMPARE(answer.outline.events, quint64(6));
        QCOMPARE(answer.statistics.totalEvents(), quint64(6));
        QCOMPARE(answer.statistics.totalRejected(), quint64(0));
        QCOMPARE(answer.history.size(), 2);
        QVERIFY(answer.outline.currentRunId != 0);

        // The next question sees both batches.
        archive.query(wholeCampaign(2, CampaignQuery::Outline | CampaignQuery::Statistics));
        QVERIFY(answered.wait(WaitMs));
        const CampaignAnswer next = answerAt(answered, 1);
        QCOMPARE(next.id, quint64(2));
        QCOMPARE(next.outline.events, quint64(12));
        QCOMPARE(next.statistics.totalEvents(), quint64(12));
        QCOMPARE(next.statistics.totalRejected(), quint64(1));
    }

    // A real long question (the statistics of a game, row by row, on a big
    // campaign) with batches written behind it: whichever finishes first,
    // the answer counts exactly the campaign as it was when asked.
    void answerOnABigCampaignCoversExactlyWhatCameBefore()
    {
        Archive archive;
        QSignalSpy opened(&archive, &Archive::opened);
        QSignalSpy stored(&archive, &Archive::stored);
        QSignalSpy answered(&archive, &Archive::answered);
        archive.open(m_dir.filePath(QStringLiteral("big.sqlite")));
        QVERIFY(opened.wait(WaitMs));
        archive.setSource({QStringLiteral("c"), QStringLiteral("t")});
        Simulator simulator(SimulatorConfig{});
        QHash<qint32, qint64> next;
        Statistics expected;
        for (int i = 0; i < 10; ++i) {
            const EventBatch batch = simulatedBatch(simulator, 5'000, 4, next, 100);
            expected.apply(batch);
            archive.write(batch);
        }
        archive.query(wholeCampaign(1, CampaignQuery::Statistics | CampaignQuery::History));
        for (int i = 0; i < 4; ++i)
            archive.write(simulatedBatch(simulator, 1'000, 4, next));
        QVERIFY(answered.wait(WaitMs));
        const CampaignAnswer answer = answerAt(answered, 0);
        QVERIFY2(!answer.fault.isFault(), qPrintable(answer.fault.detail));
        compareStatistics(answer.statistics, expected);
        quint64 historyEvents = 0;
        for (const SessionPlayerRow &row : answer.history)
            historyEvents += row.events;
        QCOMPARE(historyEvents, expected.totalEvents());
        // Every batch is stored, the last four too.
        QTRY_COMPARE_WITH_TIMEOUT(archive.storedPositions().value(0), next.value(0), WaitMs);
    }

    // File > Open campaign: the reader lets go of the old file and reads
    // the new one.
    void readerFollowsTheCampaignFile()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
        F::write(first);
        Archive archive;
        QSignalSpy opened(&archive, &Archive::opened);
        QSignalSpy answered(&archive, &Archive::answered);
        archive.open(first);
        QVERIFY(opened.wait(WaitMs));
        archive.query(wholeCampaign(1, CampaignQuery::Outline));
        QVERIFY(answered.wait(WaitMs));
        QCOMPARE(answerAt(answered, 0).outline.events, quint64(16));

        archive.close();
        archive.open(second);
        QVERIFY(opened.wait(WaitMs));
        archive.query(wholeCampaign(2, CampaignQuery::Outline | CampaignQuery::Statistics));
        QVERIFY(answered.wait(WaitMs));
        const CampaignAnswer answer = answerAt(answered, 1);
        QVERIFY(!answer.fault.isFault());
        QCOMPARE(answer.outline.events, quint64(0));
        QCOMPARE(answer.statistics.totalEvents(), quint64(0));
        archive.close();

        // Both files are whole and can be opened again for writing.
        ArchiveStore store;
        ArchiveFault fault;
        QVERIFY(store.open(first, &fault));
        QCOMPARE(store.statistics().totalEvents(), quint64(16));
    }

    // Nothing open, or a file that cannot be read: the answer carries the
    // fault, and nothing is created or written.
    void readerFaultsAreAnswers()
    {
        ArchiveReader reader;
        QSignalSpy answered(&reader, &ArchiveReader::answered);
        reader.answer(wholeCampaign(3, CampaignQuery::Outline), ReadCut{});
        QCOMPARE(answered.size(), 1);
        QVERIFY(answerAt(answered, 0).fault.isFault());
        QCOMPARE(answerAt(answered, 0).id, quint64(3));

        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        reader.open(missing);
        reader.answer(wholeCampaign(4, CampaignQuery::Outline), ReadCut{});
        QCOMPARE(answered.size(), 2);
        QVERIFY(answerAt(answered, 1).fault.isFault());
        QVERIFY(!QFile::exists(missing));
    }

private:
    QTemporaryDir m_dir;
};

DND_GUILESS_TEST_MAIN(TestArchiveReader)
#include "tst_archivereader.moc"
