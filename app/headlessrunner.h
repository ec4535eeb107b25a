// SPDX-License-Identifier: MIT
#pragma once

#include "campaignarchive.h"
#include "commandline.h"
#include "messagelimit.h"
#include "trackersession.h"

#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace dnd {

// `dnd-tracker --headless`: runs a TrackerSession without a window until
// SIGINT/SIGTERM, --max-events, --duration or --exit-at-end, then prints the statistics
// (JSON with --json, a short summary otherwise) and returns the exit code.
// Needs a QCoreApplication; one runner per process (it owns the signal pipe).
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessRunner(TrackerOptions options, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    int run();

private:
    bool checkExternalBroker(const SessionOptions &options);
    // Starts the session (after the campaign was restored); false after
    // saying why on stderr.
    bool startSession(SessionOptions sessionOptions);
    void onCampaignReady();
    void finish(int exitCode);
    void fail(const QString &message);
    void onStatus(const ConsumerStatus &status);
    void onBrokerTimeout();
    // The --broker-timeout window runs while no broker answers: from the
    // start and from every outage; 0 seconds = never.
    void startBrokerTimeout();
    void onSignal();
    void printStatistics();

    TrackerOptions m_options;
    TrackerSession m_session;
    CampaignArchive m_campaign{&m_session};
    MessageLimit m_limit;
    QTimer m_duration;
    QTimer m_brokerTimeout;
    QSocketNotifier *m_signalNotifier = nullptr;
    ConsumerStatus m_lastStatus;
    QString m_lastReasonPrinted;
    bool m_everConnected = false;
    bool m_finished = false;
};

// main()'s entry for headless mode (creates nothing: needs a QCoreApplication).
int runHeadless(const TrackerOptions &options);

} // namespace dnd
