// SPDX-License-Identifier: MIT
#include "namescan.h"

#include "inerttext.h"

namespace dnd {

NameScan scanName(QStringView text)
{
    NameScan scan;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())
            continue; // counted with its high surrogate
        ++scan.characters;
        const char16_t u = c.unicode();
        // ASCII without a table lookup: names are almost always ASCII.
        if (u < 0x80) {
            if (scan.blank && u != u' ' && (u < 0x09 || u > 0x0D))
                scan.blank = false;
            if (scan.unsafeAt < 0 && (u < 0x20 || u == 0x7F)) {
                scan.unsafeAt = i;
                scan.unsafe = u;
            }
            continue;
        }
        char32_t codePoint = u;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(c, text[i + 1]);
        if (scan.blank && !QChar::isSpace(codePoint))
            scan.blank = false;
        if (scan.unsafeAt < 0 && InertText::isUnsafe(codePoint)) {
            scan.unsafeAt = i;
            scan.unsafe = codePoint;
        }
        if (u >= 0x300)
            scan.maybeNotNfc = true;
    }
    return scan;
}

} // namespace dnd
