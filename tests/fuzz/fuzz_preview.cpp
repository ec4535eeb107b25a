// SPDX-License-Identifier: MIT
// Codec::escapedPreview on any bytes: no crash, nothing in the preview that
// a terminal or a text view would act on, and its size bounded by the limit.
#include "codec.h"
#include "fuzzcheck.h"
#include "inerttext.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView payload(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const qsizetype limit : {qsizetype(200), qsizetype(7), qsizetype(0)}) {
        const QString preview = dnd::Codec::escapedPreview(payload, limit);
        DND_FUZZ_CHECK(dnd::InertText::firstUnsafe(preview) < 0, "preview is not inert");
        // At worst every byte becomes \xNN, plus the ellipsis.
        DND_FUZZ_CHECK(preview.size() <= 4 * limit + 1, "preview longer than its limit allows");
    }
    const QString text = QString::fromUtf8(payload);
    DND_FUZZ_CHECK(dnd::InertText::firstUnsafe(dnd::InertText::escaped(text)) < 0,
                   "escaped text is not inert");
    return 0;
}
