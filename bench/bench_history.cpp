// SPDX-License-Identifier: MIT
// Queries for the session selector and the History view on a big campaign:
// the outline (sessions, games, dates), History rows, and the statistics of
// one game, one session and a range of days, against a plain scan of every
// event row (SELECT count(*) ... WHERE kind >= 0) measured in the same run.
//   bench_history [--events N] [--sessions S] [--json]
// Each session is a run of its own (an ArchiveStore opened and closed) on
// evenings of consecutive days, two sessions a day, each game two sessions.
#include "archivestore.h"
#include "benchutil.h"
#include "simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace dnd;

namespace {

// Best of three, in milliseconds.
double bestMs(const std::function<bool()> &run, bool *ok)
{
    double best = 1e18;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        *ok = run() && *ok;
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Events in the campaign."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"),
                                            QStringLiteral("Play sessions (runs)."),
                                            QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also print JSON."));
    parser.addOptions({eventsOption, sessionsOption, jsonOption});
    parser.process(app);
    const int events = parser.value(eventsOption).toInt();
    const int sessions = std::max(1, parser.value(sessionsOption).toInt());
    const int perSession = std::max(1, events / sessions);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("campaign.sqlite"));
    ArchiveFault fault;
    Simulator simulator(SimulatorConfig{});
    const QDate firstDay(2026, 1, 5);
    QElapsedTimer timer;
    timer.start();
    for (int s = 0; s < sessions; ++s) {
        ArchiveStore store;
        if (!store.open(path, &fault)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(fault.message + QLatin1Char(' ') + fault.detail));
            return 1;
        }
        const qint64 source = store.sourceId(
            {QStringLiteral("bench-%1").arg(s), QStringLiteral("dnd_events")}, &fault);
        // Evening sessions of four hours, 18:00 and 22:30 (past midnight).
        const QDate day = firstDay.addDays(s / 2);
        const qint64 start =
            QDateTime(day, s % 2 == 0 ? QTime(18, 0) : QTime(22, 30)).toMSecsSinceEpoch() * 1000;
        const qint64 step = 4LL * 3600 * 1'000'000 / perSession;
        const QString game = QStringLiteral("game-%1").arg(s / 2 + 1);
        EventBatch batch;
        for (int i = 0; i < perSession; ++i) {
            GameEvent e = simulator.next();
            e.timestampUs = start + i * step;
            e.gameId = game;
            e.partition = 0;
            e.offset = i;
            batch.events.append(std::move(e));
            if (batch.events.size() == 5000 || i == perSession - 1) {
                batch.ranges = {
                    PartitionRange{0, batch.events.first().offset, batch.events.last().offset}};
                if (!store.store(source, {batch}, &fault).ok)
                    return 1;
                batch = EventBatch{};
            }
        }
    }
    const double writeSeconds = timer.nsecsElapsed() / 1e9;
    const int total = perSession * sessions;

    ArchiveStore store;
    if (!store.open(path, &fault))
        return 1;
    bool ok = true;
    CampaignOutline outline;
    // The first query builds the per-session counts from every row; later
    // ones read only rows appended since.
    timer.restart();
    ok = store.outline(&outline, &fault) && ok;
    const double firstOutlineMs = timer.nsecsElapsed() / 1e6;
    const double outlineMs = bestMs([&] { return store.outline(&outline, &fault); }, &ok);
    ok = ok && outline.events == quint64(total) && outline.sessions.size() >= sessions;
    QVector<SessionPlayerRow> rows;
    const double historyMs = bestMs([&] { return store.history({}, &rows, &fault); }, &ok);
    Statistics statistics;
    const auto statisticsMs = [&](const CampaignFilter &filter, quint64 *counted) {
        const double ms =
            bestMs([&] { return store.statistics(filter, &statistics, &fault); }, &ok);
        *counted = statistics.totalEvents();
        return ms;
    };
    quint64 gameEvents = 0;
    quint64 sessionEvents = 0;
    quint64 dayEvents = 0;
    const double gameMs =
        statisticsMs(CampaignFilter::forGame(outline.games.last().gameId), &gameEvents);
    const double sessionMs =
        statisticsMs(CampaignFilter::forSession(outline.sessions.last()), &sessionEvents);
    const QDate lastDay = outline.sessions.last().day;
    const double daysMs = statisticsMs(CampaignFilter::forDays(lastDay, lastDay), &dayEvents);
    quint64 allEvents = 0;
    const double wholeMs = statisticsMs({}, &allEvents);
    ok = ok && allEvents == quint64(total);

    // Reference: a scan of every event row in SQLite itself.
    double scanMs = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("r"));
        db.setDatabaseName(path);
        if (!db.open())
            return 1;
        scanMs = bestMs(
            [&] {
                QSqlQuery q(db);
                return q.exec(QStringLiteral("SELECT count(*) FROM event WHERE kind >= 0")) &&
                       q.next() && q.value(0).toInt() == total;
            },
            &ok);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("r"));

    QTextStream out(stdout);
    out << "bench_history: " << total << " events in " << sessions << " sessions (runs), "
        << outline.games.size() << " games, " << outline.sessions.size() << " sessions by day\n"
        << "  " << bench::machineDescription() << "\n"
        << QStringLiteral("  written in %1 s\n").arg(writeSeconds, 0, 'f', 1)
        << QStringLiteral("  reference: scan of every event row in SQLite: %1 ms\n")
               .arg(scanMs, 0, 'f', 0)
        << QStringLiteral("  first outline (builds the counts from every row): %1 ms (%2 x the "
                          "scan)\n")
               .arg(firstOutlineMs, 0, 'f', 0)
               .arg(firstOutlineMs / scanMs, 0, 'f', 2)
        << QStringLiteral("  outline again (sessions, games, dates): %1 ms (%2 x)\n")
               .arg(outlineMs, 0, 'f', 0)
               .arg(outlineMs / scanMs, 0, 'f', 2)
        << QStringLiteral("  History rows (%1): %2 ms (%3 x)\n")
               .arg(rows.size())
               .arg(historyMs, 0, 'f', 0)
               .arg(historyMs / scanMs, 0, 'f', 2)
        << QStringLiteral("  statistics of one game (%1 events): %2 ms (%3 x)\n")
               .arg(gameEvents)
               .arg(gameMs, 0, 'f', 0)
               .arg(gameMs / scanMs, 0, 'f', 2)
        << QStringLiteral("  statistics of one session (%1 events): %2 ms (%3 x)\n")
               .arg(sessionEvents)
               .arg(sessionMs, 0, 'f', 0)
               .arg(sessionMs / scanMs, 0, 'f', 2)
        << QStringLiteral("  statistics of one day (%1 events): %2 ms (%3 x)\n")
               .arg(dayEvents)
               .arg(daysMs, 0, 'f', 0)
               .arg(daysMs / scanMs, 0, 'f', 2)
        << QStringLiteral("  statistics of every event (the largest answer): %1 ms (%2 x)\n")
               .arg(wholeMs, 0, 'f', 0)
               .arg(wholeMs / scanMs, 0, 'f', 2);
    out.flush();
    if (parser.isSet(jsonOption)) {
        bench::printJson(QJsonObject{
            {QStringLiteral("events"), total},
            {QStringLiteral("scan_ms"), scanMs},
            {QStringLiteral("first_outline_ms"), firstOutlineMs},
            {QStringLiteral("outline_ms"), outlineMs},
            {QStringLiteral("history_ms"), historyMs},
            {QStringLiteral("game_statistics_ms"), gameMs},
            {QStringLiteral("session_statistics_ms"), sessionMs},
            {QStringLiteral("day_statistics_ms"), daysMs},
            {QStringLiteral("whole_statistics_ms"), wholeMs},
        });
    }
    return ok ? 0 : 1;
}
