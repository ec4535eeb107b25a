// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace dnd {

// Kafka's own limit for a group id; the dialog's field stops there too.
inline constexpr qsizetype MaxGroupIdLength = 255;
// The longest bootstrap list accepted (librdkafka runs a thread per entry).
inline constexpr qsizetype MaxBootstrapServers = 256;

// The validators the schema (settingschema.cpp) names: empty string = valid,
// otherwise what is wrong (without naming the value or its source).
QString validateBootstrapList(const QString &text); // host:port[,host:port...]
QString validateTopicName(const QString &text);     // Kafka's rules
QString validateGroupId(const QString &text);       // at most 255, no control characters
QString validateUsername(const QString &text);      // no control characters
QString validatePositiveNumber(const QString &text);
QString validateRefreshEvery(const QString &text); // integer 1..1000
QString validateStartFrom(const QString &text);    // see parseStartFrom()
QString validateSeed(const QString &text);
QString validateBrokerTimeout(const QString &text); // whole seconds 0..86400
QString validateArchiveFile(const QString &text);   // a file's path, not a folder
QString validatePlayerList(const QString &text);

// For messages about settings: the translation context they share, and a
// value in quotes with control characters made visible, so a stray tab or
// escape sequence cannot hide what is wrong.
// A value is quoted with at most MaxQuotedCharacters of it: a 10 MB value
// read by mistake must not become 10 MB of messages.
inline constexpr qsizetype MaxQuotedCharacters = 200;
QString settingsText(const char *text);
QString quotedSettingValue(QStringView text);
// The text cut to MaxQuotedCharacters, "…" and its length when longer.
QString elidedSettingText(QStringView text);
// Comma-separated list, each entry trimmed (rosters, tracked players).
QStringList splitSettingList(const QString &text);
bool isAsciiLetterOrDigit(QChar c);

} // namespace dnd
