// SPDX-License-Identifier: MIT
#include "keyringresult.h"

#include <QCoreApplication>

namespace dnd {

QString keyringUnavailableText(const KeyringResult &result)
{
    const QString why = result.error.trimmed();
    if (why.isEmpty())
        return QCoreApplication::translate("dnd::Keyring", "no desktop keyring is available");
    return QCoreApplication::translate("dnd::Keyring", "no desktop keyring is available (%1)")
        .arg(why);
}

} // namespace dnd
