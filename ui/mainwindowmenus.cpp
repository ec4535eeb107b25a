// SPDX-License-Identifier: MIT
// MainWindow's menus, shortcuts and file actions (split from mainwindow.cpp
// to keep each file readable).
#include "mainwindow.h"

#include "chartwidget.h"
#include "confirmdiscard.h"
#include "icons.h"
#include "maintoolbar.h"
#include "overviewwidget.h"
#include "playertab.h"
#include "preferencesdialog.h"
#include "settingsstore.h"
#include "statistics.h"
#include "statisticsrefresher.h"
#include "statsexport.h"
#include "statusbarwidget.h"
#include "theme.h"
#include "windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace dnd {

namespace {
// A menu of every seen player would be unusable with thousands of players;
// the overview's table and filter are the way to reach the rest.
constexpr int MaxPlayersInMenu = 30;

QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
} // namespace

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction *csv = file->addAction(tr("Export statistics as &CSV…"));
    csv->setObjectName(QStringLiteral("exportCsvAction")); // "export…": on the toolbar's Export
    connect(csv, &QAction::triggered, this,
            [this] { exportStatisticsInteractively(QStringLiteral("csv")); });
    QAction *json = file->addAction(tr("Export statistics as &JSON…"));
    json->setObjectName(QStringLiteral("exportJsonAction"));
    connect(json, &QAction::triggered, this,
            [this] { exportStatisticsInteractively(QStringLiteral("json")); });
    QAction *png = file->addAction(tr("Export &tab as PNG, SVG or PDF…"));
    png->setObjectName(QStringLiteral("exportTabAction")); // on the toolbar's Export
    png->setIcon(themedIcon(QStringLiteral("document-export")));
    png->setToolTip(tr("Save the cards and charts of the current tab under a title"));
    connect(png, &QAction::triggered, this, &MainWindow::exportTabInteractively);
    file->addSeparator();
    m_preferencesAction = file->addAction(tr("&Preferences…"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setIcon(themedIcon(QStringLiteral("configure")));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setIcon(themedIcon(QStringLiteral("application-exit")));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *stream = menuBar()->addMenu(tr("&Stream"));
    m_connectAction = stream->addAction(tr("&Connect"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    m_disconnectAction = stream->addAction(tr("&Disconnect"));
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectRequested);
    stream->addSeparator();
    m_replayAction = stream->addAction(tr("&Replay from the beginning"));
    m_replayAction->setToolTip(tr("Read the topic again from its first event and recount"));
    connect(m_replayAction, &QAction::triggered, this, [this] {
        if (confirmDiscardCounts({QStringLiteral("replay"), tr("Replay from the beginning?"),
                                  tr("Every count is cleared and the topic is read again from "
                                     "its first event. Events the broker no longer keeps are "
                                     "not counted again."),
                                  tr("&Replay")}))
            Q_EMIT replayRequested();
    });
    m_resetAction = stream->addAction(tr("Re&set statistics"));
    m_resetAction->setToolTip(tr("Forget every count; new events are counted from zero"));
    connect(m_resetAction, &QAction::triggered, this, [this] {
        if (confirmDiscardCounts({QStringLiteral("reset"), tr("Reset statistics?"),
                                  tr("Every count is set to zero; events that arrive from now "
                                     "on are counted from zero. This cannot be undone."),
                                  tr("Re&set")}))
            Q_EMIT resetRequested();
    });
    setStreamConnected(true);
    m_toolBar = new MainToolBar(this, file);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_toolBar->toggleViewAction());
    view->addAction(m_simulatorDock->toggleViewAction());
    view->addAction(m_eventLogDock->toggleViewAction());
    m_problemsDock->toggleViewAction()->setText(tr("Problems"));
    view->addAction(m_problemsDock->toggleViewAction());
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<QString, QString> themes[] = {{QStringLiteral("system"), tr("&System")},
                                                  {QStringLiteral("light"), tr("&Light")},
                                                  {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto &[name, label] : themes) {
        QAction *action = theme->addAction(label);
        action->setCheckable(true);
        action->setData(name);
        action->setChecked(name == m_preferences.theme());
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { applyThemeChoice(name, true); });
    }
    view->addSeparator();
    // Ctrl+1..9 switch tabs; window-wide so they work from any widget.
    for (int i = 0; i < 9; ++i) {
        auto *action = new QAction(tr("Tab %1").arg(i + 1), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] {
            if (i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
        addAction(action);
    }
    followTabsInMenu(view->addMenu(tr("&Go to tab")), this);
    m_goToFilterAction = createGoToFilterAction(this);
    view->addAction(m_goToFilterAction);
    m_closePlayerTabAction = createClosePlayerTabAction(this);

    m_playersMenu = menuBar()->addMenu(tr("&Players"));
    connect(m_playersMenu, &QMenu::aboutToShow, this, &MainWindow::buildPlayersMenu);
    buildPlayersMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About D&&D Event Tracker"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::buildPlayersMenu()
{
    m_playersMenu->clear();
    QAction *open = m_playersMenu->addAction(tr("&Open player tab…"));
    connect(open, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getItem(this, tr("Open player tab"), tr("Player:"),
                                  m_model->statistics().playerNames(), 0, true, &ok);
        if (ok && !name.trimmed().isEmpty()) {
            openPlayerTab(name.trimmed(), true);
            saveTrackedPlayers();
        }
    });
    m_playersMenu->addAction(m_closePlayerTabAction);
    m_playersMenu->addSeparator();

    QStringList names = trackedPlayers();
    const QStringList seen = m_model->statistics().playerNames();
    int hidden = 0;
    for (const QString &name : seen) {
        if (names.contains(name))
            continue;
        if (names.size() >= MaxPlayersInMenu) {
            ++hidden;
            continue;
        }
        names.append(name);
    }
    const QStringList tracked = trackedPlayers();
    for (const QString &name : std::as_const(names)) {
        QAction *action = m_playersMenu->addAction(escapeMnemonic(name));
        action->setCheckable(true);
        action->setChecked(tracked.contains(name));
        action->setData(name);
        connect(action, &QAction::toggled, this, [this, name](bool on) {
            if (on)
                openPlayerTab(name, true);
            else
                closePlayerTab(name);
            saveTrackedPlayers();
        });
    }
    if (hidden > 0) {
        // Not a disabled hint: it takes the user to the Overview's filter.
        QAction *more =
            m_playersMenu->addAction(tr("%n more player(s) in the Overview…", nullptr, hidden));
        connect(more, &QAction::triggered, this, [this] {
            m_tabs->setCurrentIndex(0);
            m_goToFilterAction->trigger();
        });
    }
}

QAction *MainWindow::themeAction(const QString &theme) const
{
    for (QAction *action : m_themeGroup->actions()) {
        if (action->data().toString() == theme)
            return action;
    }
    return nullptr;
}

void MainWindow::applyThemeChoice(const QString &name, bool save)
{
    Theme theme = Theme::System;
    if (!parseTheme(name, &theme))
        return;
    applyTheme(theme);
    m_preferences.setValue(SettingKey::Theme, themeName(theme));
    if (QAction *action = themeAction(m_preferences.theme()))
        action->setChecked(true);
    if (save)
        rememberPreference(SettingKey::Theme, m_preferences.theme());
}

void MainWindow::rememberPreference(SettingKey key, const QString &value)
{
    m_preferences.setValue(key, value);
    SettingsStore(settings()).write(key, value);
    if (m_preferencesDialog)
        m_preferencesDialog->setPreferences(m_preferences);
}

bool MainWindow::exportStatistics(const QString &format, const QString &fileName, QString *error)
{
    const Statistics &statistics = m_model->statistics();
    QByteArray data;
    if (format == QLatin1String("csv"))
        data = StatsExport::toCsv(statistics);
    else if (format == QLatin1String("json"))
        data = QJsonDocument(StatsExport::toJson(statistics)).toJson(QJsonDocument::Indented);
    else {
        *error = tr("Unknown export format %1.").arg(format);
        return false;
    }
    // QSaveFile: a failed write never leaves half a file behind.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void MainWindow::exportStatisticsInteractively(const QString &format)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter =
        format == QLatin1String("csv") ? tr("CSV files (*.csv)") : tr("JSON files (*.json)");
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export statistics"), dir + QStringLiteral("/dnd-statistics.") + format, filter);
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportStatistics(format, fileName, &error))
        QMessageBox::warning(this, tr("Export statistics"), error);
    else
        m_status->showNotice(tr("Statistics saved to %1").arg(QDir::toNativeSeparators(fileName)));
}

bool MainWindow::exportVisibleChart(const QString &fileName)
{
    QWidget *chart = nullptr;
    if (auto *tab = qobject_cast<PlayerTab *>(m_tabs->currentWidget())) {
        if (!tab->isEmptyState())
            chart = tab->currentChart();
    } else if (!isShowingWelcome()) {
        chart = m_overview->chartView();
    }
    return chart && chart->grab().save(fileName, "PNG");
}

QString MainWindow::aboutText() const
{
    return tr("D&D Event Tracker %1\n\nFollows a Kafka stream of Dungeons & Dragons events and "
              "charts every player live.\n\nQt %2 (built with %3)\nlibrdkafka %4")
        .arg(QStringLiteral(DND_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR),
             m_librdkafkaVersion.isEmpty() ? tr("unknown") : m_librdkafkaVersion);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About D&D Event Tracker"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::PlainText);
    box.setText(aboutText());
    box.exec();
}

} // namespace dnd
