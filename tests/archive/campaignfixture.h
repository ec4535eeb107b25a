// SPDX-License-Identifier: MIT
// A small campaign with known numbers for the session and history tests:
// two games, three play sessions (two runs, the second past midnight) on
// two days, written into a real archive file.
#pragma once

#include "archivestore.h"
#include "eventbatch.h"

#include <QDateTime>
#include <QTest>

namespace dnd::testing {

struct CampaignFixture
{
    // Local days, so the sessions fall on them in any time zone.
    static QDate firstDay() { return QDate(2026, 11, 20); }
    static QDate secondDay() { return QDate(2026, 11, 21); }
    static qint64 at(QDate day, int hour, int minute)
    {
        return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch() * 1000;
    }

    static GameEvent roll(const QString &player, int sides, int value, const QString &game,
                          qint64 ts)
    {
        GameEvent e;
        e.player = player;
        e.kind = EventKind::DiceRoll;
        e.type = QStringLiteral("dice_roll");
        e.dieSides = sides;
        e.rollResult = value;
        e.context = QStringLiteral("attack_roll");
        e.gameId = game;
        e.timestampUs = ts;
        return e;
    }
    static GameEvent d20(const QString &player, int value, const QString &game, qint64 ts)
    {
        return roll(player, 20, value, game, ts);
    }
    static GameEvent other(const QString &player, EventKind kind, const QString &game, qint64 ts)
    {
        GameEvent e;
        e.player = player;
        e.kind = kind;
        e.type = eventKindName(kind);
        if (kind == EventKind::Encounter)
            e.monster = QStringLiteral("Goblin");
        else
            e.spell = QStringLiteral("Fireball");
        e.gameId = game;
        e.timestampUs = ts;
        return e;
    }

    // Session 1 (run 1, first day, game-1), session 2 (run 2, first day,
    // game-2), session 3 (run 2 after midnight, game-2, one rejected message).
    static QVector<GameEvent> session1()
    {
        const QDate d = firstDay();
        const QString g = QStringLiteral("game-1");
        const QString s = QStringLiteral("Stravos");
        const QString w = QStringLiteral("Wurs");
        return {d20(s, 20, g, at(d, 18, 0)),  d20(s, 1, g, at(d, 18, 5)),
                d20(w, 10, g, at(d, 18, 10)), other(s, EventKind::Encounter, g, at(d, 18, 20)),
                d20(s, 15, g, at(d, 18, 30)), d20(w, 12, g, at(d, 19, 0))};
    }
    static QVector<GameEvent> session2()
    {
        const QDate d = firstDay();
        const QString g = QStringLiteral("game-2");
        const QString s = QStringLiteral("Stravos");
        const QString w = QStringLiteral("Wurs");
        return {d20(s, 5, g, at(d, 21, 0)),  d20(w, 1, g, at(d, 21, 10)),
                d20(w, 1, g, at(d, 21, 20)), other(w, EventKind::SpellCast, g, at(d, 22, 0)),
                d20(s, 20, g, at(d, 23, 0)), d20(w, 8, g, at(d, 23, 50))};
    }
    static QVector<GameEvent> session3()
    {
        const QDate d = secondDay();
        const QString g = QStringLiteral("game-2");
        const QString s = QStringLiteral("Stravos");
        const QString w = QStringLiteral("Wurs");
        return {d20(s, 11, g, at(d, 0, 10)), roll(s, 6, 6, g, at(d, 0, 20)),
                d20(w, 20, g, at(d, 0, 30)), d20(w, 19, g, at(d, 0, 40))};
    }
    static RejectedMessage rejectedInSession3()
    {
        RejectedMessage r;
        r.timestampUs = at(secondDay(), 0, 45);
        r.reason = RejectReason::RollOutOfRange;
        r.message = QStringLiteral("roll_result 21 is outside 1..20");
        r.preview = QStringLiteral("{\"roll_result\":21}");
        return r;
    }

    static EventBatch batch(QVector<GameEvent> events, qint64 *offset,
                            QVector<RejectedMessage> rejected = {})
    {
        EventBatch b;
        const qint64 first = *offset;
        for (GameEvent &e : events) {
            e.partition = 0;
            e.offset = (*offset)++;
        }
        for (RejectedMessage &r : rejected) {
            r.partition = 0;
            r.offset = (*offset)++;
        }
        b.events = std::move(events);
        b.rejected = std::move(rejected);
        b.ranges = {PartitionRange{0, first, *offset - 1}};
        return b;
    }

    // Writes the campaign into `path` with two runs of ArchiveStore.
    static void write(const QString &path)
    {
        ArchiveFault fault;
        qint64 offset = 0;
        {
            ArchiveStore store;
            QVERIFY2(store.open(path, &fault), qPrintable(fault.message + fault.detail));
            const qint64 source =
                store.sourceId({QStringLiteral("c1"), QStringLiteral("t")}, &fault);
            QVERIFY(store.store(source, {batch(session1(), &offset)}, &fault).ok);
        }
        ArchiveStore store;
        QVERIFY(store.open(path, &fault));
        const qint64 source = store.sourceId({QStringLiteral("c2"), QStringLiteral("t")}, &fault);
        offset = 0;
        QVERIFY(store.store(source, {batch(session2(), &offset)}, &fault).ok);
        QVERIFY(
            store.store(source, {batch(session3(), &offset, {rejectedInSession3()})}, &fault).ok);
    }
};

} // namespace dnd::testing
