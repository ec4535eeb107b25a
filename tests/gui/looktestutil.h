// SPDX-License-Identifier: MIT
// What tst_chartlook, tst_windowlook and tst_windowfit share: the window
// they open, batches of counted events for its model and what a chart draws
// (colours, texts), read as a user sees them.
#pragma once

#include "categorypalette.h"
#include "countbarchart.h"
#include "eventtypechart.h"
#include "mainwindow.h"
#include "overviewwidget.h"
#include "playertab.h"
#include "preferencesdialog.h"
#include "problemsmodel.h"
#include "problemswidget.h"
#include "simulatorpanel.h"
#include "statisticsrefresher.h"
#include "statusbarwidget.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QtTest>

#include <memory>

namespace dnd::test {

using namespace Qt::StringLiterals;

struct Counts
{
    QString player;
    int rolls = 0;
    int encounters = 0;
    int spells = 0;
    QString monster = u"Goblin"_s;
};

// A batch of new events (offsets continue from `next`) on partition 0.
inline EventBatch batchOf(const QVector<Counts> &counts, qint64 *next)
{
    EventBatch batch;
    const qint64 first = *next;
    for (const Counts &c : counts) {
        auto add = [&](EventKind kind, const QString &type) {
            GameEvent e;
            e.player = c.player;
            e.kind = kind;
            e.type = type;
            e.partition = 0;
            e.offset = (*next)++;
            if (kind == EventKind::DiceRoll) {
                e.dieSides = 20;
                e.rollResult = int(e.offset % 20) + 1;
            } else if (kind == EventKind::Encounter) {
                e.monster = c.monster;
            } else {
                e.spell = u"Fireball"_s;
            }
            batch.events.append(e);
        };
        for (int i = 0; i < c.rolls; ++i)
            add(EventKind::DiceRoll, u"dice_roll"_s);
        for (int i = 0; i < c.encounters; ++i)
            add(EventKind::Encounter, u"encounter"_s);
        for (int i = 0; i < c.spells; ++i)
            add(EventKind::SpellCast, u"spell_cast"_s);
    }
    batch.ranges.append({0, first, *next - 1});
    return batch;
}

// The colour the overview chart draws a type's bars in.
inline QColor overviewColor(OverviewWidget *overview, const QString &type)
{
    const auto series = overview->chart()->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                if (set->label() == type)
                    return set->color();
            }
        }
    }
    return {};
}

// Every text item a chart draws.
inline QStringList drawnTexts(QChartView *view)
{
    QCoreApplication::processEvents();
    QStringList out;
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            out.append(text->toPlainText());
    }
    return out;
}

// The legend entries of a chart that are not drawn whole (Qt Charts cuts
// a label that does not fit to "Running av..."): empty when all are whole.
inline QStringList legendEntriesCut(QChartView *view)
{
    const QStringList drawn = drawnTexts(view);
    QStringList cut;
    const auto markers = view->chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->isVisible() && !drawn.contains(marker->label()))
            cut.append(marker->label());
    }
    if (!cut.isEmpty())
        cut.append(u"drawn: "_s + drawn.join(u'|'));
    return cut;
}

inline int pdfPageCount(const QByteArray &pdf)
{
    // "/Type /Page" objects, not "/Type /Pages".
    static const QRegularExpression page(u"/Type\\s*/Page(?![s])"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

inline QByteArray utf16be(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xff));
    }
    return out;
}

// The window as the look tests open it before each test: light theme,
// settings of its own, a model that refreshes on every message, 1280x800,
// shown. A test class derives from it (after QObject) and calls openWindow()
// from init() and closeWindow() from cleanup().
class LookWindowFixture
{
protected:
    void openWindow()
    {
        applyTheme(Theme::Light);
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings->clear();
        m_model = std::make_unique<StatisticsRefresher>();
        m_model->setRefreshEvery(1);
        m_window = std::make_unique<MainWindow>(m_model.get(), m_settings.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void closeWindow()
    {
        m_window.reset();
        m_model.reset();
        m_settings.reset();
        applyTheme(Theme::Light);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<StatisticsRefresher> m_model;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace dnd::test
