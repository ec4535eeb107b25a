// SPDX-License-Identifier: MIT
#include "headlessrunner.h"

#include "connectionsettings.h"
#include "inerttext.h"
#include "statsexport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace dnd {

namespace {

// What stderr says of a campaign file that failed: the message, then the
// system's words.
QString faultText(const ArchiveFault &fault)
{
    return fault.detail.isEmpty() ? fault.message
                                  : QStringLiteral("%1\n(%2)").arg(fault.message, fault.detail);
}

// Self-pipe: the signal handler only writes a byte, the event loop reads it.
int s_signalPipe[2] = {-1, -1};

extern "C" void handleStopSignal(int signal)
{
    const char byte = char(signal);
    const int savedErrno = errno;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[0], &byte, 1);
    errno = savedErrno;
}

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// Messages quote broker texts, topic names and wire values: inert here.
void writeErr(const QString &text)
{
    const QByteArray bytes =
        QString(QStringLiteral("dnd-tracker: ") + InertText::escapedLines(text) + QLatin1Char('\n'))
            .toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool isHealthy(ConsumerState state)
{
    return state == ConsumerState::Connected || state == ConsumerState::CaughtUp ||
           state == ConsumerState::Lagging;
}

} // namespace

HeadlessRunner::HeadlessRunner(TrackerOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_limit(m_options.maxEvents)
{
    m_duration.setSingleShot(true);
    m_brokerTimeout.setSingleShot(true);
    connect(&m_duration, &QTimer::timeout, this, [this] { finish(ExitOk); });
    connect(&m_brokerTimeout, &QTimer::timeout, this, &HeadlessRunner::onBrokerTimeout);
    connect(&m_session, &TrackerSession::statusChanged, this, &HeadlessRunner::onStatus);
    connect(
        &m_session, &TrackerSession::initialEndReached, this, [this] { finish(ExitOk); },
        Qt::QueuedConnection);
    // Headless has no in-memory fallback worth running on: a campaign file
    // that fails mid-run stops the run (exit 1) with what was stored kept.
    connect(&m_campaign, &CampaignArchive::faulted, this, [this](const ArchiveFault &fault) {
        if (m_campaign.isReady())
            fail(faultText(fault));
    });
    connect(&m_campaign, &CampaignArchive::warning, this,
            [](const QString &message) { writeErr(message); });
    connect(&m_session, &TrackerSession::simulationStateChanged, this,
            [](SimulationState state, const QString &message) {
                if (state == SimulationState::Failed)
                    writeErr(tr("simulated producer failed: %1").arg(message));
            });

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalPipe) == 0) {
        ::fcntl(s_signalPipe[0], F_SETFL, O_NONBLOCK);
        m_signalNotifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, this);
        connect(m_signalNotifier, &QSocketNotifier::activated, this, &HeadlessRunner::onSignal);
        struct sigaction action = {};
        action.sa_handler = handleStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    } else {
        writeErr(tr("cannot watch for SIGINT/SIGTERM: %1").arg(qt_error_string(errno)));
    }
}

HeadlessRunner::~HeadlessRunner()
{
    // Stop every thread while our handlers still turn a late SIGTERM into a
    // no-op instead of killing a half-stopped process.
    m_session.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    delete m_signalNotifier;
    m_signalNotifier = nullptr;
    for (int &fd : s_signalPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

int HeadlessRunner::run()
{
    if (!m_options.settingsNotice.isEmpty())
        writeErr(m_options.settingsNotice);
    // What cannot be honoured (SASL without a password, an unreadable CA
    // file) is refused before connecting, never quietly dropped.
    QString secretError, keyringNote;
    if (!supplySecrets(&m_options.settings, &secretError, &keyringNote)) {
        writeErr(tr("invalid configuration:\n  %1").arg(secretError));
        return ExitUsage;
    }
    const SettingValues settings = m_options.settings.values();
    if (QString problem = connectionProblem(settings, &m_options.settings); !problem.isEmpty()) {
        if (!keyringNote.isEmpty())
            problem += QStringLiteral(" (%1)").arg(keyringNote);
        writeErr(tr("invalid configuration:\n  %1")
                     .arg(problem.split(QLatin1Char('\n')).join(QStringLiteral("\n  "))));
        return ExitUsage;
    }
    SessionOptions sessionOptions = sessionOptionsFrom(m_options);
    sessionOptions.consumer.signalInitialEnd = m_options.exitAtEnd;
    if (m_options.maxEvents > 0) {
        m_session.setBatchAdmission([this](const EventBatch &batch) {
            const bool wasReached = m_limit.isReached();
            EventBatch admitted = m_limit.admit(batch);
            // Queued: finishing stops the consumer, which hands on the
            // batches still on their way; not from inside the delivery of
            // one of them.
            if (!wasReached && m_limit.isReached())
                QMetaObject::invokeMethod(
                    this, [this] { finish(ExitOk); }, Qt::QueuedConnection);
            return admitted;
        });
    }
    m_session.refresher()->setRefreshEvery(settings.refreshEvery());

    // --broker-timeout 0 keeps retrying from the start, too.
    if (!sessionOptions.usesBuiltInBroker() && settings.brokerTimeoutSeconds() > 0 &&
        !checkExternalBroker(sessionOptions))
        return ExitFailure;
    if (m_options.noArchive) {
        if (!startSession(sessionOptions))
            return ExitFailure;
    } else {
        // The campaign is restored before the consumer starts; the session
        // starts once it is (or once the file was refused: exit 1).
        connect(&m_campaign, &CampaignArchive::ready, this, &HeadlessRunner::onCampaignReady);
        m_campaign.open(CampaignArchive::pathFor(settings));
    }
    return QCoreApplication::exec();
}

bool HeadlessRunner::startSession(SessionOptions sessionOptions)
{
    // --max-events (m_limit) counts this run's messages, not the restored
    // campaign's: the restore does not pass the session's batch admission.
    sessionOptions = m_campaign.sessionOptions(std::move(sessionOptions));
    QString error;
    if (!m_session.start(sessionOptions, &error)) {
        writeErr(error);
        return false;
    }
    if (m_session.usingBuiltInBroker()) {
        // Scripts and tests read this line to find the broker: flush at once.
        writeOut(QStringLiteral("bootstrap: %1\n").arg(m_session.bootstrap()));
        const quint16 port = m_session.builtInBroker()->port();
        if (m_options.port != 0 && port != m_options.port)
            writeErr(tr("port %1 is taken; the built-in broker listens on %2 instead")
                         .arg(m_options.port)
                         .arg(port));
    } else {
        startBrokerTimeout();
    }

    // --simulate starts producing once the consumer has its partitions
    // (onStatus): the built-in broker keeps a bounded window per partition,
    // and at tens of thousands of events a second a consumer that starts
    // late would start behind events the broker already dropped.
    if (m_options.durationSeconds > 0)
        m_duration.start(int(std::min(m_options.durationSeconds * 1000.0, 2e9)));
    return true;
}

void HeadlessRunner::onCampaignReady()
{
    if (m_campaign.isFaulted()) {
        const ArchiveFault &fault = m_campaign.fault();
        fail(faultText(fault));
        return;
    }
    SessionOptions sessionOptions = sessionOptionsFrom(m_options);
    sessionOptions.consumer.signalInitialEnd = m_options.exitAtEnd;
    if (!startSession(sessionOptions)) {
        m_finished = true;
        QCoreApplication::exit(ExitFailure);
    }
}

bool HeadlessRunner::checkExternalBroker(const SessionOptions &options)
{
    // Asked once up front so an unreachable broker or a missing topic is a
    // clear error within the timeout instead of a consumer that waits forever.
    QString summary;
    const int seconds = m_options.settings.values().brokerTimeoutSeconds();
    const QString error = testConnection(options.consumer.connection, options.consumer.topic,
                                         seconds * 1000, &summary);
    if (!error.isEmpty()) {
        writeErr(tr("cannot reach broker %1 within %2 s: %3")
                     .arg(options.consumer.connection.bootstrap)
                     .arg(seconds)
                     .arg(error));
        return false;
    }
    // testConnection reports a missing topic in its summary. With --simulate
    // our own producer creates it (where the broker allows auto-creation).
    if (!m_options.simulate && summary.contains(QLatin1String("does not exist"))) {
        writeErr(tr("topic \"%1\" does not exist on broker %2 (%3)")
                     .arg(options.consumer.topic, options.consumer.connection.bootstrap, summary));
        return false;
    }
    return true;
}

void HeadlessRunner::onStatus(const ConsumerStatus &status)
{
    const ConsumerState previous = m_lastStatus.state;
    if (status.lost > m_lastStatus.lost) {
        writeErr(tr("%1 more events were gone from the broker before they could be read "
                    "(retention, or the built-in broker's window); %2 in all")
                     .arg(status.lost - m_lastStatus.lost)
                     .arg(status.lost));
    }
    m_lastStatus = status;
    if (isHealthy(status.state)) {
        if (!m_everConnected && m_options.simulate) {
            SimulatedProducerOptions simulation = simulationOptionsFor(m_options.settings.values());
            simulation.maxEvents = m_options.maxEvents;
            m_session.startSimulation(simulation);
        }
        m_everConnected = true;
        m_brokerTimeout.stop();
    }
    if (status.state == ConsumerState::BrokerDown &&
        (previous != ConsumerState::BrokerDown || status.reason != m_lastReasonPrinted)) {
        m_lastReasonPrinted = status.reason;
        writeErr(tr("broker unreachable: %1 (retrying)").arg(status.reason));
    }
    // A broker that goes away mid-stream counts like one never reached.
    if (status.state == ConsumerState::BrokerDown && !m_brokerTimeout.isActive())
        startBrokerTimeout();
}

void HeadlessRunner::startBrokerTimeout()
{
    // The built-in broker runs in this process: it cannot go away alone.
    const int seconds = m_options.settings.values().brokerTimeoutSeconds();
    if (seconds > 0 && !m_session.usingBuiltInBroker())
        m_brokerTimeout.start(seconds * 1000);
}

void HeadlessRunner::onBrokerTimeout()
{
    const int seconds = m_options.settings.values().brokerTimeoutSeconds();
    const QString reason =
        m_lastStatus.reason.isEmpty() ? consumerStateText(m_lastStatus) : m_lastStatus.reason;
    if (!m_everConnected) {
        fail(tr("could not consume topic \"%1\" from broker %2 within %3 s: %4")
                 .arg(m_session.options().consumer.topic, m_session.bootstrap())
                 .arg(seconds)
                 .arg(reason));
        return;
    }
    fail(tr("broker %1 unreachable for %2 s (--broker-timeout): %3")
             .arg(m_session.bootstrap())
             .arg(seconds)
             .arg(reason));
}

void HeadlessRunner::onSignal()
{
    char bytes[16];
    [[maybe_unused]] const auto count = ::read(s_signalPipe[1], bytes, sizeof bytes);
    finish(ExitOk);
}

void HeadlessRunner::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    writeErr(message);
    m_session.stopSimulation();
    QCoreApplication::exit(ExitFailure);
}

void HeadlessRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_duration.stop();
    m_brokerTimeout.stop();
    m_session.stopSimulation();
    // The batch in flight is applied (or cut by --max-events) before the
    // summary, and only what was counted is committed to the group.
    m_session.disconnectConsumer();
    // The archive stores what is still pending before the summary: on a busy
    // machine the end of the topic comes before the writer has caught up,
    // and a fault then (a full disk) is the run's outcome, not something
    // found after an exit code of 0. The fault arrives as a queued signal.
    m_campaign.close();
    QCoreApplication::sendPostedEvents(m_campaign.archive(), QEvent::MetaCall);
    if (m_campaign.isFaulted()) {
        writeErr(faultText(m_campaign.fault()));
        QCoreApplication::exit(ExitFailure);
        return;
    }
    printStatistics();
    QCoreApplication::exit(exitCode);
}

void HeadlessRunner::printStatistics()
{
    const Statistics &statistics = m_session.refresher()->statistics();
    if (m_options.json) {
        QJsonObject object = StatsExport::toJson(statistics);
        object.insert(QStringLiteral("lost_before_read"), m_lastStatus.lost);
        if (m_campaign.isReady() && !m_options.noArchive) {
            // The totals above are the campaign's: restored plus this run's.
            QJsonObject campaign;
            campaign.insert(QStringLiteral("file"), m_campaign.path());
            campaign.insert(QStringLiteral("restored_events"), qint64(m_campaign.restoredEvents()));
            campaign.insert(QStringLiteral("restored_rejected"),
                            qint64(m_campaign.restoredRejected()));
            campaign.insert(QStringLiteral("new_events"),
                            qint64(statistics.totalEvents() - m_campaign.restoredEvents()));
            campaign.insert(QStringLiteral("new_rejected"),
                            qint64(statistics.totalRejected() - m_campaign.restoredRejected()));
            object.insert(QStringLiteral("campaign"), campaign);
        }
        const QJsonDocument document(object);
        writeOut(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
        return;
    }
    writeOut(StatsExport::toText(statistics, m_lastStatus.lost));
    if (m_campaign.isReady() && !m_options.noArchive)
        writeOut(tr("campaign %1: %2 events restored, %3 new\n")
                     .arg(m_campaign.path())
                     .arg(m_campaign.restoredEvents())
                     .arg(statistics.totalEvents() - m_campaign.restoredEvents()));
}

int runHeadless(const TrackerOptions &options)
{
    HeadlessRunner runner(options);
    return runner.run();
}

} // namespace dnd
