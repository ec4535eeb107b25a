// SPDX-License-Identifier: MIT
// The consumer's librdkafka properties: which depend on the broker.
#include "consumeroptions.h"
#include "consumerproperties.h"
#include "testmain.h"

#include <QtTest>

using namespace dnd;
using namespace Qt::StringLiterals;

class Tst_consumerProperties : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fetchWait_data();
    void fetchWait();
    void alwaysSet();
};

void Tst_consumerProperties::fetchWait_data()
{
    QTest::addColumn<bool>("builtInBroker");
    QTest::addColumn<QString>("fetchWait"); // empty: not set, librdkafka's default
    QTest::newRow("built-in broker") << true << u"10"_s;
    QTest::newRow("external cluster") << false << QString();
}

// 10 ms suits the built-in broker only (it holds an empty fetch that long);
// against a real cluster it meant ~100 idle fetches a second (issue 13).
void Tst_consumerProperties::fetchWait()
{
    QFETCH(bool, builtInBroker);
    QFETCH(QString, fetchWait);
    ConsumerOptions options;
    options.connection.bootstrap = u"kafka:9092"_s;
    options.connection.builtInBroker = builtInBroker;
    QString found;
    int count = 0;
    for (const auto &[name, value] : consumerProperties(options, u"g"_s)) {
        if (name == "fetch.wait.max.ms") {
            found = value;
            ++count;
        }
    }
    QCOMPARE(found, fetchWait);
    QCOMPARE(count, fetchWait.isEmpty() ? 0 : 1);
}

void Tst_consumerProperties::alwaysSet()
{
    // What the consumer's correctness rests on, whatever the broker.
    for (const bool builtIn : {true, false}) {
        ConsumerOptions options;
        options.connection.builtInBroker = builtIn;
        QHash<QByteArray, QString> properties;
        for (const auto &[name, value] : consumerProperties(options, u"group-x"_s))
            properties.insert(name, value);
        QCOMPARE(properties.value("group.id"), u"group-x"_s);
        QCOMPARE(properties.value("enable.auto.commit"), u"false"_s);
        QCOMPARE(properties.value("enable.auto.offset.store"), u"false"_s);
        QCOMPARE(properties.value("enable.partition.eof"), u"true"_s);
    }
}

DND_GUILESS_TEST_MAIN(Tst_consumerProperties)
#include "tst_consumerproperties.moc"
