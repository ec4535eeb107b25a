// SPDX-License-Identifier: MIT
// Codec: wire format round trips, what the original producer sends, every
// rejection reason, timestamps and previews.
#include "codec.h"
#include "eventbatch.h"
#include "simulator.h"
#include "testmain.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QtTest>

using namespace dnd;
using namespace Qt::StringLiterals;

namespace {

GameEvent diceRoll(const QString &player, int sides, int result, const QString &context = {})
{
    GameEvent e;
    e.player = player;
    e.kind = EventKind::DiceRoll;
    e.type = u"dice_roll"_s;
    e.dieSides = sides;
    e.rollResult = result;
    e.context = context;
    return e;
}

GameEvent encounter(const QString &player, const QString &monster)
{
    GameEvent e;
    e.player = player;
    e.kind = EventKind::Encounter;
    e.type = u"encounter"_s;
    e.monster = monster;
    return e;
}

GameEvent spellCast(const QString &player, const QString &spell)
{
    GameEvent e;
    e.player = player;
    e.kind = EventKind::SpellCast;
    e.type = u"spell_cast"_s;
    e.spell = spell;
    return e;
}

GameEvent otherEvent(const QString &player, const QString &type)
{
    GameEvent e;
    e.player = player;
    e.kind = EventKind::Other;
    e.type = type;
    return e;
}

qint64 utcUs(int y, int mo, int d, int h, int mi, int s, int us = 0)
{
    const QDateTime dt(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
    return dt.toMSecsSinceEpoch() * 1000 + us;
}

struct RejectCase
{
    const char *name;
    QByteArray payload;
    RejectReason reason;
    const char *mention; // the message must name this (usually the field)
};

QByteArray withField(const QByteArray &fieldJson)
{
    return R"({"player":"Stravos","event_type":"dice_roll","roll_result":12,)"_ba + fieldJson + "}";
}

QList<RejectCase> rejectCases()
{
    QByteArray huge = R"({"player":"Ya","event_type":"dice_roll","roll_result":3,"context":")"_ba;
    huge += QByteArray(MaxMessageBytes - huge.size() - 1, 'x') + "\"}"; // one byte too many
    return {
        {"invalid byte",
         "{\"player\":\"Str\xff"
         "avos\",\"event_type\":\"x\"}",
         RejectReason::NotUtf8, "UTF-8"},
        {"overlong slash", "{\"player\":\"\xc0\xaf\",\"event_type\":\"x\"}", RejectReason::NotUtf8,
         "UTF-8"},
        {"utf-16 surrogate", "{\"player\":\"\xed\xa0\x80\",\"event_type\":\"x\"}",
         RejectReason::NotUtf8, "UTF-8"},
        {"truncated sequence", "{\"player\":\"Ya\",\"event_type\":\"x\"}\xe2\x82",
         RejectReason::NotUtf8, "offset"},
        {"latin-1 text", "{\"player\":\"J\xfcrgen\",\"event_type\":\"x\"}", RejectReason::NotUtf8,
         "0xfc"},
        {"garbage", "hello there", RejectReason::NotJson, "JSON"},
        {"unterminated", R"({"player":"Ya")", RejectReason::NotJson, "JSON"},
        {"trailing comma", R"({"player":"Ya",})", RejectReason::NotJson, "JSON"},
        {"empty", "", RejectReason::NotJson, "empty"},
        {"deep nesting", QByteArray(5000, '[') + QByteArray(5000, ']'), RejectReason::NotJson,
         "JSON"},
        {"array", R"([{"player":"Ya","event_type":"x"}])", RejectReason::NotObject, "object"},
        {"number", "42", RejectReason::NotObject, "object"},
        {"string", R"("dice_roll")", RejectReason::NotObject, "object"},
        {"null", "null", RejectReason::NotObject, "object"},
        {"over 64 KiB", huge, RejectReason::TooLarge, "65537"},
        {"no player", R"({"event_type":"dice_roll","roll_result":3})", RejectReason::MissingPlayer,
         "player"},
        {"empty player", R"({"player":"","event_type":"x"})", RejectReason::MissingPlayer,
         "player"},
        {"blank player", R"({"player":"  ","event_type":"x"})", RejectReason::MissingPlayer,
         "player"},
        {"null player", R"({"player":null,"event_type":"x"})", RejectReason::MissingPlayer,
         "player"},
        {"65 characters", "{\"player\":\"" + QByteArray(65, 'a') + "\",\"event_type\":\"x\"}",
         RejectReason::PlayerTooLong, "65"},
        {"bell in player", R"({"player":"Ya\u0007","event_type":"x"})",
         RejectReason::PlayerControlChars, "U+0007"},
        {"newline in player", R"({"player":"Stra\nvos","event_type":"x"})",
         RejectReason::PlayerControlChars, "player"},
        {"C1 control in player", R"({"player":"Ya\u0085","event_type":"x"})",
         RejectReason::PlayerControlChars, "player"},
        // Look-alike players: invisible and bidi characters are refused, so
        // "\uFEFFStravos" is never a second Stravos (issue 13).
        {"byte order mark before player", R"({"player":"\uFEFFStravos","event_type":"x"})",
         RejectReason::PlayerControlChars, "U+FEFF"},
        {"raw byte order mark before player",
         "{\"player\":\"\xEF\xBB\xBFStravos\",\"event_type\":\"x\"}",
         RejectReason::PlayerControlChars, "U+FEFF"},
        {"zero-width space in player", R"({"player":"Stra\u200Bvos","event_type":"x"})",
         RejectReason::PlayerControlChars, "U+200B"},
        {"right-to-left override in player", R"({"player":"\u202Esovarts","event_type":"x"})",
         RejectReason::PlayerControlChars, "U+202E"},
        {"line separator in player", R"({"player":"Stra\u2028vos","event_type":"x"})",
         RejectReason::PlayerControlChars, "U+2028"},
        {"language tag in player", R"({"player":"Ya\uDB40\uDC01","event_type":"x"})",
         RejectReason::PlayerControlChars, "U+E0001"},
        {"no event_type", R"({"player":"Ya","roll_result":3})", RejectReason::MissingEventType,
         "event_type"},
        {"empty event_type", R"({"player":"Ya","event_type":""})", RejectReason::MissingEventType,
         "event_type"},
        {"no roll_result", R"({"player":"Ya","event_type":"dice_roll","dice_type":"d6"})",
         RejectReason::MissingField, "roll_result"},
        {"no monster_type", R"({"player":"Ya","event_type":"encounter","location":"cave"})",
         RejectReason::MissingField, "monster_type"},
        {"empty monster_type", R"({"player":"Ya","event_type":"encounter","monster_type":""})",
         RejectReason::MissingField, "monster_type"},
        {"no spell_name", R"({"player":"Ya","event_type":"spell_cast","target":"ally"})",
         RejectReason::MissingField, "spell_name"},
        {"numeric player", R"({"player":42,"event_type":"x"})", RejectReason::WrongFieldType,
         "player"},
        {"numeric event_type", R"({"player":"Ya","event_type":1})", RejectReason::WrongFieldType,
         "event_type"},
        {"numeric dice_type", withField(R"("dice_type":20)"), RejectReason::WrongFieldType,
         "dice_type"},
        {"string roll_result", R"({"player":"Ya","event_type":"dice_roll","roll_result":"3"})",
         RejectReason::WrongFieldType, "roll_result"},
        {"boolean roll_result", R"({"player":"Ya","event_type":"dice_roll","roll_result":true})",
         RejectReason::WrongFieldType, "roll_result"},
        {"numeric context", withField(R"("context":5)"), RejectReason::WrongFieldType, "context"},
        {"array monster_type", R"({"player":"Ya","event_type":"encounter","monster_type":["Orc"]})",
         RejectReason::WrongFieldType, "monster_type"},
        {"object location", withField(R"("location":{})"), RejectReason::WrongFieldType,
         "location"},
        {"string initiative", withField(R"("initiative_order":"3")"), RejectReason::WrongFieldType,
         "initiative_order"},
        {"fractional initiative", withField(R"("initiative_order":2.5)"),
         RejectReason::WrongFieldType, "2.5"},
        {"numeric spell_name", R"({"player":"Ya","event_type":"spell_cast","spell_name":7})",
         RejectReason::WrongFieldType, "spell_name"},
        {"numeric target", withField(R"("target":1)"), RejectReason::WrongFieldType, "target"},
        {"numeric effect", withField(R"("effect":1)"), RejectReason::WrongFieldType, "effect"},
        {"numeric timestamp", withField(R"("timestamp":1740429000)"), RejectReason::WrongFieldType,
         "timestamp"},
        {"unparseable timestamp", withField(R"("timestamp":"yesterday")"),
         RejectReason::WrongFieldType, "ISO 8601"},
        {"boolean event_id", withField(R"("event_id":true)"), RejectReason::WrongFieldType,
         "event_id"},
        {"array game_id", withField(R"("game_id":[1])"), RejectReason::WrongFieldType, "game_id"},
        {"d7", withField(R"("dice_type":"d7")"), RejectReason::UnknownDie, "d7"},
        {"bare number die", withField(R"("dice_type":"20")"), RejectReason::UnknownDie,
         "dice_type"},
        {"d1000", withField(R"("dice_type":"d1000")"), RejectReason::UnknownDie, "dice_type"},
        // The wire format spells dice one way (issue 13).
        {"D20", withField(R"("dice_type":"D20")"), RejectReason::UnknownDie, R"(is "D20")"},
        {"d020", withField(R"("dice_type":"d020")"), RejectReason::UnknownDie, R"(is "d020")"},
        {"d0020", withField(R"("dice_type":"d0020")"), RejectReason::UnknownDie, R"(is "d0020")"},
        {"d06", withField(R"("dice_type":"d06")"), RejectReason::UnknownDie, R"(is "d06")"},
        {"empty die", withField(R"("dice_type":"")"), RejectReason::UnknownDie, "dice_type"},
        {"3.5", R"({"player":"Ya","event_type":"dice_roll","roll_result":3.5})",
         RejectReason::NonIntegerRoll, "3.5"},
        {"0.5", R"({"player":"Ya","event_type":"dice_roll","roll_result":0.5})",
         RejectReason::NonIntegerRoll, "roll_result"},
        {"zero", R"({"player":"Ya","event_type":"dice_roll","roll_result":0})",
         RejectReason::RollOutOfRange, "roll_result"},
        {"negative", R"({"player":"Ya","event_type":"dice_roll","roll_result":-4})",
         RejectReason::RollOutOfRange, "roll_result"},
        {"21 on d20", R"({"player":"Ya","event_type":"dice_roll","roll_result":21})",
         RejectReason::RollOutOfRange, "1..20"},
        {"7 on d6", R"({"player":"Ya","event_type":"dice_roll","dice_type":"d6","roll_result":7})",
         RejectReason::RollOutOfRange, "d6"},
        {"101 on d100",
         R"({"player":"Ya","event_type":"dice_roll","dice_type":"d100","roll_result":101})",
         RejectReason::RollOutOfRange, "roll_result"},
        {"1e300", R"({"player":"Ya","event_type":"dice_roll","roll_result":1e300})",
         RejectReason::RollOutOfRange, "roll_result"},
        // Bounded memory: every name-like string is a statistics key (issue 13).
        {"60 KB event_type", R"({"player":"Ya","event_type":")" + QByteArray(60000, 't') + "\"}",
         RejectReason::FieldTooLong, "60000"},
        {"101-character spell",
         R"({"player":"Ya","event_type":"spell_cast","spell_name":")" + QByteArray(101, 's') +
             "\"}",
         RejectReason::FieldTooLong, "spell_name"},
        {"101-character monster",
         R"({"player":"Ya","event_type":"encounter","monster_type":")" + QByteArray(101, 'm') +
             "\"}",
         RejectReason::FieldTooLong, "monster_type"},
        {"101-character location", withField(R"("location":")" + QByteArray(101, 'l') + "\""),
         RejectReason::FieldTooLong, "location"},
        {"101-character context", withField(R"("context":")" + QByteArray(101, 'c') + "\""),
         RejectReason::FieldTooLong, "context"},
        {"101-character target", withField(R"("target":")" + QByteArray(101, 't') + "\""),
         RejectReason::FieldTooLong, "target"},
        {"101-character effect", withField(R"("effect":")" + QByteArray(101, 'e') + "\""),
         RejectReason::FieldTooLong, "effect"},
        {"101-character game_id", withField(R"("game_id":")" + QByteArray(101, 'g') + "\""),
         RejectReason::FieldTooLong, "game_id"},
        // Terminal escape injection: the text summary printed these live.
        {"escape sequence in event_type",
         R"({"player":"Ya","event_type":"\u001b[2J\u001b[31mPWNED"})",
         RejectReason::FieldControlChars, "U+001B"},
        {"C1 CSI in spell",
         R"({"player":"Ya","event_type":"spell_cast","spell_name":"Fire\u009B2Jball"})",
         RejectReason::FieldControlChars, "U+009B"},
        {"bidi override in monster",
         R"({"player":"Ya","event_type":"encounter","monster_type":"\u202Enilbog"})",
         RejectReason::FieldControlChars, "monster_type"},
        {"tab in context", withField(R"("context":"attack\troll")"),
         RejectReason::FieldControlChars, "U+0009"},
        {"zero-width joiner in location", withField(R"("location":"ca\u200Dve")"),
         RejectReason::FieldControlChars, "location"},
        {"byte order mark in target", withField(R"("target":"\uFEFFally")"),
         RejectReason::FieldControlChars, "target"},
        {"newline in effect", withField(R"("effect":"a\nb")"), RejectReason::FieldControlChars,
         "effect"},
        {"escape in event_id", withField(R"("event_id":"\u001b]0;x\u0007")"),
         RejectReason::FieldControlChars, "event_id"},
        {"paragraph separator in game_id", withField(R"("game_id":"g\u2029")"),
         RejectReason::FieldControlChars, "game_id"},
    };
}

// Valid random events of every kind, with awkward but legal strings.
GameEvent randomEvent(QRandomGenerator &rng)
{
    static const QStringList names = {
        u"Stravos"_s, u"Ya"_s, u"Sylas"_s, u"Wurs"_s, u"Ünal"_s, u"\"Quote\" \\slash"_s, u"龍 🐉"_s};
    static const QStringList words = {u"attack_roll"_s, u"Goblin"_s, u"Magic Missile"_s,
                                      u"cave"_s,        u"ally"_s,   u"über/ünter"_s,
                                      u"two  spaces"_s};
    static const int dice[] = {4, 6, 8, 10, 12, 20, 100};
    const auto pick = [&rng](const QStringList &list) { return list[rng.bounded(list.size())]; };
    const auto maybe = [&rng, &pick]() { return rng.bounded(3) == 0 ? QString() : pick(words); };

    GameEvent e;
    switch (rng.bounded(4)) {
    case 0: {
        const int sides = dice[rng.bounded(7)];
        e = diceRoll(pick(names), sides, 1 + rng.bounded(sides), maybe());
        break;
    }
    case 1:
        e = encounter(pick(names), pick(words));
        e.location = maybe();
        e.initiative = rng.bounded(4) == 0 ? 0 : 1 + rng.bounded(20);
        break;
    case 2:
        e = spellCast(pick(names), pick(words));
        e.target = maybe();
        e.effect = maybe();
        break;
    default:
        e = otherEvent(pick(names), u"custom_%1"_s.arg(rng.bounded(5)));
        e.context = maybe();
        break;
    }
    // Fields of another event type are legal too (a roll's target, ...).
    if (rng.bounded(4) == 0)
        (e.kind == EventKind::SpellCast ? e.context : e.target) = pick(words);
    // Years 0001..9999, microsecond precision, sometimes no timestamp.
    if (rng.bounded(5) != 0)
        e.timestampUs = rng.bounded(-62'135'596'800'000'000LL, 253'402'300'799'999'999LL);
    if (rng.bounded(2) == 0)
        e.eventId = QString::number(rng.generate64());
    if (rng.bounded(2) == 0)
        e.gameId = pick(words);
    return e;
}

} // namespace

class TstCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void encodeUsesWireNames();
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void everyReasonHasARowKeyAndTitle();
    void parseTimestamp_data();
    void parseTimestamp();
    void formatTimestamp_data();
    void formatTimestamp();
    void timestampRoundTripsOverYears();
    void escapedPreview_data();
    void escapedPreview();
    void eventKindNames();
    void batchesCrossThreadsAsMetaTypes();
    void randomEventsRoundTrip();
    void encodeRoundTripsWhatDecodeAccepts_data();
    void encodeRoundTripsWhatDecodeAccepts();
    void simulatedEventsRoundTrip_data();
    void simulatedEventsRoundTrip();
};

void TstCodec::roundTrip_data()
{
    QTest::addColumn<GameEvent>("event");
    const qint64 ts = utcUs(2025, 2, 24, 20, 30, 0, 123456);

    GameEvent roll = diceRoll(u"Stravos"_s, 20, 15, u"attack_roll"_s);
    roll.timestampUs = ts;
    roll.eventId = u"e-1"_s;
    roll.gameId = u"g-7"_s;
    QTest::newRow("dice_roll, every field") << roll;
    for (int sides : {4, 6, 8, 10, 12, 20, 100}) {
        QTest::addRow("d%d low", sides) << diceRoll(u"Ya"_s, sides, 1);
        QTest::addRow("d%d high", sides) << diceRoll(u"Ya"_s, sides, sides, u"skill_check"_s);
    }

    GameEvent enc = encounter(u"Sylas"_s, u"Beholder"_s);
    enc.location = u"dungeon"_s;
    enc.initiative = 17;
    enc.timestampUs = ts;
    enc.eventId = u"42"_s;
    enc.gameId = u"g-7"_s;
    QTest::newRow("encounter, every field") << enc;
    QTest::newRow("encounter, monster only") << encounter(u"Sylas"_s, u"Orc"_s);

    GameEvent spell = spellCast(u"Wurs"_s, u"Magic Missile"_s);
    spell.target = u"enemy"_s;
    spell.effect = u"damage"_s;
    spell.timestampUs = ts;
    spell.eventId = u"e-3"_s;
    spell.gameId = u"g-7"_s;
    QTest::newRow("spell_cast, every field") << spell;
    QTest::newRow("spell_cast, spell only") << spellCast(u"Wurs"_s, u"Shield"_s);

    GameEvent other = otherEvent(u"Ya"_s, u"level_up"_s);
    other.context = u"milestone"_s;
    other.timestampUs = 0;
    QTest::newRow("unknown type") << other;
    QTest::newRow("64-character player") << diceRoll(QString(64, u'x'), 6, 3);
    QTest::newRow("unicode player") << spellCast(u"Zoë \"the\" \\ 🐉"_s, u"Fireball"_s);
}

void TstCodec::roundTrip()
{
    QFETCH(GameEvent, event);
    const QByteArray json = Codec::encode(event);
    const ValidationResult result = Codec::decode(json);
    QVERIFY2(result.ok, qPrintable(result.message + u" in "_s + QString::fromUtf8(json)));
    QCOMPARE(result.event, event);
}

void TstCodec::encodeUsesWireNames()
{
    // The original Python consumer looks these names up; only set fields appear.
    GameEvent roll = diceRoll(u"Stravos"_s, 12, 7, u"attack_roll"_s);
    roll.timestampUs = utcUs(2025, 2, 24, 20, 30, 0, 123456);
    const QJsonObject o = QJsonDocument::fromJson(Codec::encode(roll)).object();
    QCOMPARE(o.keys(), QStringList({u"context"_s, u"dice_type"_s, u"event_type"_s, u"player"_s,
                                    u"roll_result"_s, u"timestamp"_s}));
    QCOMPARE(o.value("dice_type"_L1).toString(), u"d12"_s);
    QVERIFY(o.value("roll_result"_L1).isDouble());
    QCOMPARE(o.value("roll_result"_L1).toInt(), 7);
    QCOMPARE(o.value("timestamp"_L1).toString(), u"2025-02-24T20:30:00.123456Z"_s);

    GameEvent enc = encounter(u"Ya"_s, u"Orc"_s);
    enc.location = u"cave"_s;
    enc.initiative = 3;
    enc.eventId = u"1"_s;
    enc.gameId = u"2"_s;
    const QJsonObject e = QJsonDocument::fromJson(Codec::encode(enc)).object();
    QCOMPARE(e.keys(),
             QStringList({u"event_id"_s, u"event_type"_s, u"game_id"_s, u"initiative_order"_s,
                          u"location"_s, u"monster_type"_s, u"player"_s}));
    QCOMPARE(e.value("initiative_order"_L1).toInt(), 3);

    GameEvent spell = spellCast(u"Wurs"_s, u"Shield"_s);
    spell.target = u"self"_s;
    spell.effect = u"buff"_s;
    const QJsonObject s = QJsonDocument::fromJson(Codec::encode(spell)).object();
    QCOMPARE(s.keys(), QStringList({u"effect"_s, u"event_type"_s, u"player"_s, u"spell_name"_s,
                                    u"target"_s}));
    QVERIFY(!Codec::encode(spell).contains(' ')); // compact
}

void TstCodec::accepts_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<GameEvent>("expected");
    const qint64 ts = utcUs(2025, 2, 24, 20, 30, 0, 123456);

    // Exactly what dnd_producer.py's json.dumps() writes.
    GameEvent roll = diceRoll(u"Stravos"_s, 12, 7);
    roll.timestampUs = ts;
    QTest::newRow("producer dice_roll")
        << R"({"timestamp": "2025-02-24T20:30:00.123456", "player": "Stravos", "event_type": "dice_roll", "dice_type": "d12", "roll_result": 7})"_ba
        << roll;
    GameEvent withContext = roll;
    withContext.context = u"attack_roll"_s;
    QTest::newRow("producer dice_roll with context")
        << R"({"timestamp": "2025-02-24T20:30:00.123456", "player": "Stravos", "event_type": "dice_roll", "dice_type": "d12", "roll_result": 7, "context": "attack_roll"})"_ba
        << withContext;
    GameEvent enc = encounter(u"Sylas"_s, u"Dragon"_s);
    enc.location = u"village"_s;
    enc.initiative = 20;
    enc.timestampUs = ts;
    QTest::newRow("producer encounter")
        << R"({"timestamp": "2025-02-24T20:30:00.123456", "player": "Sylas", "event_type": "encounter", "monster_type": "Dragon", "location": "village", "initiative_order": 20})"_ba
        << enc;
    GameEvent spell = spellCast(u"Wurs"_s, u"Cure Wounds"_s);
    spell.target = u"ally"_s;
    spell.effect = u"heal"_s;
    spell.timestampUs = ts;
    QTest::newRow("producer spell_cast")
        << R"({"timestamp": "2025-02-24T20:30:00.123456", "player": "Wurs", "event_type": "spell_cast", "spell_name": "Cure Wounds", "target": "ally", "effect": "heal"})"_ba
        << spell;
    GameEvent wholeSecond = diceRoll(u"Ya"_s, 20, 1);
    wholeSecond.timestampUs = utcUs(2025, 2, 24, 20, 30, 0);
    QTest::newRow("isoformat() on a whole second")
        << R"({"timestamp": "2025-02-24T20:30:00", "player": "Ya", "event_type": "dice_roll", "dice_type": "d20", "roll_result": 1})"_ba
        << wholeSecond;

    QTest::newRow("README minimal example")
        << R"({"player": "Stravos", "event_type": "dice_roll", "roll_result": 18})"_ba
        << diceRoll(u"Stravos"_s, 20, 18);
    QTest::newRow("unknown extra fields")
        << R"({"player":"Ya","event_type":"spell_cast","spell_name":"Shield","mana":3,"meta":{"a":[1,2]},"dice_type":5})"_ba
        << spellCast(u"Ya"_s, u"Shield"_s);
    GameEvent levelUp = otherEvent(u"Ya"_s, u"level_up"_s);
    levelUp.context = u"milestone"_s;
    QTest::newRow("unknown event type")
        << R"({"player":"Ya","event_type":"level_up","context":"milestone","new_level":5})"_ba
        << levelUp;
    GameEvent ids = diceRoll(u"Ya"_s, 6, 6);
    ids.eventId = u"9007199254740993"_s;
    ids.gameId = u"2.5"_s;
    QTest::newRow("numeric ids kept as text")
        << R"({"player":"Ya","event_type":"dice_roll","dice_type":"d6","roll_result":6,"event_id":9007199254740993,"game_id":2.5})"_ba
        << ids;
    QTest::newRow("null optional fields")
        << R"({"player":"Ya","event_type":"dice_roll","roll_result":4,"dice_type":null,"context":null,"timestamp":null})"_ba
        << diceRoll(u"Ya"_s, 20, 4);
    QTest::newRow("18.0 is a whole number")
        << R"({"player":"Ya","event_type":"dice_roll","roll_result":18.0})"_ba
        << diceRoll(u"Ya"_s, 20, 18);
    QTest::newRow("byte order mark")
        << "\xEF\xBB\xBF{\"player\":\"Ya\",\"event_type\":\"dice_roll\",\"roll_result\":2}"_ba
        << diceRoll(u"Ya"_s, 20, 2);
    QTest::newRow("64 characters outside the BMP")
        << "{\"player\":\"" + QString(32, u'x').toUtf8() +
               QByteArray("\xF0\x9F\x90\x89").repeated(32) + "\",\"event_type\":\"x\"}"
        << otherEvent(QString(32, u'x') + u"🐉"_s.repeated(32), u"x"_s);
    GameEvent zulu = diceRoll(u"Ya"_s, 20, 5);
    zulu.timestampUs = utcUs(2025, 2, 24, 18, 30, 0);
    QTest::newRow("offset timestamp")
        << R"({"player":"Ya","event_type":"dice_roll","roll_result":5,"timestamp":"2025-02-24T20:30:00+02:00"})"_ba
        << zulu;

    const QByteArray prefix =
        R"({"player":"Ya","event_type":"dice_roll","roll_result":3,"notes":")"_ba;
    const qsizetype fill = MaxMessageBytes - prefix.size() - 2;
    QTest::newRow("exactly 64 KiB")
        << prefix + QByteArray(fill, 'x') + "\"}" << diceRoll(u"Ya"_s, 20, 3);
    QTest::newRow("100-character spell")
        << R"({"player":"Ya","event_type":"spell_cast","spell_name":")" + QByteArray(100, 's') +
               "\"}"
        << spellCast(u"Ya"_s, QString(100, u's'));
    // One name typed two ways is one name: decomposed forms become NFC.
    QTest::newRow("decomposed player becomes NFC")
        << R"({"player":"Zoe\u0308","event_type":"dice_roll","roll_result":2})"_ba
        << diceRoll(u"Zo\u00EB"_s, 20, 2);
    QTest::newRow("decomposed spell becomes NFC")
        << "{\"player\":\"Ya\",\"event_type\":\"spell_cast\",\"spell_name\":\"Ne\xCC\x81"
           "ant\"}"_ba
        << spellCast(u"Ya"_s, u"N\u00E9ant"_s);
    QTest::newRow("decomposed event_type becomes NFC")
        << R"({"player":"Ya","event_type":"re\u0301ussite"})"_ba
        << otherEvent(u"Ya"_s, u"r\u00E9ussite"_s);
    QTest::newRow("non-breaking space and emoji stay")
        << "{\"player\":\"Ya\xC2\xA0\xF0\x9F\x90\x89\",\"event_type\":\"x\"}"_ba
        << otherEvent(u"Ya\u00A0🐉"_s, u"x"_s);
}

void TstCodec::accepts()
{
    QFETCH(QByteArray, payload);
    QFETCH(GameEvent, expected);
    const ValidationResult result = Codec::decode(payload);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.event, expected);
}

void TstCodec::encodeRoundTripsWhatDecodeAccepts_data()
{
    accepts_data();
}

void TstCodec::encodeRoundTripsWhatDecodeAccepts()
{
    // Every name decode accepts comes back the same through encode; the
    // fuzzer found 182 names starting with U+FEFF that did not (issue 13).
    QFETCH(QByteArray, payload);
    const ValidationResult first = Codec::decode(payload);
    QVERIFY2(first.ok, qPrintable(first.message));
    const QByteArray encoded = Codec::encode(first.event);
    for (JsonReader reader : {JsonReader::FastThenQt, JsonReader::QtOnly}) {
        const ValidationResult again = Codec::decode(encoded, reader);
        QVERIFY2(again.ok, qPrintable(again.message));
        QCOMPARE(again.event, first.event);
    }
}

void TstCodec::rejects_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<RejectReason>("reason");
    QTest::addColumn<QString>("mention");
    for (const RejectCase &c : rejectCases()) {
        QTest::addRow("%s: %s", qPrintable(rejectReasonKey(c.reason)), c.name)
            << c.payload << c.reason << QString::fromUtf8(c.mention);
    }
}

void TstCodec::rejects()
{
    QFETCH(QByteArray, payload);
    QFETCH(RejectReason, reason);
    QFETCH(QString, mention);
    const ValidationResult result = Codec::decode(payload);
    QVERIFY(!result.ok);
    QCOMPARE(rejectReasonKey(result.reason), rejectReasonKey(reason));
    QVERIFY2(result.message.contains(mention, Qt::CaseInsensitive), qPrintable(result.message));
    QCOMPARE(result.event, GameEvent()); // nothing half-decoded leaks out
}

void TstCodec::everyReasonHasARowKeyAndTitle()
{
    QSet<int> covered;
    for (const RejectCase &c : rejectCases())
        covered.insert(int(c.reason));
    QSet<QString> keys, titles;
    static const QRegularExpression snakeCase(u"^[a-z0-9]+(_[a-z0-9]+)*$"_s);
    for (int i = 0; i < RejectReasonCount; ++i) {
        const auto reason = RejectReason(i);
        QVERIFY2(covered.contains(i), qPrintable(rejectReasonKey(reason)));
        QVERIFY(snakeCase.match(rejectReasonKey(reason)).hasMatch());
        QVERIFY(!rejectReasonTitle(reason).isEmpty());
        keys.insert(rejectReasonKey(reason));
        titles.insert(rejectReasonTitle(reason));
    }
    QCOMPARE(keys.size(), RejectReasonCount);
    QCOMPARE(titles.size(), RejectReasonCount);
    QCOMPARE(rejectReasonKey(RejectReason::NotUtf8), u"not_utf8"_s);
    QCOMPARE(rejectReasonKey(RejectReason::RollOutOfRange), u"roll_out_of_range"_s);
}

void TstCodec::parseTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    const qint64 base = utcUs(2025, 2, 24, 20, 30, 0);
    QTest::newRow("python utcnow, 6 digits") << u"2025-02-24T20:30:00.123456"_s << base + 123456;
    QTest::newRow("no fraction") << u"2025-02-24T20:30:00"_s << base;
    QTest::newRow("1 digit") << u"2025-02-24T20:30:00.1"_s << base + 100000;
    QTest::newRow("3 digits") << u"2025-02-24T20:30:00.123"_s << base + 123000;
    QTest::newRow("9 digits truncated") << u"2025-02-24T20:30:00.123456789"_s << base + 123456;
    QTest::newRow("Z") << u"2025-02-24T20:30:00Z"_s << base;
    QTest::newRow("+00:00") << u"2025-02-24T20:30:00.5+00:00"_s << base + 500000;
    QTest::newRow("+02:00") << u"2025-02-24T22:30:00+02:00"_s << base;
    QTest::newRow("-05:30") << u"2025-02-24T15:00:00-05:30"_s << base;
    QTest::newRow("+0530") << u"2025-02-25T02:00:00+0530"_s << base;
    QTest::newRow("space separator") << u"2025-02-24 20:30:00"_s << base;
    QTest::newRow("no seconds") << u"2025-02-24T20:30"_s << base;
    QTest::newRow("leap day") << u"2024-02-29T00:00:00"_s << utcUs(2024, 2, 29, 0, 0, 0);
    QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << qint64(0);
    QTest::newRow("before epoch") << u"1969-12-31T23:59:59.999999Z"_s << qint64(-1);
    const qint64 bad = NoTimestamp;
    QTest::newRow("empty") << QString() << bad;
    QTest::newRow("date only") << u"2025-02-24"_s << bad;
    QTest::newRow("not a leap year") << u"2023-02-29T00:00:00"_s << bad;
    QTest::newRow("month 13") << u"2025-13-01T00:00:00"_s << bad;
    QTest::newRow("hour 24") << u"2025-02-24T24:00:00"_s << bad;
    QTest::newRow("dot without digits") << u"2025-02-24T20:30:00."_s << bad;
    QTest::newRow("sign without offset") << u"2025-02-24T20:30:00+"_s << bad;
    QTest::newRow("trailing text") << u"2025-02-24T20:30:00Z tomorrow"_s << bad;
    QTest::newRow("two-digit year") << u"25-02-24T20:30:00"_s << bad;
    QTest::newRow("words") << u"yesterday"_s << bad;
}

void TstCodec::parseTimestamp()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QCOMPARE(parseIsoTimestampUs(text), expected);
}

void TstCodec::formatTimestamp_data()
{
    QTest::addColumn<qint64>("us");
    QTest::addColumn<QString>("expected");
    QTest::newRow("producer example")
        << utcUs(2025, 2, 24, 20, 30, 0, 123456) << u"2025-02-24T20:30:00.123456Z"_s;
    QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00.000000Z"_s;
    QTest::newRow("just before epoch") << qint64(-1) << u"1969-12-31T23:59:59.999999Z"_s;
    QTest::newRow("leap day") << utcUs(2024, 2, 29, 23, 59, 59, 7)
                              << u"2024-02-29T23:59:59.000007Z"_s;
    QTest::newRow("none") << NoTimestamp << QString();
}

void TstCodec::formatTimestamp()
{
    QFETCH(qint64, us);
    QFETCH(QString, expected);
    QCOMPARE(formatIsoTimestampUs(us), expected);
    if (us != NoTimestamp)
        QCOMPARE(parseIsoTimestampUs(expected), us);
}

void TstCodec::timestampRoundTripsOverYears()
{
    // Our arithmetic against QDateTime's, over the whole 4-digit year range.
    QRandomGenerator rng(20250224);
    for (int i = 0; i < 20000; ++i) {
        const qint64 us = rng.bounded(-62'135'596'800'000'000LL, 253'402'300'799'999'999LL);
        const QString text = formatIsoTimestampUs(us);
        const QDateTime reference =
            QDateTime::fromMSecsSinceEpoch(us / 1000 - (us % 1000 < 0 ? 1 : 0), QTimeZone::utc());
        QCOMPARE(text.left(23), reference.toString(Qt::ISODateWithMs).left(23));
        QCOMPARE(parseIsoTimestampUs(text), us);
    }
}

void TstCodec::escapedPreview_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("printable ascii") << R"({"player":"Ya"})"_ba << 200 << uR"({"player":"Ya"})"_s;
    QTest::newRow("newline, tab, cr") << "a\nb\tc\rd"_ba << 200 << uR"(a\nb\tc\rd)"_s;
    QTest::newRow("control bytes") << "a\x01\x7f"_ba << 200 << uR"(a\x01\x7f)"_s;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << 200 << uR"(a\x00b)"_s;
    QTest::newRow("invalid utf-8") << "J\xfcrgen"_ba << 200 << uR"(J\xfcrgen)"_s;
    QTest::newRow("valid utf-8 kept") << "Zo\xc3\xab \xf0\x9f\x90\x89"_ba << 200 << u"Zoë 🐉"_s;
    QTest::newRow("C1 control escaped") << "a\xc2\x85"_ba << 200 << uR"(a\xc2\x85)"_s;
    QTest::newRow("byte order mark escaped")
        << "\xef\xbb\xbf{}"_ba << 200 << uR"(\xef\xbb\xbf{})"_s;
    QTest::newRow("terminal escape sequence")
        << "\x1b[2J\x1b[31mPWNED"_ba << 200 << uR"(\x1b[2J\x1b[31mPWNED)"_s;
    QTest::newRow("right-to-left override escaped")
        << "a\xe2\x80\xae"_ba << 200 << uR"(a\xe2\x80\xae)"_s;
    QTest::newRow("zero-width space escaped") << "a\xe2\x80\x8b"_ba << 200 << uR"(a\xe2\x80\x8b)"_s;
    QTest::newRow("line separator escaped") << "a\xe2\x80\xa8"_ba << 200 << uR"(a\xe2\x80\xa8)"_s;
    QTest::newRow("cut with ellipsis") << "abcdefgh"_ba << 5 << u"abcde…"_s;
    QTest::newRow("not cut at limit") << "abcde"_ba << 5 << u"abcde"_s;
    QTest::newRow("cut inside a character") << "ab\xc3\xab"_ba << 3 << uR"(ab\xc3…)"_s;
    QTest::newRow("empty") << QByteArray() << 200 << QString();
}

void TstCodec::escapedPreview()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, maxBytes);
    QFETCH(QString, expected);
    QCOMPARE(Codec::escapedPreview(payload, maxBytes), expected);
}

void TstCodec::eventKindNames()
{
    for (EventKind kind : {EventKind::DiceRoll, EventKind::Encounter, EventKind::SpellCast})
        QCOMPARE(eventKindFromName(eventKindName(kind)), kind);
    QCOMPARE(eventKindName(EventKind::DiceRoll), u"dice_roll"_s);
    QCOMPARE(eventKindName(EventKind::Encounter), u"encounter"_s);
    QCOMPARE(eventKindName(EventKind::SpellCast), u"spell_cast"_s);
    QCOMPARE(eventKindFromName(u"level_up"_s), EventKind::Other);
    QCOMPARE(eventKindFromName(u"Dice_Roll"_s), EventKind::Other);
}

void TstCodec::batchesCrossThreadsAsMetaTypes()
{
    registerCoreMetaTypes();
    registerCoreMetaTypes(); // idempotent
    QVERIFY(QMetaType::fromName("dnd::GameEvent").isValid());
    QVERIFY(QMetaType::fromName("dnd::RejectedMessage").isValid());
    QVERIFY(QMetaType::fromName("dnd::EventBatch").isValid());

    EventBatch batch;
    batch.events.append(diceRoll(u"Ya"_s, 20, 20));
    batch.rejected.append({0, 5, NoTimestamp, RejectReason::NotJson, u"bad"_s, u"x"_s});
    batch.ranges.append({0, 4, 5});
    const QVariant v = QVariant::fromValue(batch);
    const auto back = v.value<EventBatch>();
    QCOMPARE(back.events, batch.events);
    QCOMPARE(back.rejected, batch.rejected);
    QCOMPARE(back.ranges, batch.ranges);
}

void TstCodec::randomEventsRoundTrip()
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 10000; ++i) {
        const GameEvent event = randomEvent(rng);
        const QByteArray json = Codec::encode(event);
        const ValidationResult result = Codec::decode(json);
        QVERIFY2(result.ok, qPrintable(result.message + u" in "_s + QString::fromUtf8(json)));
        QCOMPARE(result.event, event);
    }
}

void TstCodec::simulatedEventsRoundTrip_data()
{
    QTest::addColumn<SimulationMode>("mode");
    QTest::newRow("random") << SimulationMode::Random;
    QTest::newRow("game") << SimulationMode::Game;
}

void TstCodec::simulatedEventsRoundTrip()
{
    QFETCH(SimulationMode, mode);
    SimulatorConfig config;
    config.mode = mode;
    config.seed = 42;
    Simulator simulator(config);
    QSet<QString> types;
    for (int i = 0; i < 10000; ++i) {
        const GameEvent event = simulator.next();
        const QByteArray json = Codec::encode(event);
        const ValidationResult result = Codec::decode(json);
        QVERIFY2(result.ok, qPrintable(result.message + u" in "_s + QString::fromUtf8(json)));
        QCOMPARE(result.event, event);
        types.insert(event.type);
    }
    QVERIFY(types.contains(u"dice_roll"_s));
    QVERIFY(types.contains(u"encounter"_s));
    QVERIFY(types.contains(u"spell_cast"_s));
}

DND_GUILESS_TEST_MAIN(TstCodec)
#include "tst_codec.moc"
