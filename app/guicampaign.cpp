// SPDX-License-Identifier: MIT
#include "guicampaign.h"

#include "campaignmenu.h"
#include "guicontroller.h"
#include "historycontroller.h"
#include "mainwindow.h"
#include "statusbarwidget.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStatusBar>

#include <climits>

namespace dnd {

namespace {
constexpr int MessageMs = 15000;

// "1 event", "3,000 events" (plural forms without a loaded translation).
QString countText(quint64 count, const char *one, const char *many)
{
    return count == 1 ? GuiCampaign::tr(one)
                      : GuiCampaign::tr(many).arg(QLocale().toString(qulonglong(count)));
}
QString eventsText(quint64 count)
{
    return countText(count, "1 event", "%1 events");
}
} // namespace

GuiCampaign::GuiCampaign(GuiController *controller, QObject *parent)
    : QObject(parent), m_controller(controller), m_campaign(controller->session())
{
    MainWindow *window = controller->window();
    m_label = new QLabel(window);
    m_label->setObjectName(QStringLiteral("campaignStatus"));
    m_label->setTextFormat(Qt::PlainText);
    window->statusBar()->addPermanentWidget(m_label);
    m_label->hide();
    m_menu = new CampaignMenu(window, window->fileMenu());
    connect(m_menu, &CampaignMenu::newCampaignRequested, this,
            [this](const QString &path) { switchTo(path, true); });
    connect(m_menu, &CampaignMenu::openCampaignRequested, this,
            [this](const QString &path) { switchTo(path, false); });
    connect(m_menu, &CampaignMenu::exportEventsRequested, this, &GuiCampaign::exportEvents);
    connect(m_menu, &CampaignMenu::importEventsRequested, this, &GuiCampaign::importEvents);
    // The session selector and the History tab ask the archive; they wait
    // until it is open (onReady).
    m_history = new HistoryController(window, controller->session()->refresher(), this);
    connect(window, &MainWindow::preferencesApplied, this, &GuiCampaign::onPreferencesApplied);

    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(250);
    connect(&m_statusTimer, &QTimer::timeout, this, &GuiCampaign::showStatus);
    connect(&m_campaign, &CampaignArchive::ready, this, &GuiCampaign::onReady);
    connect(&m_campaign, &CampaignArchive::faulted, this, &GuiCampaign::onFaulted);
    connect(&m_campaign, &CampaignArchive::warning, this, &GuiCampaign::onWarning);
    connect(&m_campaign, &CampaignArchive::storedChanged, this, [this] {
        if (!m_statusTimer.isActive())
            m_statusTimer.start();
    });
    connect(m_campaign.archive(), &Archive::exported, this, &GuiCampaign::onExported);
    connect(m_campaign.archive(), &Archive::imported, this, &GuiCampaign::onImported);
    // Every later Apply of the preferences resumes from the archive too.
    controller->setSessionOptionsFilter(
        [this](SessionOptions options) { return m_campaign.sessionOptions(std::move(options)); });
}

GuiCampaign::~GuiCampaign()
{
    // The batch in flight is handed on and stored before the file closes.
    m_controller->setSessionOptionsFilter({});
    if (m_campaign.isOpen())
        m_controller->session()->disconnectConsumer();
    m_campaign.close();
}

void GuiCampaign::start(const QString &path, const SessionOptions &options,
                        const SettingValues &preferences, std::function<void(bool)> started)
{
    m_options = options;
    m_preferences = preferences;
    m_started = std::move(started);
    m_phase = Phase::Starting;
    m_archiveOff = path.isEmpty();
    if (path.isEmpty()) {
        m_history->setArchive(nullptr, tr("History needs the campaign archive, which is off "
                                          "(--no-archive)."));
        onReady();
        return;
    }
    m_controller->window()->statusBarWidget()->setConnectionStatus(
        tr("opening the campaign…"), StatusBarWidget::Severity::Working, 0, 0);
    reopen(path);
}

void GuiCampaign::reopen(const QString &path)
{
    m_label->setText(tr("Opening campaign %1…").arg(QFileInfo(path).fileName()));
    m_label->setToolTip(QDir::toNativeSeparators(path));
    m_label->show();
    m_menu->setArchiveAvailable(false);
    m_history->setArchive(nullptr, tr("Opening the campaign %1…").arg(QFileInfo(path).fileName()));
    m_campaign.open(path);
}

void GuiCampaign::switchTo(const QString &path, bool createNew)
{
    if (m_phase != Phase::Idle)
        return; // one at a time
    m_phase = Phase::Switching;
    m_newCampaign = createNew;
    // What was read so far is stored in the current file, which is then
    // closed as it is.
    m_controller->session()->disconnectConsumer();
    m_campaign.close();
    reopen(path);
}

void GuiCampaign::onReady()
{
    const Phase phase = std::exchange(m_phase, Phase::Idle);
    showStatus();
    m_menu->setCurrentFile(m_campaign.path());
    m_menu->setArchiveAvailable(m_campaign.isOpen());
    if (m_campaign.isOpen())
        m_history->setArchive(m_campaign.archive());
    else if (!m_campaign.path().isEmpty())
        m_history->setArchive(nullptr, tr("History needs the campaign archive, which could not "
                                          "be opened (see the status bar)."));
    if (phase == Phase::Switching) {
        // The next launch opens the campaign the user chose.
        if (m_campaign.isOpen())
            m_controller->window()->rememberPreference(SettingKey::Archive, m_campaign.path());
        resumeReading();
        // After an import the status bar keeps saying what was imported.
        if (m_campaign.isOpen() && !std::exchange(m_reloadAfterImport, false))
            m_controller->window()->statusBar()->showMessage(
                tr("Campaign %1: %2")
                    .arg(QDir::toNativeSeparators(m_campaign.path()),
                         eventsText(m_campaign.restoredEvents())),
                MessageMs);
        return;
    }
    QString error;
    const bool ok =
        m_controller->start(m_campaign.sessionOptions(m_options), m_preferences, &error);
    if (m_started)
        std::exchange(m_started, {})(ok);
}

void GuiCampaign::onPreferencesApplied(const SettingValues &values)
{
    // Another campaign file in the preferences is shown at once, as File >
    // Open campaign would (a file that does not exist yet is a new one).
    if (m_archiveOff || m_phase != Phase::Idle)
        return;
    const QString path = CampaignArchive::pathFor(values);
    if (QFileInfo(path) == QFileInfo(m_campaign.path()))
        return;
    switchTo(path, !QFileInfo::exists(path));
}

void GuiCampaign::resumeReading()
{
    TrackerSession *session = m_controller->session();
    SessionOptions options = session->options();
    options.consumer.resumePositions.clear();
    options.archiveConfirmsPositions = false;
    options = m_campaign.sessionOptions(std::move(options));
    if (m_newCampaign)
        options.consumer.startFrom = StartFrom::Latest; // a new campaign counts from now on
    QString error;
    if (!session->reconnect(options, &error))
        tell(QMessageBox::Warning, error);
}

void GuiCampaign::exportEvents(const QString &file)
{
    m_controller->window()->statusBar()->showMessage(
        tr("Exporting events to %1…").arg(QDir::toNativeSeparators(file)));
    m_campaign.archive()->exportTo(file);
}

void GuiCampaign::importEvents(const QString &file)
{
    m_controller->window()->statusBar()->showMessage(
        tr("Importing events from %1…").arg(QDir::toNativeSeparators(file)));
    m_campaign.archive()->importFrom(file);
}

void GuiCampaign::onExported(const QString &file, quint64 events, const QString &error)
{
    const QString path = QDir::toNativeSeparators(file);
    if (!error.isEmpty()) {
        m_controller->window()->statusBar()->clearMessage();
        tell(QMessageBox::Warning, tr("The events could not be exported to %1.").arg(path), error);
        return;
    }
    m_controller->window()->statusBar()->showMessage(
        tr("Exported %1 to %2").arg(eventsText(events), path), MessageMs);
}

void GuiCampaign::onImported(const QString &file, quint64 added, quint64 duplicates,
                             quint64 invalid, const QString &error)
{
    const QString path = QDir::toNativeSeparators(file);
    if (!error.isEmpty()) {
        m_controller->window()->statusBar()->clearMessage();
        tell(QMessageBox::Warning, tr("The events of %1 could not be imported.").arg(path), error);
        return;
    }
    const QString text =
        tr("Imported %1 from %2").arg(eventsText(added), path) + QStringLiteral("; ") +
        tr("%1 already in the campaign (same event_id, or same content without one)")
            .arg(QLocale().toString(qulonglong(duplicates))) +
        (invalid > 0 ? QStringLiteral("; ") + countText(invalid, "1 line not a valid event",
                                                        "%1 lines not valid events")
                     : QString());
    m_controller->window()->statusBar()->showMessage(text, MessageMs);
    if (added > 0 && m_phase == Phase::Idle) {
        // The statistics come from the file again, the imported events in.
        m_phase = Phase::Switching;
        m_newCampaign = false;
        m_reloadAfterImport = true;
        const QString current = m_campaign.path();
        m_controller->session()->disconnectConsumer();
        m_campaign.close();
        reopen(current);
    }
}

void GuiCampaign::onFaulted(const ArchiveFault &fault)
{
    showStatus();
    m_menu->setArchiveAvailable(false);
    m_controller->window()->statusBar()->showMessage(fault.message, MessageMs);
    tell(QMessageBox::Warning, fault.message, fault.detail)
        ->setObjectName(QStringLiteral("campaignFaultBox"));
}

void GuiCampaign::onWarning(const QString &message)
{
    m_controller->window()->statusBar()->showMessage(message, MessageMs);
    tell(QMessageBox::Information, message);
}

QMessageBox *GuiCampaign::tell(QMessageBox::Icon icon, const QString &text, const QString &detail)
{
    auto *box = new QMessageBox(icon, tr("Campaign archive"), text, QMessageBox::Ok,
                                m_controller->window());
    box->setObjectName(QStringLiteral("campaignMessage"));
    box->setTextFormat(Qt::PlainText);
    if (!detail.isEmpty())
        box->setInformativeText(detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): the live view keeps running
    return box;
}

void GuiCampaign::showStatus()
{
    if (!m_label)
        return;
    const QString path = m_campaign.path();
    if (path.isEmpty()) {
        m_label->setText(tr("Not archived"));
        m_label->setToolTip(tr("This run is kept in memory only (--no-archive)."));
        m_label->show();
        return;
    }
    const QString name = QFileInfo(path).fileName();
    StatusBarWidget::Severity severity = StatusBarWidget::Severity::Neutral;
    if (m_campaign.isFaulted()) {
        const ArchiveFault &fault = m_campaign.fault();
        m_label->setText(tr("Not archived: %1").arg(name));
        m_label->setToolTip(fault.detail.isEmpty()
                                ? fault.message
                                : QStringLiteral("%1\n%2").arg(fault.message, fault.detail));
        severity = StatusBarWidget::Severity::Error;
    } else {
        const quint64 events = m_campaign.restoredEvents() + m_campaign.storedEvents();
        m_label->setText(tr("Campaign %1: %2").arg(name, eventsText(events)));
        m_label->setToolTip(
            tr("Every event is archived in %1").arg(QDir::toNativeSeparators(path)));
    }
    // A neutral status inherits the window's colours, so a theme switch
    // reaches it (a text colour set here stayed the light theme's: dark on
    // dark after switching).
    QPalette palette;
    if (severity != StatusBarWidget::Severity::Neutral) {
        palette.setColor(QPalette::WindowText, StatusBarWidget::severityColor(
                                                   severity, m_controller->window()->palette()));
    }
    m_label->setPalette(palette);
    m_label->show();
}

} // namespace dnd
