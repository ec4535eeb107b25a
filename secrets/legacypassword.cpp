// SPDX-License-Identifier: MIT
#include "legacypassword.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

namespace dnd {

namespace {

// The old format: base64 of version byte 1, a 16-byte nonce, and the UTF-8
// password XORed with SHA-256(key + nonce + block index) blocks.
constexpr int KeyBytes = 32;
constexpr int NonceBytes = 16;
constexpr char ObfuscationVersion = 1;

QByteArray readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
    return key.size() == KeyBytes ? key : QByteArray();
}

QByteArray keystreamXor(const QByteArray &key, const QByteArray &nonce, QByteArray data)
{
    QByteArray block;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (i % 32 == 0) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(key);
            hash.addData(nonce);
            hash.addData(QByteArray::number(qlonglong(i / 32)));
            block = hash.result();
        }
        data[i] = char(data[i] ^ block[i % 32]);
    }
    return data;
}

} // namespace

QString legacyPasswordKeyFilePath(const QSettings &settings)
{
    const QString file = settings.fileName();
    if (QFileInfo(file).isAbsolute())
        return file + QStringLiteral(".key");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/password.key");
}

bool hasLegacyPassword(const QSettings &settings)
{
    return settings.contains(QLatin1String(LegacyPasswordSettingsKey));
}

QString readLegacyPassword(const QSettings &settings)
{
    const QByteArray key = readKey(legacyPasswordKeyFilePath(settings));
    const QByteArray raw = QByteArray::fromBase64(
        settings.value(QLatin1String(LegacyPasswordSettingsKey)).toString().toLatin1());
    if (key.isEmpty() || raw.size() < 1 + NonceBytes || raw.at(0) != ObfuscationVersion)
        return {};
    return QString::fromUtf8(keystreamXor(key, raw.mid(1, NonceBytes), raw.mid(1 + NonceBytes)));
}

bool removeLegacyPassword(QSettings &settings, QString *error)
{
    settings.remove(QLatin1String(LegacyPasswordSettingsKey));
    settings.sync();
    QFile keyFile(legacyPasswordKeyFilePath(settings));
    if (!keyFile.exists() || keyFile.remove())
        return true;
    if (error)
        *error = keyFile.errorString();
    return false;
}

QString legacyObfuscate(const QString &password, const QByteArray &key)
{
    QByteArray nonce(NonceBytes, Qt::Uninitialized);
    for (char &byte : nonce)
        byte = char(QRandomGenerator::global()->bounded(256));
    QByteArray out;
    out.append(ObfuscationVersion);
    out.append(nonce);
    out.append(keystreamXor(key, nonce, password.toUtf8()));
    return QString::fromLatin1(out.toBase64());
}

} // namespace dnd
