// SPDX-License-Identifier: MIT
// Configuration: precedence of the five sources, where each value came
// from, every validation message, .env parsing, environment and QSettings.
#include "configfile.h"
#include "dotenv.h"
#include "resolvedsettings.h"
#include "settingsfilecheck.h"
#include "settingtexts.h"
#include "settingvalidators.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QSettings>

#include <QtTest>

#include <cstdio>

#include <sys/stat.h>

using namespace dnd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SettingKey)
Q_DECLARE_METATYPE(SettingSource)

namespace {

const QString DotEnvPath = QStringLiteral("/table/.env");
constexpr int DotEnvLine = 7;

// Puts a value into one source of the inputs, under that source's name.
void setIn(SettingInputs &in, SettingKey key, SettingSource source, const QString &value)
{
    const SettingInfo &info = settingInfo(key);
    switch (source) {
    case SettingSource::CommandLine:
        in.commandLine.insert(QLatin1String(info.flag), value);
        break;
    case SettingSource::Environment:
        in.environment.insert(QLatin1String(info.envVar), value);
        break;
    case SettingSource::DotEnv:
        in.dotEnv.insert(QLatin1String(info.envVar), value);
        in.dotEnvLines.insert(QLatin1String(info.envVar), DotEnvLine);
        in.dotEnvPath = DotEnvPath;
        break;
    case SettingSource::Preferences:
        in.preferences.insert(key, value);
        break;
    case SettingSource::Default:
        break;
    }
}

bool hasSource(SettingKey key, SettingSource source)
{
    const SettingInfo &info = settingInfo(key);
    const bool secret = info.flags & SettingFlag::Secret;
    switch (source) {
    case SettingSource::CommandLine:
        return info.flag != nullptr && !secret;
    case SettingSource::Environment:
        return info.envVar != nullptr;
    case SettingSource::DotEnv:
        return info.envVar != nullptr && !secret;
    case SettingSource::Preferences:
        return info.settingsKey != nullptr || secret;
    case SettingSource::Default:
        break;
    }
    return true;
}

// A valid value per key that differs between neighbouring sources.
QString validValue(SettingKey key, SettingSource source)
{
    const int n = int(source);
    switch (key) {
    case SettingKey::Broker:
    case SettingKey::ExternalBroker:
        return QStringLiteral("kafka%1.example:9092").arg(n);
    case SettingKey::SecurityProtocol:
        // Only a saved protocol may differ from PLAINTEXT with the built-in broker.
        return source == SettingSource::Preferences ? QStringLiteral("SASL_SSL")
                                                    : QStringLiteral("PLAINTEXT");
    case SettingKey::SaslMechanism:
        return QStringList{QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"),
                           QStringLiteral("SCRAM-SHA-512")}
            .at(n % 3);
    case SettingKey::Username:
        return QStringLiteral("user-%1").arg(n);
    case SettingKey::Password:
        return QStringLiteral("pass %1 word ").arg(n); // secrets are not trimmed
    case SettingKey::PasswordFile:
        return QStringLiteral("/run/secrets/pw-%1").arg(n);
    case SettingKey::CaFile:
        return QStringLiteral("/etc/ssl/ca-%1.pem").arg(n);
    case SettingKey::CertFile:
        return QStringLiteral("/etc/ssl/client-%1.pem").arg(n);
    case SettingKey::KeyFile:
        return QStringLiteral("/etc/ssl/client-%1.key").arg(n);
    case SettingKey::KeyPassword:
        return QStringLiteral("key pass %1 ").arg(n); // secrets are not trimmed
    case SettingKey::Theme:
        return QStringList{QStringLiteral("system"), QStringLiteral("light"),
                           QStringLiteral("dark")}
            .at(n % 3);
    case SettingKey::Topic:
        return QStringLiteral("topic-%1").arg(n);
    case SettingKey::GroupId:
        return QStringLiteral("group-%1").arg(n);
    case SettingKey::StartFrom:
        return QStringList{QStringLiteral("latest"), QStringLiteral("committed"),
                           QStringLiteral("earliest")}
            .at(n % 3);
    case SettingKey::Interval:
        return QString::number(n + 2);
    case SettingKey::Rate:
        return QString::number(n * 10 + 1);
    case SettingKey::Mode:
        return n % 2 ? QStringLiteral("random") : QStringLiteral("game");
    case SettingKey::Seed:
        return QString::number(n * 1000);
    case SettingKey::Players:
    case SettingKey::TrackedPlayers:
        return QStringLiteral("Player%1,Other").arg(n);
    case SettingKey::RefreshEvery:
        return QString::number(n * 100);
    case SettingKey::BrokerTimeout:
        return QString::number(n * 7);
    case SettingKey::KafkaConfig:
        return QStringLiteral("/etc/dnd/client-%1.properties").arg(n);
    case SettingKey::Archive:
        return QStringLiteral("/var/lib/dnd/campaign-%1.sqlite").arg(n);
    case SettingKey::KafkaProperties:
        return QStringLiteral("client.id=c%1\nssl.key.location=/k/%1.pem").arg(n);
    }
    return {};
}

QString expectedOrigin(SettingKey key, SettingSource source)
{
    const SettingInfo &info = settingInfo(key);
    switch (source) {
    case SettingSource::CommandLine:
        return settingFlagText(info);
    case SettingSource::Environment:
        return QLatin1String(info.envVar);
    case SettingSource::DotEnv:
        return QStringLiteral("%1:%2").arg(DotEnvPath).arg(DotEnvLine);
    case SettingSource::Preferences:
        return QStringLiteral("preferences");
    case SettingSource::Default:
        break;
    }
    return QStringLiteral("default");
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class Tst_settings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemaTable();
    void readmeTable();
    void defaults();
    void precedence_data();
    void precedence();
    void emptyValues();
    void intervalAndRate_data();
    void intervalAndRate();
    void validationMessages_data();
    void validationMessages();
    void validValuesAccepted_data();
    void validValuesAccepted();
    void dotEnvParsing();
    void dotEnvBadLines_data();
    void dotEnvBadLines();
    void dotEnvMissingOrUnreadable();
    void dotEnvOnlyRegularFiles_data();
    void dotEnvOnlyRegularFiles();
    void dotEnvBadLinesBounded();
    void unreadableSettingsFile_data();
    void unreadableSettingsFile();
    void environment();
    void securityWithBuiltInBroker();
    void secrets();
    void connectionProblems_data();
    void connectionProblems();
    void clientCertificateProblems_data();
    void clientCertificateProblems();
};

void Tst_settings::schemaTable()
{
    const QVector<SettingInfo> &schema = settingSchema();
    QCOMPARE(schema.size(), SettingCount);
    QSet<QString> names;
    QSet<QString> flags;
    QSet<QString> envVars;
    QSet<QString> keys;
    for (int i = 0; i < schema.size(); ++i) {
        const SettingInfo &info = schema.at(i);
        QCOMPARE(int(info.key), i);
        QCOMPARE(&settingInfo(SettingKey(i)), &info);
        QVERIFY(info.name && info.title && info.defaultValue && info.help);
        QVERIFY2(!info.flag == !info.valueName, info.name);
        // Every name is declared once, in one place.
        auto unique = [](QSet<QString> &seen, const char *name) {
            if (!name)
                return true;
            const bool fresh = !seen.contains(QLatin1String(name));
            seen.insert(QLatin1String(name));
            return fresh;
        };
        QVERIFY2(unique(names, info.name), info.name);
        QVERIFY2(unique(flags, info.flag), info.name);
        QVERIFY2(unique(envVars, info.envVar), info.name);
        QVERIFY2(unique(keys, info.settingsKey), info.name);
        // Defaults pass their own checks.
        QVERIFY2(validateSetting(info.key, QLatin1String(info.defaultValue)).isEmpty(), info.name);
        // A secret is never a flag (ps shows it) nor a QSettings value.
        if (info.flags & SettingFlag::Secret)
            QVERIFY2(!info.flag && !info.settingsKey, info.name);
        QVERIFY2(info.flags & (SettingFlag::Tracker | SettingFlag::Producer), info.name);
    }
    // The original project's names.
    QCOMPARE(settingInfo(SettingKey::Broker).envVar, "KAFKA_BROKER_ADDRESS");
    QCOMPARE(settingInfo(SettingKey::Topic).envVar, "DND_TOPIC");
    QCOMPARE(settingInfo(SettingKey::Interval).envVar, "MESSAGE_INTERVAL_SECONDS");
    QCOMPARE(settingInfo(SettingKey::GroupId).envVar, "DND_CONSUMER_GROUP_ID");
    QCOMPARE(defaultTopic(), QStringLiteral("dnd_events"));
    QCOMPARE(settingSourceName(SettingSource::CommandLine), QStringLiteral("command line"));
    QCOMPARE(settingSourceName(SettingSource::DotEnv), QStringLiteral(".env"));
    // --help's text comes from the schema.
    const QString help = settingHelp(SettingKey::StartFrom);
    QVERIFY2(help.contains(QStringLiteral("earliest, latest, committed")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("Env: DND_START_FROM.")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("Default: resume.")), qPrintable(help));
}

// The README's configuration table is the schema's: a setting added, renamed
// or given another default fails here until the README says so too.
void Tst_settings::readmeTable()
{
    QFile readme(QStringLiteral(DND_SOURCE_DIR "/README.md"));
    QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(readme.fileName()));
    const QString text = QString::fromUtf8(readme.readAll());
    const QString table = settingsMarkdownTable();
    if (!text.contains(table)) {
        // Printed whole (QTest cuts long messages) for pasting into README.md.
        std::fputs(qPrintable(table), stderr);
        QFAIL("README.md lacks the configuration table the schema makes (printed above)");
    }
}

void Tst_settings::defaults()
{
    const ResolvedSettings s = ResolvedSettings::resolve({});
    QVERIFY2(s.isValid(), qPrintable(s.errorMessages().join(QLatin1Char('\n'))));
    for (const SettingInfo &info : settingSchema()) {
        QCOMPARE(s.value(info.key).source, SettingSource::Default);
        QCOMPARE(s.value(info.key).value, QLatin1String(info.defaultValue));
    }
    QCOMPARE(s.values().broker(), QString());
    QCOMPARE(s.values().topic(), QStringLiteral("dnd_events"));
    QCOMPARE(s.values().groupId(), QString());
    QCOMPARE(s.values().startFrom(), QStringLiteral("resume"));
    QCOMPARE(s.eventsPerSecond(), 5.0);
    QVERIFY(!s.rateFromInterval());
    QCOMPARE(s.values().mode(), QStringLiteral("game"));
    QCOMPARE(s.values().seed(), quint64(1));
    QCOMPARE(s.values().players(), (QStringList{QStringLiteral("Stravos"), QStringLiteral("Ya"),
                                                QStringLiteral("Sylas"), QStringLiteral("Wurs")}));
    QCOMPARE(s.values().trackedPlayers(),
             (QStringList{QStringLiteral("Stravos"), QStringLiteral("Wurs")}));
    QCOMPARE(s.values().refreshEvery(), 5);
}

// For several keys, every source is set up to a highest one; that one wins.
// Together the rows show each source overriding the one below it.
void Tst_settings::precedence_data()
{
    QTest::addColumn<SettingKey>("key");
    QTest::addColumn<SettingSource>("highest");
    const SettingSource sources[] = {SettingSource::Preferences, SettingSource::DotEnv,
                                     SettingSource::Environment, SettingSource::CommandLine};
    for (const SettingInfo &info : settingSchema()) {
        for (SettingSource source : sources) {
            if (!hasSource(info.key, source))
                continue;
            QTest::addRow("%s over %s", info.name, qPrintable(settingSourceName(source)))
                << info.key << source;
        }
    }
}

void Tst_settings::precedence()
{
    QFETCH(SettingKey, key);
    QFETCH(SettingSource, highest);
    SettingInputs in;
    for (int s = int(SettingSource::Preferences); s <= int(highest); ++s) {
        if (hasSource(key, SettingSource(s)))
            setIn(in, key, SettingSource(s), validValue(key, SettingSource(s)));
    }
    const ResolvedSettings resolved = ResolvedSettings::resolve(in);
    QVERIFY2(resolved.isValid(), qPrintable(resolved.errorMessages().join(QLatin1Char('\n'))));
    const SettingValue &v = resolved.value(key);
    QCOMPARE(v.value, validValue(key, highest));
    QCOMPARE(v.source, highest);
    QCOMPARE(v.origin, expectedOrigin(key, highest));
    // Other keys stay at their defaults.
    for (const SettingInfo &info : settingSchema()) {
        if (info.key != key)
            QCOMPARE(resolved.value(info.key).source, SettingSource::Default);
    }
}

void Tst_settings::emptyValues()
{
    SettingInputs in;
    // Empty environment / .env / preference values count as unset ...
    setIn(in, SettingKey::Topic, SettingSource::Preferences, QStringLiteral("saved"));
    setIn(in, SettingKey::Topic, SettingSource::DotEnv, QString());
    setIn(in, SettingKey::Topic, SettingSource::Environment, QStringLiteral("  "));
    // ... but an empty command-line broker deliberately selects the built-in one.
    setIn(in, SettingKey::Broker, SettingSource::Environment, QStringLiteral("kafka:9092"));
    setIn(in, SettingKey::Broker, SettingSource::CommandLine, QString());
    // Values are trimmed.
    setIn(in, SettingKey::Mode, SettingSource::Environment, QStringLiteral(" random\t"));
    const ResolvedSettings s = ResolvedSettings::resolve(in);
    QVERIFY2(s.isValid(), qPrintable(s.errorMessages().join(QLatin1Char('\n'))));
    QCOMPARE(s.values().topic(), QStringLiteral("saved"));
    QCOMPARE(s.value(SettingKey::Topic).source, SettingSource::Preferences);
    QCOMPARE(s.values().broker(), QString());
    QCOMPARE(s.value(SettingKey::Broker).source, SettingSource::CommandLine);
    QCOMPARE(s.values().mode(), QStringLiteral("random"));

    // Without the command line, the exported broker means an external cluster.
    in.commandLine.clear();
    QCOMPARE(ResolvedSettings::resolve(in).values().broker(), QStringLiteral("kafka:9092"));
}

void Tst_settings::intervalAndRate_data()
{
    QTest::addColumn<SettingSource>("intervalSource"); // Default = not set
    QTest::addColumn<SettingSource>("rateSource");
    QTest::addColumn<double>("eventsPerSecond");
    QTest::addColumn<bool>("fromInterval");
    using S = SettingSource;
    // Interval 4 s (0.25/s), rate 20/s.
    QTest::newRow("neither") << S::Default << S::Default << 5.0 << false;
    QTest::newRow("interval only, environment") << S::Environment << S::Default << 0.25 << true;
    QTest::newRow("interval only, .env") << S::DotEnv << S::Default << 0.25 << true;
    QTest::newRow("interval only, preferences") << S::Preferences << S::Default << 0.25 << true;
    QTest::newRow("rate only") << S::Default << S::Environment << 20.0 << false;
    QTest::newRow("env interval over saved rate")
        << S::Environment << S::Preferences << 0.25 << true;
    QTest::newRow("env interval over .env rate") << S::Environment << S::DotEnv << 0.25 << true;
    QTest::newRow("command-line rate over env interval")
        << S::Environment << S::CommandLine << 20.0 << false;
    QTest::newRow(".env rate over saved interval") << S::Preferences << S::DotEnv << 20.0 << false;
    QTest::newRow("same source: rate wins") << S::Environment << S::Environment << 20.0 << false;
}

void Tst_settings::intervalAndRate()
{
    QFETCH(SettingSource, intervalSource);
    QFETCH(SettingSource, rateSource);
    QFETCH(double, eventsPerSecond);
    QFETCH(bool, fromInterval);
    SettingInputs in;
    setIn(in, SettingKey::Interval, intervalSource, QStringLiteral("4"));
    setIn(in, SettingKey::Rate, rateSource, QStringLiteral("20"));
    const ResolvedSettings s = ResolvedSettings::resolve(in);
    QVERIFY(s.isValid());
    QCOMPARE(s.eventsPerSecond(), eventsPerSecond);
    QCOMPARE(s.rateFromInterval(), fromInterval);
}

void Tst_settings::validationMessages_data()
{
    QTest::addColumn<SettingKey>("key");
    QTest::addColumn<SettingSource>("source");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown"); // the value as the message quotes it
    QTest::addColumn<QString>("where"); // how the message names the source
    QTest::addColumn<QString>("reason");
    using K = SettingKey;
    using S = SettingSource;
    const QString env = QStringLiteral("environment variable ");
    const QString dotEnv = QStringLiteral(" in .env file /table/.env:7");
    auto row = [&](const char *name, K key, S source, const QString &value, const QString &reason,
                   QString shown = QString()) {
        const SettingInfo &info = settingInfo(key);
        QString where;
        switch (source) {
        case S::CommandLine:
            where = QStringLiteral("command-line flag --") + QLatin1String(info.flag);
            break;
        case S::Environment:
            where = env + QLatin1String(info.envVar);
            break;
        case S::DotEnv:
            where = QLatin1String(info.envVar) + dotEnv;
            break;
        default:
            where = QStringLiteral("saved preferences (%1)").arg(QLatin1String(info.name));
            break;
        }
        // A value longer than 200 characters is quoted cut, with its length.
        if (shown.isNull() && value.size() > MaxQuotedCharacters)
            shown = QStringLiteral("\"%1\u2026\" (%2 characters)")
                        .arg(value.left(MaxQuotedCharacters))
                        .arg(value.size());
        else if (shown.isNull())
            shown = QStringLiteral("\"%1\"").arg(value);
        else
            shown = QStringLiteral("\"%1\"").arg(shown);
        QTest::newRow(name) << key << source << value << shown << where << reason;
    };
    const QString outside = QStringLiteral("is outside 1-65535");
    row("broker port too high", K::Broker, S::Environment, QStringLiteral("localhost:99999"),
        QStringLiteral("port 99999 is outside 1-65535"));
    row("broker port 0", K::Broker, S::CommandLine, QStringLiteral("localhost:0"), outside);
    row("broker port huge", K::Broker, S::DotEnv, QStringLiteral("h:123456789012345678901234"),
        outside);
    row("broker no port", K::Broker, S::Preferences, QStringLiteral("localhost"),
        QStringLiteral("\"localhost\" has no port; expected host:port"));
    row("broker port not a number", K::Broker, S::Environment, QStringLiteral("localhost:http"),
        QStringLiteral("port \"http\" is not a number"));
    row("broker empty port", K::Broker, S::Environment, QStringLiteral("localhost:"),
        QStringLiteral("has no port"));
    row("broker empty host", K::Broker, S::CommandLine, QStringLiteral(":9092"),
        QStringLiteral("\":9092\" has an empty host"));
    row("broker empty entry", K::Broker, S::Environment, QStringLiteral("a:1,,b:2"),
        QStringLiteral("has an empty entry"));
    row("broker trailing comma", K::Broker, S::Environment, QStringLiteral("a:1,"),
        QStringLiteral("has an empty entry"));
    row("broker bad host", K::Broker, S::DotEnv, QStringLiteral("my host:9092"),
        QStringLiteral("host \"my host\" contains \" \""));
    row("broker IPv6 without brackets", K::Broker, S::Environment, QStringLiteral("::1:9092"),
        QStringLiteral("an IPv6 address needs brackets"));
    row("broker IPv6 unclosed", K::Broker, S::Environment, QStringLiteral("[::1:9092"),
        QStringLiteral("has an unclosed ["));
    row("broker IPv6 no port", K::Broker, S::Environment, QStringLiteral("[::1]"),
        QStringLiteral("has no port; expected [address]:port"));
    row("broker IPv6 empty", K::Broker, S::Environment, QStringLiteral("[]:9092"),
        QStringLiteral("has an empty host"));
    row("broker IPv6 bad character", K::Broker, S::Environment, QStringLiteral("[fe80::zz]:9092"),
        QStringLiteral("\"fe80::zz\" is not an IPv6 address"));
    row("broker IPv6 colons only", K::Broker, S::Environment, QStringLiteral("[:::::]:9092"),
        QStringLiteral("\":::::\" is not an IPv6 address"));
    row("broker IPv6 too many groups", K::Broker, S::CommandLine,
        QStringLiteral("[1:2:3:4:5:6:7:8:9]:9092"), QStringLiteral("is not an IPv6 address"));
    row("broker IPv4 in brackets", K::Broker, S::DotEnv, QStringLiteral("[127.0.0.1]:9092"),
        QStringLiteral("is not an IPv6 address"));
    row("broker second entry", K::Broker, S::Environment, QStringLiteral("a:9092,b:70000"),
        QStringLiteral("port 70000 is outside 1-65535"));
    row("topic empty", K::Topic, S::CommandLine, QStringLiteral(""),
        QStringLiteral("is empty; a topic name needs 1 to 249 characters"));
    row("topic too long", K::Topic, S::Environment, QString(250, QLatin1Char('t')),
        QStringLiteral("is 250 characters long; at most 249 are allowed"));
    row("topic dot", K::Topic, S::DotEnv, QStringLiteral("."), QStringLiteral("are not allowed"));
    row("topic dot dot", K::Topic, S::Preferences, QStringLiteral(".."),
        QStringLiteral("are not allowed"));
    row("topic space", K::Topic, S::Environment, QStringLiteral("dnd events"),
        QStringLiteral("contains \" \"; only a-z, A-Z, 0-9"));
    row("topic slash", K::Topic, S::CommandLine, QStringLiteral("dnd/events"),
        QStringLiteral("contains \"/\""));
    row("topic umlaut", K::Topic, S::CommandLine, QStringLiteral("dnd_ev\u00e9nts"),
        QStringLiteral("contains \"\u00e9\""));
    row("interval zero", K::Interval, S::Environment, QStringLiteral("0"),
        QStringLiteral("must be greater than 0"));
    row("interval negative", K::Interval, S::DotEnv, QStringLiteral("-5"),
        QStringLiteral("must be greater than 0"));
    row("interval not a number", K::Interval, S::Environment, QStringLiteral("five"),
        QStringLiteral("is not a number"));
    row("rate infinite", K::Rate, S::CommandLine, QStringLiteral("inf"),
        QStringLiteral("is not a finite number"));
    row("rate not a number", K::Rate, S::Preferences, QStringLiteral("fast"),
        QStringLiteral("is not a number"));
    row("refresh zero", K::RefreshEvery, S::CommandLine, QStringLiteral("0"),
        QStringLiteral("must be between 1 and 1000"));
    row("refresh too high", K::RefreshEvery, S::Environment, QStringLiteral("1001"),
        QStringLiteral("must be between 1 and 1000"));
    row("refresh fraction", K::RefreshEvery, S::DotEnv, QStringLiteral("2.5"),
        QStringLiteral("is not a whole number"));
    row("refresh word", K::RefreshEvery, S::Preferences, QStringLiteral("often"),
        QStringLiteral("is not a whole number"));
    row("start from", K::StartFrom, S::CommandLine, QStringLiteral("beginning"),
        QStringLiteral("must be resume, earliest, latest, committed, today"));
    row("mode", K::Mode, S::Environment, QStringLiteral("chaos"),
        QStringLiteral("must be game or random"));
    row("seed negative", K::Seed, S::CommandLine, QStringLiteral("-1"),
        QStringLiteral("must be a whole number from 0 to 18446744073709551615"));
    row("seed too large", K::Seed, S::Environment, QStringLiteral("18446744073709551616"),
        QStringLiteral("must be a whole number"));
    row("players empty", K::Players, S::CommandLine, QStringLiteral(""),
        QStringLiteral("must name at least one player"));
    row("players empty name", K::Players, S::Environment, QStringLiteral("Ya,,Wurs"),
        QStringLiteral("player 2 has an empty name"));
    row("players too long", K::Players, S::DotEnv, QString(65, QLatin1Char('x')),
        QStringLiteral("is longer than 64 characters"));
    row("players control character", K::Players, S::Preferences, QStringLiteral("Ya,Bad\x01"),
        QStringLiteral("player name \"Bad\\x01\" contains control characters"),
        QStringLiteral("Ya,Bad\\x01"));
    row("players duplicate", K::Players, S::CommandLine, QStringLiteral("Ya,Wurs,Ya"),
        QStringLiteral("player \"Ya\" is listed twice"));
    row("tracked players duplicate", K::TrackedPlayers, S::Environment,
        QStringLiteral("Wurs, Wurs"), QStringLiteral("player \"Wurs\" is listed twice"));
    row("group too long", K::GroupId, S::CommandLine, QString(256, QLatin1Char('g')),
        QStringLiteral("is 256 characters long; at most 255 are allowed"));
    row("security protocol", K::SecurityProtocol, S::Preferences, QStringLiteral("TLS"),
        QStringLiteral("must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL"));
    row("sasl mechanism", K::SaslMechanism, S::Environment, QStringLiteral("GSSAPI"),
        QStringLiteral("must be PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512"));
    row("theme", K::Theme, S::Preferences, QStringLiteral("pink"),
        QStringLiteral("must be system, light or dark"));
    row("group control character", K::GroupId, S::Environment, QStringLiteral("group\x1b[0m"),
        QStringLiteral("contains control characters"), QStringLiteral("group\\x1b[0m"));

    // Bounded (issue 13): a value is quoted with its first 200 characters
    // and its length, however long; a bootstrap list has at most 256 entries.
    const QString hugeTopic(10'000'000, QLatin1Char('t'));
    row("topic of 10 MB", K::Topic, S::DotEnv, hugeTopic,
        QStringLiteral("is 10000000 characters long"));
    const QString longPort = QStringLiteral("h:") + QString(5000, QLatin1Char('9'));
    row("broker port of 5000 digits", K::Broker, S::Environment, longPort,
        QStringLiteral("\u2026 (5000 characters) is outside 1-65535"));
    QStringList servers(10'000, QStringLiteral("kafka:9092"));
    const QString tenThousand = servers.join(QLatin1Char(','));
    row("broker list of 10000", K::Broker, S::CommandLine, tenThousand,
        QStringLiteral("has 10000 entries; at most 256 bootstrap servers are allowed"));
    servers.resize(MaxBootstrapServers + 1);
    const QString oneTooMany = servers.join(QLatin1Char(','));
    row("broker list of 257", K::Broker, S::Preferences, oneTooMany,
        QStringLiteral("has 257 entries; at most 256"));
}

void Tst_settings::validationMessages()
{
    QFETCH(SettingKey, key);
    QFETCH(SettingSource, source);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    QFETCH(QString, where);
    QFETCH(QString, reason);
    SettingInputs in;
    setIn(in, key, source, value);
    const ResolvedSettings s = ResolvedSettings::resolve(in);
    QVERIFY(!s.isValid());
    QCOMPARE(s.errors().size(), 1);
    QCOMPARE(s.errors().first().key, key);
    const QString message = s.errors().first().message;
    // The value, the source and what is wrong, in one line.
    const QString expectedStart = QLatin1String(settingInfo(key).name) + QLatin1Char(' ') + shown +
                                  QStringLiteral(" from ") + where + QStringLiteral(": ");
    QVERIFY2(message.startsWith(expectedStart), qPrintable(message.left(1000)));
    QVERIFY2(message.contains(reason), qPrintable(message.left(1000)));
    // However long the value, the message stays readable.
    QVERIFY2(message.size() < 2 * MaxQuotedCharacters + 200, qPrintable(message.left(1000)));
    QCOMPARE(s.errorMessages(), QStringList{message});
    // The value keeps its source; typed access falls back to the default.
    QCOMPARE(s.value(key).source, source);
    if (key == SettingKey::Topic)
        QCOMPARE(s.values().topic(), QStringLiteral("dnd_events"));
    if (key == SettingKey::Broker)
        QCOMPARE(s.values().broker(), QString());
    if (key == SettingKey::RefreshEvery)
        QCOMPARE(s.values().refreshEvery(), 5);
    if (key == SettingKey::Rate || key == SettingKey::Interval)
        QCOMPARE(s.eventsPerSecond(), 5.0);
}

void Tst_settings::validValuesAccepted_data()
{
    QTest::addColumn<SettingKey>("key");
    QTest::addColumn<QString>("value");
    using K = SettingKey;
    QTest::newRow("broker one") << K::Broker << QStringLiteral("localhost:9092");
    QTest::newRow("broker list") << K::Broker
                                 << QStringLiteral("a.example:9092, b-2.example:19092");
    QTest::newRow("broker IPv4") << K::Broker << QStringLiteral("127.0.0.1:1");
    QTest::newRow("broker IPv6") << K::Broker << QStringLiteral("[::1]:65535");
    QTest::newRow("broker IPv6 zone") << K::Broker << QStringLiteral("[fe80::1%eth0]:9092");
    QTest::newRow("group 255, Kafka's limit") << K::GroupId << QString(255, QLatin1Char('g'));
    QTest::newRow("broker IPv6 mapped IPv4") << K::Broker << QStringLiteral("[::ffff:10.0.0.1]:1");
    QTest::newRow("broker IPv6 full") << K::Broker << QStringLiteral("[2001:db8:0:0:0:0:0:1]:9092");
    QTest::newRow("broker scheme") << K::Broker << QStringLiteral("PLAINTEXT://kafka:9092");
    QTest::newRow("topic longest") << K::Topic << QString(249, QLatin1Char('x'));
    QTest::newRow("topic all characters") << K::Topic << QStringLiteral("a.Z_0-9");
    QTest::newRow("topic dots") << K::Topic << QStringLiteral("...");
    QTest::newRow("interval fraction") << K::Interval << QStringLiteral("0.5");
    QTest::newRow("rate large") << K::Rate << QStringLiteral("100000");
    QTest::newRow("refresh 1") << K::RefreshEvery << QStringLiteral("1");
    QTest::newRow("refresh 1000") << K::RefreshEvery << QStringLiteral("1000");
    QTest::newRow("seed max") << K::Seed << QStringLiteral("18446744073709551615");
    QTest::newRow("seed zero") << K::Seed << QStringLiteral("0");
    QTest::newRow("start latest") << K::StartFrom << QStringLiteral("latest");
    QTest::newRow("start committed") << K::StartFrom << QStringLiteral("committed");
    QTest::newRow("players spaces") << K::Players << QStringLiteral("Bob the Brave, Ya ");
    QTest::newRow("players 64") << K::Players << QString(64, QLatin1Char('x'));
    QTest::newRow("players unicode") << K::Players << QStringLiteral("Zo\u00eb,\u30a2\u30ad");
    QTest::newRow("broker list of 256")
        << K::Broker << QStringList(MaxBootstrapServers, u"kafka:9092"_s).join(QLatin1Char(','));
}

void Tst_settings::validValuesAccepted()
{
    QFETCH(SettingKey, key);
    QFETCH(QString, value);
    SettingInputs in;
    setIn(in, key, SettingSource::Environment, value);
    const ResolvedSettings s = ResolvedSettings::resolve(in);
    QVERIFY2(s.isValid(), qPrintable(s.errorMessages().join(QLatin1Char('\n'))));
    QCOMPARE(s.value(key).value, value.trimmed());
    if (key == SettingKey::Players)
        QCOMPARE(s.values().players().size(), value.count(QLatin1Char(',')) + 1);
    if (key == SettingKey::Seed)
        QCOMPARE(QString::number(s.values().seed()), value);
    // The empty list is refused by the validator the preferences dialog uses.
    QVERIFY(!validateBootstrapList(QString()).isEmpty());
}

void Tst_settings::dotEnvParsing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path =
        writeFile(dir, QStringLiteral(".env"),
                  "\xEF\xBB\xBF# The original project's .env\r\n"
                  "\n"
                  "KAFKA_BROKER_ADDRESS=localhost:9092\r\n"
                  "  export DND_TOPIC = \"dnd events # not a comment\"  # comment\n"
                  "MESSAGE_INTERVAL_SECONDS=5 # seconds\n"
                  "DND_PLAYERS='Ya,Wurs \\n literal'\n"
                  "DND_CONSUMER_GROUP_ID=\"a\\\"b\\\\c\\nd\"\n"
                  "ZOOKEEPER_ADDRESS=localhost:2181\n"
                  "DND_MODE=game#inline\n"
                  "DND_SEED=\n"
                  "DND_TOPIC_2=x=y\n");
    SettingInputs in;
    QString error;
    QVERIFY2(readDotEnv(path, &in, &error), qPrintable(error));
    QCOMPARE(in.dotEnvPath, path);
    QCOMPARE(in.dotEnv.value(QStringLiteral("KAFKA_BROKER_ADDRESS")),
             QStringLiteral("localhost:9092"));
    QCOMPARE(in.dotEnvLines.value(QStringLiteral("KAFKA_BROKER_ADDRESS")), 3);
    QCOMPARE(in.dotEnv.value(QStringLiteral("DND_TOPIC")),
             QStringLiteral("dnd events # not a comment"));
    QCOMPARE(in.dotEnvLines.value(QStringLiteral("DND_TOPIC")), 4);
    QCOMPARE(in.dotEnv.value(QStringLiteral("MESSAGE_INTERVAL_SECONDS")), QStringLiteral("5"));
    QCOMPARE(in.dotEnv.value(QStringLiteral("DND_PLAYERS")), QStringLiteral("Ya,Wurs \\n literal"));
    QCOMPARE(in.dotEnv.value(QStringLiteral("DND_CONSUMER_GROUP_ID")),
             QStringLiteral("a\"b\\c\nd"));
    QCOMPARE(in.dotEnv.value(QStringLiteral("DND_MODE")), QStringLiteral("game#inline"));
    QVERIFY(in.dotEnv.contains(QStringLiteral("DND_SEED")));
    QCOMPARE(in.dotEnv.value(QStringLiteral("DND_TOPIC_2")), QStringLiteral("x=y"));

    // Resolved, the .env values name the file and line they came from.
    const ResolvedSettings s = ResolvedSettings::resolve(in);
    QCOMPARE(s.values().broker(), QStringLiteral("localhost:9092"));
    QCOMPARE(s.value(SettingKey::Broker).origin, path + QStringLiteral(":3"));
    QCOMPARE(s.eventsPerSecond(), 0.2);
    QCOMPARE(s.value(SettingKey::Seed).source, SettingSource::Default);
    // The topic has spaces, the group id a newline, the mode a "#".
    QVERIFY2(s.errors().size() == 3, qPrintable(s.errorMessages().join(QLatin1Char('\n'))));
    QVERIFY2(
        s.errors().at(0).message.contains(QStringLiteral("DND_TOPIC in .env file %1:4").arg(path)),
        qPrintable(s.errors().at(0).message));
}

void Tst_settings::dotEnvBadLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no equals") << QByteArray("KAFKA_BROKER_ADDRESS localhost:9092")
                               << QStringLiteral("expected KEY=VALUE");
    QTest::newRow("no key") << QByteArray("=value") << QStringLiteral("expected KEY=VALUE");
    QTest::newRow("bad key") << QByteArray("DND-TOPIC=x") << QStringLiteral("expected KEY=VALUE");
    QTest::newRow("key starts with digit")
        << QByteArray("1TOPIC=x") << QStringLiteral("expected KEY=VALUE");
    QTest::newRow("unclosed double quote")
        << QByteArray("DND_TOPIC=\"dnd") << QStringLiteral("DND_TOPIC has no closing \"");
    QTest::newRow("unclosed single quote")
        << QByteArray("DND_TOPIC='dnd") << QStringLiteral("DND_TOPIC has no closing '");
    QTest::newRow("text after quote") << QByteArray("DND_TOPIC=\"a\"b")
                                      << QStringLiteral("unexpected text after the closing quote");
}

void Tst_settings::dotEnvBadLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral(".env"),
                                   "DND_MODE=random\n# comment\n" + line + "\nDND_SEED=9\n");
    SettingInputs in;
    QString error;
    QVERIFY(!readDotEnv(path, &in, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(":3: ")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // Nothing else is lost: the good lines around it are read.
    QCOMPARE(in.dotEnv.value(QStringLiteral("DND_MODE")), QStringLiteral("random"));
    QCOMPARE(in.dotEnv.value(QStringLiteral("DND_SEED")), QStringLiteral("9"));
    QCOMPARE(in.dotEnv.size(), 2);
}

void Tst_settings::dotEnvMissingOrUnreadable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SettingInputs in;
    QString error;
    QVERIFY(readDotEnv(dir.filePath(QStringLiteral("absent.env")), &in, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(in.dotEnv.isEmpty());
    QVERIFY(in.dotEnvPath.isEmpty());

    const QString latin1 = writeFile(dir, QStringLiteral("latin1.env"), "DND_TOPIC=caf\xe9\n");
    QVERIFY(!readDotEnv(latin1, &in, &error));
    QVERIFY2(error.contains(latin1) && error.contains(QStringLiteral("not valid UTF-8")),
             qPrintable(error));

    // A directory exists but cannot be read as a file.
    QVERIFY(!readDotEnv(dir.path(), &in, &error));
    QVERIFY2(error.contains(dir.path()), qPrintable(error));
}

void Tst_settings::dotEnvOnlyRegularFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason"); // empty: read like any file
    QTest::newRow("symlink to /dev/zero") << u"zero"_s << u"it is a device, not a regular file"_s;
    QTest::newRow("FIFO") << u"fifo"_s << u"it is a FIFO, not a regular file"_s;
    QTest::newRow("directory") << u"directory"_s << u"it is a directory"_s;
    QTest::newRow("1 MiB + 1 byte") << u"large"_s << u"has 1048577 bytes; at most 1048576"_s;
    QTest::newRow("1 MiB") << u"limit"_s << QString();
    QTest::newRow("symlink to a file") << u"link"_s << QString();
}

// A .env that is a device or a FIFO gave std::bad_alloc or a hang, and
// messages quoted whole values (issue 13): only regular files of a sane size.
void Tst_settings::dotEnvOnlyRegularFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u".env"_s);
    const QByteArray line = "DND_SEED=7\n";
    QByteArray padding(MaxConfigFileBytes - line.size(), '#');
    padding.back() = '\n';
    if (kind == u"zero"_s) {
        QVERIFY(QFile::link(u"/dev/zero"_s, path));
    } else if (kind == u"fifo"_s) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"directory"_s) {
        QVERIFY(QDir(dir.path()).mkdir(u".env"_s));
    } else if (kind == u"large"_s) {
        writeFile(dir, u".env"_s, line + padding + '\n');
    } else if (kind == u"limit"_s) {
        writeFile(dir, u".env"_s, line + padding);
    } else {
        QVERIFY(QFile::link(writeFile(dir, u"real.env"_s, line), path));
    }
    SettingInputs in;
    QString error;
    const bool ok = readDotEnv(path, &in, &error);
    if (reason.isEmpty()) {
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(in.dotEnv.value(u"DND_SEED"_s), u"7"_s);
        return;
    }
    QVERIFY(!ok);
    QVERIFY(in.dotEnv.isEmpty());
    QVERIFY2(error.startsWith(u"cannot read "_s + path + u": "_s), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void Tst_settings::dotEnvBadLinesBounded()
{
    // 100,000 bad lines of 10 characters each: ten of them are named, the
    // rest counted; each quotes at most 200 characters.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray content = "NOT A LINE " + QByteArray(5000, 'x') + '\n';
    for (int i = 1; i < 100'000; ++i)
        content += "bad line\n";
    const QString path = writeFile(dir, u".env"_s, content);
    SettingInputs in;
    QString error;
    QVERIFY(!readDotEnv(path, &in, &error));
    const QStringList lines = error.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 11);
    QVERIFY2(lines.first().contains(u"\u2026\" (5011 characters)"_s), qPrintable(lines.first()));
    QVERIFY(lines.first().size() < MaxQuotedCharacters + 200);
    QCOMPARE(lines.last(), path + u": 99990 more bad lines"_s);
}

void Tst_settings::unreadableSettingsFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("unreadable");
    QTest::newRow("valid") << QByteArray("[General]\ntopic=t\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("unclosed section") << QByteArray("[General\ntopic=t\n") << true;
    QTest::newRow("line without =") << QByteArray("[General]\ntopic\n") << true;
    QTest::newRow("binary") << QByteArray("\x01\x02\xff\xfe\x00 garbage\n", 14) << true;
}

// A corrupt settings file was ignored silently (issue 13): it is moved
// aside to <file>.bad, kept byte for byte, and the user is told once.
void Tst_settings::unreadableSettingsFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, unreadable);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, u"dnd-tracker.conf"_s, content);
    const QString copy = path + u".bad"_s;
    QString notice;
    {
        const QSettings settings(path, QSettings::IniFormat);
        notice = setAsideUnreadableSettings(settings);
    }
    if (!unreadable) {
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(copy));
        return;
    }
    QCOMPARE(notice, u"The settings file %1 could not be read; it was kept as %2 and the "
                     u"preferences start from their defaults."_s.arg(path, copy));
    QVERIFY(!QFile::exists(path));
    QFile kept(copy);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);
    // Once: the next start finds no file and says nothing.
    const QSettings again(path, QSettings::IniFormat);
    QCOMPARE(again.status(), QSettings::NoError);
    QVERIFY(setAsideUnreadableSettings(again).isEmpty());
    QVERIFY(again.allKeys().isEmpty());
}

void Tst_settings::environment()
{
    qputenv("DND_TOPIC", "from_env");
    qputenv("KAFKA_BROKER_ADDRESS", "kafka:9092");
    qputenv("DND_NOT_OURS", "x");
    qunsetenv("DND_SEED");
    SettingInputs in;
    readEnvironment(&in);
    qunsetenv("DND_TOPIC");
    qunsetenv("KAFKA_BROKER_ADDRESS");
    qunsetenv("DND_NOT_OURS");
    QCOMPARE(in.environment.value(QStringLiteral("DND_TOPIC")), QStringLiteral("from_env"));
    QVERIFY(!in.environment.contains(QStringLiteral("DND_NOT_OURS")));
    QVERIFY(!in.environment.contains(QStringLiteral("DND_SEED")));
    const ResolvedSettings s = ResolvedSettings::resolve(in);
    QCOMPARE(s.values().topic(), QStringLiteral("from_env"));
    QCOMPARE(s.value(SettingKey::Topic).origin, QStringLiteral("DND_TOPIC"));
    QCOMPARE(s.values().broker(), QStringLiteral("kafka:9092"));
}

// A protocol the run cannot honour is an error, never a downgrade: the
// built-in broker speaks plaintext only.
void Tst_settings::securityWithBuiltInBroker()
{
    SettingInputs in;
    setIn(in, SettingKey::SecurityProtocol, SettingSource::CommandLine, QStringLiteral("SASL_SSL"));
    ResolvedSettings s = ResolvedSettings::resolve(in);
    QVERIFY(!s.isValid());
    QCOMPARE(s.errors().first().key, SettingKey::SecurityProtocol);
    QVERIFY2(s.errors().first().message.contains(QStringLiteral("PLAINTEXT only")),
             qPrintable(s.errors().first().message));

    // With an external cluster it is the protocol in use.
    setIn(in, SettingKey::Broker, SettingSource::Environment, QStringLiteral("kafka:9093"));
    s = ResolvedSettings::resolve(in);
    QVERIFY2(s.isValid(), qPrintable(s.errorMessages().join(QLatin1Char('\n'))));
    QCOMPARE(s.values().securityProtocol(), QStringLiteral("SASL_SSL"));
    QCOMPARE(s.values().broker(), QStringLiteral("kafka:9093"));

    // A saved protocol belongs to the saved external cluster: with the
    // built-in broker it is kept, not an error.
    SettingInputs saved;
    setIn(saved, SettingKey::SecurityProtocol, SettingSource::Preferences,
          QStringLiteral("SASL_PLAINTEXT"));
    QVERIFY(ResolvedSettings::resolve(saved).isValid());
}

void Tst_settings::secrets()
{
    SettingInputs in;
    // Not from .env nor a flag (it would sit in a file or in ps).
    in.dotEnv.insert(QStringLiteral("DND_SASL_PASSWORD"), QStringLiteral("from-dotenv"));
    in.commandLine.insert(QStringLiteral("password"), QStringLiteral("from-flag"));
    QCOMPARE(ResolvedSettings::resolve(in).values().password(), QString());
    // The environment and the password store are.
    in.preferences.insert(SettingKey::Password, QStringLiteral("saved"));
    QCOMPARE(ResolvedSettings::resolve(in).values().password(), QStringLiteral("saved"));
    in.environment.insert(QStringLiteral("DND_SASL_PASSWORD"), QStringLiteral(" env "));
    const ResolvedSettings s = ResolvedSettings::resolve(in);
    QCOMPARE(s.values().password(), QStringLiteral(" env ")); // not trimmed
    QCOMPARE(s.value(SettingKey::Password).source, SettingSource::Environment);
    // dnd-producer reads the connection too, not the dashboard's settings.
    in.environment.insert(QStringLiteral("DND_REFRESH_EVERY"), QStringLiteral("9"));
    const ResolvedSettings producer = ResolvedSettings::resolve(in, SettingFlag::Producer);
    QCOMPARE(producer.values().password(), QStringLiteral(" env "));
    QCOMPARE(producer.value(SettingKey::RefreshEvery).source, SettingSource::Default);
}

void Tst_settings::clientCertificateProblems_data()
{
    // "@" stands for a readable file the test makes, "dir" for a directory.
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("problem"); // a fragment; empty: none
    QTest::newRow("mTLS") << u"SSL"_s << u"@"_s << u"@"_s << QString();
    QTest::newRow("mTLS with SASL_SSL") << u"SASL_SSL+"_s << u"@"_s << u"@"_s << QString();
    QTest::newRow("missing key file")
        << u"SSL"_s << u"@"_s << u"/nonexistent/client.key"_s
        << u"key-file: no such file: \"/nonexistent/client.key\" (from saved preferences"_s;
    QTest::newRow("certificate without key")
        << u"SSL"_s << u"@"_s << QString()
        << u"key-file: the client certificate needs its private key file"_s;
    QTest::newRow("key without certificate")
        << u"SSL"_s << QString() << u"@"_s
        << u"cert-file: the client key needs its certificate file"_s;
    QTest::newRow("certificate is a directory")
        << u"SSL"_s << u"dir"_s << u"@"_s << u"is not a regular file"_s;
    QTest::newRow("plaintext ignores them")
        << u"PLAINTEXT"_s << u"/nonexistent/c.pem"_s << QString() << QString();
}

// mTLS files are checked before connecting, with what, where and why.
void Tst_settings::clientCertificateProblems()
{
    QFETCH(QString, protocol);
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto path = [&](const QString &spec) {
        if (spec == u"@"_s)
            return writeFile(dir, u"client.pem"_s, "PEM");
        if (spec == u"dir"_s)
            return dir.path();
        return spec;
    };
    SettingInputs in;
    in.preferences.insert(SettingKey::Broker, u"kafka:9093"_s);
    const bool sasl = protocol.endsWith(u'+');
    in.preferences.insert(SettingKey::SecurityProtocol, sasl ? u"SASL_SSL"_s : protocol);
    if (sasl) {
        in.preferences.insert(SettingKey::Username, u"gm"_s);
        in.preferences.insert(SettingKey::Password, u"pw"_s);
    }
    if (!cert.isEmpty())
        in.preferences.insert(SettingKey::CertFile, path(cert));
    if (!key.isEmpty())
        in.preferences.insert(SettingKey::KeyFile, path(key));
    const ResolvedSettings resolved = ResolvedSettings::resolve(in);
    QVERIFY2(resolved.isValid(), qPrintable(resolved.errorMessages().join(u'\n')));
    const QString found = connectionProblem(resolved.values(), &resolved);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void Tst_settings::connectionProblems_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("problem"); // empty: none
    QTest::newRow("plaintext") << u"PLAINTEXT"_s << QString() << QString() << QString()
                               << QString();
    QTest::newRow("SASL complete")
        << u"SASL_PLAINTEXT"_s << u"gm"_s << u"pw"_s << QString() << QString();
    QTest::newRow("SASL without user") << u"SASL_SSL"_s << QString() << u"pw"_s << QString()
                                       << u"username: SASL_SSL needs a user name"_s;
    QTest::newRow("SASL without password")
        << u"SASL_PLAINTEXT"_s << u"gm"_s << QString() << QString()
        << u"password: SASL_PLAINTEXT needs a password; set DND_SASL_PASSWORD"_s;
    QTest::newRow("missing CA file") << u"SSL"_s << QString() << QString()
                                     << u"/nonexistent/ca.pem"_s << u"ca-file: no such file"_s;
    QTest::newRow("CA file without SSL")
        << u"PLAINTEXT"_s << QString() << QString() << u"/nonexistent/ca.pem"_s << QString();
}

void Tst_settings::connectionProblems()
{
    QFETCH(QString, protocol);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, caFile);
    QFETCH(QString, problem);
    SettingValues values;
    values.setValue(SettingKey::Broker, u"kafka:9092"_s);
    values.setValue(SettingKey::SecurityProtocol, protocol);
    values.setValue(SettingKey::Username, username);
    values.setValue(SettingKey::Password, password);
    values.setValue(SettingKey::CaFile, caFile);
    const QString found = connectionProblem(values);
    if (problem.isEmpty())
        QCOMPARE(found, QString());
    else
        QVERIFY2(found.startsWith(problem), qPrintable(found));
    // The built-in broker needs none of it.
    values.setValue(SettingKey::Broker, QString());
    QCOMPARE(connectionProblem(values), QString());
}

DND_GUILESS_TEST_MAIN(Tst_settings)
#include "tst_settings.moc"
