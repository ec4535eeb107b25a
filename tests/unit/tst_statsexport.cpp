// SPDX-License-Identifier: MIT
// StatsExport: the JSON of `dnd-tracker --headless --json` and the GUI's
// exports, checked field by field on hand-made statistics.
#include "inerttext.h"
#include "statsexport.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace dnd;
using namespace Qt::StringLiterals;

namespace {

GameEvent roll(const QString &player, int sides, int result, const QString &context = {},
               qint64 timeUs = NoTimestamp)
{
    GameEvent event;
    event.player = player;
    event.kind = EventKind::DiceRoll;
    event.type = u"dice_roll"_s;
    event.dieSides = sides;
    event.rollResult = result;
    event.context = context;
    event.timestampUs = timeUs;
    return event;
}

GameEvent encounter(const QString &player, const QString &monster, const QString &location)
{
    GameEvent event;
    event.player = player;
    event.kind = EventKind::Encounter;
    event.type = u"encounter"_s;
    event.monster = monster;
    event.location = location;
    return event;
}

GameEvent spell(const QString &player, const QString &name)
{
    GameEvent event;
    event.player = player;
    event.kind = EventKind::SpellCast;
    event.type = u"spell_cast"_s;
    event.spell = name;
    event.target = u"enemy"_s;
    event.effect = u"damage"_s;
    return event;
}

GameEvent other(const QString &player, const QString &type)
{
    GameEvent event;
    event.player = player;
    event.kind = EventKind::Other;
    event.type = type;
    return event;
}

QStringList csvLines(const QByteArray &csv)
{
    QStringList lines = QString::fromUtf8(csv).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class Tst_statsexport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyStatistics();
    void playerFields();
    void d20FairnessPValue();
    void rejectedByReason();
    void dieName_data();
    void dieName();
    void csvRows();
    void csvEscaping_data();
    void csvEscaping();
    void outputsAreInert_data();
    void outputsAreInert();
    void textSummary();
};

void Tst_statsexport::emptyStatistics()
{
    const QJsonObject json = StatsExport::toJson(Statistics{});
    QCOMPARE(json.value(u"events"_s).toDouble(), 0.0);
    QCOMPARE(json.value(u"rejected"_s).toDouble(), 0.0);
    QVERIFY(json.value(u"rejected_by_reason"_s).isObject());
    QVERIFY(json.value(u"rejected_by_reason"_s).toObject().isEmpty());
    QVERIFY(json.value(u"players"_s).toObject().isEmpty());
    QCOMPARE(csvLines(StatsExport::toCsv(Statistics{})),
             QStringList{StatsExport::csvHeader().join(u',')});
}

void Tst_statsexport::playerFields()
{
    Statistics stats;
    // d20: 20, 1, 12, 20 -> count 4, sum 53, mean 13.25, two nat 20s, one nat 1.
    stats.applyEvents({
        roll(u"Stravos"_s, 20, 20, u"attack_roll"_s, 1'700'000'000'000'000),
        roll(u"Stravos"_s, 20, 1, u"attack_roll"_s),
        roll(u"Stravos"_s, 20, 12, u"saving_throw"_s),
        roll(u"Stravos"_s, 20, 20, u"skill_check"_s, 1'700'000'001'500'000),
        roll(u"Stravos"_s, 6, 3, u"damage"_s),
        encounter(u"Stravos"_s, u"Goblin"_s, u"cave"_s),
        encounter(u"Stravos"_s, u"Goblin"_s, u"forest"_s),
        spell(u"Stravos"_s, u"Fireball"_s),
        other(u"Stravos"_s, u"level_up"_s),
        spell(u"Wurs"_s, u"Shield"_s),
    });

    const QJsonObject json = StatsExport::toJson(stats);
    QCOMPARE(json.value(u"events"_s).toDouble(), 10.0);
    QCOMPARE(json.value(u"by_type"_s).toObject().value(u"spell_cast"_s).toDouble(), 2.0);
    const QJsonObject players = json.value(u"players"_s).toObject();
    QCOMPARE(players.keys(), (QStringList{u"Stravos"_s, u"Wurs"_s}));

    const QJsonObject stravos = players.value(u"Stravos"_s).toObject();
    QCOMPARE(stravos.value(u"events"_s).toDouble(), 9.0);
    const QJsonObject byType = stravos.value(u"by_type"_s).toObject();
    QCOMPARE(byType.value(u"dice_roll"_s).toDouble(), 5.0);
    QCOMPARE(byType.value(u"encounter"_s).toDouble(), 2.0);
    QCOMPARE(byType.value(u"spell_cast"_s).toDouble(), 1.0);
    QCOMPARE(byType.value(u"level_up"_s).toDouble(), 1.0);

    const QJsonObject dice = stravos.value(u"dice"_s).toObject();
    QCOMPARE(dice.keys(), (QStringList{u"d20"_s, u"d6"_s}));
    const QJsonObject d20 = dice.value(u"d20"_s).toObject();
    QCOMPARE(d20.value(u"count"_s).toDouble(), 4.0);
    QCOMPARE(d20.value(u"mean"_s).toDouble(), 13.25);
    const QJsonArray histogram = d20.value(u"histogram"_s).toArray();
    QCOMPARE(histogram.size(), 20);
    QCOMPARE(histogram.at(0).toDouble(), 1.0);  // face 1
    QCOMPARE(histogram.at(11).toDouble(), 1.0); // face 12
    QCOMPARE(histogram.at(19).toDouble(), 2.0); // face 20
    QCOMPARE(histogram.at(5).toDouble(), 0.0);
    QCOMPARE(d20.value(u"nat20"_s).toDouble(), 2.0);
    QCOMPARE(d20.value(u"nat1"_s).toDouble(), 1.0);
    // Four rolls are far too few for a chi-square test: null, not a number.
    QVERIFY(d20.contains(u"p_value"_s));
    QVERIFY(d20.value(u"p_value"_s).isNull());

    const QJsonObject d6 = dice.value(u"d6"_s).toObject();
    QCOMPARE(d6.value(u"histogram"_s).toArray(), (QJsonArray{0, 0, 1, 0, 0, 0}));
    QCOMPARE(d6.value(u"mean"_s).toDouble(), 3.0);
    QVERIFY(!d6.contains(u"nat20"_s)); // only the d20 has naturals

    QCOMPARE(stravos.value(u"monsters"_s).toObject(), (QJsonObject{{u"Goblin"_s, 2}}));
    QCOMPARE(stravos.value(u"locations"_s).toObject(),
             (QJsonObject{{u"cave"_s, 1}, {u"forest"_s, 1}}));
    QCOMPARE(stravos.value(u"spells"_s).toObject(), (QJsonObject{{u"Fireball"_s, 1}}));
    QCOMPARE(stravos.value(u"contexts"_s).toObject(), (QJsonObject{{u"attack_roll"_s, 2},
                                                                   {u"saving_throw"_s, 1},
                                                                   {u"skill_check"_s, 1},
                                                                   {u"damage"_s, 1}}));
    QCOMPARE(stravos.value(u"first_seen"_s).toString(),
             formatIsoTimestampUs(1'700'000'000'000'000));
    QCOMPARE(stravos.value(u"last_seen"_s).toString(), formatIsoTimestampUs(1'700'000'001'500'000));

    const QJsonObject wurs = players.value(u"Wurs"_s).toObject();
    QVERIFY(wurs.value(u"dice"_s).toObject().isEmpty());
    QVERIFY(wurs.value(u"first_seen"_s).isNull());

    // The document survives a round trip through text (no NaN/Inf inside).
    const QByteArray text = QJsonDocument(json).toJson();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object(), json);
}

void Tst_statsexport::d20FairnessPValue()
{
    // 200 rolls, ten of each face: a perfectly flat histogram, chi-square 0,
    // p-value 1.
    Statistics stats;
    QVector<GameEvent> events;
    for (int i = 0; i < 200; ++i)
        events.append(roll(u"Ya"_s, 20, i % 20 + 1));
    stats.applyEvents(events);
    const QJsonObject d20 = StatsExport::toJson(stats)
                                .value(u"players"_s)
                                .toObject()
                                .value(u"Ya"_s)
                                .toObject()
                                .value(u"dice"_s)
                                .toObject()
                                .value(u"d20"_s)
                                .toObject();
    QCOMPARE(d20.value(u"count"_s).toDouble(), 200.0);
    QCOMPARE(d20.value(u"mean"_s).toDouble(), 10.5);
    QVERIFY(d20.value(u"p_value"_s).isDouble());
    QCOMPARE(d20.value(u"p_value"_s).toDouble(), 1.0);
    QCOMPARE(d20.value(u"nat20"_s).toDouble(), 10.0);
}

void Tst_statsexport::rejectedByReason()
{
    Statistics stats;
    EventBatch batch;
    const RejectReason reasons[] = {RejectReason::NotJson, RejectReason::NotJson,
                                    RejectReason::RollOutOfRange};
    qint64 offset = 0;
    for (RejectReason reason : reasons) {
        RejectedMessage reject;
        reject.partition = 0;
        reject.offset = offset++;
        reject.reason = reason;
        batch.rejected.append(reject);
    }
    batch.ranges.append({0, 0, offset - 1});
    stats.apply(batch);

    const QJsonObject json = StatsExport::toJson(stats);
    QCOMPARE(json.value(u"rejected"_s).toDouble(), 3.0);
    QCOMPARE(json.value(u"events"_s).toDouble(), 0.0);
    // Reasons that never happened are left out.
    QCOMPARE(json.value(u"rejected_by_reason"_s).toObject(),
             (QJsonObject{{rejectReasonKey(RejectReason::NotJson), 2},
                          {rejectReasonKey(RejectReason::RollOutOfRange), 1}}));
}

void Tst_statsexport::dieName_data()
{
    QTest::addColumn<int>("sides");
    QTest::addColumn<QString>("name");
    QTest::newRow("d4") << 4 << u"d4"_s;
    QTest::newRow("d20") << 20 << u"d20"_s;
    QTest::newRow("d100") << 100 << u"d100"_s;
}

void Tst_statsexport::dieName()
{
    QFETCH(int, sides);
    QFETCH(QString, name);
    QCOMPARE(StatsExport::dieName(sides), name);
}

void Tst_statsexport::csvRows()
{
    Statistics stats;
    stats.applyEvents({
        roll(u"Wurs"_s, 20, 20),
        roll(u"Wurs"_s, 20, 1),
        roll(u"Wurs"_s, 20, 9),
        encounter(u"Wurs"_s, u"Orc"_s, u"cave"_s),
        spell(u"Wurs"_s, u"Shield"_s),
        other(u"Wurs"_s, u"rest"_s),
        spell(u"Ya"_s, u"Heal"_s),
    });
    const QStringList lines = csvLines(StatsExport::toCsv(stats));
    QCOMPARE(lines.size(), 3); // header + Wurs + Ya, sorted by name
    QCOMPARE(lines.at(0).split(u','), StatsExport::csvHeader());
    const QStringList header = StatsExport::csvHeader();
    const QStringList wurs = lines.at(1).split(u',');
    QCOMPARE(wurs.size(), header.size());
    auto cell = [&](const QStringList &row, const char *column) {
        return row.at(header.indexOf(QLatin1String(column)));
    };
    QCOMPARE(cell(wurs, "player"), u"Wurs"_s);
    QCOMPARE(cell(wurs, "events"), u"6"_s);
    QCOMPARE(cell(wurs, "dice_rolls"), u"3"_s);
    QCOMPARE(cell(wurs, "encounters"), u"1"_s);
    QCOMPARE(cell(wurs, "spell_casts"), u"1"_s);
    QCOMPARE(cell(wurs, "other_events"), u"1"_s);
    QCOMPARE(cell(wurs, "d20_rolls"), u"3"_s);
    QCOMPARE(cell(wurs, "avg_d20"), u"10.000"_s);
    QCOMPARE(cell(wurs, "nat20"), u"1"_s);
    QCOMPARE(cell(wurs, "nat1"), u"1"_s);
    QCOMPARE(cell(wurs, "d20_p_value"), QString()); // too few rolls
    QCOMPARE(cell(wurs, "favourite_spell"), u"Shield"_s);
    QCOMPARE(cell(wurs, "top_monster"), u"Orc"_s);
    const QStringList ya = lines.at(2).split(u',');
    QCOMPARE(cell(ya, "player"), u"Ya"_s);
    QCOMPARE(cell(ya, "avg_d20"), QString());
    QCOMPARE(cell(ya, "d20_rolls"), u"0"_s);
}

void Tst_statsexport::csvEscaping_data()
{
    QTest::addColumn<QString>("player");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << u"Sylas"_s << u"Sylas"_s;
    QTest::newRow("comma") << u"Smith, John"_s << u"\"Smith, John\""_s;
    QTest::newRow("quote") << u"The \"Bold\""_s << u"\"The \"\"Bold\"\"\""_s;
    QTest::newRow("formula") << u"=HYPERLINK(1)"_s << u"'=HYPERLINK(1)"_s;
    QTest::newRow("formula with comma") << u"=SUM(A1,A2)"_s << u"\"'=SUM(A1,A2)\""_s;
    QTest::newRow("at sign") << u"@cmd"_s << u"'@cmd"_s;
    QTest::newRow("unicode") << u"Ærwen"_s << u"Ærwen"_s;
}

void Tst_statsexport::csvEscaping()
{
    QFETCH(QString, player);
    QFETCH(QString, cell);
    Statistics stats;
    stats.applyEvents({other(player, u"rest"_s)});
    const QStringList lines = csvLines(StatsExport::toCsv(stats));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(cell + u','), qPrintable(lines.at(1)));
}

// Terminal escape injection (issue 13): the text summary printed
// "\u001b[2J\u001b[31mPWNED" as live escape codes. Statistics restored from
// an older archive may hold such names (the codec refuses them now), so
// every output makes them inert.
void Tst_statsexport::outputsAreInert_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::newRow("clear screen, red") << u"\u001b[2J\u001b[31mPWNED"_s;
    QTest::newRow("window title (OSC)") << u"\u001b]0;owned\u0007"_s;
    QTest::newRow("C1 CSI") << u"x\u009B2J"_s;
    QTest::newRow("right-to-left override") << u"\u202Esovarts"_s;
    QTest::newRow("byte order mark") << u"\uFEFFStravos"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s;
    QTest::newRow("newline, carriage return") << u"a\nb\rc"_s;
}

void Tst_statsexport::outputsAreInert()
{
    QFETCH(QString, hostile);
    Statistics stats;
    GameEvent event = spell(hostile, hostile);
    event.target = hostile;
    stats.applyEvents({event, other(hostile, hostile), encounter(u"Ya"_s, hostile, hostile)});

    const QString json =
        QString::fromUtf8(QJsonDocument(StatsExport::toJson(stats)).toJson(QJsonDocument::Compact));
    QCOMPARE(InertText::firstUnsafe(json), qsizetype(-1));
    // The name is still there, readable as its escape.
    const QJsonObject players =
        QJsonDocument::fromJson(json.toUtf8()).object().value("players"_L1).toObject();
    QVERIFY(players.contains(InertText::escaped(hostile)));

    // CSV rows end in CRLF; nothing else in them may be a control character.
    for (const QString &line : csvLines(StatsExport::toCsv(stats)))
        QVERIFY2(InertText::firstUnsafe(line) < 0, qPrintable(InertText::escaped(line)));

    const QStringList lines = StatsExport::toText(stats, 0).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const QString &line : lines)
        QVERIFY2(InertText::firstUnsafe(line) < 0, qPrintable(InertText::escaped(line)));
}

void Tst_statsexport::textSummary()
{
    Statistics stats;
    stats.applyEvents({roll(u"Ya"_s, 20, 20), roll(u"Ya"_s, 20, 1), other(u"Zoë"_s, u"rest"_s)});
    stats.applyRejected({RejectedMessage{0, 7, NoTimestamp, RejectReason::NotJson, {}, {}}});
    QCOMPARE(StatsExport::toText(stats, 3),
             u"3 events, 1 rejected, 2 players\n"
             "  rejected, Not valid JSON: 1\n"
             "  gone from the broker before they were read: 3\n"
             "  Ya: 2 events (dice_roll 2), d20 mean 10.50 over 2 rolls, 1 nat 20, 1 nat 1\n"
             "  Zoë: 1 events (rest 1)\n"_s);
}

DND_GUILESS_TEST_MAIN(Tst_statsexport)
#include "tst_statsexport.moc"
