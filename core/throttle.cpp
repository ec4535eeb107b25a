// SPDX-License-Identifier: MIT
#include "throttle.h"

namespace dnd {

Throttle::Throttle(int intervalMs, QObject *parent) : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Throttle::due);
}

void Throttle::request()
{
    const qint64 elapsed = m_sinceRun.isValid() ? m_sinceRun.elapsed() : -1;
    if (elapsed < 0 || elapsed >= m_intervalMs) {
        m_timer.stop();
        Q_EMIT due();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start(int(m_intervalMs - elapsed));
}

void Throttle::ran()
{
    m_sinceRun.start();
    m_timer.stop();
}

void Throttle::cancel()
{
    m_timer.stop();
}

} // namespace dnd
