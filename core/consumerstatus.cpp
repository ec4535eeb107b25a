// SPDX-License-Identifier: MIT
#include "consumerstatus.h"

#include <QCoreApplication>

#include <limits>

namespace dnd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dnd::ConsumerStatus)
};

QString stateText(const ConsumerStatus &status)
{
    switch (status.state) {
    case ConsumerState::Stopped:
        return Text::tr("stopped");
    case ConsumerState::Connecting:
        return Text::tr("connecting");
    case ConsumerState::Connected:
        return Text::tr("connected");
    case ConsumerState::CaughtUp:
        return Text::tr("caught up");
    case ConsumerState::Lagging:
        return Text::tr("lagging by %1").arg(status.lag);
    case ConsumerState::BrokerDown:
        if (status.reason.isEmpty())
            return Text::tr("broker unreachable");
        return Text::tr("broker unreachable: %1").arg(status.reason);
    }
    return {};
}

} // namespace

QString consumerStateText(const ConsumerStatus &status)
{
    QString text = stateText(status);
    if (status.lost > 0 && status.state != ConsumerState::Stopped) {
        text += Text::tr("; %n event(s) gone from the broker before they were read", nullptr,
                         int(qMin<qint64>(status.lost, std::numeric_limits<int>::max())));
    }
    return text;
}

} // namespace dnd
