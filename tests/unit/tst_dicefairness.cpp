// SPDX-License-Identifier: MIT
// Dice fairness: the chi-square test of every die against standard tables,
// the "not enough rolls" rule, Holm's correction on the textbook example and
// across the players and dice shown together.
#include "dicefairness.h"
#include "statistics.h"
#include "statisticsevents.h"
#include "testmain.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace dnd;
using namespace Qt::StringLiterals;
using namespace dnd::testing;

namespace {

using Histogram = QVector<quint64>;
const double NaN = std::numeric_limits<double>::quiet_NaN();

void addRolls(QVector<GameEvent> *events, const QString &player, int sides,
              const Histogram &histogram)
{
    for (int face = 1; face <= sides; ++face) {
        for (quint64 i = 0; i < histogram.value(face - 1); ++i)
            events->append(roll(player, sides, face));
    }
}

Statistics statisticsOf(const QString &player, int sides, const Histogram &histogram)
{
    QVector<GameEvent> events;
    addRolls(&events, player, sides, histogram);
    Statistics statistics;
    statistics.applyEvents(events);
    return statistics;
}

bool sameProbabilities(const QVector<double> &actual, const QVector<double> &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i]) ? !std::isnan(actual[i])
                                    : std::fabs(actual[i] - expected[i]) > 1e-12)
            return false;
    }
    return true;
}

} // namespace

class Tst_dicefairness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void criticalValuesOfEveryDie_data();
    void criticalValuesOfEveryDie();
    void textbookDie();
    void notEnoughRollsUntilFiveExpectedPerFace_data();
    void notEnoughRollsUntilFiveExpectedPerFace();
    void verdictThresholds_data();
    void verdictThresholds();
    void holm_data();
    void holm();
    void correctedAcrossPlayersAndDice();
    void unseenPlayerAndDie();
};

void Tst_dicefairness::criticalValuesOfEveryDie_data()
{
    QTest::addColumn<int>("sides");
    QTest::addColumn<double>("criticalValue");
    QTest::addColumn<double>("alpha");
    // Upper critical values of the chi-square distribution, as printed in the
    // NIST/SEMATECH e-Handbook's table 1.3.6.7.4 (three decimals), for the
    // sides - 1 degrees of freedom of every die of the wire format.
    struct Row
    {
        int sides;
        double at5, at1, at01;
    };
    const Row rows[] = {{4, 7.815, 11.345, 16.266},      {6, 11.070, 15.086, 20.515},
                        {8, 14.067, 18.475, 24.322},     {10, 16.919, 21.666, 27.877},
                        {12, 19.675, 24.725, 31.264},    {20, 30.144, 36.191, 43.820},
                        {100, 123.225, 134.642, 148.230}};
    for (const Row &row : rows) {
        const QByteArray die = "d" + QByteArray::number(row.sides);
        QTest::newRow(QByteArray(die + " 5%").constData()) << row.sides << row.at5 << 0.05;
        QTest::newRow(QByteArray(die + " 1%").constData()) << row.sides << row.at1 << 0.01;
        QTest::newRow(QByteArray(die + " 0.1%").constData()) << row.sides << row.at01 << 0.001;
    }
}

void Tst_dicefairness::criticalValuesOfEveryDie()
{
    QFETCH(int, sides);
    QFETCH(double, criticalValue);
    QFETCH(double, alpha);
    const double p = chiSquareSurvival(criticalValue, sides - 1);
    // The table rounds to 0.0005; around these points that moves p by less
    // than 0.2% of alpha.
    QVERIFY2(std::fabs(p - alpha) <= 0.002 * alpha,
             qPrintable(u"p = %1, table %2"_s.arg(p, 0, 'g', 10).arg(alpha)));
    // Just past a critical value the verdict changes.
    const DieFairness::Verdict above = fairnessVerdict(p * 0.999);
    const DieFairness::Verdict below = fairnessVerdict(p * 1.001);
    QVERIFY(above > below);
}

void Tst_dicefairness::textbookDie()
{
    // The classic example (Wikipedia, "Pearson's chi-squared test"): a d6
    // thrown 60 times gives 5, 8, 9, 8, 10, 20: chi2 = 13.4, 5 degrees of
    // freedom, p about 0.02.
    const Statistics statistics = statisticsOf(u"Stravos"_s, 6, {5, 8, 9, 8, 10, 20});
    const DieFairness die = testFairness(*statistics.player(u"Stravos"_s)->die(6));
    QCOMPARE(die.sides, 6);
    QCOMPARE(die.rolls, quint64(60));
    QCOMPARE(die.degreesOfFreedom(), 5);
    QVERIFY(std::fabs(die.chiSquare - 13.4) < 1e-12);
    QVERIFY2(std::fabs(die.pValue - 0.0199) < 5e-5, qPrintable(QString::number(die.pValue)));
    QCOMPARE(die.familySize, 1);
    QCOMPARE(die.adjustedPValue, die.pValue);
    QCOMPARE(die.verdict(), DieFairness::LittleOdd);
}

void Tst_dicefairness::notEnoughRollsUntilFiveExpectedPerFace_data()
{
    QTest::addColumn<int>("sides");
    for (const int sides : DieTypes)
        QTest::newRow(qPrintable(u"d%1"_s.arg(sides))) << sides;
}

void Tst_dicefairness::notEnoughRollsUntilFiveExpectedPerFace()
{
    QFETCH(int, sides);
    // 5 per face but one face short: 5 * sides - 1 rolls, not tested.
    Histogram histogram(sides, 5);
    histogram[0] = 4;
    DieFairness die =
        testFairness(*statisticsOf(u"Wurs"_s, sides, histogram).player(u"Wurs"_s)->die(sides));
    QCOMPARE(die.rolls, quint64(5 * sides - 1));
    QCOMPARE(die.rollsNeeded(), quint64(5 * sides));
    QVERIFY(!die.isTested());
    QVERIFY(std::isnan(die.pValue));
    QCOMPARE(die.verdict(), DieFairness::NotEnoughRolls);
    // One more roll: every face expects exactly 5 and the test is made.
    histogram[0] = 5;
    die = testFairness(*statisticsOf(u"Wurs"_s, sides, histogram).player(u"Wurs"_s)->die(sides));
    QVERIFY(die.isTested());
    QCOMPARE(die.chiSquare, 0.0);
    QCOMPARE(die.pValue, 1.0);
    QCOMPARE(die.verdict(), DieFairness::LooksFair);
}

void Tst_dicefairness::verdictThresholds_data()
{
    QTest::addColumn<double>("adjustedP");
    QTest::addColumn<int>("verdict");
    QTest::newRow("not tested") << NaN << int(DieFairness::NotEnoughRolls);
    QTest::newRow("1") << 1.0 << int(DieFairness::LooksFair);
    QTest::newRow("0.05") << 0.05 << int(DieFairness::LooksFair);
    QTest::newRow("0.0499") << 0.0499 << int(DieFairness::LittleOdd);
    QTest::newRow("0.01") << 0.01 << int(DieFairness::LittleOdd);
    QTest::newRow("0.0099") << 0.0099 << int(DieFairness::Suspicious);
    QTest::newRow("0.001") << 0.001 << int(DieFairness::Suspicious);
    QTest::newRow("0.00099") << 0.00099 << int(DieFairness::LikelyLoaded);
    QTest::newRow("0") << 0.0 << int(DieFairness::LikelyLoaded);
}

void Tst_dicefairness::verdictThresholds()
{
    QFETCH(double, adjustedP);
    QFETCH(int, verdict);
    QCOMPARE(int(fairnessVerdict(adjustedP)), verdict);
}

void Tst_dicefairness::holm_data()
{
    QTest::addColumn<QVector<double>>("pValues");
    QTest::addColumn<QVector<double>>("adjusted");
    // Wikipedia, "Holm–Bonferroni method", example: four hypotheses with
    // p = 0.01, 0.04, 0.03, 0.005 at alpha 0.05 reject H1 and H4 only. The
    // adjusted values are R's p.adjust(c(.01, .04, .03, .005), "holm").
    QTest::newRow("textbook") << QVector<double>{0.01, 0.04, 0.03, 0.005}
                              << QVector<double>{0.03, 0.06, 0.06, 0.02};
    QTest::newRow("tests not made do not count")
        << QVector<double>{NaN, 0.01, 0.04, NaN, 0.03, 0.005}
        << QVector<double>{NaN, 0.03, 0.06, NaN, 0.06, 0.02};
    QTest::newRow("one test") << QVector<double>{0.03} << QVector<double>{0.03};
    QTest::newRow("none") << QVector<double>{} << QVector<double>{};
    QTest::newRow("capped at 1") << QVector<double>{0.6, 0.5} << QVector<double>{1.0, 1.0};
    QTest::newRow("ties") << QVector<double>{0.02, 0.02, 0.02} << QVector<double>{0.06, 0.06, 0.06};
    // Bonferroni would give 0.05 * 5 = 0.25 to the largest; Holm gives it 0.05.
    QTest::newRow("step down") << QVector<double>{0.001, 0.002, 0.003, 0.004, 0.05}
                               << QVector<double>{0.005, 0.008, 0.009, 0.009, 0.05};
}

void Tst_dicefairness::holm()
{
    QFETCH(QVector<double>, pValues);
    QFETCH(QVector<double>, adjusted);
    const QVector<double> actual = holmAdjusted(pValues);
    QVERIFY2(sameProbabilities(actual, adjusted), qPrintable([&actual] {
                 QStringList text;
                 for (const double p : actual)
                     text.append(QString::number(p));
                 return text.join(u", "_s);
             }()));
}

void Tst_dicefairness::correctedAcrossPlayersAndDice()
{
    // Stravos's d6 on its own: chi2 = (36 + 4 + 1 + 1 + 9 + 9) / 5 = 12 with
    // 5 degrees of freedom, p = 0.0348: "a little odd".
    QVector<GameEvent> events;
    addRolls(&events, u"Stravos"_s, 6, {11, 7, 4, 4, 2, 2});
    Statistics alone;
    alone.applyEvents(events);
    const DiceFairness one(alone, {u"Stravos"_s});
    QCOMPARE(one.familySize(), 1);
    const DieFairness d6 = one.die(u"Stravos"_s, 6);
    QVERIFY(std::fabs(d6.pValue - 0.0347878) < 1e-6);
    QCOMPARE(d6.verdict(), DieFairness::LittleOdd);

    // Shown beside Wurs's fair d20 and d4 (p = 1) and a d8 with too few rolls,
    // three tests are made: Holm multiplies the smallest p by 3.
    addRolls(&events, u"Wurs"_s, 20, Histogram(20, 5));
    addRolls(&events, u"Wurs"_s, 4, {5, 5, 5, 5});
    addRolls(&events, u"Wurs"_s, 8, {1, 2, 3});
    Statistics together;
    together.applyEvents(events);
    const DiceFairness three(together, {u"Stravos"_s, u"Wurs"_s});
    QCOMPARE(three.familySize(), 3);
    const DieFairness corrected = three.die(u"Stravos"_s, 6);
    QCOMPARE(corrected.pValue, d6.pValue);
    QVERIFY(std::fabs(corrected.adjustedPValue - 3 * d6.pValue) < 1e-12);
    QCOMPARE(corrected.familySize, 3);
    QCOMPARE(corrected.verdict(), DieFairness::LooksFair);
    QCOMPARE(three.die(u"Wurs"_s, 20).adjustedPValue, 1.0);
    QCOMPARE(three.die(u"Wurs"_s, 8).verdict(), DieFairness::NotEnoughRolls);
    QCOMPARE(three.die(u"Wurs"_s, 8).rolls, quint64(6));

    // Only the players shown form the family.
    const DiceFairness shownAlone(together, {u"Stravos"_s});
    QCOMPARE(shownAlone.familySize(), 1);
    QCOMPARE(shownAlone.die(u"Stravos"_s, 6).verdict(), DieFairness::LittleOdd);
}

void Tst_dicefairness::unseenPlayerAndDie()
{
    const Statistics statistics = statisticsOf(u"Stravos"_s, 20, Histogram(20, 5));
    const DiceFairness fairness(statistics, {u"Stravos"_s, u"Nobody"_s});
    QCOMPARE(fairness.familySize(), 1);
    for (const int sides : DieTypes) {
        const DieFairness die = fairness.die(u"Nobody"_s, sides);
        QCOMPARE(die.sides, sides);
        QCOMPARE(die.rolls, quint64(0));
        QCOMPARE(die.verdict(), DieFairness::NotEnoughRolls);
    }
    QCOMPARE(fairness.die(u"Stravos"_s, 12).verdict(), DieFairness::NotEnoughRolls);
    QCOMPARE(fairness.die(u"Stravos"_s, 20).verdict(), DieFairness::LooksFair);
    QCOMPARE(fairness.die(u"Elsewhere"_s, 20).rolls, quint64(0));
}

DND_GUILESS_TEST_MAIN(Tst_dicefairness)
#include "tst_dicefairness.moc"
