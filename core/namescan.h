// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace dnd {

// What one pass over a name-like string finds: its length in characters,
// its first character InertText rejects, whether it is blank and whether it
// may need NFC normalisation. The event validator checks every name with it.
struct NameScan
{
    qsizetype characters = 0; // code points, not UTF-16 units
    qsizetype unsafeAt = -1;  // first character InertText rejects
    char32_t unsafe = 0;
    bool blank = true;
    bool maybeNotNfc = false; // below U+0300 every string is in NFC already
};

NameScan scanName(QStringView text);

} // namespace dnd
