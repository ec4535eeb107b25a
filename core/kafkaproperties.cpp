// SPDX-License-Identifier: MIT
#include "kafkaproperties.h"

#include "configfile.h"
#include "settingvalidators.h"

namespace dnd {

namespace {

QString tr(const char *text)
{
    return settingsText(text);
}

// Properties the consumer's correctness or the app's own settings rest on:
// refused with the setting to use instead.
QString managedProperty(const QString &name)
{
    if (name == QLatin1String("bootstrap.servers") || name == QLatin1String("metadata.broker.list"))
        return QStringLiteral("--broker");
    if (name == QLatin1String("group.id"))
        return QStringLiteral("--group");
    if (name == QLatin1String("enable.auto.commit") ||
        name == QLatin1String("enable.auto.offset.store") ||
        name == QLatin1String("enable.partition.eof"))
        return QStringLiteral("-");
    return {};
}

// "key=value" -> what is wrong with it, empty when fine.
QString checkEntry(QStringView entry, QString *name, QString *value)
{
    const qsizetype eq = entry.indexOf(QLatin1Char('='));
    const QStringView key = eq > 0 ? entry.left(eq).trimmed() : QStringView();
    bool keyOk = !key.isEmpty();
    for (QChar c : key)
        keyOk = keyOk && (isAsciiLetterOrDigit(c) || c == QLatin1Char('.') ||
                          c == QLatin1Char('_') || c == QLatin1Char('-'));
    if (!keyOk)
        return tr("expected key=value, found %1").arg(quotedSettingValue(entry));
    *name = key.toString();
    *value = entry.mid(eq + 1).trimmed().toString();
    const QString instead = managedProperty(*name);
    if (instead == QLatin1String("-"))
        return tr("%1 is set by the app itself (its positions depend on it)").arg(*name);
    if (!instead.isEmpty())
        return tr("%1 is set by the app itself; use %2").arg(*name, instead);
    return {};
}

} // namespace

QString validateKafkaPropertyList(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > MaxKafkaProperties)
        return tr("has %1 entries; at most %2 are allowed")
            .arg(QString::number(lines.size()), QString::number(MaxKafkaProperties));
    for (const QString &line : lines) {
        QString name;
        QString value;
        if (const QString problem = checkEntry(line.trimmed(), &name, &value); !problem.isEmpty())
            return problem;
    }
    return {};
}

QList<KafkaProperty> parseKafkaPropertyList(const QString &text, const QString &origin)
{
    QList<KafkaProperty> properties;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        KafkaProperty property;
        if (checkEntry(line.trimmed(), &property.name, &property.value).isEmpty()) {
            property.origin = origin;
            properties.append(property);
        }
    }
    return properties;
}

bool readKafkaPropertiesFile(const QString &path, QList<KafkaProperty> *properties, QString *error)
{
    QString text;
    if (!readConfigFile(path, &text, error))
        return false;
    QStringList problems;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(path, QString::number(i + 1));
        KafkaProperty property;
        const QString problem = checkEntry(line, &property.name, &property.value);
        if (!problem.isEmpty()) {
            problems << where + QStringLiteral(": ") + problem;
            if (problems.size() >= 10)
                break;
            continue;
        }
        property.origin = where;
        properties->append(property);
        if (properties->size() > MaxKafkaProperties) {
            problems << tr("%1: more than %2 properties").arg(path).arg(MaxKafkaProperties);
            break;
        }
    }
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

} // namespace dnd
