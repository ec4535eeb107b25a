// SPDX-License-Identifier: MIT
// The window in German (ctest runs this with LANGUAGE=de and
// LANG=de_DE.UTF-8, as a German desktop session has), and the translation
// files complete: every German entry finished with the same placeholders,
// every English plural form given.
#include "guitestutil.h"
#include "looktestutil.h"
#include "testmain.h"

#include "commandline.h"
#include "maintoolbar.h"
#include "recentrollschart.h"
#include "statcard.h"
#include "statusbarwidget.h"
#include "translations.h"

#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QMenuBar>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace dnd;
using namespace dnd::test;

namespace {

constexpr int Timeout = 15000;

struct Entry
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList forms; // the translation, or its numerus forms
};

QVector<Entry> readTs(const QString &path)
{
    QVector<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = Entry();
            entry.context = context;
            entry.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            entry.finished = type != QLatin1String("unfinished");
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.forms.append(xml.readElementText());
            } else {
                entry.forms.append(xml.readElementText());
            }
            entries.append(entry);
        }
    }
    return entries;
}

// %1..%99 and %n/%Ln, sorted: a translation keeps every placeholder.
QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured(0).remove(QLatin1Char('L')));
    found.sort();
    return found;
}

QString menuTitles(MainWindow *window)
{
    QStringList titles;
    for (QAction *action : window->menuBar()->actions())
        titles.append(action->text().remove(QLatin1Char('&')));
    return titles.join(QLatin1Char('|'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        applyApplicationIdentity();
        registerCoreMetaTypes();
    }

    void germanFileIsComplete()
    {
        const QVector<Entry> entries =
            readTs(QStringLiteral(DND_SOURCE_DIR "/translations/dnd-tracker_de.ts"));
        QVERIFY(entries.size() > 300);
        for (const Entry &entry : entries) {
            const QString where = entry.context + QStringLiteral(": ") + entry.source;
            QVERIFY2(entry.finished, qPrintable(where));
            QCOMPARE(entry.forms.size(), entry.numerus ? 2 : 1); // German: singular, plural
            for (const QString &form : entry.forms) {
                QVERIFY2(!form.isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(form) == placeholders(entry.source),
                         qPrintable(where + QStringLiteral(" -> ") + form));
            }
        }
    }

    void englishPluralsAreComplete()
    {
        const QVector<Entry> entries =
            readTs(QStringLiteral(DND_SOURCE_DIR "/translations/dnd-tracker_en.ts"));
        QVERIFY(entries.size() > 10);
        for (const Entry &entry : entries) {
            QVERIFY2(entry.numerus && entry.finished, qPrintable(entry.source));
            QCOMPARE(entry.forms.size(), 2);
            QVERIFY2(!entry.forms.at(0).contains(QStringLiteral("(s)")) &&
                         !entry.forms.at(1).contains(QStringLiteral("(s)")),
                     qPrintable(entry.source));
        }
    }

    void windowSpeaksGerman()
    {
        // As createGuiApplication does: from the locale (LANGUAGE=de).
        const QString language = installTranslations(true);
        QVERIFY2(language.startsWith(QStringLiteral("de")), qPrintable(language));
        GuiFixture f;
        QVERIFY(f.start());
        MainWindow *window = f.window();
        QCOMPARE(menuTitles(window), QStringLiteral("Datei|Stream|Ansicht|Spieler|Hilfe"));
        QCOMPARE(window->tabWidget()->tabText(0), QStringLiteral("Übersicht"));
        QCOMPARE(window->mainToolBar()->startAction()->text(), QStringLiteral("Spiel starten"));
        PlayerTab *tab = window->playerTab(QStringLiteral("Wurs"));
        QCOMPARE(tab->card(PlayerTab::EventsCard)->title(), QStringLiteral("Ereignisse"));
        QCOMPARE(tab->card(PlayerTab::AverageCard)->title(), QStringLiteral("Durchschnitt d20"));
        StatusBarWidget *status = window->statusBarWidget();
        QTRY_VERIFY_WITH_TIMEOUT(
            status->connectionText().startsWith(QStringLiteral("eingebauter Broker an ")), Timeout);
        QCOMPARE(status->totalLabel()->text(), QStringLiteral("0 Ereignisse"));

        // Plural forms follow the count.
        window->tabWidget()->setCurrentWidget(tab);
        QVERIFY(produceEvents(f.bootstrap(), QStringLiteral("dnd_events"),
                              {spellEvent(QStringLiteral("Wurs"), QStringLiteral("Shield"))}));
        QTRY_COMPARE_WITH_TIMEOUT(status->totalLabel()->text(), QStringLiteral("1 Ereignis"),
                                  Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(tab->card(PlayerTab::SpellCard)->detail(),
                                  QStringLiteral("1-mal gewirkt"), Timeout);

        // The last rolls' legend whole in German too, at 1280x800.
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(tab->recentRollsChart()->isVisible());
        QCOMPARE(tab->recentRollsChart()->averageSeries()->name(), QStringLiteral("Durchschnitt"));
        QVERIFY2(legendEntriesCut(tab->recentRollsChart()).isEmpty(),
                 qPrintable(legendEntriesCut(tab->recentRollsChart()).join(QStringLiteral(" / "))));

        // Qt's own texts come from qtbase_de: the confirmation's Cancel.
        auto answer = answerNextMessageBox(QStringLiteral("Abbrechen"));
        window->resetAction()->trigger();
        QVERIFY(answer->seen);
        QCOMPARE(answer->title, QStringLiteral("Statistik zurücksetzen?"));
        answer->buttons.sort();
        QCOMPARE(answer->buttons,
                 QStringList({QStringLiteral("Abbrechen"), QStringLiteral("Zurücksetzen")}));
        QCOMPARE(f.refresher()->statistics().totalEvents(), quint64(1));
    }
};

DND_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
