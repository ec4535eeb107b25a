// SPDX-License-Identifier: MIT
// InertText: the one rule for text that reaches a terminal, a log, a CSV
// file or a window (issue 13: the text summary printed escape codes live).
#include "inertmessagehandler.h"
#include "inerttext.h"
#include "testmain.h"

#include <QtTest>

using namespace dnd;
using namespace Qt::StringLiterals;

namespace {

QStringList s_captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_captured.append(message);
}

} // namespace

class Tst_InertText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escaped_data();
    void escaped();
    void logMessagesAreInert();
    void linesKeepTheirBreaks();
};

void Tst_InertText::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("firstUnsafe");
    QTest::newRow("plain") << u"Stravos"_s << u"Stravos"_s << -1;
    QTest::newRow("unicode letters, emoji, nbsp")
        << u"Zoë 龍 🐉\u00A0x"_s << u"Zoë 龍 🐉\u00A0x"_s << -1;
    QTest::newRow("clear screen, red")
        << u"\u001b[2J\u001b[31mPWNED"_s << uR"(\u001B[2J\u001B[31mPWNED)"_s << 0;
    QTest::newRow("bell, nul, del")
        << u"a\u0007b"_s + QChar(0) + u"\u007F"_s << uR"(a\u0007b\u0000\u007F)"_s << 1;
    QTest::newRow("newline, tab") << u"a\nb\tc"_s << uR"(a\u000Ab\u0009c)"_s << 1;
    QTest::newRow("C1 CSI") << u"x\u009B2J"_s << uR"(x\u009B2J)"_s << 1;
    QTest::newRow("right-to-left override") << u"\u202Esovarts"_s << uR"(\u202Esovarts)"_s << 0;
    QTest::newRow("byte order mark") << u"\uFEFFStravos"_s << uR"(\uFEFFStravos)"_s << 0;
    QTest::newRow("zero-width space") << u"Stra\u200Bvos"_s << uR"(Stra\u200Bvos)"_s << 4;
    QTest::newRow("line and paragraph separators")
        << u"a\u2028b\u2029"_s << uR"(a\u2028b\u2029)"_s << 1;
    QTest::newRow("language tag above the BMP") << u"a\U000E0001"_s << uR"(a\U000E0001)"_s << 1;
    QTest::newRow("unpaired surrogate") << u"a"_s + QChar(0xD800) << uR"(a\uD800)"_s << 1;
}

void Tst_InertText::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, firstUnsafe);
    QCOMPARE(InertText::firstUnsafe(text), qsizetype(firstUnsafe));
    QCOMPARE(InertText::escaped(text), expected);
    QCOMPARE(InertText::firstUnsafe(InertText::escaped(text)), qsizetype(-1));
}

void Tst_InertText::logMessagesAreInert()
{
    // librdkafka's log lines and our own quote broker and wire text.
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    installInertMessageHandler();
    qWarning("topic %s", "\x1b[2J\x1b]0;owned\x07");
    qInstallMessageHandler(previous);
    QCOMPARE(s_captured, QStringList{uR"(topic \u001B[2J\u001B]0;owned\u0007)"_s});
}

void Tst_InertText::linesKeepTheirBreaks()
{
    QCOMPARE(InertText::escapedLines(u"invalid:\n  topic \u001b[2J\n"_s), uR"(invalid:
  topic \u001B[2J
)"_s);
    QCOMPARE(InertText::escapedLines(u"\n\na\r"_s), uR"(

a\u000D)"_s);
    QCOMPARE(InertText::escapedLines(QString()), QString());
}

DND_GUILESS_TEST_MAIN(Tst_InertText)
#include "tst_inerttext.moc"
