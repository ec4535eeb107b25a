// SPDX-License-Identifier: MIT
// Codec::decode on any bytes: no crash, the fast reader and Qt JSON agree on
// every message, our UTF-8 scan agrees with QByteArrayView::isValidUtf8(),
// and a reject message shows nothing a terminal would act on.
#include "codec.h"
#include "fuzzcheck.h"
#include "inerttext.h"
#include "utf8.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView payload(reinterpret_cast<const char *>(data), qsizetype(size));
    DND_FUZZ_CHECK(payload.isValidUtf8() == (dnd::Utf8::firstInvalid(payload) < 0),
                   "isValidUtf8 and Utf8::firstInvalid disagree");

    const dnd::ValidationResult fast = dnd::Codec::decode(payload, dnd::JsonReader::FastThenQt);
    const dnd::ValidationResult qt = dnd::Codec::decode(payload, dnd::JsonReader::QtOnly);
    DND_FUZZ_CHECK(fast.ok == qt.ok, "readers disagree on accepting");
    if (fast.ok) {
        DND_FUZZ_CHECK(fast.event == qt.event, "readers decode different events");
    } else {
        DND_FUZZ_CHECK(fast.reason == qt.reason, "readers give different reasons");
        DND_FUZZ_CHECK(fast.message == qt.message,
                       qPrintable(fast.message + QStringLiteral(" / ") + qt.message));
        DND_FUZZ_CHECK(dnd::InertText::firstUnsafe(fast.message) < 0,
                       "a reject message is not inert");
    }
    return 0;
}
