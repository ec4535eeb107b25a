// SPDX-License-Identifier: MIT
#pragma once

#include "eventbatch.h"

namespace dnd {

// `--max-events N` of the headless runner: lets through at most N messages
// (accepted plus rejected) of the batches it is given. The batch that
// crosses the limit is cut to a prefix of each partition (by offset, the
// partitions in the batch's order), so everything below the position
// committed for a partition was counted and nothing above it was.
class MessageLimit
{
public:
    explicit MessageLimit(quint64 messages = 0); // 0 = no limit

    // What of `batch` is to be counted: all of it, a cut prefix, or nothing
    // once the limit was reached.
    EventBatch admit(const EventBatch &batch);
    bool isReached() const { return m_limit > 0 && m_admitted >= m_limit; }
    quint64 admitted() const { return m_admitted; }

private:
    quint64 m_limit;
    quint64 m_admitted = 0;
};

} // namespace dnd
