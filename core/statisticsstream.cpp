// SPDX-License-Identifier: MIT
#include "statisticsstream.h"

#include <QDataStream>
#include <QIODevice>

namespace dnd {

namespace {

constexpr quint32 Magic = 0x444e4453; // "DNDS"
constexpr quint32 FormatVersion = 1;

QDataStream &operator<<(QDataStream &out, const DieStats &die)
{
    return out << qint32(die.sides) << die.histogram << die.count << die.sum;
}

QDataStream &operator>>(QDataStream &in, DieStats &die)
{
    qint32 sides = 0;
    in >> sides >> die.histogram >> die.count >> die.sum;
    die.sides = sides;
    return in;
}

QDataStream &operator<<(QDataStream &out, const PlayerStats &player)
{
    out << player.name << player.events << player.byType << quint32(player.dice.size());
    for (const auto &[sides, die] : player.dice)
        out << die;
    out << player.nat20 << player.nat1 << player.contexts << player.monsters << player.locations
        << player.spells << player.targets << player.effects << player.firstSeenUs
        << player.lastSeenUs << player.recentD20.values() << qint32(player.longestRunAbove)
        << qint32(player.longestRunBelow) << qint32(player.currentRunAbove)
        << qint32(player.currentRunBelow);
    return out;
}

QDataStream &operator>>(QDataStream &in, PlayerStats &player)
{
    quint32 dice = 0;
    in >> player.name >> player.events >> player.byType >> dice;
    for (quint32 i = 0; i < dice && in.status() == QDataStream::Ok; ++i) {
        DieStats die;
        in >> die;
        player.dice[die.sides] = die;
    }
    QVector<int> recent;
    qint32 runs[4] = {};
    in >> player.nat20 >> player.nat1 >> player.contexts >> player.monsters >> player.locations >>
        player.spells >> player.targets >> player.effects >> player.firstSeenUs >>
        player.lastSeenUs >> recent >> runs[0] >> runs[1] >> runs[2] >> runs[3];
    // Pushing the values oldest first rebuilds the ring exactly.
    for (const int roll : std::as_const(recent))
        player.recentD20.push(roll);
    player.longestRunAbove = runs[0];
    player.longestRunBelow = runs[1];
    player.currentRunAbove = runs[2];
    player.currentRunBelow = runs[3];
    return in;
}

} // namespace

QDataStream &operator<<(QDataStream &out, const Statistics &statistics)
{
    out << statistics.m_totalEvents << statistics.m_totalRejected << statistics.m_totalsByType
        << quint32(statistics.m_rejected.size());
    for (const quint64 count : statistics.m_rejected)
        out << count;
    out << quint32(statistics.m_players.size());
    for (const PlayerStats &player : statistics.m_players)
        out << player;
    return out;
}

QDataStream &operator>>(QDataStream &in, Statistics &statistics)
{
    statistics.reset();
    quint32 reasons = 0;
    in >> statistics.m_totalEvents >> statistics.m_totalRejected >> statistics.m_totalsByType >>
        reasons;
    for (quint32 i = 0; i < reasons && in.status() == QDataStream::Ok; ++i) {
        quint64 count = 0;
        in >> count;
        if (i < statistics.m_rejected.size())
            statistics.m_rejected[i] = count;
    }
    quint32 players = 0;
    in >> players;
    for (quint32 i = 0; i < players && in.status() == QDataStream::Ok; ++i) {
        PlayerStats player;
        in >> player;
        // What the snapshot kept spends the key budget of what follows.
        for (const CountMap *map :
             {&player.byType, &player.contexts, &player.monsters, &player.locations, &player.spells,
              &player.targets, &player.effects})
            statistics.m_keyBudget.remaining -= map->size();
        statistics.m_players.insert(player.name, player);
    }
    return in;
}

namespace StatisticsStream {

QByteArray save(const Statistics &statistics)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << FormatVersion << statistics;
    return bytes;
}

bool load(const QByteArray &bytes, Statistics *statistics)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != Magic || version != FormatVersion)
        return false;
    Statistics loaded;
    in >> loaded;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    *statistics = std::move(loaded);
    return true;
}

} // namespace StatisticsStream
} // namespace dnd
