// SPDX-License-Identifier: MIT
// Placeholder until the real tests land.
#include <QtTest>

class Tst_settings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Tst_settings)
#include "tst_settings.moc"
