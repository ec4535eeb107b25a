// SPDX-License-Identifier: MIT
#pragma once

#include "campaignarchive.h"
#include "settingvalues.h"

#include <QLabel>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace dnd {

class CampaignMenu;
class GuiController;
class HistoryController;

// The campaign archive in the window: opens it before the session starts
// (the window shows at once, the stream starts once the campaign is
// restored), shows in the status bar which file holds the campaign and how
// many events it has, and tells the user about faults (a dialog and the
// status bar) while the live view goes on in memory.
class GuiCampaign : public QObject
{
    Q_OBJECT
public:
    GuiCampaign(GuiController *controller, QObject *parent = nullptr);
    ~GuiCampaign() override;

    // Opens the campaign at `path` (empty: none, in memory), restores it,
    // then starts the session with `options` (the archive's positions
    // added) and calls `started` with the outcome.
    void start(const QString &path, const SessionOptions &options, const SettingValues &preferences,
               std::function<void(bool)> started = {});

    // Shows another campaign: reading pauses, the current file is closed as
    // it is, `path` is opened (created for a new one) and restored, and
    // reading goes on where that campaign stopped (a new one: from now on).
    void switchTo(const QString &path, bool createNew);
    void exportEvents(const QString &file);
    // Adds the file's events to the campaign, then shows the campaign
    // again with them.
    void importEvents(const QString &file);

    CampaignArchive *campaign() { return &m_campaign; }
    CampaignMenu *menu() const { return m_menu; }
    QLabel *statusLabel() const { return m_label; }
    HistoryController *history() const { return m_history; }

private:
    void onReady();
    void onPreferencesApplied(const SettingValues &values);
    void resumeReading();
    void reopen(const QString &path);
    void onExported(const QString &file, quint64 events, const QString &error);
    void onImported(const QString &file, quint64 added, quint64 duplicates, quint64 invalid,
                    const QString &error);
    QMessageBox *tell(QMessageBox::Icon icon, const QString &text, const QString &detail = {});
    void onFaulted(const ArchiveFault &fault);
    void onWarning(const QString &message);
    void showStatus();

    GuiController *m_controller;
    CampaignArchive m_campaign;
    QPointer<QLabel> m_label; // owned by the status bar
    QTimer m_statusTimer;     // coalesces count updates
    SessionOptions m_options;
    SettingValues m_preferences;
    std::function<void(bool)> m_started;
    CampaignMenu *m_menu = nullptr;
    HistoryController *m_history = nullptr;
    enum class Phase
    {
        Idle,
        Starting,  // the first open: the session starts on ready()
        Switching, // another file: reading resumes on ready()
    };
    Phase m_phase = Phase::Idle;
    bool m_newCampaign = false;
    bool m_archiveOff = false; // --no-archive: the preference changes nothing
    bool m_reloadAfterImport = false;
};

} // namespace dnd
