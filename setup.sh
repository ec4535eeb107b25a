#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# One command from a fresh Debian 12 clone:
#   ./setup.sh run     install missing packages, build, launch the app
#   ./setup.sh test    install missing packages, build, run every test (ctest):
#                      the suite (preset dev), the suite under ASan + UBSan
#                      (preset asan, without the packaging tests) and the
#                      fuzz targets (preset fuzz, clang), then one summary
#                      line for each.
#   ./setup.sh build   install missing packages and build only
# Options (environment): PRESET=dev|asan|fuzz (default dev; for test, only
# that preset), JOBS=N.
set -euo pipefail

cd "$(dirname "$0")"
action=${1:-run}
shift || true
preset=${PRESET:-dev}
# What `test` runs unless PRESET names one preset.
test_presets=(${PRESET:-dev asan fuzz})

# Debian packages the build, the tests and the app need.
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libgl-dev libqt6opengl6-dev librdkafka-dev libqt6sql6-sqlite libsqlite3-dev
    kcat python3 python3-kafka
    xvfb xauth
    libgtest-dev libbenchmark-dev
    desktop-file-utils appstream dpkg-dev file help2man
    clang libclang-rt-14-dev
    debhelper fakeroot lintian
    qtkeychain-qt6-dev gnome-keyring libsecret-1-0 dbus-daemon
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]} == 0)); then
        echo "setup: all ${#packages[@]} packages present"
        return
    fi
    echo "setup: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset "$preset"
    cmake --build --preset "$preset" ${JOBS:+-j "$JOBS"}
}

case "$action" in
    build)
        install_missing
        build
        ;;
    test)
        install_missing
        # Tests run offscreen and start the built-in broker themselves.
        export QT_QPA_PLATFORM=offscreen
        status=0
        summary=()
        for preset in "${test_presets[@]}"; do
            echo "setup: preset $preset"
            started=$SECONDS
            build
            built=$SECONDS
            log="build/$preset/ctest-summary.log"
            # The fuzz targets run one at a time: each takes a fixed time.
            jobs=${JOBS:-2}
            [ "$preset" = fuzz ] && jobs=1
            # Under ASan the packaging tests would only build and lint the
            # package again (dev ran them): not a sanitizer's business.
            only=()
            [ "$preset" = asan ] && only=(-LE packaging)
            ctest --preset "$preset" -j "$jobs" "${only[@]}" "$@" | tee "$log" || status=1
            summary+=("$preset: $(grep -E 'tests passed|No tests were found' "$log" | tail -1 || true) (build $((built - started)) s, tests $((SECONDS - built)) s)")
        done
        echo "setup: summary"
        printf '  %s\n' "${summary[@]}"
        exit "$status"
        ;;
    run)
        install_missing
        build
        app="build/$preset/app/dnd-tracker"
        if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [[ " $* " != *" --headless "* ]]; then
            echo "setup: no display (DISPLAY/WAYLAND_DISPLAY unset): run '$0 run --headless --simulate'," >&2
            echo "       or start a virtual one: xvfb-run -a $0 run" >&2
            exit 1
        fi
        exec "$app" "$@"
        ;;
    *)
        echo "usage: $0 run|test|build [args...]" >&2
        exit 2
        ;;
esac
