// SPDX-License-Identifier: MIT
// The campaign archive end to end: the built `dnd-tracker --headless` on a
// real SQLite file, against a broker in another process (a headless
// tracker's built-in broker, which outlives the trackers under test), or its
// own built-in broker. Whatever stops a run (SIGKILL, SIGTERM, --max-events
// cutting a batch), the next run resumes where the archive says and the
// campaign ends up with every produced message exactly once.
#include "childprocess.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

const QString TrackerBin = QStringLiteral(DND_TRACKER_BIN);
const QString ProducerBin = QStringLiteral(DND_PRODUCER_BIN);
constexpr int StartTimeoutMs = 30'000;
constexpr int RunTimeoutMs = 90'000;
constexpr int TopicEvents = 20'000;

struct RunResult
{
    int exitCode = -1;
    qint64 total = -1;    // events + rejected in the campaign
    qint64 restored = -1; // restored events + rejected
    qint64 fresh = -1;    // this run's events + rejected
    QByteArray error;
};

} // namespace

class Tst_campaign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sigkillDuringCatchUp();
    void sigtermDuringCatchUp();
    void maxEventsCutsABatch();
    void restartResumesWithoutRereading();
    void builtInBrokerRunsAreNewSources();
    void secondInstanceIsToldWhoHoldsTheFile();
    void refusedFilesAreLeftAsTheyAre_data();
    void refusedFilesAreLeftAsTheyAre();
    void diskFullMidRunLosesNothing();

private:
    std::unique_ptr<QProcess> startProcess(const QString &program, const QStringList &arguments,
                                           qint64 fileSizeLimit = 0);
    bool produce(int count);
    QStringList trackerArguments(const QStringList &extra) const;
    RunResult runTracker(const QStringList &extra);
    static RunResult parse(int exitCode, const QByteArray &out, const QByteArray &err);
    // Rows in the campaign file as SQLite has them (events + rejected).
    qint64 storedRows() const;
    // Starts a tracker on the topic, stops it with `signal` after a delay
    // that adapts so that stops land mid-way, `runs` times; then one run
    // to the end. Returns the final run.
    RunResult stopRepeatedly(int signal, int runs, int *midway);

    QTemporaryDir m_dir;
    QString m_archive;
    std::unique_ptr<QProcess> m_host; // its built-in broker is "external"
    QString m_bootstrap;
};

void Tst_campaign::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(TrackerBin).isExecutable(), qPrintable(TrackerBin));
    QVERIFY2(QFileInfo(ProducerBin).isExecutable(), qPrintable(ProducerBin));
}

void Tst_campaign::init()
{
    // A fresh broker and campaign per case.
    m_archive =
        m_dir.filePath(u"%1-%2.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                             QString::fromLatin1(QTest::currentDataTag())));
    m_host = startProcess(TrackerBin, {u"--headless"_s, u"--no-archive"_s, u"--port"_s, u"0"_s,
                                       u"--partitions"_s, u"3"_s, u"--from"_s, u"latest"_s});
    m_bootstrap = dnd::test::readBootstrap(m_host.get(), StartTimeoutMs);
    QVERIFY2(!m_bootstrap.isEmpty(), m_host->readAllStandardError().constData());
}

void Tst_campaign::cleanup()
{
    dnd::test::stopChild(m_host);
}

std::unique_ptr<QProcess> Tst_campaign::startProcess(const QString &program,
                                                     const QStringList &arguments,
                                                     qint64 fileSizeLimit)
{
    auto process = std::make_unique<QProcess>();
    if (fileSizeLimit > 0) {
        // A disk that fills up: writes past the limit fail with EFBIG
        // (SIGXFSZ ignored, as a full disk does not kill either).
        process->setChildProcessModifier([fileSizeLimit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process->setProcessEnvironment(
        dnd::test::childEnvironment(m_dir, u"test-tst_campaign-child"_s));
    process->setWorkingDirectory(m_dir.path());
    process->start(program, arguments);
    return process;
}

bool Tst_campaign::produce(int count)
{
    auto producer =
        startProcess(ProducerBin, {u"--broker"_s, m_bootstrap, u"--count"_s, QString::number(count),
                                   u"--rate"_s, u"1000000"_s, u"--seed"_s, u"5"_s});
    if (!producer->waitForFinished(RunTimeoutMs) || producer->exitCode() != 0) {
        qWarning() << "producer:" << producer->readAllStandardError();
        return false;
    }
    return true;
}

QStringList Tst_campaign::trackerArguments(const QStringList &extra) const
{
    return QStringList{u"--headless"_s, u"--broker"_s,  m_bootstrap,
                       u"--json"_s,     u"--archive"_s, m_archive} +
           extra;
}

RunResult Tst_campaign::parse(int exitCode, const QByteArray &out, const QByteArray &err)
{
    RunResult result;
    result.exitCode = exitCode;
    result.error = err;
    // With the built-in broker the first line is "bootstrap: HOST:PORT".
    const QJsonObject object = QJsonDocument::fromJson(out.mid(out.indexOf('{'))).object();
    if (!object.contains(u"events"_s))
        return result;
    result.total = object.value(u"events"_s).toInteger() + object.value(u"rejected"_s).toInteger();
    const QJsonObject campaign = object.value(u"campaign"_s).toObject();
    result.restored = campaign.value(u"restored_events"_s).toInteger(-1) +
                      campaign.value(u"restored_rejected"_s).toInteger();
    result.fresh = campaign.value(u"new_events"_s).toInteger(-1) +
                   campaign.value(u"new_rejected"_s).toInteger();
    return result;
}

RunResult Tst_campaign::runTracker(const QStringList &extra)
{
    auto tracker = startProcess(TrackerBin, trackerArguments(extra));
    if (!tracker->waitForFinished(RunTimeoutMs))
        return {};
    return parse(tracker->exitCode(), tracker->readAllStandardOutput(),
                 tracker->readAllStandardError());
}

qint64 Tst_campaign::storedRows() const
{
    // Killed before the file had its tables: nothing stored yet.
    if (!QFileInfo::exists(m_archive))
        return 0;
    qint64 rows = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(m_archive);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(
                    u"SELECT (SELECT count(*) FROM event) + (SELECT count(*) FROM rejected)"_s) &&
                query.next())
                rows = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return rows;
}

RunResult Tst_campaign::stopRepeatedly(int signal, int runs, int *midway)
{
    // The moment of the stop is the point: once the file shows this run's
    // first transaction, a random few milliseconds later (the whole
    // catch-up takes a few hundred), so most stops land mid-way.
    QRandomGenerator random(QRandomGenerator::global()->generate());
    *midway = 0;
    qint64 before = 0;
    for (int run = 0; run < runs; ++run) {
        auto tracker = startProcess(TrackerBin, trackerArguments({u"--exit-at-end"_s}));
        if (!tracker->waitForStarted(StartTimeoutMs))
            return {};
        QDeadlineTimer deadline(RunTimeoutMs);
        while (tracker->state() == QProcess::Running && storedRows() <= before &&
               before < TopicEvents && !deadline.hasExpired())
            QTest::qWait(2);
        QTest::qWait(int(random.bounded(40)));
        if (signal == SIGKILL)
            tracker->kill();
        else
            tracker->terminate();
        if (tracker->state() != QProcess::NotRunning && !tracker->waitForFinished(RunTimeoutMs)) {
            RunResult failed;
            failed.error = "a stopped tracker did not exit";
            return failed;
        }
        // A SIGTERM before the handler is installed ends the process as
        // SIGKILL would: a crash exit, and as harmless.
        if (signal == SIGTERM && tracker->exitStatus() == QProcess::NormalExit &&
            tracker->exitCode() != 0) {
            RunResult failed;
            failed.error = "SIGTERM run: exit " + QByteArray::number(tracker->exitCode()) + ": " +
                           tracker->readAllStandardError();
            return failed;
        }
        const qint64 stored = storedRows();
        qInfo("run %d: stopped at %lld rows", run, static_cast<long long>(stored));
        if (stored < before) {
            RunResult failed;
            failed.error = "rows went down";
            return failed;
        }
        if (stored > before && stored < TopicEvents)
            ++*midway;
        before = stored;
    }
    return runTracker({u"--exit-at-end"_s});
}

void Tst_campaign::sigkillDuringCatchUp()
{
    QVERIFY(produce(TopicEvents));
    int midway = 0;
    const RunResult last = stopRepeatedly(SIGKILL, 10, &midway);
    QVERIFY2(last.exitCode == 0, last.error.constData());
    QCOMPARE(last.total, qint64(TopicEvents));
    QCOMPARE(last.restored + last.fresh, qint64(TopicEvents));
    QCOMPARE(storedRows(), qint64(TopicEvents));
    QVERIFY2(midway > 0, "no SIGKILL landed during the catch-up");
}

void Tst_campaign::sigtermDuringCatchUp()
{
    QVERIFY(produce(TopicEvents));
    int midway = 0;
    const RunResult last = stopRepeatedly(SIGTERM, 10, &midway);
    QVERIFY2(last.exitCode == 0, last.error.constData());
    QCOMPARE(last.total, qint64(TopicEvents));
    QCOMPARE(storedRows(), qint64(TopicEvents));
    QVERIFY2(midway > 0, "no SIGTERM landed during the catch-up");
}

void Tst_campaign::maxEventsCutsABatch()
{
    // 3,333 cuts batches of up to 2,000 messages in the middle; each run
    // counts exactly that many new ones and resumes where the last stopped.
    QVERIFY(produce(TopicEvents));
    constexpr qint64 Limit = 3333;
    qint64 total = 0;
    for (int run = 0; total < TopicEvents && run < 10; ++run) {
        const RunResult result =
            runTracker({u"--max-events"_s, QString::number(Limit), u"--exit-at-end"_s});
        QVERIFY2(result.exitCode == 0, result.error.constData());
        QCOMPARE(result.restored, total);
        QCOMPARE(result.fresh, std::min(Limit, TopicEvents - total));
        total = result.total;
        QCOMPARE(storedRows(), total);
    }
    QCOMPARE(total, qint64(TopicEvents));
}

void Tst_campaign::restartResumesWithoutRereading()
{
    QVERIFY(produce(TopicEvents));
    RunResult first = runTracker({u"--exit-at-end"_s});
    QVERIFY2(first.exitCode == 0, first.error.constData());
    QCOMPARE(first.fresh, qint64(TopicEvents));
    // Resuming: nothing new, nothing counted twice.
    RunResult again = runTracker({u"--exit-at-end"_s});
    QVERIFY2(again.exitCode == 0, again.error.constData());
    QCOMPARE(again.restored, qint64(TopicEvents));
    QCOMPARE(again.fresh, qint64(0));
    // Reading the topic again from its beginning adds nothing either.
    RunResult earliest = runTracker({u"--exit-at-end"_s, u"--from"_s, u"earliest"_s});
    QVERIFY2(earliest.exitCode == 0, earliest.error.constData());
    QCOMPARE(earliest.total, qint64(TopicEvents));
    // More events later: only they are read.
    QVERIFY(produce(500));
    RunResult more = runTracker({u"--exit-at-end"_s});
    QVERIFY2(more.exitCode == 0, more.error.constData());
    QCOMPARE(more.fresh, qint64(500));
    QCOMPARE(more.total, qint64(TopicEvents + 500));
    QCOMPARE(storedRows(), qint64(TopicEvents + 500));
}

void Tst_campaign::builtInBrokerRunsAreNewSources()
{
    // Each run of the built-in broker starts an empty topic: a new source
    // whose events add to the campaign (here after an external one's).
    QVERIFY(produce(1000));
    RunResult external = runTracker({u"--exit-at-end"_s});
    QVERIFY2(external.exitCode == 0, external.error.constData());
    QCOMPARE(external.total, qint64(1000));
    qint64 total = external.total;
    for (int run = 0; run < 2; ++run) {
        auto tracker =
            startProcess(TrackerBin, {u"--headless"_s, u"--json"_s, u"--archive"_s, m_archive,
                                      u"--port"_s, u"0"_s, u"--simulate"_s, u"--rate"_s, u"5000"_s,
                                      u"--max-events"_s, u"700"_s});
        QVERIFY(tracker->waitForFinished(RunTimeoutMs));
        const RunResult result = parse(tracker->exitCode(), tracker->readAllStandardOutput(),
                                       tracker->readAllStandardError());
        QVERIFY2(result.exitCode == 0, result.error.constData());
        QCOMPARE(result.restored, total);
        QCOMPARE(result.fresh, qint64(700));
        total = result.total;
    }
    QCOMPARE(total, qint64(1000 + 2 * 700));
    QCOMPARE(storedRows(), total);
}

void Tst_campaign::secondInstanceIsToldWhoHoldsTheFile()
{
    auto holder = startProcess(TrackerBin, trackerArguments({}));
    QVERIFY(holder->waitForStarted(StartTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_archive + u".lock"_s), StartTimeoutMs);
    const RunResult second = runTracker({u"--exit-at-end"_s});
    QCOMPARE(second.exitCode, 1);
    const QString error = QString::fromUtf8(second.error);
    QVERIFY2(error.contains(u"already open in another tracker"_s), qPrintable(error));
    QVERIFY2(error.contains(u"process %1"_s.arg(holder->processId())), qPrintable(error));
    QVERIFY2(error.contains(QSysInfo::machineHostName()), qPrintable(error));
    holder->terminate();
    QVERIFY(holder->waitForFinished(RunTimeoutMs));
    QCOMPARE(holder->exitCode(), 0);
    // Released at exit: the next run has it.
    const RunResult after = runTracker({u"--exit-at-end"_s});
    QVERIFY2(after.exitCode == 0, after.error.constData());
}

void Tst_campaign::refusedFilesAreLeftAsTheyAre_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("damaged") << u"damaged"_s << u"is damaged or is not a campaign archive"_s;
    QTest::newRow("newer") << u"newer"_s << u"written by a newer version"_s;
}

void Tst_campaign::refusedFilesAreLeftAsTheyAre()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QVERIFY(produce(100));
    if (kind == u"damaged"_s) {
        QFile file(m_archive);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray noise(64 * 1024, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 131 + 7) % 251);
        file.write("SQLite format 3");
        file.write(noise);
    } else {
        // A campaign that a later version of the tracker migrated.
        const RunResult first = runTracker({u"--exit-at-end"_s});
        QVERIFY2(first.exitCode == 0, first.error.constData());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
            db.setDatabaseName(m_archive);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
        }
        QSqlDatabase::removeDatabase(u"bump"_s);
    }
    const auto digest = [this] {
        QFile file(m_archive);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    };
    const QByteArray before = digest();
    QVERIFY(!before.isEmpty());
    const RunResult refused = runTracker({u"--exit-at-end"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(QString::fromUtf8(refused.error).contains(message), refused.error.constData());
    QCOMPARE(digest(), before);
}

void Tst_campaign::diskFullMidRunLosesNothing()
{
    // The file system refuses more data part-way through the catch-up: the
    // run stops (exit 1, the reason on stderr) with what was stored intact,
    // and a later run with room counts the rest, each message once.
    QVERIFY(produce(TopicEvents));
    auto tracker = startProcess(TrackerBin, trackerArguments({u"--exit-at-end"_s}), 512 * 1024);
    QVERIFY(tracker->waitForFinished(RunTimeoutMs));
    const QByteArray error = tracker->readAllStandardError();
    QCOMPARE(tracker->exitCode(), 1);
    QVERIFY2(error.contains("is full"), error.constData());
    const qint64 stored = storedRows();
    QVERIFY2(stored < TopicEvents, QByteArray::number(stored).constData());
    const RunResult rest = runTracker({u"--exit-at-end"_s});
    QVERIFY2(rest.exitCode == 0, rest.error.constData());
    QCOMPARE(rest.restored, stored);
    QCOMPARE(rest.total, qint64(TopicEvents));
    QCOMPARE(storedRows(), qint64(TopicEvents));
}

DND_GUILESS_TEST_MAIN(Tst_campaign)
#include "tst_campaign.moc"
