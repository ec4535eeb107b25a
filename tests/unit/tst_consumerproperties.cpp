// SPDX-License-Identifier: MIT
// The consumer's librdkafka properties: which depend on the broker, and
// those of the security settings (SASL, TLS, mTLS), which librdkafka takes.
#include "connectionsettings.h"
#include "consumeroptions.h"
#include "consumerproperties.h"
#include "settingvalues.h"
#include "testmain.h"

#include <QtTest>

#include <librdkafka/rdkafka.h>

#include <memory>

using namespace dnd;
using namespace Qt::StringLiterals;

using SettingMap = QMap<int, QString>; // SettingKey -> value

class Tst_consumerProperties : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fetchWait_data();
    void fetchWait();
    void alwaysSet();
    void security_data();
    void security();
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

void Tst_consumerProperties::security_data()
{
    // Settings as the schema names them (flag/variable/preferences), and the
    // librdkafka properties they must become, in order.
    QTest::addColumn<SettingMap>("settings");
    QTest::addColumn<QStringList>("expected");
    using K = SettingKey;
    const SettingMap mtls{{int(K::CaFile), u"/etc/kafka/ca.pem"_s},
                          {int(K::CertFile), u"/etc/kafka/client.pem"_s},
                          {int(K::KeyFile), u"/etc/kafka/client.key"_s}};
    auto with = [](SettingMap base, std::initializer_list<std::pair<K, QString>> more) {
        for (const auto &[key, value] : more)
            base.insert(int(key), value);
        return base;
    };
    QTest::newRow("plaintext ignores TLS files")
        << with(mtls, {{K::SecurityProtocol, u"PLAINTEXT"_s}})
        << QStringList{u"security.protocol=PLAINTEXT"_s};
    QTest::newRow("SSL with a CA")
        << SettingMap{{int(K::SecurityProtocol), u"SSL"_s}, {int(K::CaFile), u"/ca.pem"_s}}
        << QStringList{u"security.protocol=SSL"_s, u"ssl.ca.location=/ca.pem"_s};
    QTest::newRow("mTLS") << with(mtls, {{K::SecurityProtocol, u"SSL"_s}})
                          << QStringList{u"security.protocol=SSL"_s,
                                         u"ssl.ca.location=/etc/kafka/ca.pem"_s,
                                         u"ssl.certificate.location=/etc/kafka/client.pem"_s,
                                         u"ssl.key.location=/etc/kafka/client.key"_s};
    QTest::newRow("mTLS, encrypted key")
        << with(mtls, {{K::SecurityProtocol, u"SSL"_s}, {K::KeyPassword, u"k-pw"_s}})
        << QStringList{u"security.protocol=SSL"_s, u"ssl.ca.location=/etc/kafka/ca.pem"_s,
                       u"ssl.certificate.location=/etc/kafka/client.pem"_s,
                       u"ssl.key.location=/etc/kafka/client.key"_s, u"ssl.key.password=k-pw"_s};
    QTest::newRow("SASL_SSL SCRAM with mTLS")
        << with(mtls, {{K::SecurityProtocol, u"SASL_SSL"_s},
                       {K::SaslMechanism, u"SCRAM-SHA-512"_s},
                       {K::Username, u"gm"_s},
                       {K::Password, u"s-pw"_s}})
        << QStringList{u"security.protocol=SASL_SSL"_s,
                       u"sasl.mechanism=SCRAM-SHA-512"_s,
                       u"sasl.username=gm"_s,
                       u"sasl.password=s-pw"_s,
                       u"ssl.ca.location=/etc/kafka/ca.pem"_s,
                       u"ssl.certificate.location=/etc/kafka/client.pem"_s,
                       u"ssl.key.location=/etc/kafka/client.key"_s};
    QTest::newRow("SASL_PLAINTEXT ignores TLS files")
        << with(mtls, {{K::SecurityProtocol, u"SASL_PLAINTEXT"_s},
                       {K::Username, u"gm"_s},
                       {K::Password, u"s-pw"_s}})
        << QStringList{u"security.protocol=SASL_PLAINTEXT"_s, u"sasl.mechanism=PLAIN"_s,
                       u"sasl.username=gm"_s, u"sasl.password=s-pw"_s};
}

void Tst_consumerProperties::security()
{
    QFETCH(SettingMap, settings);
    QFETCH(QStringList, expected);
    SettingValues values;
    values.setValue(SettingKey::Broker, u"kafka.example:9093"_s);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        values.setValue(SettingKey(it.key()), it.value());
    const ConnectionSettings connection = connectionSettingsFrom(values);
    QStringList found;
    for (const auto &[name, value] : securityProperties(connection))
        found << QString::fromUtf8(name) + u'=' + value;
    QCOMPARE(found, expected);

    // librdkafka takes every one of them (rd_kafka_conf_set; the files are
    // opened later, when a client is created).
    QString error;
    std::unique_ptr<rd_kafka_conf_t, void (*)(rd_kafka_conf_t *)> conf(
        makeKafkaConf(connection, &error), rd_kafka_conf_destroy);
    QVERIFY2(conf, qPrintable(error));
    for (const QString &property : std::as_const(expected)) {
        const QByteArray name = property.section(u'=', 0, 0).toUtf8();
        if (name.contains("password"))
            continue; // librdkafka does not give secrets back
        char buffer[512];
        size_t size = sizeof buffer;
        QCOMPARE(rd_kafka_conf_get(conf.get(), name.constData(), buffer, &size), RD_KAFKA_CONF_OK);
        // Enumerations come back in librdkafka's spelling ("ssl").
        QCOMPARE(QString::fromUtf8(buffer).toUpper(), property.section(u'=', 1).toUpper());
    }
}

DND_GUILESS_TEST_MAIN(Tst_consumerProperties)
#include "tst_consumerproperties.moc"
