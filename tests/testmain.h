// SPDX-License-Identifier: MIT
#pragma once

// Test mains that make a test binary started by hand behave as under ctest
// (as KDAB/hotspot's tests/testutils.h does): the offscreen platform, so no
// window appears and no display is needed, and a QSettings scope of its own,
// so a test never reads or writes the user's real preferences.
// QT_QPA_PLATFORM set in the environment still wins, for a developer who
// wants to watch a GUI test run (QT_QPA_PLATFORM=xcb ./tst_mainwindow).

#include <QByteArray>
#include <QtTest>

#include <cstring>

namespace dnd::test {

inline void prepareTestEnvironment(const char *argv0)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("DND_SETTINGS_SCOPE")) {
        const char *slash = std::strrchr(argv0, '/');
        qputenv("DND_SETTINGS_SCOPE", QByteArray("test-") + (slash ? slash + 1 : argv0));
    }
}

} // namespace dnd::test

// QTEST_MAIN / QTEST_GUILESS_MAIN with the environment above prepared first.
#define DND_TEST_MAIN(TestObject)                                                                  \
    QTEST_MAIN_WRAPPER(TestObject, dnd::test::prepareTestEnvironment(argv[0]); QTEST_MAIN_SETUP())
#define DND_GUILESS_TEST_MAIN(TestObject)                                                          \
    QTEST_MAIN_WRAPPER(TestObject, dnd::test::prepareTestEnvironment(argv[0]);                     \
                       QTEST_QAPP_SETUP(QCoreApplication))
