// SPDX-License-Identifier: MIT
#include "categorypalette.h"

#include <QPalette>

#include <algorithm>
#include <array>

namespace dnd {

namespace {

// Colour-blind friendly hues (Okabe-Ito and Tableau 10), light variants;
// the dark variants are derived (lighter, a little less saturated).
constexpr QRgb DiceRoll = 0x1f77b4;
constexpr QRgb Encounter = 0xd62728;
constexpr QRgb SpellCast = 0x9467bd;
constexpr QRgb Other = 0x8a8580;

// For names without a fixed colour: neither blue, red nor purple, so a
// custom event type never looks like one of the standard three.
constexpr std::array<QRgb, 10> Spread = {0xe69f00, 0x009e73, 0x56b4e9, 0xcc79a7, 0x8c564b,
                                         0xbcbd22, 0x17becf, 0xd55e00, 0x2ca02c, 0x7f7f7f};

// FNV-1a over the UTF-16 code units: the same colour in every run and on
// every machine (qHash is seeded per process).
quint32 stableHash(const QString &name)
{
    quint32 hash = 2166136261u;
    for (const QChar c : name) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

QColor variant(QRgb rgb, bool dark)
{
    QColor color = QColor::fromRgb(rgb);
    if (!dark)
        return color;
    // On a dark background the light theme's hues look muddy: raise the
    // lightness, keep the hue.
    float h = 0;
    float s = 0;
    float l = 0;
    color.getHslF(&h, &s, &l);
    return QColor::fromHslF(h, s * 0.85f, std::max(l, 0.62f));
}

} // namespace

QColor CategoryPalette::color(Kind kind, const QString &name, bool dark)
{
    switch (kind) {
    case Kind::EventType:
        return eventType(name, dark);
    case Kind::Die:
        return die(name.mid(1).toInt(), dark);
    case Kind::Player:
        return player(name, dark);
    }
    return other(dark);
}

QColor CategoryPalette::eventType(const QString &type, bool dark)
{
    if (type == QLatin1String("dice_roll"))
        return variant(DiceRoll, dark);
    if (type == QLatin1String("encounter"))
        return variant(Encounter, dark);
    if (type == QLatin1String("spell_cast"))
        return variant(SpellCast, dark);
    if (type == QLatin1String("(other)"))
        return other(dark);
    return variant(Spread[stableHash(type) % Spread.size()], dark);
}

QColor CategoryPalette::die(int sides, bool dark)
{
    switch (sides) {
    case 4:
        return variant(0x009e73, dark);
    case 6:
        return variant(0xe69f00, dark);
    case 8:
        return variant(0x17becf, dark);
    case 10:
        return variant(0xcc79a7, dark);
    case 12:
        return variant(0xbcbd22, dark);
    case 20:
        return variant(DiceRoll, dark);
    case 100:
        return variant(0x8c564b, dark);
    default:
        break;
    }
    return other(dark);
}

QColor CategoryPalette::player(const QString &name, bool dark)
{
    static constexpr std::array<QRgb, 12> Players = {0x1f77b4, 0xd62728, 0x2ca02c, 0x9467bd,
                                                     0xe69f00, 0x17becf, 0xcc79a7, 0x8c564b,
                                                     0x009e73, 0xd55e00, 0x56b4e9, 0xbcbd22};
    if (name == QLatin1String("(other players)"))
        return other(dark);
    return variant(Players[stableHash(name) % Players.size()], dark);
}

QColor CategoryPalette::other(bool dark)
{
    return variant(Other, dark);
}

QColor CategoryPalette::streamMeasure(const QString &key, bool dark)
{
    // Events in a deep blue, rejected in amber, lost in a deep red: apart
    // from the partitions' colours and from each other on either theme.
    if (key == QLatin1String("accepted"))
        return variant(0x1f5fb0, dark);
    if (key == QLatin1String("rejected"))
        return variant(0xc27c00, dark);
    if (key == QLatin1String("lost"))
        return variant(0xb01e1e, dark);
    return other(dark);
}

QColor CategoryPalette::partition(qint32 partition, bool dark)
{
    // In order, not hashed: partitions 0..9 never share a colour. Amber and
    // reds, the colours of rejected and lost messages, come last.
    static constexpr std::array<QRgb, 10> Partitions = {0x009e73, 0x56b4e9, 0xcc79a7, 0xbcbd22,
                                                        0x8c564b, 0x17becf, 0x2ca02c, 0x7f7f7f,
                                                        0xe69f00, 0xd55e00};
    return variant(Partitions[std::size_t(std::max(0, partition)) % Partitions.size()], dark);
}

bool CategoryPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace dnd
