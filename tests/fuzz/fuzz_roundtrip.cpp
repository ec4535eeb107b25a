// SPDX-License-Identifier: MIT
// Codec::encode -> Codec::decode: whatever decode accepts comes back the
// same through encode (issue 13: names starting with U+FEFF did not).
// Two ways in: the input as a message (decode, then encode and decode the
// result), and the input as the strings of a hand-made event.
#include "codec.h"
#include "fuzzcheck.h"

#include <cstdint>

namespace {

void checkRoundTrip(const dnd::GameEvent &event)
{
    const QByteArray encoded = dnd::Codec::encode(event);
    for (const dnd::JsonReader reader : {dnd::JsonReader::FastThenQt, dnd::JsonReader::QtOnly}) {
        const dnd::ValidationResult again = dnd::Codec::decode(encoded, reader);
        DND_FUZZ_CHECK(again.ok, qPrintable(again.message));
        DND_FUZZ_CHECK(again.event == event, encoded.constData());
    }
}

// The input split at NUL bytes into the event's strings.
dnd::GameEvent eventFromStrings(QByteArrayView data)
{
    static const dnd::EventKind kinds[] = {dnd::EventKind::DiceRoll, dnd::EventKind::Encounter,
                                           dnd::EventKind::SpellCast, dnd::EventKind::Other};
    static const int dice[] = {4, 6, 8, 10, 12, 20, 100};
    dnd::GameEvent e;
    if (data.isEmpty())
        return e;
    const uchar selector = uchar(data.front());
    const QList<QByteArray> parts = data.sliced(1).toByteArray().split('\0');
    const auto part = [&parts](int i) {
        return i < parts.size() ? QString::fromUtf8(parts.at(i)) : QString();
    };
    e.kind = kinds[selector % 4];
    e.player = part(0);
    e.type = e.kind == dnd::EventKind::Other ? part(1) : dnd::eventKindName(e.kind);
    if (e.kind == dnd::EventKind::DiceRoll) {
        e.dieSides = dice[(selector >> 2) % 7];
        e.rollResult = 1 + (selector >> 5) % e.dieSides;
    }
    e.context = part(2);
    e.monster = part(3);
    e.location = part(4);
    e.spell = part(5);
    e.target = part(6);
    e.effect = part(7);
    e.eventId = part(8);
    e.gameId = part(9);
    return e;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    const dnd::ValidationResult decoded = dnd::Codec::decode(input);
    if (decoded.ok)
        checkRoundTrip(decoded.event);

    // A hand-made event: if decode accepts its encoding, that event must
    // round-trip in turn (names are normalised once, then kept).
    const dnd::GameEvent made = eventFromStrings(input);
    const dnd::ValidationResult first = dnd::Codec::decode(dnd::Codec::encode(made));
    if (first.ok)
        checkRoundTrip(first.event);
    return 0;
}
