// SPDX-License-Identifier: MIT
#include "catchupprogress.h"

namespace dnd {

const CatchUpProgress::Figures &CatchUpProgress::update(const ConsumerStatus &status)
{
    const bool lagging = status.state == ConsumerState::Lagging && status.lag > 0;
    const double rate = status.messagesPerSecond;
    const double secondsLeft = rate > 0 ? double(status.lag) / rate : -1;
    if (!m_figures.active) {
        const bool worthShowing =
            lagging && status.lag >= MinBacklog && (secondsLeft < 0 || secondsLeft >= ShowSeconds);
        if (!worthShowing)
            return m_figures;
        m_start.clear();
        m_figures.active = true;
    } else if (!lagging || (secondsLeft >= 0 && secondsLeft < HideSeconds)) {
        reset();
        return m_figures;
    }

    bool movedBack = false;
    for (const PartitionStatus &partition : status.partitions) {
        const auto start = m_start.constFind(partition.partition);
        if (start != m_start.constEnd() && partition.position >= 0 && partition.position < *start)
            movedBack = true;
    }
    if (movedBack)
        m_start.clear(); // replayed: a new backlog from here
    qint64 read = 0;
    for (const PartitionStatus &partition : status.partitions) {
        if (partition.position < 0)
            continue; // not read yet: its lag is not known either
        // A partition first seen now starts counting from here.
        const qint64 start = *m_start.insert(
            partition.partition, m_start.value(partition.partition, partition.position));
        read += qMax<qint64>(0, partition.position - start);
    }
    m_figures.read = read;
    m_figures.backlog = read + status.lag;
    m_figures.secondsLeft = secondsLeft;
    return m_figures;
}

void CatchUpProgress::reset()
{
    m_start.clear();
    m_figures = Figures();
}

} // namespace dnd
