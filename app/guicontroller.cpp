// SPDX-License-Identifier: MIT
#include "guicontroller.h"

#include "catchupprogressbar.h"
#include "connectionsettings.h"
#include "mainwindow.h"
#include "simulatorpanel.h"
#include "statusbarwidget.h"
#include "streamtab.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QThread>

namespace dnd {

GuiController::GuiController(QSettings *settings, QObject *parent)
    : QObject(parent), m_session(std::make_unique<TrackerSession>())
{
    m_window = std::make_unique<MainWindow>(m_session->refresher(), settings);
    m_window->setLibrdkafkaVersion(librdkafkaVersion());
    wireWindow();
}

GuiController::~GuiController()
{
    // Views first (they read the session's model), then the session, which
    // stops producer, consumer and broker threads in that order.
    m_window.reset();
    if (m_testThread) {
        m_testThread->wait();
        delete m_testThread.data();
    }
    m_session.reset();
}

bool GuiController::start(const SessionOptions &options, const SettingValues &preferences,
                          QString *error)
{
    m_options = options;
    m_window->setPreferences(preferences);
    m_window->statusBarWidget()->setTopic(options.consumer.topic);
    m_window->statusBarWidget()->setConnectionStatus(
        options.usesBuiltInBroker()
            ? tr("starting the built-in broker…")
            : tr("connecting to %1…").arg(options.consumer.connection.bootstrap),
        StatusBarWidget::Severity::Working, 0, 0);
    QString reason;
    if (!m_session->start(options, &reason)) {
        showSessionError(reason);
        if (error)
            *error = reason;
        return false;
    }
    m_window->setStreamConnected(true);
    return true;
}

void GuiController::startSimulation(const SimulatedProducerOptions &options)
{
    SimulatorPanel *panel = m_window->simulatorPanel();
    panel->setMode(options.simulator.mode);
    panel->setRate(options.eventsPerSecond);
    panel->setSeed(options.simulator.seed);
    panel->setRoster(options.simulator.players);
    m_session->startSimulation(options);
}

void GuiController::wireWindow()
{
    MainWindow *window = m_window.get();
    TrackerSession *session = m_session.get();
    SimulatorPanel *panel = window->simulatorPanel();

    connect(panel, &SimulatorPanel::startGameRequested, this,
            [this](SimulationMode mode, double rate, quint64 seed, const QStringList &players) {
                SimulatedProducerOptions options;
                options.simulator.mode = mode;
                options.simulator.seed = seed;
                options.simulator.players = players;
                options.eventsPerSecond = rate;
                m_session->startSimulation(options);
            });
    connect(panel, &SimulatorPanel::pauseRequested, session, &TrackerSession::pauseSimulation);
    connect(panel, &SimulatorPanel::resumeRequested, session, &TrackerSession::resumeSimulation);
    connect(panel, &SimulatorPanel::stopRequested, session, &TrackerSession::stopSimulation);
    connect(panel, &SimulatorPanel::rateChanged, session, &TrackerSession::setSimulationRate);
    connect(session, &TrackerSession::simulationStateChanged, panel,
            &SimulatorPanel::setSimulationState);
    connect(session, &TrackerSession::simulationCountersChanged, panel,
            [panel](const ProducerCounters &counters) {
                panel->setProducerCounters(counters.sent, counters.delivered, counters.failed);
            });

    connect(session, &TrackerSession::statusChanged, this, &GuiController::onStatus);
    connect(session, &TrackerSession::statusChanged, window->streamTab(),
            &StreamTab::setConsumerStatus);
    connect(session, &TrackerSession::statusChanged, window->catchUpProgressBar(),
            &CatchUpProgressBar::setConsumerStatus);
    connect(session, &TrackerSession::bootstrapChanged, this, &GuiController::onBootstrapChanged);

    connect(window, &MainWindow::replayRequested, session, &TrackerSession::replayFromBeginning);
    connect(window, &MainWindow::resetRequested, session, &TrackerSession::resetStatistics);
    connect(window, &MainWindow::connectRequested, this, &GuiController::onConnectRequested);
    connect(window, &MainWindow::disconnectRequested, this, &GuiController::onDisconnectRequested);
    connect(window, &MainWindow::preferencesApplied, this, &GuiController::onPreferencesApplied);
    connect(window, &MainWindow::testConnectionRequested, this, &GuiController::onTestConnection);
}

void GuiController::onStatus(const ConsumerStatus &status)
{
    using Severity = StatusBarWidget::Severity;
    // Where, then the state in the words of consumerStateText (the one text
    // of a ConsumerStatus, shared with the headless runner).
    const QString bootstrap = m_session->bootstrap();
    const QString where =
        m_session->usingBuiltInBroker() ? tr("built-in broker at %1").arg(bootstrap) : bootstrap;
    // librdkafka's words go to the tooltip, whole; the bar says it short.
    ConsumerStatus shown = status;
    shown.reason.clear();
    QString text = tr("%1 · %2").arg(where, consumerStateText(shown));
    QString detail;
    Severity severity = Severity::Neutral;
    switch (status.state) {
    case ConsumerState::Stopped:
        break;
    case ConsumerState::Connecting:
        severity = Severity::Working;
        break;
    case ConsumerState::Connected:
    case ConsumerState::CaughtUp:
    case ConsumerState::Lagging:
        severity = status.state == ConsumerState::Lagging || status.lost > 0 ? Severity::Warning
                                                                             : Severity::Good;
        break;
    case ConsumerState::BrokerDown:
        text = tr("%1, retrying").arg(text);
        if (!status.reason.isEmpty())
            detail = tr("librdkafka: %1").arg(status.reason);
        severity = Severity::Error;
        break;
    }
    m_window->statusBarWidget()->setConnectionStatus(text, severity, status.lag,
                                                     status.messagesPerSecond, detail);
    m_window->statusBarWidget()->setTopic(m_session->options().consumer.topic);
    m_window->setStreamConnected(status.state != ConsumerState::Stopped);
}

void GuiController::onBootstrapChanged(const QString &bootstrap, bool builtIn)
{
    m_window->setBrokerAddress(bootstrap, builtIn);
    m_window->statusBarWidget()->setTopic(m_session->options().consumer.topic);
    m_window->statusBarWidget()->setConnectionStatus(
        builtIn ? tr("built-in broker at %1").arg(bootstrap)
                : tr("connecting to %1…").arg(bootstrap),
        builtIn ? StatusBarWidget::Severity::Good : StatusBarWidget::Severity::Working, 0, 0);
}

void GuiController::onPreferencesApplied(const SettingValues &preferences)
{
    SessionOptions wanted = sessionOptionsFor(preferences, m_options.builtInBroker);
    if (m_optionsFilter)
        wanted = m_optionsFilter(std::move(wanted));
    const SessionOptions &current = m_options;
    const ConsumerOptions &want = wanted.consumer;
    const ConsumerOptions &have = current.consumer;
    const bool changed = want.connection != have.connection || want.topic != have.topic ||
                         want.groupId != have.groupId || want.startFrom != have.startFrom;
    if (!changed && m_session->isRunning())
        return;
    QString error;
    m_window->statusBarWidget()->setConnectionStatus(
        wanted.usesBuiltInBroker()
            ? tr("switching to the built-in broker…")
            : tr("connecting to %1…").arg(wanted.consumer.connection.bootstrap),
        StatusBarWidget::Severity::Working, 0, 0);
    // TrackerSession::reconnect resets the statistics when the stream changes.
    if (m_session->reconnect(wanted, &error)) {
        m_options = wanted;
        m_window->setStreamConnected(true);
    } else {
        showSessionError(error);
    }
}

void GuiController::onTestConnection(const SettingValues &preferences)
{
    if (m_testThread && m_testThread->isRunning())
        return; // the dialog shows the answer of the test already running
    if (m_testThread)
        delete m_testThread.data();
    ConnectionSettings connection = connectionSettingsFrom(preferences);
    if (preferences.usesBuiltInBroker()) {
        connection = ConnectionSettings{};
        connection.bootstrap = m_session->bootstrap();
        connection.builtInBroker = true;
    }
    const QString topic = preferences.topic();
    QPointer<MainWindow> window = m_window.get();
    // librdkafka's metadata request blocks for up to 10 s: never on the GUI thread.
    m_testThread = QThread::create([connection, topic, window] {
        QString summary;
        const QString error = testConnection(connection, topic, 10000, &summary);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [window, error, summary] {
                if (window)
                    window->setTestConnectionResult(error.isEmpty(),
                                                    error.isEmpty() ? summary : error);
            },
            Qt::QueuedConnection);
    });
    m_testThread->start();
}

void GuiController::onConnectRequested()
{
    if (m_session->connectConsumer()) {
        m_window->setStreamConnected(true);
        return;
    }
    QString error;
    if (m_session->start(m_options, &error))
        m_window->setStreamConnected(true);
    else
        showSessionError(error);
}

void GuiController::onDisconnectRequested()
{
    m_session->disconnectConsumer();
    m_window->setStreamConnected(false);
}

void GuiController::showSessionError(const QString &message)
{
    m_window->statusBarWidget()->setConnectionStatus(message, StatusBarWidget::Severity::Error, 0,
                                                     0);
    m_window->setStreamConnected(m_session->isConsumerRunning());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Connection"), message, QMessageBox::Ok,
                                m_window.get());
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): the stream and the tests keep running
}

} // namespace dnd
