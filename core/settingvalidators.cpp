// SPDX-License-Identifier: MIT
// Validation of setting values: one function a value kind, named by the
// schema (settingschema.cpp), which the resolver and the dialog both use.
#include "settingvalidators.h"

#include "codec.h"
#include "startposition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>

namespace dnd {

QString settingsText(const char *text)
{
    // The local tr() helpers call this; lupdate files tr() outside a class
    // under "dnd".
    return QCoreApplication::translate("dnd", text);
}

namespace {

// " (10000 characters)": after a value cut for a message.
QString lengthNote(qsizetype size)
{
    // The count apart: lupdate 6.4 hangs on a call in translate()'s arguments.
    const int characters = int(qMin<qsizetype>(size, INT_MAX));
    return QCoreApplication::translate("dnd::Settings", " (%n characters)", nullptr, characters);
}

} // namespace

// Values are quoted in messages with control characters made visible, so a
// stray tab or escape sequence cannot hide what is wrong.
QString quotedSettingValue(QStringView text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text.left(MaxQuotedCharacters)) {
        if (c.category() == QChar::Other_Control)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() <= MaxQuotedCharacters)
        return out + QLatin1Char('"');
    return out + QChar(0x2026) + QLatin1Char('"') + lengthNote(text.size());
}

QString elidedSettingText(QStringView text)
{
    if (text.size() <= MaxQuotedCharacters)
        return text.toString();
    return text.left(MaxQuotedCharacters) + QChar(0x2026) + lengthNote(text.size());
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

QStringList splitSettingList(const QString &text)
{
    QStringList names = text.split(QLatin1Char(','));
    for (QString &name : names)
        name = name.trimmed();
    return names;
}

namespace {

QString tr(const char *text)
{
    return settingsText(text);
}

QString quoted(QStringView text)
{
    return quotedSettingValue(text);
}

bool hasControlCharacters(QStringView text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString validatePort(QStringView entry, QStringView port)
{
    if (port.isEmpty())
        return tr("%1 has no port; expected host:port").arg(quoted(entry));
    if (!isDigits(port))
        return tr("port %1 is not a number").arg(quoted(port));
    // Digits only, so a failed conversion can only mean "too large".
    bool ok = false;
    const qulonglong value = port.toULongLong(&ok);
    if (!ok || value < 1 || value > 65535)
        return tr("port %1 is outside 1-65535").arg(elidedSettingText(port));
    return {};
}

QString validateBootstrapEntry(QStringView entry)
{
    QStringView rest = entry;
    // librdkafka accepts an optional protocol prefix, e.g. PLAINTEXT://host:9092.
    const qsizetype scheme = rest.indexOf(QLatin1String("://"));
    if (scheme > 0)
        rest = rest.mid(scheme + 3);
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return tr("%1 has an unclosed [ in its IPv6 address").arg(quoted(entry));
        const QStringView host = rest.mid(1, close - 1);
        if (host.isEmpty())
            return tr("%1 has an empty host").arg(quoted(entry));
        // Qt's parser, not ours: "[:::::]" is no address; a zone (interface)
        // name after % as in fe80::1%eth0 is.
        QHostAddress address;
        if (!address.setAddress(host.toString()) ||
            address.protocol() != QAbstractSocket::IPv6Protocol)
            return tr("%1 is not an IPv6 address").arg(quoted(host));
        const QStringView after = rest.mid(close + 1);
        if (!after.startsWith(QLatin1Char(':')))
            return tr("%1 has no port; expected [address]:port").arg(quoted(entry));
        return validatePort(entry, after.mid(1));
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return tr("%1 has no port; expected host:port").arg(quoted(entry));
    const QStringView host = rest.left(colon);
    if (host.isEmpty())
        return tr("%1 has an empty host").arg(quoted(entry));
    if (host.contains(QLatin1Char(':')))
        return tr("%1: an IPv6 address needs brackets, e.g. [::1]:9092").arg(quoted(entry));
    for (QChar c : host) {
        if (!isAsciiLetterOrDigit(c) && c != QLatin1Char('.') && c != QLatin1Char('-') &&
            c != QLatin1Char('_'))
            return tr("host %1 contains %2").arg(quoted(host), quoted(QString(c)));
    }
    return validatePort(entry, rest.mid(colon + 1));
}

} // namespace

QString validateGroupId(const QString &text)
{
    if (text.size() > MaxGroupIdLength)
        return tr("is %1 characters long; at most %2 are allowed")
            .arg(QString::number(text.size()), QString::number(MaxGroupIdLength));
    if (text != text.trimmed())
        return tr("starts or ends with spaces");
    if (hasControlCharacters(text))
        return tr("contains control characters");
    return {};
}

QString validateUsername(const QString &text)
{
    if (hasControlCharacters(text))
        return tr("contains control characters");
    return {};
}

QString validateBootstrapList(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("is empty; expected host:port[,host:port...]");
    // librdkafka starts a thread per bootstrap server: 10,000 entries meant
    // 10,000 threads. A real cluster needs a handful to be found.
    const qsizetype entries = text.count(QLatin1Char(',')) + 1;
    if (entries > MaxBootstrapServers)
        return tr("has %1 entries; at most %2 bootstrap servers are allowed")
            .arg(QString::number(entries), QString::number(MaxBootstrapServers));
    for (QStringView entry : QStringView(text).split(QLatin1Char(','))) {
        entry = entry.trimmed();
        if (entry.isEmpty())
            return tr("has an empty entry; expected host:port[,host:port...]");
        const QString problem = validateBootstrapEntry(entry);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString validateTopicName(const QString &text)
{
    if (text.isEmpty())
        return tr("is empty; a topic name needs 1 to 249 characters");
    if (text.size() > 249)
        return tr("is %1 characters long; at most 249 are allowed").arg(text.size());
    if (text == QLatin1String(".") || text == QLatin1String(".."))
        return tr("\".\" and \"..\" are not allowed as topic names");
    for (QChar c : text) {
        if (!isAsciiLetterOrDigit(c) && c != QLatin1Char('.') && c != QLatin1Char('_') &&
            c != QLatin1Char('-'))
            return tr("contains %1; only a-z, A-Z, 0-9, \".\", \"_\" and \"-\" are allowed")
                .arg(quoted(QString(c)));
    }
    return {};
}

QString validatePositiveNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return tr("is not a number");
    if (!std::isfinite(value))
        return tr("is not a finite number");
    if (value <= 0)
        return tr("must be greater than 0");
    return {};
}

QString validateRefreshEvery(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || !isDigits(QStringView(text).mid(text.startsWith(QLatin1Char('-')) ? 1 : 0)))
        return tr("is not a whole number");
    if (value < 1 || value > 1000)
        return tr("must be between 1 and 1000");
    return {};
}

QString validateStartFrom(const QString &text)
{
    if (parseStartFrom(text, nullptr))
        return {};
    return tr("must be resume, earliest, latest, committed, today, a local date and time "
              "(2026-12-02T19:00) or a time back from now (-2h, -30m, -1d)");
}

QString validateSeed(const QString &text)
{
    bool ok = false;
    text.toULongLong(&ok);
    if (!ok || !isDigits(text))
        return tr("must be a whole number from 0 to 18446744073709551615");
    return {};
}

QString validateBrokerTimeout(const QString &text)
{
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    if (!ok || !isDigits(text) || value > 86400)
        return tr("must be a whole number of seconds from 0 (keep retrying) to 86400");
    return {};
}

QString validateArchiveFile(const QString &text)
{
    if (hasControlCharacters(text))
        return tr("contains control characters");
    if (QFileInfo(text).isDir())
        return tr("is a folder; name a file in it, e.g. %1")
            .arg(QDir(text).filePath(QStringLiteral("campaign.sqlite")));
    return {};
}

QString validatePlayerList(const QString &text)
{
    const QStringList names = splitSettingList(text);
    if (names.size() == 1 && names.first().isEmpty())
        return tr("must name at least one player");
    QStringList seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        if (name.isEmpty())
            return tr("player %1 has an empty name").arg(i + 1);
        if (name.size() > MaxPlayerNameLength)
            return tr("player name %1 is longer than %2 characters")
                .arg(quoted(name), QString::number(MaxPlayerNameLength));
        if (hasControlCharacters(name))
            return tr("player name %1 contains control characters").arg(quoted(name));
        if (seen.contains(name))
            return tr("player %1 is listed twice").arg(quoted(name));
        seen << name;
    }
    return {};
}

} // namespace dnd
