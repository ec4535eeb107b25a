// SPDX-License-Identifier: MIT
#include "preferences.h"

#include "settings.h"

#include <QCoreApplication>
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

QString tr(const char *text)
{
    return QCoreApplication::translate("dnd::AppPreferences", text);
}

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

// --- Reading helpers -------------------------------------------------------

QString nameOf(SettingKey key)
{
    return QString::fromLatin1(settingInfo(key).name);
}

QStringList splitList(const QVariant &value)
{
    QStringList items;
    const QStringList raw = value.typeId() == QMetaType::QStringList
                                ? value.toStringList()
                                : value.toString().split(QLatin1Char(','));
    for (const QString &item : raw) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

QString joinList(const QStringList &items)
{
    return items.join(QLatin1Char(','));
}

// core/settings.h's validators return fragments meant to follow the value's
// name ("is empty; ..."); under a field they read better as a sentence.
QString sentence(const QString &fragment)
{
    if (fragment.isEmpty())
        return fragment;
    QString text = fragment;
    for (const char *verb : {"is ", "has ", "must ", "contains "}) {
        if (text.startsWith(QLatin1String(verb))) {
            text = tr("This value %1").arg(text);
            break;
        }
    }
    text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

void readString(QSettings &settings, const QString &key, QString *target)
{
    if (settings.contains(key))
        *target = settings.value(key).toString();
}

} // namespace

std::optional<SettingKey> settingKeyForField(PreferenceField field)
{
    switch (field) {
    case PreferenceField::UseBuiltInBroker:
    case PreferenceField::Bootstrap:
        return SettingKey::Broker;
    case PreferenceField::Topic:
        return SettingKey::Topic;
    case PreferenceField::GroupId:
        return SettingKey::GroupId;
    case PreferenceField::StartFrom:
        return SettingKey::StartFrom;
    case PreferenceField::RefreshEvery:
        return SettingKey::RefreshEvery;
    case PreferenceField::TrackedPlayers:
        return SettingKey::TrackedPlayers;
    case PreferenceField::SimulatorMode:
        return SettingKey::Mode;
    case PreferenceField::SimulatorRate:
        return SettingKey::Rate;
    case PreferenceField::SimulatorSeed:
        return SettingKey::Seed;
    case PreferenceField::SimulatorPlayers:
        return SettingKey::Players;
    case PreferenceField::SecurityProtocol:
    case PreferenceField::SaslMechanism:
    case PreferenceField::Username:
    case PreferenceField::Password:
    case PreferenceField::CaFile:
    case PreferenceField::Theme:
        break;
    }
    return std::nullopt;
}

QString passwordKeyFilePath(const QSettings &settings)
{
    const QString file = settings.fileName();
    if (QFileInfo(file).isAbsolute())
        return file + QStringLiteral(".key");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/password.key");
}

bool AppPreferences::usesSasl() const
{
    return securityProtocol.startsWith(QLatin1String("SASL_"));
}

bool AppPreferences::usesSsl() const
{
    return securityProtocol == QLatin1String("SSL") ||
           securityProtocol == QLatin1String("SASL_SSL");
}

QStringList AppPreferences::securityProtocols()
{
    return {QStringLiteral("PLAINTEXT"), QStringLiteral("SSL"), QStringLiteral("SASL_PLAINTEXT"),
            QStringLiteral("SASL_SSL")};
}

QStringList AppPreferences::saslMechanisms()
{
    return {QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"),
            QStringLiteral("SCRAM-SHA-512")};
}

QStringList AppPreferences::themes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QStringList AppPreferences::startPositions()
{
    return {QStringLiteral("earliest"), QStringLiteral("latest"), QStringLiteral("committed")};
}

QStringList AppPreferences::simulatorModes()
{
    return {QStringLiteral("game"), QStringLiteral("random")};
}

void AppPreferences::load(QSettings &settings)
{
    const QString brokerKey = nameOf(SettingKey::Broker);
    readString(settings, QLatin1String(PreferenceKeys::ExternalBootstrap), &bootstrap);
    if (settings.contains(brokerKey)) {
        const QString broker = settings.value(brokerKey).toString().trimmed();
        useBuiltInBroker = broker.isEmpty();
        if (!broker.isEmpty())
            bootstrap = broker;
    }
    if (settings.contains(QLatin1String(PreferenceKeys::UseBuiltInBroker)))
        useBuiltInBroker = settings.value(QLatin1String(PreferenceKeys::UseBuiltInBroker)).toBool();

    readString(settings, nameOf(SettingKey::Topic), &topic);
    readString(settings, nameOf(SettingKey::GroupId), &groupId);
    readString(settings, nameOf(SettingKey::StartFrom), &startFrom);
    readString(settings, QLatin1String(PreferenceKeys::SecurityProtocol), &securityProtocol);
    readString(settings, QLatin1String(PreferenceKeys::SaslMechanism), &saslMechanism);
    readString(settings, QLatin1String(PreferenceKeys::Username), &username);
    readString(settings, QLatin1String(PreferenceKeys::CaFile), &caFile);

    const QString passwordKey = QLatin1String(PreferenceKeys::Password);
    if (settings.contains(passwordKey)) {
        QString decoded;
        if (deobfuscate(settings.value(passwordKey).toString(),
                        readKey(passwordKeyFilePath(settings)), &decoded))
            password = decoded;
    }

    bool ok = false;
    const QString refreshKey = nameOf(SettingKey::RefreshEvery);
    if (settings.contains(refreshKey)) {
        const int value = settings.value(refreshKey).toString().toInt(&ok);
        if (ok)
            refreshEvery = value;
    }
    const QString trackedKey = nameOf(SettingKey::TrackedPlayers);
    if (settings.contains(trackedKey))
        trackedPlayers = splitList(settings.value(trackedKey));
    readString(settings, QLatin1String(PreferenceKeys::Theme), &theme);

    readString(settings, nameOf(SettingKey::Mode), &simulatorMode);
    const QString rateKey = nameOf(SettingKey::Rate);
    if (settings.contains(rateKey)) {
        const double value = settings.value(rateKey).toString().toDouble(&ok);
        if (ok)
            simulatorRate = value;
    }
    const QString seedKey = nameOf(SettingKey::Seed);
    if (settings.contains(seedKey)) {
        const quint64 value = settings.value(seedKey).toString().toULongLong(&ok);
        if (ok)
            simulatorSeed = value;
    }
    const QString playersKey = nameOf(SettingKey::Players);
    if (settings.contains(playersKey))
        simulatorPlayers = splitList(settings.value(playersKey));
}

void AppPreferences::save(QSettings &settings) const
{
    // Overlapping values are written as strings under SettingInfo::name, the
    // way core/settings.h's readPreferences() expects them.
    settings.setValue(nameOf(SettingKey::Broker), effectiveBroker());
    settings.setValue(QLatin1String(PreferenceKeys::UseBuiltInBroker), useBuiltInBroker);
    settings.setValue(QLatin1String(PreferenceKeys::ExternalBootstrap), bootstrap);
    settings.setValue(nameOf(SettingKey::Topic), topic);
    settings.setValue(nameOf(SettingKey::GroupId), groupId);
    settings.setValue(nameOf(SettingKey::StartFrom), startFrom);
    settings.setValue(QLatin1String(PreferenceKeys::SecurityProtocol), securityProtocol);
    settings.setValue(QLatin1String(PreferenceKeys::SaslMechanism), saslMechanism);
    settings.setValue(QLatin1String(PreferenceKeys::Username), username);
    settings.setValue(QLatin1String(PreferenceKeys::CaFile), caFile);

    const QString passwordKey = QLatin1String(PreferenceKeys::Password);
    const QByteArray key =
        password.isEmpty() ? QByteArray() : readOrCreateKey(passwordKeyFilePath(settings));
    if (key.isEmpty())
        settings.remove(passwordKey); // never fall back to plain text
    else
        settings.setValue(passwordKey, obfuscate(password, key));

    settings.setValue(nameOf(SettingKey::RefreshEvery), QString::number(refreshEvery));
    settings.setValue(nameOf(SettingKey::TrackedPlayers), joinList(trackedPlayers));
    settings.setValue(QLatin1String(PreferenceKeys::Theme), theme);

    settings.setValue(nameOf(SettingKey::Mode), simulatorMode);
    settings.setValue(nameOf(SettingKey::Rate), QString::number(simulatorRate, 'g', 12));
    settings.setValue(nameOf(SettingKey::Seed), QString::number(simulatorSeed));
    settings.setValue(nameOf(SettingKey::Players), joinList(simulatorPlayers));
}

QString AppPreferences::validateField(PreferenceField field) const
{
    switch (field) {
    case PreferenceField::UseBuiltInBroker:
        return {};
    case PreferenceField::Bootstrap:
        if (useBuiltInBroker)
            return {};
        if (bootstrap.trimmed().isEmpty())
            return tr("Enter at least one broker as host:port, or use the built-in broker.");
        return sentence(validateBootstrapList(bootstrap));
    case PreferenceField::Topic:
        return sentence(validateTopicName(topic));
    case PreferenceField::GroupId:
        if (groupId.size() > 255)
            return tr("A group id is at most 255 characters long.");
        if (groupId != groupId.trimmed())
            return tr("A group id must not start or end with spaces.");
        return {};
    case PreferenceField::StartFrom:
        return sentence(validateStartFrom(startFrom));
    case PreferenceField::SecurityProtocol:
        if (!securityProtocols().contains(securityProtocol))
            return tr("Choose one of %1.").arg(securityProtocols().join(QStringLiteral(", ")));
        return {};
    case PreferenceField::SaslMechanism:
        if (usesSasl() && !saslMechanisms().contains(saslMechanism))
            return tr("Choose one of %1.").arg(saslMechanisms().join(QStringLiteral(", ")));
        return {};
    case PreferenceField::Username:
        if (usesSasl() && username.trimmed().isEmpty())
            return tr("SASL needs a user name.");
        return {};
    case PreferenceField::Password:
        if (usesSasl() && password.isEmpty())
            return tr("SASL needs a password.");
        return {};
    case PreferenceField::CaFile:
        if (caFile.isEmpty() || !usesSsl())
            return {};
        if (!QFileInfo(caFile).isFile())
            return tr("No such file: %1").arg(caFile);
        if (!QFileInfo(caFile).isReadable())
            return tr("The file cannot be read: %1").arg(caFile);
        return {};
    case PreferenceField::RefreshEvery:
        return sentence(validateRefreshEvery(QString::number(refreshEvery)));
    case PreferenceField::TrackedPlayers:
        // No tracked players is a valid choice: the overview still shows all.
        return trackedPlayers.isEmpty() ? QString()
                                        : sentence(validatePlayerList(joinList(trackedPlayers)));
    case PreferenceField::Theme:
        if (!themes().contains(theme))
            return tr("Choose one of %1.").arg(themes().join(QStringLiteral(", ")));
        return {};
    case PreferenceField::SimulatorMode:
        return sentence(validateMode(simulatorMode));
    case PreferenceField::SimulatorRate:
        if (!(simulatorRate >= MinSimulatorRate && simulatorRate <= MaxSimulatorRate))
            return tr("Choose between %1 and %2 events per second.")
                .arg(MinSimulatorRate)
                .arg(MaxSimulatorRate, 0, 'f', 0);
        return {};
    case PreferenceField::SimulatorSeed:
        return {};
    case PreferenceField::SimulatorPlayers:
        if (simulatorPlayers.isEmpty())
            return tr("Add at least one player.");
        return sentence(validatePlayerList(joinList(simulatorPlayers)));
    }
    return {};
}

QVector<PreferenceError> AppPreferences::validate() const
{
    QVector<PreferenceError> errors;
    for (int i = 0; i < PreferenceFieldCount; ++i) {
        const auto field = PreferenceField(i);
        QString message = validateField(field);
        if (!message.isEmpty())
            errors.append({field, std::move(message)});
    }
    return errors;
}

} // namespace dnd
