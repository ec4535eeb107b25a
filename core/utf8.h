// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

namespace dnd::Utf8 {

// Length of the well-formed UTF-8 sequence starting at p (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or 0 if the bytes
// there are not one. `available` is the number of bytes from p to the end
// (at least 1).
int sequenceLength(const uchar *p, qsizetype available);

// Offset of the first byte that is not well-formed UTF-8, or -1 if all are.
qsizetype firstInvalid(QByteArrayView bytes);

} // namespace dnd::Utf8
