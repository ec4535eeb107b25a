// SPDX-License-Identifier: MIT
// Scale benchmark: memory and the overview's responsiveness with many events
// and many players. Events come from the simulator (random mode) and are
// applied in batches of 2,000 with partition/offset, as the consumer worker
// delivers them, to the StatisticsRefresher with the overview (player table + proxy
// + chart), the event log and the problems list attached: what the window
// keeps per event. Kafka is left out (bench_pipeline measures it).
//
//   1. 4 players: RSS after 100,000 and after 1,000,000 events (growth).
//   2. 10,000 players, 1,000,000 events: RSS; overview refresh, sort by each
//      column and filter times (median of repeats, offscreen window shown).
//
//   3. --hostile types|players|names instead (issue 13): 4,000 valid messages
//      with distinct 60 KB event types, 100,000 distinct players, or 600,000
//      distinct 100-character spell names over 10,000 players, decoded by
//      the codec and applied as the consumer would; RSS after applying and
//      the peak while the statistics are exported as JSON (what
//      `dnd-tracker --headless --json` prints). One scenario per process, so
//      each peak is its own.
//
//   bench_scale [--events 1000000] [--players 10000] [--hostile types|players|names] [--json]
#include "benchutil.h"
#include "eventlogmodel.h"
#include "hostilescenario.h"
#include "overviewwidget.h"
#include "playertablemodel.h"
#include "problemsmodel.h"
#include "simulator.h"
#include "statisticsrefresher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

struct Options
{
    qint64 events = 1'000'000;
    int players = 10'000;
    bool json = false;
    QString hostile; // "types" or "players": scenario 3 only
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Memory and overview scale benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events per scenario."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("players"), QStringLiteral("Players of the large roster."),
                      QStringLiteral("P"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also print one JSON line.")});
    parser.addOption({QStringLiteral("hostile"),
                      QStringLiteral("Only the hostile scenario: types (4,000 distinct 60 KB "
                                     "event types), players (100,000 distinct players) or "
                                     "names (600,000 distinct spells of 10,000 players)."),
                      QStringLiteral("types|players|names")});
    parser.process(app);
    Options options;
    options.events = parser.value(QStringLiteral("events")).toLongLong();
    options.players = parser.value(QStringLiteral("players")).toInt();
    options.json = parser.isSet(QStringLiteral("json"));
    options.hostile = parser.value(QStringLiteral("hostile"));
    if (!options.hostile.isEmpty() && options.hostile != QLatin1String("types") &&
        options.hostile != QLatin1String("players") && options.hostile != QLatin1String("names")) {
        std::fprintf(stderr, "--hostile is types, players or names\n");
        std::exit(2);
    }
    if (options.events < 10 || options.players <= 0) {
        std::fprintf(stderr, "--events must be at least 10, --players positive\n");
        std::exit(2);
    }
    return options;
}

// What the window attaches to the tracker model.
struct Views
{
    explicit Views(dnd::StatisticsRefresher *model) : overview(model)
    {
        eventLog.setStatisticsRefresher(model);
        problems.setStatisticsRefresher(model);
        overview.resize(1200, 800);
        overview.show();
    }
    dnd::OverviewWidget overview;
    dnd::EventLogModel eventLog;
    dnd::ProblemsModel problems;
};

// Feeds `count` more events as the consumer would: batches of 2,000 with
// increasing offsets of one partition; the GUI event loop runs in between so
// refresh timers fire as in the app.
void feed(dnd::StatisticsRefresher &model, dnd::Simulator &simulator, qint64 count, qint64 *offset)
{
    constexpr int BatchSize = 2000;
    while (count > 0) {
        const int size = int(std::min<qint64>(BatchSize, count));
        dnd::EventBatch batch;
        batch.events.reserve(size);
        for (int i = 0; i < size; ++i) {
            dnd::GameEvent event = simulator.next();
            event.partition = 0;
            event.offset = *offset + i;
            batch.events.append(std::move(event));
        }
        batch.ranges.append({0, *offset, *offset + size - 1});
        *offset += size;
        count -= size;
        model.applyBatch(batch);
        QCoreApplication::processEvents();
    }
    model.refreshNow();
    QCoreApplication::processEvents();
}

// Median wall time in milliseconds of `repeats` runs of `action`, each
// followed by processing the events it posted (layout, paint).
double medianMs(int repeats, const std::function<void(int)> &action)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        action(i);
        QCoreApplication::processEvents();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QStringList roster(int players)
{
    QStringList names;
    names.reserve(players);
    for (int i = 0; i < players; ++i)
        names.append(QStringLiteral("Player %1").arg(i + 1, 5, 10, QChar(u'0')));
    return names;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Options options = parse(app);
    std::printf("machine: %s\n", qPrintable(dnd::bench::machineDescription()));
    QJsonObject json{{QStringLiteral("machine"), dnd::bench::machineDescription()},
                     {QStringLiteral("events"), double(options.events)}};
    if (!options.hostile.isEmpty()) {
        json.insert(QStringLiteral("hostile"), dnd::bench::runHostileScenario(options.hostile));
        if (options.json)
            dnd::bench::printJson(json);
        return 0;
    }

    // 1. Four players: does memory grow with the number of events?
    double rssSmall = 0;
    double rssLarge = 0;
    {
        dnd::StatisticsRefresher model;
        Views views(&model);
        dnd::SimulatorConfig config;
        config.mode = dnd::SimulationMode::Random;
        config.seed = 7;
        dnd::Simulator simulator(config);
        qint64 offset = 0;
        const qint64 first = options.events / 10;
        feed(model, simulator, first, &offset);
        rssSmall = dnd::bench::currentRssMiB();
        QElapsedTimer timer;
        timer.start();
        feed(model, simulator, options.events - first, &offset);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        rssLarge = dnd::bench::currentRssMiB();
        std::printf("\n4 players (roster %s)\n",
                    qPrintable(dnd::defaultRoster().join(QStringLiteral(", "))));
        std::printf("  RSS after %lld events: %8.1f MiB\n", static_cast<long long>(first),
                    rssSmall);
        std::printf("  RSS after %lld events: %8.1f MiB  (growth %.1f MiB)\n",
                    static_cast<long long>(options.events), rssLarge, rssLarge - rssSmall);
        std::printf("  applied %.0f events/s (simulator + model + views, one thread)\n",
                    double(options.events - first) / seconds);
        json.insert(QStringLiteral("four_players"),
                    QJsonObject{{QStringLiteral("rss_first_mib"), rssSmall},
                                {QStringLiteral("first_events"), double(first)},
                                {QStringLiteral("rss_all_mib"), rssLarge},
                                {QStringLiteral("growth_mib"), rssLarge - rssSmall}});
    }

    // 2. Many players.
    {
        const double rssBefore = dnd::bench::currentRssMiB();
        dnd::StatisticsRefresher model;
        Views views(&model);
        dnd::SimulatorConfig config;
        config.mode = dnd::SimulationMode::Random;
        config.seed = 11;
        config.players = roster(options.players);
        dnd::Simulator simulator(config);
        qint64 offset = 0;
        QElapsedTimer timer;
        timer.start();
        feed(model, simulator, options.events, &offset);
        const double feedSeconds = double(timer.nsecsElapsed()) / 1e9;
        const double rss = dnd::bench::currentRssMiB();
        const int players = int(model.statistics().players().size());

        QSortFilterProxyModel *proxy = views.overview.proxyModel();
        QTableView *view = views.overview.tableView();
        const double refreshMs = medianMs(5, [&](int) {
            // One more batch so the refresh has something to do.
            feed(model, simulator, 2000, &offset);
        });
        QJsonArray sortTimes;
        std::printf("\n%d players, %lld events\n", players, static_cast<long long>(options.events));
        std::printf("  RSS: %.1f MiB (%.1f MiB before the scenario)\n", rss, rssBefore);
        std::printf("  applied %.0f events/s (simulator + model + views, one thread)\n",
                    double(options.events) / feedSeconds);
        std::printf("  2,000 more events + refresh + repaint: %.1f ms (median of 5)\n", refreshMs);
        std::printf("  %-28s %10s\n", "overview sort by", "ms");
        double worstSort = 0;
        for (int column = 0; column < dnd::PlayerTableModel::ColumnCount; ++column) {
            const QString name =
                views.overview.tableModel()->headerData(column, Qt::Horizontal).toString();
            const double ms = medianMs(5, [&](int i) {
                view->sortByColumn(column, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            });
            worstSort = std::max(worstSort, ms);
            std::printf("  %-28s %10.1f\n", qPrintable(name), ms);
            sortTimes.append(
                QJsonObject{{QStringLiteral("column"), name}, {QStringLiteral("ms"), ms}});
        }
        const QStringList filters = {QStringLiteral("player 00"), QStringLiteral("99"),
                                     QStringLiteral("zzz"), QString()};
        QJsonArray filterTimes;
        double worstFilter = 0;
        std::printf("  %-28s %10s %8s\n", "overview filter", "ms", "rows");
        for (const QString &filter : filters) {
            const double ms = medianMs(
                5, [&](int i) { views.overview.setFilterText(i % 2 ? filter : QString()); });
            // Leave the filter applied once more to count its rows.
            views.overview.setFilterText(filter);
            QCoreApplication::processEvents();
            worstFilter = std::max(worstFilter, ms);
            const QString label = filter.isEmpty() ? QStringLiteral("(cleared)")
                                                   : QStringLiteral("\"%1\"").arg(filter);
            std::printf("  %-28s %10.1f %8d\n", qPrintable(label), ms, proxy->rowCount());
            filterTimes.append(QJsonObject{{QStringLiteral("filter"), filter},
                                           {QStringLiteral("ms"), ms},
                                           {QStringLiteral("rows"), proxy->rowCount()}});
        }
        json.insert(QStringLiteral("many_players"),
                    QJsonObject{{QStringLiteral("players"), players},
                                {QStringLiteral("rss_mib"), rss},
                                {QStringLiteral("rss_before_mib"), rssBefore},
                                {QStringLiteral("refresh_ms"), refreshMs},
                                {QStringLiteral("sort"), sortTimes},
                                {QStringLiteral("worst_sort_ms"), worstSort},
                                {QStringLiteral("filter"), filterTimes},
                                {QStringLiteral("worst_filter_ms"), worstFilter}});
    }
    std::printf("\npeak RSS: %.1f MiB\n", dnd::bench::peakRssMiB());
    json.insert(QStringLiteral("peak_rss_mib"), dnd::bench::peakRssMiB());
    if (options.json)
        dnd::bench::printJson(json);
    return 0;
}
