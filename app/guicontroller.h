// SPDX-License-Identifier: MIT
#pragma once

#include "settingvalues.h"
#include "trackersession.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QSettings;
class QThread;

namespace dnd {

class MainWindow;

// Wires the window (ui, no Kafka) to a TrackerSession (broker, consumer,
// model, simulated producer): the window's request signals become session
// calls, the session's status and counters become plain values for the
// window. Owns both; the window is destroyed before the session so no view
// outlives the model it reads.
class GuiController : public QObject
{
    Q_OBJECT
public:
    // settings: where the window saves layout and preferences (not owned,
    // must outlive the controller); nullptr = a default QSettings.
    explicit GuiController(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~GuiController() override;

    // Applies display/simulator preferences to the window and starts the
    // session with `options` (sessionOptionsFor() of the same values). On
    // failure the window still works and shows the reason; returns false
    // and *error.
    bool start(const SessionOptions &options, const SettingValues &preferences, QString *error);

    // The simulator panel's values (mode, rate, seed, roster) as options.
    void startSimulation(const SimulatedProducerOptions &options);

    // Applied to the options every Apply of the preferences builds (the
    // campaign archive adds where to resume and what to commit).
    void setSessionOptionsFilter(std::function<SessionOptions(SessionOptions)> filter)
    {
        m_optionsFilter = std::move(filter);
    }

    MainWindow *window() const { return m_window.get(); }
    TrackerSession *session() const { return m_session.get(); }

private:
    void wireWindow();
    void onStatus(const ConsumerStatus &status);
    void onBootstrapChanged(const QString &bootstrap, bool builtIn);
    void onPreferencesApplied(const SettingValues &preferences);
    void onTestConnection(const SettingValues &preferences);
    void onConnectRequested();
    void onDisconnectRequested();
    void showSessionError(const QString &message);

    std::unique_ptr<TrackerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    SessionOptions m_options;
    QPointer<QThread> m_testThread;
    std::function<SessionOptions(SessionOptions)> m_optionsFilter;
};

} // namespace dnd
