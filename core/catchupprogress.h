// SPDX-License-Identifier: MIT
#pragma once

#include "consumerstatus.h"

#include <QHash>

namespace dnd {

// The status bar's progress while the consumer works through a backlog
// (catching up after a start or a pause, or replaying from the beginning):
// how much of it is read, out of how much, and the time left at the
// current rate. Fed with each ConsumerStatus.
//
// A catch-up starts when the consumer lags by at least MinBacklog messages
// and by at least ShowSeconds at its current rate (or its rate is not known
// yet), so a live stream read a few milliseconds behind never shows a bar.
// It ends when the consumer no longer lags, or less than HideSeconds are
// left. Read = offsets moved past since the catch-up started (per
// partition, from the positions then); backlog = read + the current lag,
// so messages produced meanwhile join the backlog. A position that moves
// back (a replay) starts the count again.
class CatchUpProgress
{
public:
    static constexpr qint64 MinBacklog = 100;
    static constexpr double ShowSeconds = 1.0;
    static constexpr double HideSeconds = 0.25;

    struct Figures
    {
        bool active = false;
        qint64 read = 0;
        qint64 backlog = 0;      // read + still to read
        double secondsLeft = -1; // -1: not known (no rate yet)
    };

    const Figures &update(const ConsumerStatus &status);
    const Figures &figures() const { return m_figures; }
    void reset();

private:
    QHash<qint32, qint64> m_start; // position of each partition at the start
    Figures m_figures;
};

} // namespace dnd
