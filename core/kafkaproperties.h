// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace dnd {

// One librdkafka property a user gave (kcat's -X key=value), and where it
// came from for messages ("command-line flag -X", "/path/client.properties:3").
struct KafkaProperty
{
    QString name;
    QString value;
    QString origin;

    bool operator==(const KafkaProperty &) const = default;
};

// The most properties one source may hold (librdkafka has about 200).
inline constexpr qsizetype MaxKafkaProperties = 500;

// The kafka-properties setting: "key=value" entries, one a line. Context-free
// check of the syntax and of the properties the app sets itself; librdkafka
// judges names and values (checkKafkaProperties() in the kafka layer).
QString validateKafkaPropertyList(const QString &text);
// The entries of a valid list, each with `origin`.
QList<KafkaProperty> parseKafkaPropertyList(const QString &text, const QString &origin);

// A properties file as kcat -F reads it: key=value lines, # comments, read
// like .env (readConfigFile: a regular file of at most 1 MiB). False and
// *error (path:line: what) on an unreadable file or a bad line.
bool readKafkaPropertiesFile(const QString &path, QList<KafkaProperty> *properties, QString *error);

} // namespace dnd
