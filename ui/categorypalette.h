// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace dnd {

// One colour per event type, die and player, the same in every chart, tab
// and refresh: the colour follows from the name alone (the standard event
// types and the dice have fixed ones, other names a stable hash into a
// fixed set), never from a rank or an insertion order. Each colour has a
// light and a dark variant so bars stay readable on either theme.
class CategoryPalette
{
public:
    enum class Kind : quint8
    {
        EventType,
        Die,
        Player
    };

    static QColor color(Kind kind, const QString &name, bool dark);
    static QColor eventType(const QString &type, bool dark);
    static QColor die(int sides, bool dark);
    static QColor player(const QString &name, bool dark);
    // Lumped categories ("other types", "(other)"): a neutral grey.
    static QColor other(bool dark);
    // The Stream tab's measures ("accepted" events, "rejected" and "lost"
    // messages) and Kafka partitions (by number, distinct for the first ten).
    static QColor streamMeasure(const QString &key, bool dark);
    static QColor partition(qint32 partition, bool dark);

    // Whether a palette is a dark one (window darker than mid grey).
    static bool isDark(const QPalette &palette);
};

} // namespace dnd
