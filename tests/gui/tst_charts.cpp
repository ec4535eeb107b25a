// SPDX-License-Identifier: MIT
// What a user reads on the charts: count axes with integer, evenly spaced,
// unique ticks, and every face of every die readable in a player's tab at
// the width it has in a 1280 px window.
#include "countbarchart.h"
#include "dicefairness.h"
#include "playertab.h"
#include "rolldistributionchart.h"
#include "statistics.h"
#include "testmain.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QtTest>

#include <algorithm>

using namespace dnd;
using namespace Qt::StringLiterals;

namespace {

// The text items a chart shows left of its plot area: the count axis's labels.
QStringList countAxisLabels(ChartWidget *chart)
{
    QCoreApplication::processEvents();
    const QRectF plot = chart->chart()->plotArea();
    QList<std::pair<qreal, QString>> labels;
    const QList<QGraphicsItem *> items = chart->scene()->items();
    for (QGraphicsItem *item : items) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QRectF box = text->sceneBoundingRect();
        if (box.right() <= plot.left() + 1 && box.bottom() > plot.top() - 10)
            labels.append({-box.center().y(), text->toPlainText()});
    }
    std::sort(labels.begin(), labels.end());
    QStringList out;
    for (const auto &label : labels)
        out.append(label.second);
    return out;
}

// The text items below the plot area: the category axis's labels.
QStringList faceLabels(ChartWidget *chart)
{
    QCoreApplication::processEvents();
    const QRectF plot = chart->chart()->plotArea();
    QList<std::pair<qreal, QString>> labels;
    const QList<QGraphicsItem *> items = chart->scene()->items();
    for (QGraphicsItem *item : items) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QRectF box = text->sceneBoundingRect();
        if (box.top() >= plot.bottom() - 1 && box.left() >= plot.left() - 40 &&
            box.bottom() < plot.bottom() + 40)
            labels.append({box.center().x(), text->toPlainText()});
    }
    std::sort(labels.begin(), labels.end());
    QStringList out;
    for (const auto &label : labels)
        out.append(label.second);
    return out;
}

} // namespace

class Tst_charts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countAxisIntegerEvenUnique_data();
    void countAxisIntegerEvenUnique();
    void everyFaceReadable_data();
    void everyFaceReadable();
};

void Tst_charts::countAxisIntegerEvenUnique_data()
{
    QTest::addColumn<qreal>("largest");
    // The cases seen as "0 1 1 2 2 3", "0 6 13 19 25", "0 1 3 4 5".
    for (const int n : {0, 1, 2, 3, 4, 5, 7, 13, 23, 25, 99, 1234, 56789})
        QTest::newRow(qPrintable(QString::number(n))) << qreal(n);
}

void Tst_charts::countAxisIntegerEvenUnique()
{
    QFETCH(qreal, largest);
    CountBarChart chart(u"Spells cast"_s, Qt::Vertical, 10);
    chart.resize(464, 260);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setValues({u"Fireball"_s, u"Shield"_s}, {largest, largest / 2});
    const QStringList labels = countAxisLabels(&chart);
    QVERIFY2(labels.size() >= 2, qPrintable(labels.join(u' ')));
    QVERIFY2(labels.size() <= 7, qPrintable(labels.join(u' ')));
    QVector<qint64> ticks;
    for (const QString &label : labels) {
        bool ok = false;
        ticks.append(QLocale().toLongLong(label, &ok)); // "1,000" in English
        QVERIFY2(ok, qPrintable(u"not an integer: "_s + label));
    }
    QCOMPARE(ticks.first(), 0);
    QVERIFY2(ticks.last() >= largest, qPrintable(labels.join(u' ')));
    const qint64 step = ticks[1] - ticks[0];
    QVERIFY(step > 0);
    for (qsizetype i = 1; i < ticks.size(); ++i)
        QVERIFY2(ticks[i] - ticks[i - 1] == step, qPrintable(labels.join(u' ')));
}

void Tst_charts::everyFaceReadable_data()
{
    QTest::addColumn<int>("sides");
    QTest::addColumn<QStringList>("faces");
    for (const int sides : DieTypes) {
        QStringList faces;
        if (sides <= 20) {
            for (int face = 1; face <= sides; ++face)
                faces.append(QString::number(face));
        } else {
            for (int group = 0; group < sides / 10; ++group)
                faces.append(u"%1–%2"_s.arg(group * 10 + 1).arg(group * 10 + 10));
        }
        QTest::newRow(qPrintable(u"d%1"_s.arg(sides))) << sides << faces;
    }
}

void Tst_charts::everyFaceReadable()
{
    QFETCH(int, sides);
    QFETCH(QStringList, faces);
    // A player's tab gets about 960 px of a 1280 px window beside the
    // simulator dock.
    PlayerTab tab(u"Stravos"_s);
    tab.resize(960, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    Statistics statistics;
    QVector<GameEvent> events;
    for (int face = 1; face <= sides; ++face) {
        GameEvent e;
        e.player = u"Stravos"_s;
        e.kind = EventKind::DiceRoll;
        e.type = u"dice_roll"_s;
        e.dieSides = sides;
        e.rollResult = face;
        events.append(e);
    }
    statistics.applyEvents(events);
    tab.refresh(statistics);
    tab.dieCombo()->setCurrentIndex(tab.dieCombo()->findData(sides));
    QTRY_COMPARE(faceLabels(tab.rollDistributionChart()), faces);
}

DND_TEST_MAIN(Tst_charts)
#include "tst_charts.moc"
