// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace dnd {

// The one rule for text from outside (the wire, a broker, an archive) that
// reaches a terminal, a log, a CSV file or a window: characters that change
// how the text around them is shown are never passed through as they are.
// They are C0 and C1 controls and DEL (ESC starts terminal escape sequences),
// format characters (Cf: bidi controls such as U+202E, zero-width characters
// such as U+200B, the byte order mark U+FEFF), the line and paragraph
// separators U+2028/U+2029, and unpaired surrogates.
// The validator rejects wire text that contains any of them; the output
// paths escape what still gets there (e.g. statistics restored from older
// archives, broker error texts).
namespace InertText {

bool isUnsafe(char32_t codePoint);

// Index (in UTF-16 units) of the first unsafe character, or -1.
qsizetype firstUnsafe(QStringView text);

// The text with every unsafe character written as \uXXXX (\UXXXXXXXX above
// the BMP), so it shows what was sent and does nothing.
QString escaped(QStringView text);

// escaped() line by line: for our own multi-line messages, whose line
// breaks are meant; every other unsafe character is escaped.
QString escapedLines(QStringView text);

// "U+202E": how messages name a character.
QString codePointName(char32_t codePoint);

} // namespace InertText
} // namespace dnd
