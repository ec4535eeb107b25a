// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// A property the fuzz target checks; a failure is a crash for libFuzzer, so
// it keeps the input and the CI run fails.
#define DND_FUZZ_CHECK(condition, what)                                                            \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s)\n", #condition, (what));              \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
