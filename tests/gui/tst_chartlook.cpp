// SPDX-License-Identifier: MIT
// What a user sees of the charts (issue 12): one colour per event type
// across refreshes, re-ranking and tabs; no categories of an old stream
// after a reset; the dark theme in the overview chart, its export and
// disabled fields; thousands separators in chart labels.
#include "looktestutil.h"
#include "testmain.h"

using namespace dnd;
using namespace dnd::test;
using namespace Qt::StringLiterals;

class Tst_chartlook : public QObject, protected LookWindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typeColourStableAcrossRefreshesAndTabs();
    void paletteIsStableAndThemed();
    void oldCategoriesLeaveAfterReset();
    void darkOverviewChartAndExport();
    void disabledFieldsLookDisabledInDark();
    void chartLabelsHaveThousandsSeparators();

private:
    void feed(const QVector<Counts> &counts);

    qint64 m_next = 0;
};

void Tst_chartlook::initTestCase()
{
    // Separators are a locale's: a test in the C locale would show none.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void Tst_chartlook::init()
{
    openWindow();
    m_next = 0;
}

void Tst_chartlook::cleanup()
{
    closeWindow();
}

void Tst_chartlook::feed(const QVector<Counts> &counts)
{
    m_model->applyBatch(batchOf(counts, &m_next));
    m_model->refreshNow();
    QCoreApplication::processEvents();
}

void Tst_chartlook::typeColourStableAcrossRefreshesAndTabs()
{
    // Encounters rank second, then first: the colour stays the type's.
    feed({{u"Stravos"_s, 6, 2, 1}, {u"Wurs"_s, 3, 1, 0}});
    OverviewWidget *overview = m_window->overview();
    overview->refresh();
    const QColor encounter = overviewColor(overview, u"encounter"_s);
    const QColor rolls = overviewColor(overview, u"dice_roll"_s);
    QVERIFY(encounter.isValid());
    QVERIFY(encounter != rolls);
    QCOMPARE(overview->chartedTypes().indexOf(u"encounter"_s), 1);

    feed({{u"Stravos"_s, 0, 20, 0}, {u"Wurs"_s, 0, 10, 0}});
    overview->refresh();
    QCOMPARE(overview->chartedTypes().indexOf(u"encounter"_s), 0); // re-ranked
    QCOMPARE(overviewColor(overview, u"encounter"_s), encounter);
    QCOMPARE(overviewColor(overview, u"dice_roll"_s), rolls);

    // The same colour in both player tabs' charts.
    for (const QString &player : {u"Stravos"_s, u"Wurs"_s}) {
        PlayerTab *tab = m_window->openPlayerTab(player, true);
        QCoreApplication::processEvents();
        QCOMPARE(tab->eventTypeChart()->colorOf(u"encounter"_s), encounter);
        QCOMPARE(tab->eventTypeChart()->colorOf(u"dice_roll"_s), rolls);
        QCOMPARE(tab->monsterChart()->colorOf(u"Goblin"_s), encounter);
    }
}

void Tst_chartlook::paletteIsStableAndThemed()
{
    // From the name alone: same in every call (and run), light and dark differ.
    for (const QString &name : {u"dice_roll"_s, u"level_up"_s, u"Stravos"_s}) {
        QCOMPARE(CategoryPalette::eventType(name, false), CategoryPalette::eventType(name, false));
        QVERIFY(CategoryPalette::eventType(name, false) != CategoryPalette::eventType(name, true));
        QVERIFY(CategoryPalette::eventType(name, true).lightness() >
                CategoryPalette::eventType(name, false).lightness() - 1);
    }
    QCOMPARE(CategoryPalette::eventType(u"level_up"_s, false).name(),
             CategoryPalette::eventType(u"level_up"_s, false).name());
    QSet<QRgb> dice;
    for (const int sides : {4, 6, 8, 10, 12, 20, 100})
        dice.insert(CategoryPalette::die(sides, false).rgb());
    QCOMPARE(dice.size(), 7);
}

void Tst_chartlook::oldCategoriesLeaveAfterReset()
{
    feed({{u"Stravos"_s, 1, 3, 1, u"Owlbear"_s}});
    PlayerTab *tab = m_window->openPlayerTab(u"Stravos"_s, true);
    QCoreApplication::processEvents();
    QCOMPARE(tab->monsterChart()->categories(), QStringList{u"Owlbear"_s});
    QVERIFY(drawnTexts(tab->monsterChart()).contains(u"Owlbear"_s));
    QVERIFY(drawnTexts(m_window->overview()->chartView()).contains(u"Stravos"_s));

    // Another stream (TrackerSession::reconnect resets the statistics), or
    // Stream > Reset statistics.
    m_model->reset();
    QCoreApplication::processEvents();
    QVERIFY(tab->monsterChart()->categoryAxis()->categories().isEmpty());
    QVERIFY(!drawnTexts(tab->monsterChart()).contains(u"Owlbear"_s));
    m_window->overview()->refresh();
    QVERIFY(!drawnTexts(m_window->overview()->chartView()).contains(u"Stravos"_s));

    // The new stream's monster only.
    feed({{u"Stravos"_s, 0, 1, 0, u"Kobold"_s}});
    QCoreApplication::processEvents();
    QCOMPARE(tab->monsterChart()->categories(), QStringList{u"Kobold"_s});
    QVERIFY(!drawnTexts(tab->monsterChart()).contains(u"Owlbear"_s));
}

void Tst_chartlook::darkOverviewChartAndExport()
{
    feed({{u"Stravos"_s, 6, 2, 1}, {u"Wurs"_s, 3, 1, 0}});
    applyTheme(Theme::Dark);
    QCoreApplication::processEvents();
    QChartView *view = m_window->overview()->chartView();
    view->resize(600, 400);
    QCoreApplication::processEvents();
    // The chart's background and its plot area as drawn.
    const QImage shot = view->grab().toImage();
    const QRectF plot = view->chart()->plotArea();
    const QColor corner = shot.pixelColor(3, 3);
    const QColor inside = shot.pixelColor(int(plot.left()) + 2, int(plot.top()) + 2);
    QVERIFY2(corner.lightness() < 80, qPrintable(corner.name()));
    QVERIFY2(inside.lightness() < 80, qPrintable(inside.name()));
    QVERIFY2(view->chart()->backgroundBrush().color().lightness() < 80,
             qPrintable(view->chart()->backgroundBrush().color().name()));

    // Its export too (the window's chart export and a whole-tab export).
    const QString png = m_dir.filePath(u"overview-dark.png"_s);
    QVERIFY(m_window->exportVisibleChart(png));
    QImage exported(png);
    QVERIFY(!exported.isNull());
    QVERIFY2(exported.pixelColor(3, 3).lightness() < 80,
             qPrintable(exported.pixelColor(3, 3).name()));
}

void Tst_chartlook::disabledFieldsLookDisabledInDark()
{
    applyTheme(Theme::Dark);
    m_window->showPreferences();
    PreferencesDialog *dialog = m_window->preferencesDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // With the built-in broker, the bootstrap field is disabled.
    dialog->builtInBrokerBox()->setChecked(true);
    auto *bootstrap = qobject_cast<QLineEdit *>(dialog->fieldWidget(SettingKey::Broker));
    auto *topic = qobject_cast<QLineEdit *>(dialog->fieldWidget(SettingKey::Topic));
    QVERIFY(bootstrap && topic);
    QVERIFY(!bootstrap->isEnabled());
    QVERIFY(topic->isEnabled());
    QCoreApplication::processEvents();
    // Field backgrounds as drawn: a disabled field is not the enabled one's.
    const QImage off = bootstrap->grab().toImage();
    const QImage on = topic->grab().toImage();
    const QPoint inside(off.width() - 6, off.height() / 2);
    const QColor offColor = off.pixelColor(inside);
    const QColor onColor = on.pixelColor(QPoint(on.width() - 6, on.height() / 2));
    QVERIFY2(offColor != onColor, qPrintable(offColor.name() + u" vs "_s + onColor.name()));
    QVERIFY2(qAbs(offColor.lightness() - onColor.lightness()) >= 8,
             qPrintable(offColor.name() + u" vs "_s + onColor.name()));
    // And its text is dimmed.
    const QPalette p = bootstrap->palette();
    QVERIFY(p.color(QPalette::Disabled, QPalette::Text) !=
            p.color(QPalette::Active, QPalette::Text));
    dialog->close();
}

void Tst_chartlook::chartLabelsHaveThousandsSeparators()
{
    CountBarChart chart(u"Spells cast"_s, Qt::Vertical, 10);
    chart.resize(600, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setValues({u"Fireball"_s, u"Shield"_s}, {12345, 2000});
    const QStringList texts = drawnTexts(&chart);
    QVERIFY2(texts.contains(u"12,345"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY2(texts.contains(u"2,000"_s), qPrintable(texts.join(u" | "_s)));
    // The count axis too ("10,000", never "10000").
    bool axisSeparated = false;
    for (const QString &t : texts) {
        if (t == u"10,000"_s || t == u"5,000"_s)
            axisSeparated = true;
        QVERIFY2(t != u"10000"_s && t != u"12345"_s, qPrintable(t));
    }
    QVERIFY2(axisSeparated, qPrintable(texts.join(u" | "_s)));
}

DND_TEST_MAIN(Tst_chartlook)
#include "tst_chartlook.moc"
