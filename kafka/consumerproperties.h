// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace dnd {

struct ConsumerOptions;

// The librdkafka properties ConsumerWorker sets on top of makeKafkaConf's,
// in order; `groupId` is the group positions are committed to. Some depend
// on the broker: the built-in broker gets a short fetch wait, a real one
// librdkafka's default.
QList<std::pair<QByteArray, QString>> consumerProperties(const ConsumerOptions &options,
                                                         const QString &groupId);

} // namespace dnd
