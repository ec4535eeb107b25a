// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QVector>

namespace dnd {

// One partition as the consumer sees it, for the Stream tab's table and
// lag chart. Measured on the consumer thread when it reports its status
// (at most a few times a second), never per message.
struct PartitionStatus
{
    qint32 partition = 0;
    // Next offset to read in this session; -1 before the first message.
    qint64 position = -1;
    // The partition's end (high watermark) at the last update; -1 unknown.
    qint64 end = -1;
    qint64 lag = 0; // messages between position and end
    // Offsets read per second between the last two updates (accepted,
    // rejected and skipped messages alike).
    double messagesPerSecond = 0;

    friend bool operator==(const PartitionStatus &, const PartitionStatus &) = default;
};

using PartitionStatusList = QVector<PartitionStatus>;

} // namespace dnd

Q_DECLARE_METATYPE(dnd::PartitionStatus)
