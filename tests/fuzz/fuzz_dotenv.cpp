// SPDX-License-Identifier: MIT
// The .env reader on any file content: no crash, no hang, and a bad file
// gives an error message rather than an exception.
#include "fuzzcheck.h"
// readDotEnv moves to its own header with the settings schema's rework.
#if __has_include("dotenv.h")
#include "dotenv.h"
#include "resolvedsettings.h"
#else
#include "settings.h"
#endif

#include <QDir>
#include <QFile>

#include <cstdint>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // readDotEnv reads a path, as the app does: one file per process.
    static const QString path =
        QDir::tempPath() + QStringLiteral("/dnd-fuzz-dotenv-%1.env").arg(::getpid());
    {
        QFile file(path);
        DND_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    dnd::SettingInputs inputs;
    QString error;
    const bool ok = dnd::readDotEnv(path, &inputs, &error);
    DND_FUZZ_CHECK(ok || !error.isEmpty(), "a refused file without a message");
    return 0;
}
