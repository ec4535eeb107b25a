// SPDX-License-Identifier: MIT
#pragma once

#include "resolvedsettings.h"
#include "settingvalues.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTabWidget;

namespace dnd {

class CatchUpProgressBar;
struct DiscardQuestion;
class EventLogWidget;
class MainToolBar;
class OverviewWidget;
class PlayerTab;
class PreferencesDialog;
class ProblemsWidget;
class SimulatorPanel;
class StatusBarWidget;
class StatisticsRefresher;
class StreamTab;

// The application window: Overview and one tab per tracked player in the
// centre; Simulator, Event log and Problems docks; menus; status bar. It
// reads statistics from the StatisticsRefresher and redraws on refreshed() only.
// Everything that needs Kafka is a request signal; the app layer answers
// through the plain-value setters (ui never links the Kafka layer).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings: where layout and menu choices are saved (not owned; must
    // outlive the window); nullptr = a default QSettings.
    explicit MainWindow(StatisticsRefresher *model, QSettings *settings = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window's size at a first launch (no saved geometry) on a screen
    // whose available area is `available`: nine tenths of it, at least
    // 1280x860 and at most 2400x1500, never beyond the screen.
    static QSize defaultSize(const QSize &available);

    SimulatorPanel *simulatorPanel() const { return m_simulator; }
    StatusBarWidget *statusBarWidget() const { return m_status; }
    OverviewWidget *overview() const { return m_overview; }
    StreamTab *streamTab() const { return m_streamTab; }
    CatchUpProgressBar *catchUpProgressBar() const { return m_catchUp; }
    EventLogWidget *eventLog() const { return m_eventLog; }
    ProblemsWidget *problems() const { return m_problems; }
    QTabWidget *tabWidget() const { return m_tabs; }
    MainToolBar *mainToolBar() const { return m_toolBar; }
    QDockWidget *simulatorDock() const { return m_simulatorDock; }
    QDockWidget *eventLogDock() const { return m_eventLogDock; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    PreferencesDialog *preferencesDialog() const { return m_preferencesDialog; }
    // True while the first-launch page is shown instead of the overview.
    bool isShowingWelcome() const;
    QPushButton *welcomeStartButton() const { return m_welcomeStart; }

    QAction *connectAction() const { return m_connectAction; }
    QAction *disconnectAction() const { return m_disconnectAction; }
    QAction *replayAction() const { return m_replayAction; }
    QAction *resetAction() const { return m_resetAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *closePlayerTabAction() const { return m_closePlayerTabAction; } // Ctrl+W
    QAction *goToFilterAction() const { return m_goToFilterAction; }         // Ctrl+F
    QAction *themeAction(const QString &theme) const; // "system", "light", "dark"

    // Player tabs, in tab order.
    QStringList trackedPlayers() const;
    void setTrackedPlayers(const QStringList &players);
    PlayerTab *playerTab(const QString &player) const;
    PlayerTab *openPlayerTab(const QString &player, bool activate = true);
    void closePlayerTab(const QString &player);

    const SettingValues &preferences() const { return m_preferences; }
    // Applies display and simulator preferences (tabs, theme, refresh
    // cadence, simulator defaults); connection values are the app's business.
    void setPreferences(const SettingValues &preferences);
    // Saves one preference the user chose outside the dialog (the theme
    // menu, File > Open campaign) and shows it in the dialog.
    void rememberPreference(SettingKey key, const QString &value);
    void setResolvedSettings(const ResolvedSettings &resolved);
    void setLibrdkafkaVersion(const QString &version);
    // The address other clients can produce to (shown on the welcome page).
    void setBrokerAddress(const QString &address, bool builtIn);
    void setStreamConnected(bool connected);

    // Writes every player's statistics as "csv" or "json"; false and
    // *error (user-readable) on failure.
    bool exportStatistics(const QString &format, const QString &fileName, QString *error);
    // Saves the chart the user is looking at; false on failure.
    bool exportVisibleChart(const QString &fileName);
    // Saves the whole current tab (cards and charts, titled with the player,
    // campaign, stream and time) as .png, .svg or .pdf by the file's suffix.
    bool exportCurrentTab(const QString &fileName, QString *error);
    QString exportTitle() const;
    // The folder the export dialog opens in: the last one used, else
    // Pictures, else Documents.
    QString exportFolder();
    // Named in export titles (the campaign archive's name), empty = none.
    void setCampaignName(const QString &name);
    QString aboutText() const;

    void saveLayout();
    void restoreLayout();

    // Before anything that discards counts (reset, replay, new campaign):
    // asks the user (confirmdiscard.h) unless nothing is counted or the
    // user said "Do not ask again" for this question. True to go ahead.
    bool confirmDiscardCounts(const DiscardQuestion &question);

public Q_SLOTS:
    void showPreferences();
    void setTestConnectionResult(bool ok, const QString &message);
    // Redraws the current tab, status totals and the welcome page.
    void refreshViews();

Q_SIGNALS:
    void connectRequested();
    void disconnectRequested();
    void replayRequested();
    void resetRequested();
    void preferencesApplied(const dnd::SettingValues &preferences);
    void testConnectionRequested(const dnd::SettingValues &preferences);
    void trackedPlayersChanged(const QStringList &players);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildCentre();
    void buildDocks();
    void buildMenus();
    void buildPlayersMenu();
    void exportStatisticsInteractively(const QString &format);
    void exportTabInteractively();
    QWidget *exportableContent() const;
    void showAbout();
    void applyThemeChoice(const QString &theme, bool save);
    void onTabCloseRequested(int index);
    void onCurrentTabChanged(int index);
    void onPreferencesApplied(const SettingValues &preferences);
    void saveTrackedPlayers();
    QSettings &settings();

    StatisticsRefresher *m_model;
    QPointer<QSettings> m_externalSettings;
    QSettings *m_ownSettings = nullptr;
    SettingValues m_preferences;
    std::optional<ResolvedSettings> m_resolved;
    QString m_librdkafkaVersion;
    QString m_brokerAddress;
    bool m_brokerBuiltIn = true;
    QString m_campaignName;

    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_overviewStack = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_welcomeStart = nullptr;
    OverviewWidget *m_overview = nullptr;
    StreamTab *m_streamTab = nullptr;
    CatchUpProgressBar *m_catchUp = nullptr;
    SimulatorPanel *m_simulator = nullptr;
    EventLogWidget *m_eventLog = nullptr;
    ProblemsWidget *m_problems = nullptr;
    StatusBarWidget *m_status = nullptr;
    QDockWidget *m_simulatorDock = nullptr;
    QDockWidget *m_eventLogDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    PreferencesDialog *m_preferencesDialog = nullptr; // child, created on first use

    MainToolBar *m_toolBar = nullptr;
    QMenu *m_playersMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_replayAction = nullptr;
    QAction *m_resetAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_closePlayerTabAction = nullptr;
    QAction *m_goToFilterAction = nullptr;
};

} // namespace dnd
