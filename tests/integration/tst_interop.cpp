// SPDX-License-Identifier: MIT
// Outside clients against the built-in broker, only through its stable
// bootstrap address: kcat and kafka-python (python3-kafka) produce in the
// original project's format and read what our producer writes.

#include "brokertestutil.h"
#include "codec.h"
#include "embeddedbroker.h"
#include "producer.h"
#include "testmain.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace dnd;

class TestInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void kcatLinesInOriginalFormatDecode_data();
    void kcatLinesInOriginalFormatDecode();
    void ourMessagesReadByKcatHaveOriginalFieldNames();
    void kafkaPythonReadsOurMessages();
    void kafkaPythonMessagesDecode();

private:
    QVector<GameEvent> produceOneOfEachKind();
    std::unique_ptr<EmbeddedBroker> m_broker;
};

static const QString Topic = QStringLiteral("dnd_events");

void TestInterop::init()
{
    m_broker = std::make_unique<EmbeddedBroker>();
    EmbeddedBrokerOptions options;
    options.port = 0;
    QString error;
    QVERIFY2(m_broker->start(options, &error), qPrintable(error));
}

void TestInterop::cleanup()
{
    m_broker.reset();
}

static qint64 utcUs(int y, int mo, int d, int h, int mi, int s, int us)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch() * 1000 + us;
}

void TestInterop::kcatLinesInOriginalFormatDecode_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("player");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("dieSides");
    QTest::addColumn<int>("rollResult");
    QTest::addColumn<QString>("detail"); // monster or spell
    QTest::addColumn<qint64>("timestampUs");

    const qint64 ts = utcUs(2025, 2, 24, 20, 30, 0, 123456);
    QTest::newRow("dice_roll")
        << QByteArray(R"({"timestamp": "2025-02-24T20:30:00.123456", "player": "Stravos", )"
                      R"("event_type": "dice_roll", "dice_type": "d20", "roll_result": 15})")
        << "Stravos"
        << "dice_roll" << 20 << 15 << QString() << ts;
    QTest::newRow("dice_roll without dice_type is a d20")
        << QByteArray(R"({"timestamp": "2025-02-24T20:30:00.123456", "player": "Wurs", )"
                      R"("event_type": "dice_roll", "roll_result": 20, "context": "attack_roll"})")
        << "Wurs"
        << "dice_roll" << 20 << 20 << QString() << ts;
    QTest::newRow("dice_roll d6")
        << QByteArray(R"({"timestamp": "2025-02-24T20:30:00.123456", "player": "Ya", )"
                      R"("event_type": "dice_roll", "dice_type": "d6", "roll_result": 6})")
        << "Ya"
        << "dice_roll" << 6 << 6 << QString() << ts;
    QTest::newRow("encounter")
        << QByteArray(R"({"timestamp": "2025-02-24T20:30:00.123456", "player": "Sylas", )"
                      R"("event_type": "encounter", "monster_type": "Goblin", )"
                      R"("location": "Dark Forest", "initiative_order": 3})")
        << "Sylas"
        << "encounter" << 0 << 0 << "Goblin" << ts;
    QTest::newRow("spell_cast")
        << QByteArray(R"({"timestamp": "2025-02-24T20:30:00.123456", "player": "Ya", )"
                      R"("event_type": "spell_cast", "spell_name": "Fireball", )"
                      R"("target": "Goblin", "effect": "damage"})")
        << "Ya"
        << "spell_cast" << 0 << 0 << "Fireball" << ts;
}

// The original producer sends no key; kcat without -K does the same.
void TestInterop::kcatLinesInOriginalFormatDecode()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, player);
    QFETCH(QString, type);
    QFETCH(int, dieSides);
    QFETCH(int, rollResult);
    QFETCH(QString, detail);
    QFETCH(qint64, timestampUs);
    const QString kcat = test::kcatPath();
    if (kcat.isEmpty())
        QSKIP("kcat is not installed (apt-get install kcat)");

    const test::ProcessResult produced =
        test::runProcess(kcat,
                         {QStringLiteral("-b"), m_broker->bootstrap(), QStringLiteral("-t"), Topic,
                          QStringLiteral("-P")},
                         line + '\n');
    QVERIFY2(produced.finished && produced.exitCode == 0, produced.err.constData());

    const QVector<test::RawMessage> messages = test::readTopic(m_broker->bootstrap(), Topic, 1);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().value, line);
    const ValidationResult result = Codec::decode(messages.first().value);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.event.player, player);
    QCOMPARE(result.event.type, type);
    QCOMPARE(result.event.dieSides, dieSides);
    QCOMPARE(result.event.rollResult, rollResult);
    QCOMPARE(result.event.timestampUs, timestampUs);
    if (type == QLatin1String("encounter"))
        QCOMPARE(result.event.monster, detail);
    if (type == QLatin1String("spell_cast"))
        QCOMPARE(result.event.spell, detail);
}

QVector<GameEvent> TestInterop::produceOneOfEachKind()
{
    GameEvent roll;
    roll.player = QStringLiteral("Stravos");
    roll.kind = EventKind::DiceRoll;
    roll.type = QStringLiteral("dice_roll");
    roll.dieSides = 20;
    roll.rollResult = 15;
    roll.context = QStringLiteral("attack_roll");
    roll.timestampUs = utcUs(2025, 2, 24, 20, 30, 0, 123456);

    GameEvent encounter;
    encounter.player = QStringLiteral("Wurs");
    encounter.kind = EventKind::Encounter;
    encounter.type = QStringLiteral("encounter");
    encounter.monster = QStringLiteral("Dragon");
    encounter.location = QStringLiteral("Castle Ruins");
    encounter.initiative = 2;
    encounter.timestampUs = utcUs(2025, 2, 24, 20, 31, 0, 0);

    GameEvent spell;
    spell.player = QStringLiteral("Ya");
    spell.kind = EventKind::SpellCast;
    spell.type = QStringLiteral("spell_cast");
    spell.spell = QStringLiteral("Cure Wounds");
    spell.target = QStringLiteral("Sylas");
    spell.effect = QStringLiteral("healing");
    spell.timestampUs = utcUs(2025, 2, 24, 20, 32, 0, 500000);

    const QVector<GameEvent> events = {roll, encounter, spell};
    Producer producer(test::connectionTo(m_broker->bootstrap()), Topic);
    QString error;
    if (!producer.open(&error))
        qWarning("producer: %s", qPrintable(error));
    for (const GameEvent &event : events)
        producer.produce(event);
    producer.flush(10000);
    if (producer.counters().delivered != quint64(events.size()))
        qWarning("delivered %llu of %lld", producer.counters().delivered, events.size());
    return events;
}

// The fields each kind must carry under the original project's names.
static QStringList expectedFields(const QString &type)
{
    QStringList fields = {QStringLiteral("player"), QStringLiteral("event_type"),
                          QStringLiteral("timestamp")};
    if (type == QLatin1String("dice_roll"))
        fields << QStringLiteral("dice_type") << QStringLiteral("roll_result")
               << QStringLiteral("context");
    else if (type == QLatin1String("encounter"))
        fields << QStringLiteral("monster_type") << QStringLiteral("location")
               << QStringLiteral("initiative_order");
    else if (type == QLatin1String("spell_cast"))
        fields << QStringLiteral("spell_name") << QStringLiteral("target")
               << QStringLiteral("effect");
    fields.sort();
    return fields;
}

static void checkOriginalJson(const QJsonObject &object, const QVector<GameEvent> &events)
{
    const QString type = object.value(QLatin1String("event_type")).toString();
    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys, expectedFields(type));
    const QString player = object.value(QLatin1String("player")).toString();
    const auto it = std::find_if(events.begin(), events.end(),
                                 [&](const GameEvent &e) { return e.player == player; });
    QVERIFY(it != events.end());
    QCOMPARE(type, it->type);
    QCOMPARE(parseIsoTimestampUs(object.value(QLatin1String("timestamp")).toString()),
             it->timestampUs);
    if (type == QLatin1String("dice_roll")) {
        QCOMPARE(object.value(QLatin1String("dice_type")).toString(), QStringLiteral("d20"));
        QCOMPARE(object.value(QLatin1String("roll_result")).toInt(), it->rollResult);
    } else if (type == QLatin1String("encounter")) {
        QCOMPARE(object.value(QLatin1String("monster_type")).toString(), it->monster);
        QCOMPARE(object.value(QLatin1String("initiative_order")).toInt(), it->initiative);
    } else {
        QCOMPARE(object.value(QLatin1String("spell_name")).toString(), it->spell);
    }
}

void TestInterop::ourMessagesReadByKcatHaveOriginalFieldNames()
{
    const QString kcat = test::kcatPath();
    if (kcat.isEmpty())
        QSKIP("kcat is not installed (apt-get install kcat)");
    const QVector<GameEvent> events = produceOneOfEachKind();

    const test::ProcessResult consumed = test::runProcess(
        kcat, {QStringLiteral("-b"), m_broker->bootstrap(), QStringLiteral("-t"), Topic,
               QStringLiteral("-C"), QStringLiteral("-e"), QStringLiteral("-o"),
               QStringLiteral("beginning"), QStringLiteral("-f"), QStringLiteral("%k\\t%s\\n")});
    QVERIFY2(consumed.finished && consumed.exitCode == 0, consumed.err.constData());
    const QList<QByteArray> lines = consumed.out.trimmed().split('\n');
    QCOMPARE(lines.size(), events.size());
    for (const QByteArray &line : lines) {
        const qsizetype tab = line.indexOf('\t');
        QVERIFY(tab > 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.mid(tab + 1), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        QCOMPARE(QString::fromUtf8(line.left(tab)),
                 doc.object().value(QLatin1String("player")).toString());
        checkOriginalJson(doc.object(), events);
        if (QTest::currentTestFailed())
            return;
    }
}

// The Debian python3-kafka package installs for /usr/bin/python3, which
// may not be the python3 first on PATH (pyenv, venv).
static QString pythonWithKafka(QString *why)
{
    QStringList candidates = {QStringLiteral("/usr/bin/python3")};
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates << onPath;
    for (const QString &python : std::as_const(candidates)) {
        // -I: isolated, so a kafka/ folder in the working directory (ours!)
        // is not mistaken for the kafka package.
        const test::ProcessResult probe = test::runProcess(
            python, {QStringLiteral("-I"), QStringLiteral("-c"), QStringLiteral("import kafka")},
            {}, 10000);
        if (probe.started && probe.finished && probe.exitCode == 0)
            return python;
    }
    *why = QStringLiteral("no python3 with kafka-python found (apt-get install python3-kafka)");
    return {};
}

static test::ProcessResult runPythonClient(const QString &python, const QString &action,
                                           const QString &bootstrap, int count)
{
    const QString script = QFINDTESTDATA("kafka_python_client.py");
    return test::runProcess(
        python, {QStringLiteral("-I"), script, action, bootstrap, Topic, QString::number(count)},
        {}, 60000);
}

void TestInterop::kafkaPythonReadsOurMessages()
{
    QString why;
    const QString python = pythonWithKafka(&why);
    if (python.isEmpty())
        QSKIP(qPrintable(why));
    const QVector<GameEvent> events = produceOneOfEachKind();

    const test::ProcessResult consumed =
        runPythonClient(python, QStringLiteral("consume"), m_broker->bootstrap(), events.size());
    QVERIFY2(consumed.finished && consumed.exitCode == 0, consumed.err.constData());
    const QList<QByteArray> lines = consumed.out.trimmed().split('\n');
    QCOMPARE(lines.size(), events.size());
    for (const QByteArray &line : lines) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        const QJsonObject value = record.value(QLatin1String("value")).toObject();
        QCOMPARE(record.value(QLatin1String("key")).toString(),
                 value.value(QLatin1String("player")).toString());
        checkOriginalJson(value, events);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestInterop::kafkaPythonMessagesDecode()
{
    QString why;
    const QString python = pythonWithKafka(&why);
    if (python.isEmpty())
        QSKIP(qPrintable(why));
    const int count = 9;
    const test::ProcessResult produced =
        runPythonClient(python, QStringLiteral("produce"), m_broker->bootstrap(), count);
    QVERIFY2(produced.finished && produced.exitCode == 0, produced.err.constData());
    const QList<QByteArray> sentLines = produced.out.trimmed().split('\n');
    QCOMPARE(sentLines.size(), count);

    QVector<test::RawMessage> messages = test::readTopic(m_broker->bootstrap(), Topic, count);
    QCOMPARE(messages.size(), count);
    QList<QByteArray> received;
    for (const test::RawMessage &message : std::as_const(messages)) {
        const ValidationResult result = Codec::decode(message.value);
        QVERIFY2(result.ok,
                 qPrintable(result.message + QLatin1Char(' ') + QString::fromUtf8(message.value)));
        QCOMPARE(QString::fromUtf8(message.key), result.event.player);
        QVERIFY(result.event.timestampUs != NoTimestamp);
        received.append(message.value);
    }
    // Byte for byte what Python printed it sent.
    QList<QByteArray> sent = sentLines;
    std::sort(sent.begin(), sent.end());
    std::sort(received.begin(), received.end());
    QCOMPARE(received, sent);
}

DND_GUILESS_TEST_MAIN(TestInterop)
#include "tst_interop.moc"
