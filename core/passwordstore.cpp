// SPDX-License-Identifier: MIT
#include "passwordstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace dnd {

namespace {

// --- Password obfuscation --------------------------------------------------
// This is OBFUSCATION, NOT ENCRYPTION. Debian 12's qtkeychain needs a running
// Secret Service or KWallet, which headless machines and CI do not have, so
// the password is XORed with a keystream derived (SHA-256) from a random
// per-installation key and a per-save nonce, then base64-encoded. The key is
// kept in a separate file (mode 0600), so the settings file alone does not
// reveal the password and it never appears in plain text there; anyone who
// can read both files can recover it.
constexpr int KeyBytes = 32;
constexpr int NonceBytes = 16;
constexpr char ObfuscationVersion = 1;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

QByteArray readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
    return key.size() == KeyBytes ? key : QByteArray();
}

QByteArray readOrCreateKey(const QString &path)
{
    QByteArray key = readKey(path);
    if (!key.isEmpty())
        return key;
    QDir().mkpath(QFileInfo(path).absolutePath());
    key = randomBytes(KeyBytes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key.toBase64());
    file.write("\n");
    if (!file.commit())
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return key;
}

QByteArray keystreamXor(const QByteArray &key, const QByteArray &nonce, QByteArray data)
{
    QByteArray block;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const qsizetype blockIndex = i / 32;
        if (i % 32 == 0) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(key);
            hash.addData(nonce);
            hash.addData(QByteArray::number(qlonglong(blockIndex)));
            block = hash.result();
        }
        data[i] = char(data[i] ^ block[i % 32]);
    }
    return data;
}

QString obfuscate(const QString &password, const QByteArray &key)
{
    const QByteArray nonce = randomBytes(NonceBytes);
    QByteArray out;
    out.append(ObfuscationVersion);
    out.append(nonce);
    out.append(keystreamXor(key, nonce, password.toUtf8()));
    return QString::fromLatin1(out.toBase64());
}

bool deobfuscate(const QString &stored, const QByteArray &key, QString *password)
{
    const QByteArray raw = QByteArray::fromBase64(stored.toLatin1());
    if (key.isEmpty() || raw.size() < 1 + NonceBytes || raw.at(0) != ObfuscationVersion)
        return false;
    const QByteArray nonce = raw.mid(1, NonceBytes);
    *password = QString::fromUtf8(keystreamXor(key, nonce, raw.mid(1 + NonceBytes)));
    return true;
}

} // namespace

QString passwordKeyFilePath(const QSettings &settings)
{
    const QString file = settings.fileName();
    if (QFileInfo(file).isAbsolute())
        return file + QStringLiteral(".key");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/password.key");
}

QString readSavedPassword(QSettings &settings)
{
    const QString key = QLatin1String(SavedPasswordKey);
    QString decoded;
    if (settings.contains(key) && deobfuscate(settings.value(key).toString(),
                                              readKey(passwordKeyFilePath(settings)), &decoded))
        return decoded;
    return {};
}

void savePassword(QSettings &settings, const QString &password)
{
    const QString passwordKey = QLatin1String(SavedPasswordKey);
    const QByteArray key =
        password.isEmpty() ? QByteArray() : readOrCreateKey(passwordKeyFilePath(settings));
    if (key.isEmpty())
        settings.remove(passwordKey); // never fall back to plain text
    else
        settings.setValue(passwordKey, obfuscate(password, key));
}

} // namespace dnd
