// SPDX-License-Identifier: MIT
#include "icons.h"

#include <QFile>

namespace dnd {

QIcon themedIcon(const QString &name)
{
    const QString bundled = QStringLiteral(":/icons/actions/%1.svg").arg(name);
    return QIcon::fromTheme(name, QFile::exists(bundled) ? QIcon(bundled) : QIcon());
}

} // namespace dnd
