// SPDX-License-Identifier: MIT
// Chi-square goodness of fit: chiSquareSurvival against table values and
// closed forms, and DieStats::fairnessPValue on hand-made histograms.
#include "statistics.h"
#include "testmain.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace dnd;
using namespace Qt::StringLiterals;

namespace {

GameEvent roll(int sides, int result)
{
    GameEvent e;
    e.player = u"Stravos"_s;
    e.kind = EventKind::DiceRoll;
    e.type = u"dice_roll"_s;
    e.dieSides = sides;
    e.rollResult = result;
    return e;
}

// Upper chi-square tail from its closed forms, independent of the code under
// test: for even k a finite Poisson sum, for odd k erfc plus a finite series.
double closedFormSurvival(double x, int k)
{
    double sum = 0.0;
    if (k % 2 == 0) {
        double term = 1.0;
        for (int i = 0; i < k / 2; ++i) {
            sum += term;
            term *= (x / 2.0) / (i + 1);
        }
        return std::exp(-x / 2.0) * sum;
    }
    double term = 1.0; // x^(i-1) / (1 * 3 * ... * (2i - 1))
    for (int i = 1; i <= (k - 1) / 2; ++i) {
        term = (i == 1) ? 1.0 : term * x / (2 * i - 1);
        sum += term;
    }
    return std::erfc(std::sqrt(x / 2.0)) + std::exp(-x / 2.0) * std::sqrt(2.0 * x / M_PI) * sum;
}

void compareProbability(double actual, double expected)
{
    if (std::isnan(expected)) {
        QVERIFY2(std::isnan(actual), qPrintable(QString::number(actual, 'g', 17)));
        return;
    }
    const double tolerance = 1e-12 + 1e-9 * expected;
    QVERIFY2(
        std::fabs(actual - expected) <= tolerance,
        qPrintable(u"actual %1, expected %2"_s.arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}
} // namespace

class Tst_chisquare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fairness_data();
    void fairness();
    void chiSquareSurvivalKnownValues_data();
    void chiSquareSurvivalKnownValues();
    void chiSquareSurvivalClosedForms();
};

void Tst_chisquare::fairness_data()
{
    QTest::addColumn<int>("sides");
    QTest::addColumn<QVector<quint64>>("histogram");
    QTest::addColumn<double>("expectedP");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Exactly as expected: chi2 = 0, p = 1.
    QTest::newRow("d6 flat 5 each") << 6 << QVector<quint64>{5, 5, 5, 5, 5, 5} << 1.0;
    // 29 rolls < 5 * 6: not enough to judge.
    QTest::newRow("d6 29 rolls") << 6 << QVector<quint64>{5, 5, 5, 5, 5, 4} << nan;
    // E = 5: chi2 = (25 + 0 + 0 + 0 + 0 + 25) / 5 = 10, 5 dof: p = 0.0752352461465122.
    QTest::newRow("d6 skewed chi2=10")
        << 6 << QVector<quint64>{10, 5, 5, 5, 5, 0} << 0.0752352461465122;
    // E = 5: chi2 = (9 + 1 + 1 + 1) / 5 = 2.4, 3 dof: p = 0.4936346227117281.
    QTest::newRow("d4 chi2=2.4") << 4 << QVector<quint64>{8, 4, 4, 4} << 0.4936346227117281;
    // E = 5: chi2 = 625/5 + 5 * 25/5 = 150, 5 dof: p = 1.335137887300313e-30.
    QTest::newRow("d6 loaded") << 6 << QVector<quint64>{30, 0, 0, 0, 0, 0} << 1.335137887300313e-30;
    QTest::newRow("d20 flat 5 each") << 20 << QVector<quint64>(20, 5) << 1.0;
    QTest::newRow("d20 4 each") << 20 << QVector<quint64>(20, 4) << nan;
}

void Tst_chisquare::fairness()
{
    QFETCH(int, sides);
    QFETCH(QVector<quint64>, histogram);
    QFETCH(double, expectedP);
    QVector<GameEvent> events;
    for (int face = 1; face <= sides; ++face)
        for (quint64 i = 0; i < histogram[face - 1]; ++i)
            events.append(roll(sides, face));
    Statistics stats;
    stats.applyEvents(events);
    const DieStats *die = stats.player(u"Stravos"_s)->die(sides);
    QVERIFY(die);
    QCOMPARE(die->histogram, histogram);
    QCOMPARE(die->hasEnoughForFairness(), !std::isnan(expectedP));
    compareProbability(die->fairnessPValue(), expectedP);
}

void Tst_chisquare::chiSquareSurvivalKnownValues_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("dof");
    QTest::addColumn<double>("expected");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Critical values from standard chi-square tables (0.95 / 0.99 quantiles).
    QTest::newRow("k=1 5%") << 3.841458820694124 << 1 << 0.05;
    QTest::newRow("k=1 1%") << 6.634896601021214 << 1 << 0.01;
    QTest::newRow("k=5 5%") << 11.070497693516351 << 5 << 0.05;
    QTest::newRow("k=10 5%") << 18.307038053275146 << 10 << 0.05;
    QTest::newRow("k=19 5%") << 30.14352720564616 << 19 << 0.05;
    QTest::newRow("k=100 5%") << 124.34211340400407 << 100 << 0.05;
    // exp(-x/2) for 2 dof.
    QTest::newRow("k=2 x=1") << 1.0 << 2 << std::exp(-0.5);
    QTest::newRow("k=2 x=10") << 10.0 << 2 << std::exp(-5.0);
    QTest::newRow("k=1 small x") << 0.001 << 1 << 0.9747728793699604;
    QTest::newRow("k=3 x=0.5") << 0.5 << 3 << 0.9188914116546758;
    QTest::newRow("k=30 far tail") << 500.0 << 30 << 1.2079559936813976e-86;
    QTest::newRow("x=0") << 0.0 << 5 << 1.0;
    QTest::newRow("x<0") << -3.0 << 5 << 1.0;
    QTest::newRow("x=inf") << std::numeric_limits<double>::infinity() << 5 << 0.0;
    QTest::newRow("dof=0") << 1.0 << 0 << nan;
    QTest::newRow("x=NaN") << nan << 3 << nan;
}

void Tst_chisquare::chiSquareSurvivalKnownValues()
{
    QFETCH(double, x);
    QFETCH(int, dof);
    QFETCH(double, expected);
    compareProbability(chiSquareSurvival(x, dof), expected);
}

void Tst_chisquare::chiSquareSurvivalClosedForms()
{
    // The table's rounded value: chi2 = 11.07 with 5 dof is about the 5% point.
    QVERIFY(std::fabs(chiSquareSurvival(11.07, 5) - 0.05) < 1e-3);
    // Both branches (series below a + 1, continued fraction above) against the
    // closed forms, over the degrees of freedom of every die and beyond.
    for (int k = 1; k <= 120; ++k) {
        for (double x : {0.01, 0.3, 1.0, 2.5, 5.0, 9.9, 15.0, 30.0, 60.0, 100.0, 150.0}) {
            const double expected = closedFormSurvival(x, k);
            if (expected < 1e-280)
                continue; // the closed forms themselves underflow there
            const double actual = chiSquareSurvival(x, k);
            QVERIFY2(std::fabs(actual - expected) <= 1e-12 + 1e-9 * expected,
                     qPrintable(u"k=%1 x=%2: %3 vs %4"_s.arg(k)
                                    .arg(x)
                                    .arg(actual, 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
        }
    }
}

DND_GUILESS_TEST_MAIN(Tst_chisquare)
#include "tst_chisquare.moc"
