// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace dnd {

// At most one run per interval, none lost: request() emits due() at once
// when the owner last ran at least interval() ago (or never), otherwise one
// single-shot timer emits it when the interval is over, however many
// requests arrive meanwhile. The owner calls ran() when it did the work
// (from due() or on its own, e.g. a reset), which starts the next interval
// and drops a pending timer.
class Throttle : public QObject
{
    Q_OBJECT
public:
    explicit Throttle(int intervalMs, QObject *parent = nullptr);

    int interval() const { return m_intervalMs; }
    bool isPending() const { return m_timer.isActive(); }

    void request();
    void ran();
    void cancel(); // drops a pending run; the last run's time stays

Q_SIGNALS:
    void due();

private:
    int m_intervalMs;
    QElapsedTimer m_sinceRun;
    QTimer m_timer;
};

} // namespace dnd
