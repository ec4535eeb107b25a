// SPDX-License-Identifier: MIT
// What a user sees of the window around the charts (issue 12): Apply
// changing only what changed, one name per simulator mode, whole-tab export
// (PNG, SVG, PDF) in the folder used last, messages readable in full.
#include "looktestutil.h"
#include "testmain.h"

#include "playertablemodel.h"

#include <QScrollBar>
#include <QTabBar>

using namespace dnd;
using namespace dnd::test;
using namespace Qt::StringLiterals;

class Tst_windowlook : public QObject, protected LookWindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void applyChangesOnlyWhatChanged();
    void simulatorModeNamesAgree();
    void exportWholeTab_data();
    void exportWholeTab();
    void exportFolderRemembered();
    void statusErrorElidedWithWholeTooltip();
    void testResultWrapsAtDefaultSize();
    void preferencesTabNamesWhole();
    void overviewChartGetsTheRoom();
    void problemsReasonReadable();

private:
    void feed(const QVector<Counts> &counts);

    qint64 m_next = 0;
};

void Tst_windowlook::initTestCase()
{
    // Separators are a locale's: a test in the C locale would show none.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void Tst_windowlook::init()
{
    openWindow();
    m_next = 0;
}

void Tst_windowlook::cleanup()
{
    closeWindow();
}

void Tst_windowlook::feed(const QVector<Counts> &counts)
{
    m_model->applyBatch(batchOf(counts, &m_next));
    m_model->refreshNow();
    QCoreApplication::processEvents();
}

void Tst_windowlook::applyChangesOnlyWhatChanged()
{
    SimulatorPanel *panel = m_window->simulatorPanel();
    panel->rateSpinBox()->setValue(50);
    QCOMPARE(panel->rate(), 50.0);
    m_window->showPreferences();
    PreferencesDialog *dialog = m_window->preferencesDialog();
    auto *theme = qobject_cast<QComboBox *>(dialog->fieldWidget(SettingKey::Theme));
    QVERIFY(theme);
    theme->setCurrentIndex(theme->findData(u"dark"_s));
    QSignalSpy applied(m_window.get(), &MainWindow::preferencesApplied);
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(currentTheme(), Theme::Dark);
    QCOMPARE(panel->rate(), 50.0); // not back to the saved 5/s
    QCOMPARE(panel->rateSpinBox()->value(), 50.0);

    // A rate changed in the preferences is applied.
    auto *rate = qobject_cast<QDoubleSpinBox *>(dialog->fieldWidget(SettingKey::Rate));
    QVERIFY(rate);
    rate->setValue(20);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(panel->rate(), 20.0);
    dialog->close();
}

void Tst_windowlook::simulatorModeNamesAgree()
{
    m_window->showPreferences();
    auto *prefs =
        qobject_cast<QComboBox *>(m_window->preferencesDialog()->fieldWidget(SettingKey::Mode));
    QVERIFY(prefs);
    const auto panels = m_window->simulatorPanel()->findChildren<QComboBox *>();
    QComboBox *panel = nullptr;
    for (QComboBox *combo : panels) {
        if (combo->count() == 2)
            panel = combo;
    }
    QVERIFY(panel);
    QCOMPARE(panel->itemText(0), prefs->itemText(prefs->findData(u"game"_s)));
    QCOMPARE(panel->itemText(1), prefs->itemText(prefs->findData(u"random"_s)));
    m_window->preferencesDialog()->close();
}

void Tst_windowlook::exportWholeTab_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << u"png"_s;
    QTest::newRow("svg") << u"svg"_s;
    QTest::newRow("pdf") << u"pdf"_s;
}

void Tst_windowlook::exportWholeTab()
{
    QFETCH(QString, suffix);
    feed({{u"Stravos"_s, 40, 5, 7}});
    PlayerTab *tab = m_window->openPlayerTab(u"Stravos"_s, true);
    QCoreApplication::processEvents();
    QVERIFY(!tab->isEmptyState());
    QWidget *content = tab->exportContent();
    QVERIFY(content);
    const QString title = m_window->exportTitle();
    QVERIFY2(title.startsWith(u"Stravos · "_s), qPrintable(title));

    const QString file = m_dir.filePath(u"Stravos."_s + suffix);
    QString error;
    QVERIFY2(m_window->exportCurrentTab(file, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    if (suffix == u"png"_s) {
        QImage image;
        QVERIFY(image.loadFromData(data, "PNG"));
        // All of it: every card and chart plus the title band, not one chart.
        QVERIFY2(image.width() >= content->width(), qPrintable(QString::number(image.width())));
        QVERIFY(image.height() > content->height());
        QVERIFY(image.height() > 500);
    } else if (suffix == u"svg"_s) {
        QVERIFY2(data.size() > 20000, qPrintable(QString::number(data.size())));
        QVERIFY(data.contains("<title>Stravos · "));
        QVERIFY(data.contains(">Stravos · ")); // the title drawn as text
        QVERIFY(data.contains("Events by type"));
    } else {
        QVERIFY(data.startsWith("%PDF"));
        QVERIFY2(data.size() > 5000, qPrintable(QString::number(data.size())));
        QCOMPARE(pdfPageCount(data), 1);
        QVERIFY(data.contains(utf16be(u"Stravos · "_s)));
    }
}

void Tst_windowlook::exportFolderRemembered()
{
    const QString first = m_window->exportFolder();
    QVERIFY(QFileInfo(first).isDir());
    m_settings->setValue(u"export/folder"_s, m_dir.path());
    QCOMPARE(m_window->exportFolder(), m_dir.path());
    m_settings->setValue(u"export/folder"_s, m_dir.filePath(u"gone"_s));
    QCOMPARE(m_window->exportFolder(), first);
}

void Tst_windowlook::statusErrorElidedWithWholeTooltip()
{
    StatusBarWidget *status = m_window->statusBarWidget();
    const QString text = u"broker unreachable at kafka-1.example.org:9092,kafka-2.example.org:9092,"
                         "kafka-3.example.org:9092,kafka-4.example.org:9092, retrying"_s;
    const QString detail = u"librdkafka: kafka-1.example.org:9092/bootstrap: Connect to "
                           "ipv4#10.0.0.1:9092 failed: Connection refused (after 0ms in state "
                           "CONNECT)"_s;
    status->setConnectionStatus(text, StatusBarWidget::Severity::Error, 0, 0, detail);
    m_window->resize(1280, 800);
    QCoreApplication::processEvents();
    QLabel *label = status->connectionLabel();
    QCOMPARE(status->connectionText(), text);
    // What is drawn fits the label and ends in "…" rather than mid-word.
    const QString shown = label->text();
    QVERIFY2(label->fontMetrics().horizontalAdvance(shown) <= label->contentsRect().width(),
             qPrintable(shown));
    if (shown != text)
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
    // The whole text and librdkafka's words one hover away.
    const QString tip = QTextDocumentFragment::fromHtml(label->toolTip()).toPlainText();
    QVERIFY2(tip.contains(u"kafka-4.example.org:9092, retrying"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Connection refused"_s), qPrintable(tip));
    // The other status fields stay visible.
    QVERIFY(status->totalLabel()->isVisible());
    QVERIFY(status->totalLabel()->geometry().right() <= status->width());
}

void Tst_windowlook::testResultWrapsAtDefaultSize()
{
    m_window->showPreferences();
    PreferencesDialog *dialog = m_window->preferencesDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QString message =
        u"No Kafka broker answers at 127.0.0.1:1: check the address and port, and that the "
        "broker is running.\nlibrdkafka: 127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 "
        "failed: Connection refused (after 0ms in state CONNECT) (Local: Broker transport "
        "failure)"_s;
    dialog->setTestConnectionResult(false, message);
    QCoreApplication::processEvents();
    QLabel *result = dialog->testResultLabel();
    QVERIFY(result->isVisible());
    // Tall enough for every wrapped line, and inside the dialog.
    QTRY_VERIFY2(
        result->height() >= result->heightForWidth(result->width()),
        qPrintable(
            u"%1 < %2"_s.arg(result->height()).arg(result->heightForWidth(result->width()))));
    QVERIFY(result->width() > 300);
    const QRect inDialog(result->mapTo(dialog, QPoint(0, 0)), result->size());
    QVERIFY2(dialog->rect().contains(inDialog),
             qPrintable(u"%1,%2 %3x%4 in %5x%6"_s.arg(inDialog.x())
                            .arg(inDialog.y())
                            .arg(inDialog.width())
                            .arg(inDialog.height())
                            .arg(dialog->width())
                            .arg(dialog->height())));
    dialog->close();
}

void Tst_windowlook::problemsReasonReadable()
{
    EventBatch batch;
    RejectedMessage rejected;
    rejected.partition = 0;
    rejected.offset = 0;
    rejected.reason = RejectReason::PlayerControlChars;
    rejected.message = u"Control or invisible characters in player name"_s;
    rejected.preview = u"{\"player\": \"\\u001b[31mX\"}"_s;
    batch.rejected.append(rejected);
    batch.ranges.append({0, 0, 0});
    m_model->applyBatch(batch);
    m_model->refreshNow();
    QCoreApplication::processEvents();
    QTableView *view = m_window->problems()->findChild<QTableView *>();
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex reason = view->model()->index(0, ProblemsModel::ReasonColumn);
    const QString text = reason.data().toString();
    const int needed = view->fontMetrics().horizontalAdvance(text);
    QVERIFY2(view->columnWidth(ProblemsModel::ReasonColumn) >= needed,
             qPrintable(u"%1 < %2 for %3"_s.arg(view->columnWidth(ProblemsModel::ReasonColumn))
                            .arg(needed)
                            .arg(text)));
    QVERIFY(!reason.data(Qt::ToolTipRole).toString().isEmpty());
}

void Tst_windowlook::preferencesTabNamesWhole()
{
    // At the dialog's default size every tab's name is shown whole: no
    // "Adva…", no scroll arrows hiding the last tabs.
    m_window->showPreferences();
    PreferencesDialog *dialog = m_window->preferencesDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTabBar *bar = dialog->tabs()->tabBar();
    QCOMPARE(bar->count(), 5);
    for (int i = 0; i < bar->count(); ++i) {
        const QRect rect = bar->tabRect(i);
        const int needed = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
        QVERIFY2(rect.width() >= needed && bar->rect().contains(rect),
                 qPrintable(u"%1: tab %2 px for %3 px, bar %4 px"_s.arg(bar->tabText(i))
                                .arg(rect.width())
                                .arg(needed)
                                .arg(bar->width())));
    }
    dialog->close();
}

void Tst_windowlook::overviewChartGetsTheRoom()
{
    // Four players at 1280x800: the table shows its rows and "Last seen" in
    // full, and the chart below gets the rest of the height instead of an
    // empty table area.
    feed(
        {{u"Stravos"_s, 3, 1, 1}, {u"Wurs"_s, 2, 1, 0}, {u"Sylas"_s, 1, 0, 2}, {u"Ya"_s, 4, 0, 0}});
    OverviewWidget *overview = m_window->overview();
    m_window->tabWidget()->setCurrentWidget(overview);
    QTableView *table = overview->tableView();
    QTRY_COMPARE(table->model()->rowCount(), 4);
    const int rows = 4 * table->verticalHeader()->defaultSectionSize();
    QTRY_VERIFY2(
        table->viewport()->height() >= rows &&
            table->viewport()->height() < rows + 2 * table->verticalHeader()->defaultSectionSize(),
        qPrintable(
            u"viewport %1 px for %2 px of rows"_s.arg(table->viewport()->height()).arg(rows)));
    QVERIFY2(overview->chartView()->height() > 2 * table->height(),
             qPrintable(u"chart %1 px, table %2 px"_s.arg(overview->chartView()->height())
                            .arg(table->height())));
    const QModelIndex seen = table->model()->index(0, PlayerTableModel::LastSeenColumn);
    const int needed = table->fontMetrics().horizontalAdvance(seen.data().toString());
    QVERIFY2(
        table->columnWidth(PlayerTableModel::LastSeenColumn) >= needed,
        qPrintable(
            u"%1 < %2"_s.arg(table->columnWidth(PlayerTableModel::LastSeenColumn)).arg(needed)));
    QVERIFY(!table->horizontalScrollBar()->isVisible()); // every column in view
}

DND_TEST_MAIN(Tst_windowlook)
#include "tst_windowlook.moc"
