// SPDX-License-Identifier: MIT
#pragma once

#include "resolvedsettings.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace dnd {

// Exit codes shared by dnd-tracker and dnd-producer.
inline constexpr int ExitOk = 0;
inline constexpr int ExitFailure = 1; // runtime failure: broker unreachable, delivery failed
inline constexpr int ExitUsage = 2;   // invalid flags or configuration

// Sets the organisation/application names QSettings uses. When the
// environment variable DND_SETTINGS_SCOPE is set (the test suite does), it is
// appended to the application name so tests never share or touch the user's
// preferences. Call before anything reads QSettings; no application object
// is needed.
void applyApplicationIdentity();
// "dnd-tracker", or "dnd-tracker-SCOPE": the settings file's name.
QString trackerApplicationName();

// Everything dnd-tracker's command line decides, for headless and GUI alike.
// Values that also come from the environment, .env or preferences live in
// `settings` (already resolved and validated); the rest are app-only flags.
struct TrackerOptions
{
    bool headless = false;
    bool simulate = false;
    bool json = false;
    bool exitAtEnd = false;     // stop once the topic was read to its end at start
    bool noArchive = false;     // --no-archive: this run in memory, no campaign file
    quint64 maxEvents = 0;      // 0 = no limit; accepted + rejected messages
    double durationSeconds = 0; // 0 = no limit
    quint16 port = 9092;        // built-in broker's stable port; 0 = any free port
    bool portExplicit = false;  // --port given: still falls back when taken, but says so
    int partitions = 3;         // built-in broker
    int brokers = 1;            // built-in broker
    ResolvedSettings settings;
    // Said once, then the run goes on: the settings file could not be read
    // and was moved aside (setAsideUnreadableSettings).
    QString settingsNotice;
};

struct CommandLineResult
{
    enum class Outcome
    {
        Run,
        ExitNow
    };
    Outcome outcome = Outcome::Run;
    int exitCode = ExitOk;  // for ExitNow
    QString output;         // --help / --version text (stdout)
    QString error;          // usage error (stderr), exitCode = ExitUsage
    TrackerOptions options; // for Run
};

// Whether dnd-tracker's arguments ask for the window, decided from argv
// alone before any application object exists: --headless, --help, --help-all
// and --version need no display, so they get a QCoreApplication; anything
// else a QApplication, which takes Qt's own options (-style, -platform,
// -reverse, ...) out of argv before parseTrackerCommandLine sees the rest.
bool argumentsNeedWindow(int argc, const char *const *argv);

// Declares every dnd-tracker option on `parser` (help and version included).
void addTrackerOptions(QCommandLineParser &parser);

// Parses dnd-tracker's arguments (arguments[0] is the program; in the
// program, QCoreApplication::arguments(), so Qt's own options are gone), then resolves the settings
// from flags, the process environment, `.env` in the working directory and the saved preferences.
CommandLineResult parseTrackerCommandLine(const QStringList &arguments);

// Declares a flag for every schema setting `program` reads, with the
// schema's help. Shared by dnd-tracker and dnd-producer.
void addSettingOptions(QCommandLineParser &parser, SettingFlag program);

// Resolves the settings of `program` from the flags of `parser`, the
// environment, `.env` in the working directory and the saved settings (the
// same file for both programs). Problems with the .env file are appended to
// *errors; the resolved settings carry their own. *notice: what to tell the
// user about an unreadable settings file (moved aside), else empty.
ResolvedSettings resolveSettings(const QCommandLineParser &parser, SettingFlag program,
                                 QStringList *errors, QString *notice);

// After resolveSettings(), with an application object: the secrets the
// environment did not give, from --password-file / DND_SASL_PASSWORD_FILE
// or the desktop keyring (supplyRunSecrets, on the tracker's settings file).
// False and *error (exit 2) for a password file that cannot be used.
bool supplySecrets(ResolvedSettings *settings, QString *error, QString *note);

} // namespace dnd
