// SPDX-License-Identifier: MIT
// The decoder's two JSON readers (codec.h, JsonReader): the fast reader for
// flat objects must accept exactly what Qt JSON accepts, with the same event,
// and leave everything else to Qt JSON, so reject reasons and messages never
// depend on which reader took a message. Checked on chosen edge cases, on
// simulated events and on many randomly damaged ones.
#include "codec.h"
#include "flatjsonscanner.h"
#include "simulator.h"
#include "testmain.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace dnd;
using namespace Qt::StringLiterals;

namespace {

// Both readers on one payload; a failure names the payload.
void compareReaders(const QByteArray &payload)
{
    const ValidationResult fast = Codec::decode(payload, JsonReader::FastThenQt);
    const ValidationResult qt = Codec::decode(payload, JsonReader::QtOnly);
    const QByteArray where = "payload: " + Codec::escapedPreview(payload, 400).toUtf8();
    QVERIFY2(fast.ok == qt.ok, where.constData());
    QVERIFY2(fast.reason == qt.reason, where.constData());
    QVERIFY2(fast.message == qt.message, QByteArray(where + "\nfast: " + fast.message.toUtf8() +
                                                    "\nqt:   " + qt.message.toUtf8())
                                             .constData());
    QVERIFY2(fast.event == qt.event, where.constData());
}

bool fastReaderTakes(const QByteArray &payload)
{
    EventFields fields;
    return scanFlatJsonObject(payload, &fields);
}

// Bytes that make JSON interesting: structure, numbers, literals, escapes,
// white space, control and multi-byte characters.
QByteArray randomPiece(QRandomGenerator &rng)
{
    static const char *const pieces[] = {"{",
                                         "}",
                                         "[",
                                         "]",
                                         "\"",
                                         ":",
                                         ",",
                                         " ",
                                         "\t",
                                         "\n",
                                         "\r",
                                         "\\",
                                         "\\\"",
                                         "\\u00e9",
                                         "\\ud83d\\udc09",
                                         "\\u0000",
                                         "0",
                                         "1",
                                         "-",
                                         ".",
                                         "e",
                                         "E",
                                         "+",
                                         "9",
                                         "00",
                                         "1e3",
                                         "true",
                                         "false",
                                         "null",
                                         "tru",
                                         "\x01",
                                         "\x7f",
                                         "\xc3\xa9",
                                         "\xf0\x9f\x90\x89",
                                         "\xef\xbf\xbf",
                                         "player",
                                         "event_type",
                                         "roll_result",
                                         "dice_type",
                                         "\"d20\"",
                                         "\"player\":\"Ya\"",
                                         "\"roll_result\":",
                                         "\"event_type\":\"dice_roll\"",
                                         "\xef\xbb\xbf",
                                         "12345678901234567"};
    return QByteArray(pieces[rng.bounded(int(std::size(pieces)))]);
}

QByteArray mutate(QByteArray payload, QRandomGenerator &rng)
{
    const int edits = 1 + rng.bounded(3);
    for (int i = 0; i < edits; ++i) {
        const int at = payload.isEmpty() ? 0 : rng.bounded(int(payload.size()));
        switch (rng.bounded(3)) {
        case 0:
            payload.insert(at, randomPiece(rng));
            break;
        case 1:
            payload.remove(at, 1 + rng.bounded(3));
            break;
        default:
            payload.replace(at, 1, randomPiece(rng));
            break;
        }
    }
    return payload;
}

} // namespace

class TstJsonReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameResult_data();
    void sameResult();
    void simulatedEventsTakeTheFastReader_data();
    void simulatedEventsTakeTheFastReader();
    void damagedMessagesGetTheSameVerdict();
};

void TstJsonReaders::sameResult_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("fast"); // whether the fast reader takes it

    const auto row = [](const char *name, const QByteArray &payload, bool fast) {
        QTest::newRow(name) << payload << fast;
    };
    // What producers send: compact (Qt, kcat users) and Python's json.dumps
    // with its ", " and ": " separators.
    row("compact roll", R"({"player":"Ya","event_type":"dice_roll","roll_result":12})", true);
    row("python dumps",
        R"({"player": "Stravos", "event_type": "dice_roll", "dice_type": "d20", "roll_result": 17, "context": "attack_roll", "timestamp": "2025-02-24T20:30:00.123456"})",
        true);
    row("pretty printed",
        "{\n  \"player\": \"Wurs\",\r\n\t\"event_type\": \"encounter\",\n  "
        "\"monster_type\": \"Orc\", \"initiative_order\": 3\n}\n",
        true);
    row("unknown fields", R"({"player":"Ya","event_type":"x","extra":1,"flag":true,"n":null})",
        true);
    row("null optional fields",
        R"({"player":"Ya","event_type":"spell_cast","spell_name":"Shield","target":null})", true);
    row("numeric ids",
        R"({"player":"Ya","event_type":"x","event_id":123456789012345,"game_id":-7})", true);
    row("non-ASCII", "{\"player\":\"Zo\xc3\xab \xf0\x9f\x90\x89\",\"event_type\":\"x\"}", true);
    row("empty object", "{}", true);
    row("byte order mark", "\xef\xbb\xbf{\"player\":\"Ya\",\"event_type\":\"x\"}", true);
    // Valid for the fast reader, rejected by validation: same message.
    row("missing player", R"({"event_type":"dice_roll","roll_result":3})", true);
    row("roll out of range", R"({"player":"Ya","event_type":"dice_roll","roll_result":21})", true);
    row("boolean roll", R"({"player":"Ya","event_type":"dice_roll","roll_result":false})", true);
    row("numeric player", R"({"player":42,"event_type":"x"})", true);
    row("blank player", R"({"player":"  ","event_type":"x"})", true);
    row("unknown die",
        R"({"player":"Ya","event_type":"dice_roll","dice_type":"d7","roll_result":1})", true);
    row("bad timestamp", R"({"player":"Ya","event_type":"x","timestamp":"yesterday"})", true);
    row("DEL in player", "{\"player\":\"Y\x7f\",\"event_type\":\"x\"}", true);
    row("C1 control in player", "{\"player\":\"Y\xc2\x85\",\"event_type\":\"x\"}", true);
    row("noncharacter", "{\"player\":\"Y\xef\xbf\xbf\",\"event_type\":\"x\"}", true);
    // Left to Qt JSON.
    row("escaped quote", R"({"player":"\"Ya\"","event_type":"x"})", false);
    row("escaped key", R"({"pl\u0061yer":"Ya","event_type":"x"})", false);
    row("surrogate escape", R"({"player":"\ud83d\udc09","event_type":"x"})", false);
    row("control escape", R"({"player":"Y\u0007","event_type":"x"})", false);
    row("fraction", R"({"player":"Ya","event_type":"dice_roll","roll_result":18.0})", false);
    row("exponent", R"({"player":"Ya","event_type":"dice_roll","roll_result":1e1})", false);
    row("16 digits", R"({"player":"Ya","event_type":"x","event_id":1234567890123456})", false);
    row("int64 overflow", R"({"player":"Ya","event_type":"x","event_id":99999999999999999999})",
        false);
    row("minus zero", R"({"player":"Ya","event_type":"dice_roll","roll_result":-0})", false);
    row("nested object", R"({"player":"Ya","event_type":"x","meta":{"a":1}})", false);
    row("nested array", R"({"player":"Ya","event_type":"x","tags":[1,2]})", false);
    row("mark starting a value",
        "{\"player\":\"Ya\",\"event_type\":\"dice_roll\",\"dice_type\":\"\xef\xbb\xbf"
        "d20\",\"roll_result\":4}",
        false);
    row("mark starting a key", "{\"\xef\xbb\xbfplayer\":\"Ya\",\"event_type\":\"x\"}", false);
    row("mark inside a value",
        "{\"player\":\"Y\xef\xbb\xbf"
        "a\",\"event_type\":\"x\"}",
        true);
    row("duplicate player", R"({"player":"Ya","player":"Wurs","event_type":"x"})", false);
    row("raw tab in string", "{\"player\":\"Y\ta\",\"event_type\":\"x\"}", false);
    row("raw NUL in string", QByteArray("{\"player\":\"Y\0a\",\"event_type\":\"x\"}", 32), false);
    // Not JSON, or not an object: Qt JSON says why.
    row("leading zero", R"({"player":"Ya","event_type":"dice_roll","roll_result":012})", false);
    row("plus sign", R"({"player":"Ya","event_type":"dice_roll","roll_result":+3})", false);
    row("trailing comma", R"({"player":"Ya",})", false);
    row("missing colon", R"({"player" "Ya"})", false);
    row("single quotes", R"({'player':'Ya'})", false);
    row("unquoted key", R"({player:"Ya"})", false);
    row("capital True", R"({"player":"Ya","event_type":"x","f":True})", false);
    row("garbage after", R"({"player":"Ya","event_type":"x"} x)", false);
    row("two objects", R"({"player":"Ya","event_type":"x"}{})", false);
    row("NUL after", QByteArray("{\"player\":\"Ya\",\"event_type\":\"x\"}\0", 33), false);
    row("unterminated string", R"({"player":"Ya)", false);
    row("unterminated object", R"({"player":"Ya","event_type":"x")", false);
    row("form feed space", "{\f\"player\":\"Ya\",\"event_type\":\"x\"}", false);
    row("array", R"([{"player":"Ya","event_type":"x"}])", false);
    row("number", "42", false);
    row("empty", "", false);
    row("white space only", " \n", false);
}

void TstJsonReaders::sameResult()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, fast);
    QByteArray json = payload;
    if (json.startsWith("\xEF\xBB\xBF"))
        json = json.mid(3); // Codec::decode drops the mark before either reader
    QCOMPARE(fastReaderTakes(json), fast);
    compareReaders(payload);
}

void TstJsonReaders::simulatedEventsTakeTheFastReader_data()
{
    QTest::addColumn<SimulationMode>("mode");
    QTest::newRow("random") << SimulationMode::Random;
    QTest::newRow("game") << SimulationMode::Game;
}

void TstJsonReaders::simulatedEventsTakeTheFastReader()
{
    QFETCH(SimulationMode, mode);
    SimulatorConfig config;
    config.mode = mode;
    config.seed = 11;
    Simulator simulator(config);
    int fast = 0;
    for (int i = 0; i < 5000; ++i) {
        const QByteArray json = Codec::encode(simulator.next());
        fast += fastReaderTakes(json) ? 1 : 0;
        compareReaders(json);
        if (QTest::currentTestFailed())
            return;
    }
    // The speed of the decoder rests on this (docs/PERFORMANCE.md).
    QCOMPARE(fast, 5000);
}

void TstJsonReaders::damagedMessagesGetTheSameVerdict()
{
    SimulatorConfig config;
    config.mode = SimulationMode::Game;
    config.seed = 5;
    Simulator simulator(config);
    QRandomGenerator rng(2026);
    int fastAccepted = 0;
    int fastRejected = 0;
    for (int i = 0; i < 60000; ++i) {
        const QByteArray damaged = mutate(Codec::encode(simulator.next()), rng);
        compareReaders(damaged);
        if (QTest::currentTestFailed())
            return;
        if (fastReaderTakes(damaged))
            (Codec::decode(damaged).ok ? fastAccepted : fastRejected) += 1;
    }
    // The damage must reach both readers' interesting cases, not only Qt's.
    QVERIFY2(fastAccepted > 1000, qPrintable(QString::number(fastAccepted)));
    QVERIFY2(fastRejected > 1000, qPrintable(QString::number(fastRejected)));
}

DND_GUILESS_TEST_MAIN(TstJsonReaders)
#include "tst_jsonreaders.moc"
