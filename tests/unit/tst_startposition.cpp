// SPDX-License-Identifier: MIT
// What --from, DND_START_FROM and the preferences accept as a start position.
#include "startposition.h"
#include "testmain.h"

#include <QTest>

using namespace dnd;

class TestStartPosition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void names();
};

void TestStartPosition::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<StartFrom>("from");
    QTest::addColumn<QDateTime>("time"); // invalid: not a time

    const QDateTime now(QDate(2026, 12, 2), QTime(20, 30), Qt::LocalTime);
    const QDateTime none;
    QTest::newRow("resume") << QStringLiteral("resume") << true << StartFrom::Resume << none;
    QTest::newRow("earliest, any case")
        << QStringLiteral(" Earliest ") << true << StartFrom::Earliest << none;
    QTest::newRow("latest") << QStringLiteral("latest") << true << StartFrom::Latest << none;
    QTest::newRow("committed") << QStringLiteral("committed") << true << StartFrom::Committed
                               << none;
    QTest::newRow("two hours back")
        << QStringLiteral("-2h") << true << StartFrom::Time << now.addSecs(-7200);
    QTest::newRow("minutes") << QStringLiteral("-30m") << true << StartFrom::Time
                             << now.addSecs(-1800);
    QTest::newRow("seconds") << QStringLiteral("-90s") << true << StartFrom::Time
                             << now.addSecs(-90);
    QTest::newRow("a day") << QStringLiteral("-1d") << true << StartFrom::Time << now.addDays(-1);
    QTest::newRow("today") << QStringLiteral("today") << true << StartFrom::Time
                           << QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::LocalTime);
    QTest::newRow("local date and time")
        << QStringLiteral("2026-12-02T19:00") << true << StartFrom::Time
        << QDateTime(QDate(2026, 12, 2), QTime(19, 0), Qt::LocalTime);
    QTest::newRow("UTC") << QStringLiteral("2026-12-02T19:00:00Z") << true << StartFrom::Time
                         << QDateTime(QDate(2026, 12, 2), QTime(19, 0), Qt::UTC);
    QTest::newRow("a date") << QStringLiteral("2026-12-01") << true << StartFrom::Time
                            << QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::LocalTime);
    QTest::newRow("unknown word") << QStringLiteral("yesterday") << false << StartFrom::Resume
                                  << none;
    QTest::newRow("no unit") << QStringLiteral("-2") << false << StartFrom::Resume << none;
    QTest::newRow("forward") << QStringLiteral("+2h") << false << StartFrom::Resume << none;
    QTest::newRow("bad unit") << QStringLiteral("-2w") << false << StartFrom::Resume << none;
    QTest::newRow("bad date") << QStringLiteral("2026-13-40") << false << StartFrom::Resume << none;
    QTest::newRow("empty") << QString() << false << StartFrom::Resume << none;
}

void TestStartPosition::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(StartFrom, from);
    QFETCH(QDateTime, time);
    const QDateTime now(QDate(2026, 12, 2), QTime(20, 30), Qt::LocalTime);
    StartFrom parsed = StartFrom::Earliest;
    qint64 timeMs = -1;
    QCOMPARE(parseStartFrom(text, &parsed, &timeMs, now), valid);
    if (!valid)
        return;
    QCOMPARE(parsed, from);
    if (time.isValid())
        QCOMPARE(timeMs, time.toMSecsSinceEpoch());
    else
        QCOMPARE(timeMs, qint64(-1));
}

void TestStartPosition::names()
{
    for (const StartFrom from :
         {StartFrom::Resume, StartFrom::Earliest, StartFrom::Latest, StartFrom::Committed}) {
        StartFrom parsed = StartFrom::Time;
        QVERIFY(parseStartFrom(startFromName(from), &parsed));
        QCOMPARE(parsed, from);
    }
}

DND_GUILESS_TEST_MAIN(TestStartPosition)
#include "tst_startposition.moc"
