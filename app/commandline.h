// SPDX-License-Identifier: MIT
#pragma once

#include "settings.h"

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

// Everything dnd-tracker's command line decides, for headless and GUI alike.
// Values that also come from the environment, .env or preferences live in
// `settings` (already resolved and validated); the rest are app-only flags.
struct TrackerOptions
{
    bool headless = false;
    bool simulate = false;
    bool json = false;
    quint64 maxEvents = 0;      // 0 = no limit; accepted + rejected messages
    double durationSeconds = 0; // 0 = no limit
    quint16 port = 9092;        // built-in broker's stable port; 0 = any free port
    bool portExplicit = false;  // --port given: still falls back when taken, but says so
    int partitions = 3;         // built-in broker
    int brokers = 1;            // built-in broker
    ResolvedSettings settings;
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

// Declares every dnd-tracker option on `parser` (help and version included).
void addTrackerOptions(QCommandLineParser &parser);

// Parses dnd-tracker's arguments (arguments[0] is the program) without an
// application object, then resolves the settings from flags, the process
// environment, `.env` in the working directory and the saved preferences.
CommandLineResult parseTrackerCommandLine(const QStringList &arguments);

// Copies the flags of `parser` that correspond to a SettingInfo::flag into
// inputs->commandLine. Shared with dnd-producer.
void collectCommandLineSettings(const QCommandLineParser &parser, SettingInputs *inputs);

// Environment and `.env` (working directory) into *inputs. False and *error
// when the .env file exists but cannot be read or has a bad line.
bool collectEnvironmentSettings(SettingInputs *inputs, QString *error);

// "program: invalid configuration:\n  message\n  message" for stderr.
QString formatSettingErrors(const QString &program, const ResolvedSettings &settings);

} // namespace dnd
