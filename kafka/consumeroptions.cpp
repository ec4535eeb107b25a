// SPDX-License-Identifier: MIT
#include "consumeroptions.h"

namespace dnd {

QString startFromName(StartFrom from)
{
    switch (from) {
    case StartFrom::Earliest:
        return QStringLiteral("earliest");
    case StartFrom::Latest:
        return QStringLiteral("latest");
    case StartFrom::Committed:
        return QStringLiteral("committed");
    }
    return {};
}

bool parseStartFrom(const QString &text, StartFrom *from)
{
    const QString name = text.trimmed().toLower();
    for (const StartFrom candidate :
         {StartFrom::Earliest, StartFrom::Latest, StartFrom::Committed}) {
        if (name == startFromName(candidate)) {
            if (from)
                *from = candidate;
            return true;
        }
    }
    return false;
}

} // namespace dnd
