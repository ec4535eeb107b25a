#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Runs a command against a real Secret Service of its own:
#   run-with-keyring.sh COMMAND...               a private session bus with
#       gnome-keyring-daemon's secrets component, its login keyring unlocked
#       (password "test") in a temporary HOME
#   run-with-keyring.sh --no-service COMMAND...  a private session bus on
#       which nothing provides org.freedesktop.secrets (no keyring)
# dbus-run-session ends the bus when COMMAND exits, and gnome-keyring-daemon
# leaves with its bus; the temporary HOME is removed. Tests run in parallel
# (ctest -j), each in its own bus, HOME and runtime directory.
set -eu

mode=keyring
if [ "${1:-}" = --no-service ]; then
    mode=no-service
    shift
fi
here=$(cd "$(dirname "$0")" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dnd-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 143' INT TERM
mkdir -m 700 "$tmp/runtime"
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
    XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime"
# A desktop's variables would make QtKeychain look for KWallet instead.
unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION \
    KDE_SESSION_VERSION GNOME_KEYRING_CONTROL

export DND_KEYRING_MODE="$mode" # what tst_keyring expects to find

if [ "$mode" = no-service ]; then
    # A bus without service directories: asking for the Secret Service
    # fails at once instead of starting one by D-Bus activation.
    exec dbus-run-session --config-file="$here/session-without-services.conf" -- "$@"
fi
# Not exec: the trap removes the temporary HOME once the session is over.
dbus-run-session -- sh -c '
    echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
