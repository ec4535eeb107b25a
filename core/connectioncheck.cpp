// SPDX-License-Identifier: MIT
// The checks of settingschema.h that need more than one value: what a
// connection to an external cluster lacks (a SASL password, a readable CA
// file), said before connecting instead of failing or downgrading later.
#include "resolvedsettings.h"
#include "settingschema.h"
#include "settingvalidators.h"
#include "settingvalues.h"

#include <QFileInfo>

namespace dnd {

namespace {

QString tr(const char *text)
{
    return settingsText(text);
}

// Empty when `file` is a readable regular file, else why not.
QString fileProblem(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return tr("no such file: %1").arg(quotedSettingValue(file));
    if (!info.isFile())
        return tr("%1 is not a regular file").arg(quotedSettingValue(file));
    if (!info.isReadable())
        return tr("the file %1 cannot be read (permission denied)").arg(quotedSettingValue(file));
    return {};
}

} // namespace

QString checkSettingInContext(SettingKey key, const SettingValues &values)
{
    switch (key) {
    case SettingKey::Username:
        if (values.usesSasl() && values.username().trimmed().isEmpty())
            return tr("%1 needs a user name").arg(values.securityProtocol());
        break;
    case SettingKey::Password:
        if (values.usesSasl() && values.password().isEmpty())
            return tr("%1 needs a password").arg(values.securityProtocol());
        break;
    case SettingKey::CaFile:
    case SettingKey::CertFile:
    case SettingKey::KeyFile: {
        const QString file = values.value(key);
        if (!values.usesSsl())
            break; // not used: kept for when the protocol comes back to SSL
        if (!file.isEmpty())
            return fileProblem(file);
        // A certificate without its key (or the other way round) cannot be
        // presented: refused rather than connecting without mTLS.
        if (key == SettingKey::KeyFile && !values.certFile().isEmpty())
            return tr("the client certificate needs its private key file");
        if (key == SettingKey::CertFile && !values.keyFile().isEmpty())
            return tr("the client key needs its certificate file");
        break;
    }
    default:
        break;
    }
    return {};
}

QString connectionProblem(const SettingValues &values, const ResolvedSettings *resolved)
{
    if (values.usesBuiltInBroker())
        return {};
    QStringList problems;
    for (SettingKey key : {SettingKey::Username, SettingKey::Password, SettingKey::CaFile,
                           SettingKey::CertFile, SettingKey::KeyFile}) {
        const QString problem = checkSettingInContext(key, values);
        if (problem.isEmpty())
            continue;
        const SettingInfo &info = settingInfo(key);
        QString line = QStringLiteral("%1: %2").arg(QLatin1String(info.name), problem);
        if (info.flags & SettingFlag::Secret) {
            line += key == SettingKey::Password
                        ? tr("; set %1, use --password-file FILE or save it in the preferences "
                             "(desktop keyring)")
                              .arg(QLatin1String(info.envVar))
                        : tr("; set %1 or save it in the preferences (desktop keyring)")
                              .arg(QLatin1String(info.envVar));
        } else if (resolved && !values.value(key).isEmpty()) {
            line += tr(" (from %1)").arg(settingOriginDescription(key, resolved->value(key)));
        }
        problems << line;
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace dnd
