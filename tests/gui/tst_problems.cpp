// SPDX-License-Identifier: MIT
// The problems panel: rejected messages with partition, offset, reason and
// preview (plain text), bounded to the most recent 1,000, totals by reason
// and the count for the dock badge.
#include "problemsmodel.h"
#include "problemswidget.h"
#include "statisticsrefresher.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace dnd;

namespace {

RejectedMessage reject(qint64 offset, RejectReason reason, const QString &preview,
                       qint32 partition = 0)
{
    RejectedMessage r;
    r.partition = partition;
    r.offset = offset;
    r.reason = reason;
    r.preview = preview;
    r.message = QStringLiteral("refused: %1").arg(rejectReasonKey(reason));
    return r;
}

EventBatch rejectBatch(qint64 first, int count, RejectReason reason, qint32 partition = 0)
{
    EventBatch batch;
    for (qint64 offset = first; offset < first + count; ++offset)
        batch.rejected.append(
            reject(offset, reason, QStringLiteral("{\"n\":%1").arg(offset), partition));
    batch.ranges.append({partition, first, first + count - 1});
    return batch;
}

} // namespace

class Tst_Problems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columns_data();
    void columns();
    void markupShownLiterally();
    void boundedAndTotals();
    void countSignalAndTitle();
    void everyCountedRejectIsListed();
    void resetClears();
};

void Tst_Problems::columns_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("preview");
    QTest::newRow("not json") << int(RejectReason::NotJson) << QStringLiteral("{oops");
    QTest::newRow("not utf-8") << int(RejectReason::NotUtf8) << QStringLiteral("\\xff\\xfe");
    QTest::newRow("roll out of range")
        << int(RejectReason::RollOutOfRange)
        << QStringLiteral("{\"player\":\"Ya\",\"event_type\":\"dice_roll\",\"roll_result\":21}");
    QTest::newRow("missing player") << int(RejectReason::MissingPlayer) << QStringLiteral("{}");
}

void Tst_Problems::columns()
{
    QFETCH(int, reason);
    QFETCH(QString, preview);
    StatisticsRefresher tracker;
    ProblemsModel model;
    QAbstractItemModelTester tester(&model);
    model.setStatisticsRefresher(&tracker);
    EventBatch batch;
    batch.rejected.append(reject(42, RejectReason(reason), preview, 3));
    tracker.applyBatch(batch);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ProblemsModel::PartitionColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(0, ProblemsModel::OffsetColumn).data().toString(), QStringLiteral("42"));
    QCOMPARE(model.index(0, ProblemsModel::ReasonColumn).data().toString(),
             rejectReasonTitle(RejectReason(reason)));
    QCOMPARE(model.index(0, ProblemsModel::PreviewColumn).data().toString(), preview);
    QCOMPARE(model.index(0, 0).data(ProblemsModel::ReasonKeyRole).toString(),
             rejectReasonKey(RejectReason(reason)));
    QCOMPARE(model.index(0, ProblemsModel::OffsetColumn).data(ProblemsModel::SortRole),
             QVariant(qlonglong(42)));
    QCOMPARE(model.count(RejectReason(reason)), quint64(1));
}

void Tst_Problems::markupShownLiterally()
{
    const QString markup = QStringLiteral("{\"player\":\"<b>x</b>\",\"event_type\":1}");
    StatisticsRefresher tracker;
    ProblemsWidget widget(&tracker);
    widget.resize(700, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    EventBatch batch;
    batch.rejected.append(reject(7, RejectReason::WrongFieldType, markup));
    tracker.applyBatch(batch);

    const QModelIndex preview = widget.model()->index(0, ProblemsModel::PreviewColumn);
    QCOMPARE(preview.data().toString(), markup);
    // Tooltips would be taken as rich text: the model escapes them.
    QVERIFY(preview.data(Qt::ToolTipRole).toString().contains(QStringLiteral("&lt;b&gt;")));

    widget.view()->setCurrentIndex(preview);
    QLabel *detail = widget.detailLabel();
    QCOMPARE(detail->textFormat(), Qt::PlainText);
    QVERIFY(detail->text().contains(markup));
    QVERIFY(detail->text().contains(QStringLiteral("offset 7")));
}

void Tst_Problems::boundedAndTotals()
{
    StatisticsRefresher tracker;
    ProblemsWidget widget(&tracker);
    ProblemsModel *model = widget.model();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->capacity(), 1000);

    tracker.applyBatch(rejectBatch(0, 900, RejectReason::NotJson));
    tracker.applyBatch(rejectBatch(900, 600, RejectReason::RollOutOfRange));
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(model->rejectedAt(0).offset, 500);
    QCOMPARE(model->rejectedAt(999).offset, 1499);
    QCOMPARE(model->totalCount(), quint64(1500));
    QCOMPARE(model->count(RejectReason::NotJson), quint64(900));
    QCOMPARE(model->count(RejectReason::RollOutOfRange), quint64(600));
    QCOMPARE(model->totalCount(), tracker.statistics().totalRejected());

    // Totals by reason, one line each (plain-text list items).
    QListWidget *totals = widget.totalsView();
    QCOMPARE(totals->count(), 2);
    QStringList keys;
    for (int i = 0; i < totals->count(); ++i) {
        keys.append(totals->item(i)->data(Qt::UserRole).toString());
        const quint64 n = totals->item(i)->data(Qt::UserRole + 1).toULongLong();
        QCOMPARE(n, tracker.statistics().rejectedCount(
                        keys.last() == rejectReasonKey(RejectReason::NotJson)
                            ? RejectReason::NotJson
                            : RejectReason::RollOutOfRange));
    }
    QCOMPARE(keys, QStringList({rejectReasonKey(RejectReason::NotJson),
                                rejectReasonKey(RejectReason::RollOutOfRange)}));
    QVERIFY(totals->item(0)->text().contains(rejectReasonTitle(RejectReason::NotJson)));
}

void Tst_Problems::countSignalAndTitle()
{
    StatisticsRefresher tracker;
    ProblemsWidget widget(&tracker);
    QSignalSpy counts(&widget, &ProblemsWidget::countChanged);
    QCOMPARE(widget.title(), QStringLiteral("Problems"));
    tracker.applyBatch(rejectBatch(0, 3, RejectReason::NotObject));
    tracker.applyBatch(rejectBatch(3, 2, RejectReason::TooLarge));
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts.last().first().toULongLong(), quint64(5));
    QCOMPARE(widget.count(), quint64(5));
    QCOMPARE(widget.title(), QStringLiteral("Problems (5)"));
    // A batch of events only does not signal.
    EventBatch events;
    GameEvent e;
    e.player = QStringLiteral("Ya");
    e.type = QStringLiteral("rest");
    events.events.append(e);
    tracker.applyBatch(events);
    QCOMPARE(counts.size(), 2);
}

void Tst_Problems::everyCountedRejectIsListed()
{
    // Batches hold only new messages (the consumer drops redeliveries).
    StatisticsRefresher tracker;
    ProblemsModel model;
    QAbstractItemModelTester tester(&model);
    model.setStatisticsRefresher(&tracker);
    QSignalSpy counts(&model, &ProblemsModel::countChanged);
    tracker.applyBatch(rejectBatch(0, 10, RejectReason::NotJson));
    tracker.applyBatch(rejectBatch(10, 5, RejectReason::NotJson));
    tracker.applyBatch(EventBatch());
    tracker.applyBatch(rejectBatch(0, 4, RejectReason::NotJson, 2)); // other partition
    QCOMPARE(model.rowCount(), 19);
    QCOMPARE(model.totalCount(), quint64(19));
    QCOMPARE(model.totalCount(), tracker.statistics().totalRejected());
    QCOMPARE(counts.size(), 3); // the empty batch changes nothing
}

void Tst_Problems::resetClears()
{
    StatisticsRefresher tracker;
    ProblemsWidget widget(&tracker);
    QAbstractItemModelTester tester(widget.model());
    QSignalSpy counts(&widget, &ProblemsWidget::countChanged);
    tracker.applyBatch(rejectBatch(0, 4, RejectReason::MissingField));
    tracker.reset();
    QCOMPARE(widget.model()->rowCount(), 0);
    QCOMPARE(widget.count(), quint64(0));
    QCOMPARE(counts.last().first().toULongLong(), quint64(0));
    QCOMPARE(widget.title(), QStringLiteral("Problems"));
    // Replay after reset lists them again.
    tracker.applyBatch(rejectBatch(0, 4, RejectReason::MissingField));
    QCOMPARE(widget.count(), quint64(4));
}

DND_TEST_MAIN(Tst_Problems)
#include "tst_problems.moc"
