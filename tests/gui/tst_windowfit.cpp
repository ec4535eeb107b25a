// SPDX-License-Identifier: MIT
// What a user sees of the window at 1280x800 (issue 12, the defects found
// last): every event's details readable in the narrow log dock; the
// Stream tab's lost messages apart from the lag, in CategoryPalette's
// colours, every legend entry whole; the last rolls' legend whole; the
// first launch's window size from the screen, a saved one winning.
#include "looktestutil.h"
#include "testmain.h"

#include "eventlogmodel.h"
#include "eventlogwidget.h"
#include "recentrollschart.h"
#include "streamratechart.h"
#include "streamtab.h"

#include <QDockWidget>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScreen>
#include <QScrollBar>

using namespace dnd;
using namespace dnd::test;
using namespace Qt::StringLiterals;

class Tst_windowfit : public QObject, protected LookWindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eventLogDetailsReadable();
    void streamLostApartInPaletteColours();
    void recentRollsLegendWhole();
    void defaultSizeFollowsScreen_data();
    void defaultSizeFollowsScreen();
    void firstLaunchSizeAndSavedGeometry();
};

void Tst_windowfit::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void Tst_windowfit::init()
{
    openWindow();
}

void Tst_windowfit::cleanup()
{
    closeWindow();
}

void Tst_windowfit::eventLogDetailsReadable()
{
    // The log sits in the narrow left dock. Its details column ends at the
    // dock's edge (no horizontal scroll bar hiding the rest of a cut text),
    // a text wider than the column ends in "…", and its tooltip is the
    // whole text.
    EventBatch batch;
    GameEvent spell;
    spell.player = u"Stravos"_s;
    spell.kind = EventKind::SpellCast;
    spell.type = u"spell_cast"_s;
    spell.spell = u"Magic Missile"_s;
    spell.target = u"the goblin behind the door"_s;
    spell.effect = u"3 darts of force"_s;
    spell.partition = 0;
    spell.offset = 0;
    batch.events.append(spell);
    batch.ranges.append({0, 0, 0});
    m_model->applyBatch(batch);
    m_model->refreshNow();
    m_window->eventLogDock()->raise();
    auto *view = m_window->eventLog()->findChild<QTableView *>();
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTRY_VERIFY(view->isVisible());
    QVERIFY2(m_window->eventLogDock()->width() < 400,
             qPrintable(u"dock %1 px"_s.arg(m_window->eventLogDock()->width())));

    const int details = EventLogModel::DetailsColumn;
    const int left = view->columnViewportPosition(details);
    const int right = left + view->columnWidth(details);
    QVERIFY2(left >= 0 && right <= view->viewport()->width() && view->columnWidth(details) >= 40,
             qPrintable(u"details %1..%2 px, viewport %3 px"_s.arg(left).arg(right).arg(
                 view->viewport()->width())));
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    // Time, player and type are whole.
    for (int column : {int(EventLogModel::TimeColumn), int(EventLogModel::PlayerColumn),
                       int(EventLogModel::TypeColumn)}) {
        const QString text = view->model()->index(0, column).data().toString();
        QVERIFY2(view->fontMetrics().horizontalAdvance(text) < view->columnWidth(column),
                 qPrintable(text));
    }

    const QModelIndex cell = view->model()->index(0, details);
    const QString text = cell.data().toString();
    QCOMPARE(text, u"Magic Missile on the goblin behind the door: 3 darts of force"_s);
    QVERIFY(view->fontMetrics().horizontalAdvance(text) > view->columnWidth(details));
    QCOMPARE(view->textElideMode(), Qt::ElideRight);
    QCOMPARE(QTextDocumentFragment::fromHtml(cell.data(Qt::ToolTipRole).toString()).toPlainText(),
             text);
}

void Tst_windowfit::streamLostApartInPaletteColours()
{
    StreamTab *tab = m_window->streamTab();
    m_window->tabWidget()->setCurrentWidget(tab);
    QTRY_VERIFY(tab->isVisible());
    ConsumerStatus status;
    status.state = ConsumerState::Lagging;
    for (qint32 p = 0; p < 3; ++p) {
        status.partitions.append(PartitionStatus{p, 100, 100 + 10 * p, 10 * p, 5});
        status.lag += 10 * p;
    }
    status.acceptedPerSecond = 15;
    status.lost = 4;
    tab->setConsumerStatus(status);
    const qint64 start = 1'000'000'000'000;
    for (int i = 0; i < 3; ++i)
        tab->recordSample(start + 1000 * i);
    QCoreApplication::processEvents();

    // Lost messages have a chart and an axis of their own: their line no
    // longer lies on the partitions' lines.
    StreamRateChart *lag = tab->lagChart();
    StreamRateChart *lost = tab->lostChart();
    QCOMPARE(lag->keys(), (QStringList{u"lag 0"_s, u"lag 1"_s, u"lag 2"_s}));
    QCOMPARE(lost->keys(), QStringList{u"lost"_s});
    QCOMPARE(lost->series(u"lost"_s)->points().last().y(), 4.0);
    QVERIFY(lost->isVisible());
    const QRect lagRect(lag->mapTo(m_window.get(), QPoint()), lag->size());
    const QRect lostRect(lost->mapTo(m_window.get(), QPoint()), lost->size());
    QVERIFY(!lagRect.intersects(lostRect));
    QVERIFY2(lost->chart()->plotArea().height() >= 40,
             qPrintable(QString::number(lost->chart()->plotArea().height())));
    QVERIFY2(lag->chart()->plotArea().height() >= 2 * lost->chart()->plotArea().height() - 20,
             qPrintable(QString::number(lag->chart()->plotArea().height())));

    // Colours from the one palette, on both themes.
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        applyTheme(theme);
        const bool dark = theme == Theme::Dark;
        QTRY_COMPARE(CategoryPalette::isDark(tab->palette()), dark);
        tab->recordSample(start + 5000);
        StreamRateChart *rates = tab->rateChart();
        for (const QString &key : {u"accepted"_s, u"rejected"_s})
            QCOMPARE(rates->series(key)->pen().color(), CategoryPalette::streamMeasure(key, dark));
        QCOMPARE(lost->series(u"lost"_s)->pen().color(),
                 CategoryPalette::streamMeasure(u"lost"_s, dark));
        for (qint32 p = 0; p < 3; ++p)
            QCOMPARE(lag->series(u"lag %1"_s.arg(p))->pen().color(),
                     CategoryPalette::partition(p, dark));
    }
    QVERIFY(CategoryPalette::partition(0, false) != CategoryPalette::partition(1, false));
    QVERIFY2(legendEntriesCut(tab->rateChart()).isEmpty(),
             qPrintable(legendEntriesCut(tab->rateChart()).join(u" / "_s)));
    QVERIFY2(legendEntriesCut(lag).isEmpty(), qPrintable(legendEntriesCut(lag).join(u" / "_s)));
}

void Tst_windowfit::recentRollsLegendWhole()
{
    // A player's tab at 1280x800: the chart of the last rolls has a third
    // of the width; its legend showed "Fair mean 1…" and "Running av…".
    qint64 next = 0;
    m_model->applyBatch(batchOf({{u"Stravos"_s, 40, 2, 2}}, &next));
    m_model->refreshNow();
    PlayerTab *tab = m_window->openPlayerTab(u"Stravos"_s);
    m_window->tabWidget()->setCurrentWidget(tab);
    RecentRollsChart *chart = tab->recentRollsChart();
    QTRY_VERIFY(chart->isVisible());
    QTRY_COMPARE(chart->rollSeries()->count(), 40);
    QVERIFY2(chart->width() < 400, qPrintable(QString::number(chart->width())));
    QVERIFY2(legendEntriesCut(chart).isEmpty(), qPrintable(legendEntriesCut(chart).join(u" / "_s)));
    QCOMPARE(chart->averageSeries()->name(), u"Average"_s);
    QCOMPARE(chart->fairMeanSeries()->name(), u"Fair die 10.5"_s);
    // Evenly spaced ticks on the rolls' axis: 0, 25, 50, 75, 100.
    const QStringList drawn = drawnTexts(chart);
    for (const QString &tick : {u"0"_s, u"25"_s, u"50"_s, u"75"_s, u"100"_s})
        QVERIFY2(drawn.contains(tick), qPrintable(tick + u": "_s + drawn.join(u'|')));
    QVERIFY(!drawn.contains(u"26"_s));
}

void Tst_windowfit::defaultSizeFollowsScreen_data()
{
    QTest::addColumn<QSize>("available");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("1280x800: the whole screen") << QSize(1280, 800) << QSize(1280, 800);
    QTest::newRow("1366x768") << QSize(1366, 768) << QSize(1280, 768);
    QTest::newRow("1600x1000") << QSize(1600, 1000) << QSize(1440, 900);
    QTest::newRow("1920x1080 less a panel") << QSize(1920, 1048) << QSize(1728, 943);
    QTest::newRow("2560x1440") << QSize(2560, 1440) << QSize(2304, 1296);
    QTest::newRow("3840x2160: bounded") << QSize(3840, 2160) << QSize(2400, 1500);
}

void Tst_windowfit::defaultSizeFollowsScreen()
{
    QFETCH(QSize, available);
    QFETCH(QSize, expected);
    QCOMPARE(MainWindow::defaultSize(available), expected);
}

void Tst_windowfit::firstLaunchSizeAndSavedGeometry()
{
    // No saved geometry: the size follows the screen the window opens on
    // (under ctest an offscreen screen of 1600x1000, tests/gui/CMakeLists.txt).
    QSettings settings(m_dir.filePath(u"first.ini"_s), QSettings::IniFormat);
    settings.clear();
    const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
    if (qEnvironmentVariable("QT_QPA_PLATFORM").contains(u"screen-1600x1000"_s)) {
        QCOMPARE(available, QSize(1600, 1000));
        QCOMPARE(MainWindow::defaultSize(available), QSize(1440, 900));
    }
    {
        MainWindow first(m_model.get(), &settings);
        first.restoreLayout(); // nothing saved yet
        QCOMPARE(first.size(), MainWindow::defaultSize(available));
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QCOMPARE(first.size(), MainWindow::defaultSize(available));
        first.resize(1100, 720);
        first.close(); // saves the layout
    }
    // A saved geometry wins over the screen's default.
    MainWindow again(m_model.get(), &settings);
    again.restoreLayout();
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1100, 720));
}

DND_TEST_MAIN(Tst_windowfit)
#include "tst_windowfit.moc"
