// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "headlessrunner.h"
#include "inertmessagehandler.h"
#include "inerttext.h"

#ifdef DND_HAVE_GUI
#include "guientry.h"
#endif

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    dnd::applyApplicationIdentity();
    dnd::installInertMessageHandler();

    // Parsed before any application object exists: the GUI needs a
    // QApplication, headless mode a QCoreApplication.
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const dnd::CommandLineResult parsed = dnd::parseTrackerCommandLine(arguments);
    if (parsed.outcome == dnd::CommandLineResult::Outcome::ExitNow) {
        if (!parsed.output.isEmpty())
            std::fputs(parsed.output.toLocal8Bit().constData(), stdout);
        // The settings file was moved aside even when a flag is wrong: say so.
        if (!parsed.options.settingsNotice.isEmpty())
            std::fprintf(stderr, "%s\n",
                         dnd::InertText::escapedLines(parsed.options.settingsNotice)
                             .toLocal8Bit()
                             .constData());
        if (!parsed.error.isEmpty())
            std::fprintf(stderr, "%s\n",
                         dnd::InertText::escapedLines(parsed.error).toLocal8Bit().constData());
        return parsed.exitCode;
    }

#ifdef DND_HAVE_GUI
    if (!parsed.options.headless)
        return dnd::runGui(argc, argv, parsed.options);
#endif
    QCoreApplication app(argc, argv);
    return dnd::runHeadless(parsed.options);
}
