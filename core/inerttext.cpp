// SPDX-License-Identifier: MIT
#include "inerttext.h"

namespace dnd::InertText {

namespace {

// The code point at text[i] (a pair counts as one; an unpaired surrogate is
// returned as itself) and its length in UTF-16 units.
char32_t codePointAt(QStringView text, qsizetype i, int *length)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *length = 1;
    return c.unicode();
}

} // namespace

bool isUnsafe(char32_t codePoint)
{
    // Printable ASCII without a table lookup: almost all text is ASCII.
    if (codePoint < 0x80)
        return codePoint < 0x20 || codePoint == 0x7F;
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

qsizetype firstUnsafe(QStringView text)
{
    for (qsizetype i = 0; i < text.size();) {
        int length = 1;
        if (isUnsafe(codePointAt(text, i, &length)))
            return i;
        i += length;
    }
    return -1;
}

QString escaped(QStringView text)
{
    qsizetype i = firstUnsafe(text);
    if (i < 0)
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    out.append(text.first(i));
    while (i < text.size()) {
        int length = 1;
        const char32_t c = codePointAt(text, i, &length);
        if (isUnsafe(c)) {
            if (c > 0xFFFF) {
                out += QLatin1StringView("\\U");
                out += QString::number(uint(c), 16).toUpper().rightJustified(8, u'0');
            } else {
                out += QLatin1StringView("\\u");
                out += QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
            }
        } else {
            out.append(text.sliced(i, length));
        }
        i += length;
    }
    return out;
}

QString escapedLines(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QStringView line : text.tokenize(u'\n')) {
        if (!out.isEmpty() || line.data() != text.data())
            out += QLatin1Char('\n');
        out += escaped(line);
    }
    return out;
}

QString codePointName(char32_t codePoint)
{
    return QLatin1StringView("U+") +
           QString::number(uint(codePoint), 16).toUpper().rightJustified(4, u'0');
}

} // namespace dnd::InertText
