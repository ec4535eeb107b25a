// SPDX-License-Identifier: MIT
// The event log: bounded, with one insert (and at most one front
// removal) per batch, what was counted, filters and follow-tail.
#include "eventlogmodel.h"
#include "eventlogwidget.h"
#include "statisticsrefresher.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <algorithm>

using namespace dnd;

namespace {

const QStringList Players = {QStringLiteral("Stravos"), QStringLiteral("Ya"),
                             QStringLiteral("Sylas"), QStringLiteral("Wurs")};

GameEvent makeEvent(qint64 offset, qint32 partition = 0)
{
    GameEvent e;
    e.player = Players.at(int(offset % Players.size()));
    e.partition = partition;
    e.offset = offset;
    e.timestampUs = 1'700'000'000'000'000 + offset * 1000;
    switch (offset % 3) {
    case 0:
        e.kind = EventKind::DiceRoll;
        e.type = QStringLiteral("dice_roll");
        e.dieSides = 20;
        e.rollResult = int(offset % 20) + 1;
        break;
    case 1:
        e.kind = EventKind::Encounter;
        e.type = QStringLiteral("encounter");
        e.monster = QStringLiteral("Goblin");
        break;
    default:
        e.kind = EventKind::SpellCast;
        e.type = QStringLiteral("spell_cast");
        e.spell = QStringLiteral("Fireball");
        break;
    }
    return e;
}

EventBatch batchOf(qint64 first, int count, qint32 partition = 0)
{
    EventBatch batch;
    for (qint64 offset = first; offset < first + count; ++offset)
        batch.events.append(makeEvent(offset, partition));
    batch.ranges.append({partition, first, first + count - 1});
    return batch;
}

} // namespace

class Tst_EventLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onePerBatchSignals();
    void boundedAtTenThousand();
    void hugeBatchKeepsNewest();
    void unevenBatchesKeepOrder();
    void everyCountedEventIsListed();
    void resetClears();
    void details_data();
    void details();
    void markupIsPlainText();
    void filters();
    void followTail();
};

void Tst_EventLog::onePerBatchSignals()
{
    StatisticsRefresher tracker;
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setStatisticsRefresher(&tracker);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    tracker.applyBatch(batchOf(0, 50));
    tracker.applyBatch(batchOf(50, 70));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 50);
    QCOMPARE(inserted.at(1).at(2).toInt(), 119);
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(model.eventAt(0).offset, 0);
    QCOMPARE(model.eventAt(119).offset, 119);
}

void Tst_EventLog::boundedAtTenThousand()
{
    StatisticsRefresher tracker;
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setStatisticsRefresher(&tracker);
    QCOMPARE(model.capacity(), 10000);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    constexpr int Batches = 25;
    constexpr int PerBatch = 1000;
    for (int b = 0; b < Batches; ++b)
        tracker.applyBatch(batchOf(qint64(b) * PerBatch, PerBatch));

    QCOMPARE(model.rowCount(), 10000);
    QCOMPARE(model.totalAppended(), quint64(Batches * PerBatch));
    QCOMPARE(inserted.size(), Batches);
    QCOMPARE(removed.size(), Batches - 10); // one front removal per batch once full
    // Oldest first, the most recent 10,000 in order.
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.eventAt(row).offset, qint64(Batches * PerBatch - 10000 + row));
    const QModelIndex last = model.index(9999, EventLogModel::PlayerColumn);
    QCOMPARE(last.data().toString(), makeEvent(Batches * PerBatch - 1).player);
}

void Tst_EventLog::unevenBatchesKeepOrder()
{
    // Rows are kept in the batches they came in; batches of sizes that do not
    // divide the capacity trim the oldest batch part-way.
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setCapacity(10);
    qint64 next = 0;
    for (int size : {3, 4, 5, 1, 7, 2, 9, 6, 12, 1}) {
        model.appendEvents(batchOf(next, size).events);
        next += size;
        const int shown = int(std::min<qint64>(next, 10));
        QCOMPARE(model.rowCount(), shown);
        for (int row = 0; row < shown; ++row)
            QCOMPARE(model.eventAt(row).offset, next - shown + row);
    }
}

void Tst_EventLog::hugeBatchKeepsNewest()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setCapacity(100);
    model.appendEvents(batchOf(0, 30).events);
    model.appendEvents(batchOf(30, 250).events);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.eventAt(0).offset, 180);
    QCOMPARE(model.eventAt(99).offset, 279);
    // Shrinking keeps the newest rows.
    model.setCapacity(10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.eventAt(0).offset, 270);
    model.appendEvents(batchOf(280, 5).events);
    QCOMPARE(model.eventAt(0).offset, 275);
    QCOMPARE(model.eventAt(9).offset, 284);
}

void Tst_EventLog::everyCountedEventIsListed()
{
    // Batches hold only new messages (the consumer drops redeliveries): the
    // log lists them as they are, the same events Statistics counts.
    StatisticsRefresher tracker;
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setStatisticsRefresher(&tracker);
    tracker.applyBatch(batchOf(0, 10));
    tracker.applyBatch(batchOf(10, 5));
    tracker.applyBatch(batchOf(0, 10, 1)); // another partition
    tracker.applyBatch(EventBatch());
    QCOMPARE(quint64(model.rowCount()), tracker.statistics().totalEvents());
    QCOMPARE(model.rowCount(), 25);
    for (int row = 0; row < 15; ++row)
        QCOMPARE(model.eventAt(row).offset, qint64(row));
}

void Tst_EventLog::resetClears()
{
    StatisticsRefresher tracker;
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setStatisticsRefresher(&tracker);
    tracker.applyBatch(batchOf(0, 10));
    tracker.reset();
    QCOMPARE(model.rowCount(), 0);
    // Replay from the beginning after a reset lists everything again.
    tracker.applyBatch(batchOf(0, 10));
    QCOMPARE(model.rowCount(), 10);
}

void Tst_EventLog::details_data()
{
    QTest::addColumn<GameEvent>("event");
    QTest::addColumn<QString>("expected");
    GameEvent roll = makeEvent(0);
    roll.dieSides = 6;
    roll.rollResult = 4;
    roll.context = QStringLiteral("attack_roll");
    QTest::newRow("dice roll") << roll << QStringLiteral("d6 rolled 4 (attack_roll)");
    GameEvent encounter = makeEvent(1);
    encounter.location = QStringLiteral("Cave");
    encounter.initiative = 12;
    QTest::newRow("encounter") << encounter << QStringLiteral("Goblin at Cave, initiative 12");
    GameEvent spell = makeEvent(2);
    spell.target = QStringLiteral("Orc");
    spell.effect = QStringLiteral("burned");
    QTest::newRow("spell") << spell << QStringLiteral("Fireball on Orc: burned");
    GameEvent other;
    other.player = QStringLiteral("Ya");
    other.type = QStringLiteral("rest");
    QTest::newRow("other") << other << QString();
}

void Tst_EventLog::details()
{
    QFETCH(GameEvent, event);
    QFETCH(QString, expected);
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.appendEvents({event});
    QCOMPARE(model.index(0, EventLogModel::DetailsColumn).data().toString(), expected);
    QCOMPARE(model.index(0, EventLogModel::TypeColumn).data().toString(), event.type);
    QCOMPARE(model.index(0, EventLogModel::PlayerColumn).data().toString(), event.player);
}

void Tst_EventLog::markupIsPlainText()
{
    EventLogModel model;
    GameEvent event = makeEvent(2);
    event.player = QStringLiteral("<b>x</b>");
    event.spell = QStringLiteral("<i>Zap</i>");
    model.appendEvents({event});
    QCOMPARE(model.index(0, EventLogModel::PlayerColumn).data().toString(),
             QStringLiteral("<b>x</b>"));
    QCOMPARE(model.index(0, EventLogModel::DetailsColumn).data().toString(),
             QStringLiteral("<i>Zap</i>"));
}

void Tst_EventLog::filters()
{
    StatisticsRefresher tracker;
    EventLogWidget widget(&tracker);
    QAbstractItemModelTester tester(widget.viewModel());
    tracker.applyBatch(batchOf(0, 120)); // offsets cycle players (mod 4) and types (mod 3)
    QAbstractItemModel *view = widget.viewModel();
    QCOMPARE(view->rowCount(), 120);

    widget.playerFilterEdit()->setText(QStringLiteral("wurs")); // case-insensitive
    QCOMPARE(view->rowCount(), 30);
    for (int row = 0; row < view->rowCount(); ++row)
        QCOMPARE(view->index(row, EventLogModel::PlayerColumn).data().toString(),
                 QStringLiteral("Wurs"));

    // Type from the combo box, combined with the player filter: offsets
    // 3 (mod 4) and 0 (mod 3) -> 10 of 120.
    QComboBox *types = widget.typeFilterCombo();
    const int diceIndex = types->findData(QStringLiteral("dice_roll"));
    QVERIFY(diceIndex > 0);
    types->setCurrentIndex(diceIndex);
    QCOMPARE(view->rowCount(), 10);

    // New events respect the filters.
    tracker.applyBatch(batchOf(120, 12));
    QCOMPARE(view->rowCount(), 11);

    widget.setPlayerFilter(QString());
    QCOMPARE(view->rowCount(), 44);
    // A type that appeared on the wire becomes a choice.
    GameEvent rest;
    rest.player = QStringLiteral("Ya");
    rest.type = QStringLiteral("short_rest");
    EventBatch batch;
    batch.events = {rest};
    tracker.applyBatch(batch);
    QVERIFY(types->findData(QStringLiteral("short_rest")) > 0);
    widget.setTypeFilter(QStringLiteral("short_rest"));
    QCOMPARE(view->rowCount(), 1);
    widget.setTypeFilter(QString());
    QCOMPARE(view->rowCount(), 133);
    QCOMPARE(types->currentIndex(), 0);
}

void Tst_EventLog::followTail()
{
    StatisticsRefresher tracker;
    EventLogWidget widget(&tracker);
    widget.resize(600, 300);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QScrollBar *bar = widget.view()->verticalScrollBar();

    QVERIFY(widget.followTail());
    tracker.applyBatch(batchOf(0, 500));
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // Off: the user's position stays while events arrive.
    widget.followTailCheckBox()->click();
    QVERIFY(!widget.followTail());
    bar->setValue(0);
    tracker.applyBatch(batchOf(500, 500));
    // The coalesced scroll is a zero-interval timer: give it its chance to run.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 0);

    // On again: jumps to the newest.
    widget.setFollowTail(true);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QCOMPARE(widget.viewModel()->rowCount(), 1000);

    // New rows repaint with the tracker's next refresh, not on their own
    // batch, and the view never stays frozen.
    QTRY_VERIFY_WITH_TIMEOUT(widget.view()->viewport()->updatesEnabled(),
                             EventLogWidget::RepaintAtLeastMs + 1000);
    QSignalSpy refreshed(&tracker, &StatisticsRefresher::refreshed);
    tracker.applyBatch(batchOf(1000, 3));
    if (refreshed.isEmpty())
        QVERIFY(!widget.view()->viewport()->updatesEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(widget.view()->viewport()->updatesEnabled(),
                             EventLogWidget::RepaintAtLeastMs + 1000);
}

DND_TEST_MAIN(Tst_EventLog)
#include "tst_eventlog.moc"
