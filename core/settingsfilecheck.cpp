// SPDX-License-Identifier: MIT
#include "settingsfilecheck.h"

#include "settingvalidators.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace dnd {

QString setAsideUnreadableSettings(const QSettings &settings)
{
    // QSettings parses an INI section only when a key is asked for: ask for
    // all of them, or a bad line inside a section goes unnoticed.
    [[maybe_unused]] const QStringList keys = settings.allKeys();
    if (settings.status() != QSettings::FormatError)
        return {};
    const QString path = settings.fileName();
    const QString copy = path + QStringLiteral(".bad");
    QFile::remove(copy);
    // Renamed rather than copied: the next start must not find it again.
    if (!QFile::rename(path, copy)) {
        return QCoreApplication::translate(
                   "dnd", "The settings file %1 could not be read, nor moved aside; the "
                          "preferences start from their defaults for this run.")
            .arg(path);
    }
    return QCoreApplication::translate(
               "dnd", "The settings file %1 could not be read; it was kept as %2 and the "
                      "preferences start from their defaults.")
        .arg(path, copy);
}

void makeSettingsFilePrivate(const QSettings &settings)
{
    const QString path = settings.fileName();
    if (!QFileInfo(path).isAbsolute())
        return;
    constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        // Created with the mode at once: never readable by others, not even
        // for a moment.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
            file.close();
        return;
    }
    QFile::setPermissions(path, OwnerOnly);
}

void syncSettingsPrivately(QSettings &settings)
{
    settings.sync();
    makeSettingsFilePrivate(settings);
}

} // namespace dnd
