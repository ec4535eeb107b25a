// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "catchupprogressbar.h"
#include "confirmdiscard.h"
#include "eventlogwidget.h"
#include "overviewwidget.h"
#include "playertab.h"
#include "preferencesdialog.h"
#include "problemswidget.h"
#include "settingsstore.h"
#include "simulatorpanel.h"
#include "statistics.h"
#include "statisticsrefresher.h"
#include "statusbarwidget.h"
#include "streamtab.h"
#include "theme.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dnd {

namespace {
constexpr char GeometryKey[] = "window/geometry";
constexpr char StateKey[] = "window/state";
// Bump when docks are added or renamed so an old saved state is ignored.
constexpr int LayoutVersion = 2;
} // namespace

MainWindow::MainWindow(StatisticsRefresher *model, QSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_model(model), m_externalSettings(settings)
{
    Q_ASSERT(model);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("D&D Event Tracker"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dnd-tracker.svg")));
    setDockOptions(dockOptions() | QMainWindow::AllowTabbedDocks);
    // Until restoreLayout() brings back the size the user left it at.
    const QScreen *screen = QGuiApplication::primaryScreen();
    resize(defaultSize(screen ? screen->availableGeometry().size() : QSize(1280, 860)));

    buildCentre();
    buildDocks();
    m_status = new StatusBarWidget(this);
    statusBar()->addPermanentWidget(m_status, 1);
    m_catchUp = new CatchUpProgressBar(this);
    statusBar()->addPermanentWidget(m_catchUp);
    buildMenus();

    connect(m_model, &StatisticsRefresher::refreshed, this, &MainWindow::refreshViews);
    connect(m_model, &StatisticsRefresher::wasReset, this, &MainWindow::refreshViews);
    setTrackedPlayers(m_preferences.trackedPlayers());
    refreshViews();
}

MainWindow::~MainWindow() = default;

QSize MainWindow::defaultSize(const QSize &available)
{
    // A larger screen shows more of every chart and table (at 1600x1000 the
    // window opened at 1280x860, leaving a third of the screen unused); a
    // very large one would only stretch the charts. Never taller or wider
    // than the screen: at 1280x800 the status bar would be cut off.
    const QSize wanted(available.width() * 9 / 10, available.height() * 9 / 10);
    return wanted.expandedTo(QSize(1280, 860)).boundedTo(QSize(2400, 1500)).boundedTo(available);
}

QSettings &MainWindow::settings()
{
    if (m_externalSettings)
        return *m_externalSettings;
    if (!m_ownSettings)
        m_ownSettings = new QSettings(this);
    return *m_ownSettings;
}

void MainWindow::buildCentre()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);

    // First launch: a page that says what to do, until anything arrives.
    auto *welcome = new QWidget;
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("No events yet"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    m_welcomeText = new QLabel;
    m_welcomeText->setTextFormat(Qt::PlainText);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_welcomeStart = new QPushButton(tr("Start a simulated game"));
    m_welcomeStart->setObjectName(QStringLiteral("welcomeStartButton"));
    m_welcomeStart->setDefault(true);
    m_welcomeStart->setMinimumHeight(40);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch(2);
    welcomeLayout->addWidget(title);
    welcomeLayout->addSpacing(12);
    welcomeLayout->addWidget(m_welcomeText);
    welcomeLayout->addSpacing(16);
    welcomeLayout->addWidget(m_welcomeStart, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch(3);

    m_overview = new OverviewWidget(m_model);
    m_overviewStack = new QStackedWidget;
    m_overviewStack->addWidget(welcome);
    m_overviewStack->addWidget(m_overview);
    m_tabs->addTab(m_overviewStack, tr("Overview"));
    // The overview is always there; only player tabs close.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    m_streamTab = new StreamTab;
    m_tabs->addTab(m_streamTab, tr("Stream"));
    m_tabs->setTabToolTip(1, tr("Rates, lag per partition and lost messages of the topic"));
    m_tabs->tabBar()->setTabButton(1, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(1, QTabBar::LeftSide, nullptr);
    setCentralWidget(m_tabs);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::onTabCloseRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_overview, &OverviewWidget::playerActivated, this, [this](const QString &player) {
        openPlayerTab(player, true);
        saveTrackedPlayers();
    });
    setBrokerAddress(QString(), true);
}

void MainWindow::buildDocks()
{
    m_simulator = new SimulatorPanel;
    m_simulatorDock = new QDockWidget(tr("Simulator"), this);
    m_simulatorDock->setObjectName(QStringLiteral("simulatorDock"));
    m_simulatorDock->setWidget(m_simulator);
    addDockWidget(Qt::LeftDockWidgetArea, m_simulatorDock);

    // The log and the problems sit under the simulator: at 1280x800 a
    // bottom dock took the charts' height to show three rows of the log.
    m_eventLog = new EventLogWidget(m_model);
    m_eventLogDock = new QDockWidget(tr("Event log"), this);
    m_eventLogDock->setObjectName(QStringLiteral("eventLogDock"));
    m_eventLogDock->setWidget(m_eventLog);
    addDockWidget(Qt::LeftDockWidgetArea, m_eventLogDock, Qt::Vertical);

    m_problems = new ProblemsWidget(m_model);
    m_problemsDock = new QDockWidget(m_problems->title(), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::LeftDockWidgetArea, m_problemsDock, Qt::Vertical);
    tabifyDockWidget(m_eventLogDock, m_problemsDock);
    m_eventLogDock->raise();
    // The charts are the point (the saved layout wins).
    resizeDocks({m_simulatorDock}, {340}, Qt::Horizontal);
    resizeDocks({m_simulatorDock, m_eventLogDock}, {m_simulatorDock->sizeHint().height(), 400},
                Qt::Vertical);
    connect(m_problems, &ProblemsWidget::countChanged, this, [this] {
        m_problemsDock->setWindowTitle(m_problems->title());
        m_problemsDock->toggleViewAction()->setText(tr("Problems"));
    });

    connect(m_welcomeStart, &QPushButton::clicked, m_simulator, &SimulatorPanel::requestStart);
}

bool MainWindow::isShowingWelcome() const
{
    return m_overviewStack->currentIndex() == 0;
}

void MainWindow::refreshViews()
{
    const Statistics &stats = m_model->statistics();
    if (auto *tab = qobject_cast<PlayerTab *>(m_tabs->currentWidget()))
        tab->refresh(stats, trackedPlayers());
    // The welcome page is for an empty campaign, not a narrow choice.
    const Statistics &campaign = m_model->campaignStatistics();
    const bool anything = campaign.totalEvents() > 0 || campaign.totalRejected() > 0;
    m_overviewStack->setCurrentIndex(anything ? 1 : 0);
    m_status->setTotals(stats.totalEvents(), stats.totalRejected());
}

void MainWindow::setPreferences(const SettingValues &preferences)
{
    m_preferences = preferences;
    setTrackedPlayers(preferences.trackedPlayers());
    m_model->setRefreshEvery(preferences.refreshEvery());
    applyThemeChoice(preferences.theme(), false);
    if (m_simulator->state() != SimulationState::Running &&
        m_simulator->state() != SimulationState::Paused) {
        SimulationMode mode = SimulationMode::Game;
        if (parseSimulationMode(preferences.mode(), &mode))
            m_simulator->setMode(mode);
        m_simulator->setRate(preferences.rate());
        m_simulator->setSeed(preferences.seed());
        m_simulator->setRoster(preferences.players());
    }
    if (m_preferencesDialog)
        m_preferencesDialog->setPreferences(preferences);
}

void MainWindow::setResolvedSettings(const ResolvedSettings &resolved)
{
    m_resolved = resolved;
    if (m_preferencesDialog)
        m_preferencesDialog->setResolvedSettings(resolved);
}

void MainWindow::setLibrdkafkaVersion(const QString &version)
{
    m_librdkafkaVersion = version;
}

void MainWindow::setBrokerAddress(const QString &address, bool builtIn)
{
    m_brokerAddress = address;
    m_brokerBuiltIn = builtIn;
    QString text = tr("Start a simulated game to see live charts for every player, or point "
                      "another producer at this app's topic.");
    if (!address.isEmpty()) {
        text += QLatin1String("\n\n");
        text += builtIn ? tr("The built-in Kafka broker listens at %1; other clients (kcat, the "
                             "original Python producer) can produce to it.")
                              .arg(address)
                        : tr("Reading from the Kafka cluster at %1.").arg(address);
    }
    m_welcomeText->setText(text);
}

void MainWindow::setStreamConnected(bool connected)
{
    m_connectAction->setEnabled(!connected);
    m_disconnectAction->setEnabled(connected);
    m_replayAction->setEnabled(connected);
}

bool MainWindow::confirmDiscardCounts(const DiscardQuestion &question)
{
    // Nothing counted, nothing to lose: no question.
    const Statistics &stats = m_model->statistics();
    if (stats.totalEvents() == 0 && stats.totalRejected() == 0)
        return true;
    return confirmDiscard(this, settings(), question);
}

void MainWindow::showPreferences()
{
    if (!m_preferencesDialog) {
        m_preferencesDialog = new PreferencesDialog(this);
        m_preferencesDialog->setSettings(&settings());
        if (m_resolved)
            m_preferencesDialog->setResolvedSettings(*m_resolved);
        connect(m_preferencesDialog, &PreferencesDialog::applied, this,
                &MainWindow::onPreferencesApplied);
        connect(m_preferencesDialog, &PreferencesDialog::testConnectionRequested, this,
                &MainWindow::testConnectionRequested);
    }
    m_preferencesDialog->setPreferences(m_preferences);
    m_preferencesDialog->show();
    m_preferencesDialog->raise();
    m_preferencesDialog->activateWindow();
}

void MainWindow::setTestConnectionResult(bool ok, const QString &message)
{
    if (m_preferencesDialog)
        m_preferencesDialog->setTestConnectionResult(ok, message);
}

void MainWindow::onPreferencesApplied(const SettingValues &preferences)
{
    // Apply changes only what changed: a new theme must not put the
    // simulator's rate, seed or roster back to the saved defaults.
    const SettingValues previous = m_preferences;
    m_preferences = preferences;
    const auto changed = [&](SettingKey key) {
        return previous.value(key) != preferences.value(key);
    };
    if (changed(SettingKey::TrackedPlayers))
        setTrackedPlayers(preferences.trackedPlayers());
    if (changed(SettingKey::RefreshEvery))
        m_model->setRefreshEvery(preferences.refreshEvery());
    if (changed(SettingKey::Theme))
        applyThemeChoice(preferences.theme(), false);
    const bool simulating = m_simulator->state() == SimulationState::Running ||
                            m_simulator->state() == SimulationState::Paused;
    if (!simulating) {
        SimulationMode mode = SimulationMode::Game;
        if (changed(SettingKey::Mode) && parseSimulationMode(preferences.mode(), &mode))
            m_simulator->setMode(mode);
        if (changed(SettingKey::Rate) || changed(SettingKey::Interval))
            m_simulator->setRate(preferences.rate());
        if (changed(SettingKey::Seed))
            m_simulator->setSeed(preferences.seed());
        if (changed(SettingKey::Players))
            m_simulator->setRoster(preferences.players());
    }
    if (m_preferencesDialog)
        m_preferencesDialog->setPreferences(preferences);
    Q_EMIT preferencesApplied(preferences);
}

void MainWindow::saveLayout()
{
    settings().setValue(QLatin1String(GeometryKey), saveGeometry());
    settings().setValue(QLatin1String(StateKey), saveState(LayoutVersion));
}

void MainWindow::restoreLayout()
{
    restoreGeometry(settings().value(QLatin1String(GeometryKey)).toByteArray());
    restoreState(settings().value(QLatin1String(StateKey)).toByteArray(), LayoutVersion);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_preferencesDialog)
        m_preferencesDialog->close();
    QMainWindow::closeEvent(event);
}

} // namespace dnd
