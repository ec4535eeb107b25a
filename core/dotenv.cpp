// SPDX-License-Identifier: MIT
#include "dotenv.h"

#include "configfile.h"
#include "resolvedsettings.h"
#include "settingvalidators.h"

#include <QFileInfo>

namespace dnd {

namespace {

QString tr(const char *text)
{
    return settingsText(text);
}

QString quoted(QStringView text)
{
    return quotedSettingValue(text);
}

// A file of a million bad lines is not worth a million lines of messages.
constexpr int MaxReportedLines = 10;

} // namespace

bool readDotEnv(const QString &path, SettingInputs *inputs, QString *error)
{
    if (!QFileInfo::exists(path))
        return true;
    QString text;
    if (!readConfigFile(path, &text, error))
        return false;
    inputs->dotEnvPath = path;

    QStringList problems;
    int badLines = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        auto bad = [&](const QString &what) {
            ++badLines;
            if (problems.size() < MaxReportedLines)
                problems
                    << QStringLiteral("%1:%2: %3").arg(path, QString::number(lineNumber), what);
        };
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = line.left(eq).trimmed();
        bool keyOk = eq > 0 && !key.isEmpty() && !key.at(0).isDigit();
        for (QChar c : key)
            keyOk = keyOk && (isAsciiLetterOrDigit(c) || c == QLatin1Char('_'));
        if (!keyOk) {
            bad(tr("expected KEY=VALUE, found %1").arg(quoted(line)));
            continue;
        }
        QString value = line.mid(eq + 1).trimmed();
        if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) {
            const QChar quote = value.at(0);
            QString unquoted;
            qsizetype pos = 1;
            bool closed = false;
            for (; pos < value.size(); ++pos) {
                const QChar c = value.at(pos);
                if (c == quote) {
                    closed = true;
                    break;
                }
                // Double quotes know the usual escapes; single quotes are literal.
                if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && pos + 1 < value.size()) {
                    const QChar n = value.at(++pos);
                    if (n == QLatin1Char('n'))
                        unquoted += QLatin1Char('\n');
                    else if (n == QLatin1Char('t'))
                        unquoted += QLatin1Char('\t');
                    else if (n == QLatin1Char('"') || n == QLatin1Char('\\'))
                        unquoted += n;
                    else
                        unquoted += QLatin1Char('\\') + QString(n);
                    continue;
                }
                unquoted += c;
            }
            const QString after = closed ? value.mid(pos + 1).trimmed() : QString();
            if (!closed) {
                bad(tr("%1 has no closing %2").arg(elidedSettingText(key), QString(quote)));
                continue;
            }
            if (!after.isEmpty() && !after.startsWith(QLatin1Char('#'))) {
                bad(tr("unexpected text after the closing quote of %1")
                        .arg(elidedSettingText(key)));
                continue;
            }
            value = unquoted;
        } else {
            // As in python-dotenv, " #" starts a comment in an unquoted value.
            for (qsizetype pos = 1; pos < value.size(); ++pos) {
                if (value.at(pos) == QLatin1Char('#') && value.at(pos - 1).isSpace()) {
                    value = value.left(pos).trimmed();
                    break;
                }
            }
        }
        inputs->dotEnv.insert(key, value);
        inputs->dotEnvLines.insert(key, lineNumber);
    }
    if (badLines > problems.size())
        problems
            << tr("%1: %2 more bad lines").arg(path, QString::number(badLines - problems.size()));
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

} // namespace dnd
