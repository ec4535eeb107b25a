// SPDX-License-Identifier: MIT
#pragma once

#include "settingschema.h"

#include <QMap>
#include <QString>

class QSettings;

namespace dnd {

class SettingValues;

// The one reader and writer of saved settings: every value of the schema
// that has a QSettings key. Secrets (SettingFlag::Secret) are never read
// from or written to QSettings: they live in the desktop keyring (secrets/).
// The resolver's "preferences" source is what read() returns, so a value
// the dialog saved is exactly what the next run resolves.
class SettingsStore
{
public:
    explicit SettingsStore(QSettings &settings) : m_settings(settings) {}

    // Every saved value (absent keys are not in the map). A value that
    // QSettings parsed as a list (players=Stravos, Wurs in a hand-edited
    // file) is joined by ",".
    QMap<SettingKey, QString> read() const;
    // Saves one value; settings without a home in the store are ignored.
    void write(SettingKey key, const QString &value);
    // Saves every value that has a home in the store.
    void write(const SettingValues &values);

private:
    QSettings &m_settings;
};

} // namespace dnd
