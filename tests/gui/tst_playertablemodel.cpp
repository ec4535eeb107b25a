// SPDX-License-Identifier: MIT
// The overview's player table: correct values, stable rows, incremental
// updates instead of resets, sorting and filtering with 10,000 players, and
// the overview widget around it (chart, double-click, plain text).
#include "overviewwidget.h"
#include "playertablemodel.h"
#include "statisticsrefresher.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QTableView>
#include <QtTest>

using namespace dnd;

namespace {

GameEvent roll(const QString &player, int sides, int result, qint64 offset = -1)
{
    GameEvent e;
    e.player = player;
    e.kind = EventKind::DiceRoll;
    e.type = QStringLiteral("dice_roll");
    e.dieSides = sides;
    e.rollResult = result;
    e.timestampUs = 1'700'000'000'000'000 + offset * 1000;
    e.partition = offset < 0 ? -1 : 0;
    e.offset = offset;
    return e;
}

GameEvent other(const QString &player, EventKind kind, const QString &type)
{
    GameEvent e;
    e.player = player;
    e.kind = kind;
    e.type = type;
    e.monster = QStringLiteral("Goblin");
    e.spell = QStringLiteral("Fireball");
    e.timestampUs = 1'700'000'000'000'000;
    return e;
}

void apply(StatisticsRefresher &tracker, const QVector<GameEvent> &events)
{
    EventBatch batch;
    batch.events = events;
    tracker.applyBatch(batch);
    tracker.refreshNow();
}

// n events of player "player-NNNNN" for i in [0, count): player i gets
// (i * 7919) % 97 + 1 events, so counts are spread and often tied.
QVector<GameEvent> manyPlayers(int count)
{
    QVector<GameEvent> events;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("player-%1").arg(i, 5, 10, QLatin1Char('0'));
        const int n = (i * 7919) % 97 + 1;
        for (int k = 0; k < n; ++k)
            events.append(roll(name, 20, (k % 20) + 1));
    }
    return events;
}

} // namespace

class Tst_PlayerTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columns_data();
    void columns();
    void rowsAreStableAndIncremental();
    void resetClears();
    void tenThousandPlayersSortAndFilter();
    void overviewDoubleClickAndChart();
    void markupNamesArePlainText();
    void controlCharactersAreShownInert_data();
    void controlCharactersAreShownInert();
};

void Tst_PlayerTableModel::columns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("sortValue");

    QTest::newRow("player") << int(PlayerTableModel::PlayerColumn) << QStringLiteral("Stravos")
                            << QVariant(QStringLiteral("stravos"));
    QTest::newRow("events") << int(PlayerTableModel::EventsColumn) << QStringLiteral("6")
                            << QVariant(qulonglong(6));
    QTest::newRow("rolls") << int(PlayerTableModel::RollsColumn) << QStringLiteral("4")
                           << QVariant(qulonglong(4));
    QTest::newRow("encounters") << int(PlayerTableModel::EncountersColumn) << QStringLiteral("1")
                                << QVariant(qulonglong(1));
    QTest::newRow("spells") << int(PlayerTableModel::SpellsColumn) << QStringLiteral("1")
                            << QVariant(qulonglong(1));
    // d20 rolls 20, 1, 12 -> 11.00; the d6 roll does not count.
    QTest::newRow("average d20") << int(PlayerTableModel::AverageD20Column)
                                 << QLocale().toString(11.0, 'f', 2) << QVariant(11.0);
    QTest::newRow("nat 20s") << int(PlayerTableModel::Nat20Column) << QStringLiteral("1")
                             << QVariant(qulonglong(1));
    QTest::newRow("nat 1s") << int(PlayerTableModel::Nat1Column) << QStringLiteral("1")
                            << QVariant(qulonglong(1));
}

void Tst_PlayerTableModel::columns()
{
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, sortValue);

    StatisticsRefresher tracker;
    PlayerTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setStatisticsRefresher(&tracker);
    apply(tracker,
          {roll(QStringLiteral("Stravos"), 20, 20), roll(QStringLiteral("Stravos"), 20, 1),
           roll(QStringLiteral("Stravos"), 20, 12), roll(QStringLiteral("Stravos"), 6, 6),
           other(QStringLiteral("Stravos"), EventKind::Encounter, QStringLiteral("encounter")),
           other(QStringLiteral("Stravos"), EventKind::SpellCast, QStringLiteral("spell_cast"))});
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(PlayerTableModel::SortRole), sortValue);
    QCOMPARE(index.data(PlayerTableModel::PlayerNameRole).toString(), QStringLiteral("Stravos"));
}

void Tst_PlayerTableModel::rowsAreStableAndIncremental()
{
    StatisticsRefresher tracker;
    PlayerTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setStatisticsRefresher(&tracker);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    apply(tracker, {roll(QStringLiteral("Wurs"), 20, 3), roll(QStringLiteral("Ya"), 20, 4)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserts.size(), 1);
    const QString first = model.playerAt(0);
    const QString second = model.playerAt(1);

    // An update of the second player only: one dataChanged for that row.
    apply(tracker, {roll(second, 20, 5)});
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changes.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, PlayerTableModel::EventsColumn).data().toString(), QStringLiteral("2"));

    // A new player is appended; existing rows keep their place.
    apply(tracker, {roll(QStringLiteral("Sylas"), 20, 9)});
    QCOMPARE(inserts.size(), 2);
    QCOMPARE(model.playerAt(0), first);
    QCOMPARE(model.playerAt(1), second);
    QCOMPARE(model.playerAt(2), QStringLiteral("Sylas"));
    QCOMPARE(model.rowOfPlayer(QStringLiteral("Sylas")), 2);

    // A refresh with nothing new signals nothing.
    changes.clear();
    tracker.refreshNow();
    QCOMPARE(changes.size(), 0);
    QCOMPARE(resets.size(), 0);
}

void Tst_PlayerTableModel::resetClears()
{
    StatisticsRefresher tracker;
    PlayerTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setStatisticsRefresher(&tracker);
    apply(tracker, {roll(QStringLiteral("Wurs"), 20, 3)});
    QCOMPARE(model.rowCount(), 1);
    tracker.reset();
    QCOMPARE(model.rowCount(), 0);
    apply(tracker, {roll(QStringLiteral("Ya"), 20, 3)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.playerAt(0), QStringLiteral("Ya"));
}

void Tst_PlayerTableModel::tenThousandPlayersSortAndFilter()
{
    constexpr int Players = 10000;
    StatisticsRefresher tracker;
    OverviewWidget overview(&tracker);
    QAbstractItemModelTester sourceTester(overview.tableModel());
    QAbstractItemModelTester proxyTester(overview.proxyModel());
    QSignalSpy resets(overview.tableModel(), &QAbstractItemModel::modelReset);

    apply(tracker, manyPlayers(Players));
    QSortFilterProxyModel *proxy = overview.proxyModel();
    QCOMPARE(overview.tableModel()->rowCount(), Players);
    QCOMPARE(proxy->rowCount(), Players);

    auto checkSortedByEvents = [&] {
        const Statistics &stats = tracker.statistics();
        quint64 previous = std::numeric_limits<quint64>::max();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, PlayerTableModel::EventsColumn);
            const quint64 events = index.data(PlayerTableModel::SortRole).toULongLong();
            const QString name = index.data(PlayerTableModel::PlayerNameRole).toString();
            QCOMPARE(events, stats.player(name)->events);
            QVERIFY2(events <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
            previous = events;
        }
    };
    // The overview sorts by events, most first.
    QCOMPARE(proxy->sortColumn(), int(PlayerTableModel::EventsColumn));
    QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
    checkSortedByEvents();

    // More events for every third player: the order follows, without a reset.
    QVector<GameEvent> more;
    for (int i = 0; i < Players; i += 3) {
        const QString name = QStringLiteral("player-%1").arg(i, 5, 10, QLatin1Char('0'));
        for (int k = 0; k < 50; ++k)
            more.append(roll(name, 20, 1 + k % 20));
    }
    apply(tracker, more);
    // Large tables are refreshed at most every LargeRefreshIntervalMs.
    QTRY_COMPARE(overview.tableModel()
                     ->index(0, PlayerTableModel::EventsColumn)
                     .data(PlayerTableModel::SortRole)
                     .toULongLong(),
                 tracker.statistics().player(QStringLiteral("player-00000"))->events);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(overview.tableModel()->rowCount(), Players);
    checkSortedByEvents();

    // Numeric, not lexical, sorting: ascending by events starts with the fewest.
    overview.tableView()->sortByColumn(PlayerTableModel::EventsColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, PlayerTableModel::EventsColumn).data().toString(),
             QStringLiteral("1"));

    // Filter: case-insensitive substring of the name.
    overview.setFilterText(QStringLiteral("PLAYER-0012"));
    QCOMPARE(proxy->rowCount(), 10); // player-00120 .. player-00129
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row, 0).data().toString().startsWith(QLatin1String("player-0012")));
    // Typing in the filter box applies it (debounced).
    overview.filterEdit()->setText(QStringLiteral("player-09999"));
    QTRY_COMPARE(proxy->rowCount(), 1);
    overview.filterEdit()->clear();
    QTRY_COMPARE(proxy->rowCount(), Players);

    // The chart shows only the top players.
    QCOMPARE(overview.chartedPlayers().size(), OverviewWidget::DefaultChartPlayers);
}

void Tst_PlayerTableModel::overviewDoubleClickAndChart()
{
    StatisticsRefresher tracker;
    OverviewWidget overview(&tracker);
    overview.resize(900, 700);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));

    QVector<GameEvent> events;
    for (int i = 0; i < 5; ++i)
        events.append(roll(QStringLiteral("Stravos"), 20, 10));
    events.append(
        other(QStringLiteral("Stravos"), EventKind::SpellCast, QStringLiteral("spell_cast")));
    for (int i = 0; i < 3; ++i)
        events.append(
            other(QStringLiteral("Wurs"), EventKind::Encounter, QStringLiteral("encounter")));
    events.append(other(QStringLiteral("Wurs"), EventKind::Other, QStringLiteral("rest")));
    apply(tracker, events);

    // Chart: players by events, most first; values equal the statistics.
    QCOMPARE(overview.chartedPlayers(),
             QStringList({QStringLiteral("Stravos"), QStringLiteral("Wurs")}));
    QCOMPARE(overview.chartValue(QStringLiteral("Stravos"), QStringLiteral("dice_roll")), 5.0);
    QCOMPARE(overview.chartValue(QStringLiteral("Stravos"), QStringLiteral("spell_cast")), 1.0);
    QCOMPARE(overview.chartValue(QStringLiteral("Wurs"), QStringLiteral("encounter")), 3.0);
    QCOMPARE(overview.chartValue(QStringLiteral("Wurs"), QStringLiteral("rest")), 1.0);
    QCOMPARE(overview.chart()->animationOptions(), QChart::NoAnimation);
    const auto series = overview.chart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QStackedBarSeries *>(series.first());
    QVERIFY(bars);
    double total = 0;
    for (QBarSet *set : bars->barSets())
        for (int i = 0; i < set->count(); ++i)
            total += set->at(i);
    QCOMPARE(total, double(tracker.statistics().totalEvents()));

    // Double-click on Wurs' row opens Wurs.
    QSignalSpy activated(&overview, &OverviewWidget::playerActivated);
    QTableView *view = overview.tableView();
    const QModelIndexList match = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole,
                                                       QStringLiteral("Wurs"), 1, Qt::MatchExactly);
    QCOMPARE(match.size(), 1);
    const QRect rect = view->visualRect(match.first());
    QVERIFY(rect.isValid());
    // A real double-click is press, release, then a double-click event.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("Wurs"));
}

void Tst_PlayerTableModel::markupNamesArePlainText()
{
    const QString name = QStringLiteral("<b>x</b>");
    StatisticsRefresher tracker;
    OverviewWidget overview(&tracker);
    apply(tracker, {roll(name, 20, 7)});
    const QModelIndex index = overview.tableModel()->index(0, PlayerTableModel::PlayerColumn);
    QCOMPARE(index.data().toString(), name);
    QCOMPARE(overview.chartedPlayers(), QStringList{name});
    // Qt Charts renders axis labels as HTML: the category must be escaped so
    // the name shows literally.
    auto *axis = qobject_cast<QBarCategoryAxis *>(overview.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories(), QStringList{name.toHtmlEscaped()});
}

// Names from an older archive (the codec refuses these now) are shown with
// their control, format and bidi characters escaped, in the table and the
// chart: one rule, InertText (issue 13).
void Tst_PlayerTableModel::controlCharactersAreShownInert_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("escape sequence") << QStringLiteral("\x1b"
                                                       "[31mPWNED")
                                     << QStringLiteral("\\u001B[31mPWNED");
    QTest::newRow("right-to-left override")
        << QStringLiteral("\u202Esovarts") << QStringLiteral("\\u202Esovarts");
    QTest::newRow("byte order mark")
        << QStringLiteral("\uFEFFStravos") << QStringLiteral("\\uFEFFStravos");
}

void Tst_PlayerTableModel::controlCharactersAreShownInert()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    StatisticsRefresher tracker;
    OverviewWidget overview(&tracker);
    apply(tracker, {roll(name, 20, 7)});
    const QModelIndex index = overview.tableModel()->index(0, PlayerTableModel::PlayerColumn);
    QCOMPARE(index.data().toString(), shown);
    auto *axis = qobject_cast<QBarCategoryAxis *>(overview.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories(), QStringList{shown});
}

DND_TEST_MAIN(Tst_PlayerTableModel)
#include "tst_playertablemodel.moc"
