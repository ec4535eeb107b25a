// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "headlessrunner.h"
#include "inertmessagehandler.h"
#include "inerttext.h"
#include "translations.h"

#ifdef DND_HAVE_GUI
#include "guientry.h"
#endif

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace {

// The application object comes first so that Qt takes its own options
// (-style, -platform, -reverse, -display, ...) out of argv: our parser then
// sees only ours. The window needs a QApplication, headless mode and
// --help/--version a QCoreApplication (no display needed).
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool window)
{
#ifdef DND_HAVE_GUI
    if (window)
        return dnd::createGuiApplication(argc, argv);
#else
    Q_UNUSED(window);
#endif
    auto app = std::make_unique<QCoreApplication>(argc, argv);
    // English plural forms only: headless output is read by scripts.
    dnd::installTranslations(false);
    return app;
}

} // namespace

int main(int argc, char **argv)
{
    dnd::applyApplicationIdentity();
    dnd::installInertMessageHandler();

    bool window = dnd::argumentsNeedWindow(argc, argv);
    auto app = createApplication(argc, argv, window);
    dnd::CommandLineResult parsed = dnd::parseTrackerCommandLine(QCoreApplication::arguments());
#ifdef DND_HAVE_GUI
    if (!window && parsed.outcome == dnd::CommandLineResult::Outcome::Run &&
        !parsed.options.headless) {
        // argv only looked headless ("--topic --headless": a topic named
        // --headless): the window needs its QApplication after all.
        app.reset();
        window = true;
        app = createApplication(argc, argv, window);
        parsed = dnd::parseTrackerCommandLine(QCoreApplication::arguments());
    }
#endif
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
        return dnd::runGui(parsed.options);
#endif
    return dnd::runHeadless(parsed.options);
}
