// SPDX-License-Identifier: MIT
#include "defaultgroupid.h"

#include <QSettings>
#include <QUuid>

namespace dnd {

QString defaultGroupId()
{
    // Created once per installation: two dashboards on two machines are two
    // groups, so each sees every event.
    static const QString key = QStringLiteral("kafka/defaultGroupId");
    QSettings settings;
    QString id = settings.value(key).toString();
    if (id.isEmpty()) {
        id = QStringLiteral("dnd-tracker-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(key, id);
    }
    return id;
}

} // namespace dnd
