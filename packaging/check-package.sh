#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Packaging check (run by ctest): builds the .deb with CPack, checks its file
# list and computed dependencies, validates the desktop file and AppStream
# metadata, and runs the binaries from a DESTDIR staging install.
# usage: check-package.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build=$1 app_id=$2 version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { # description, command...
    local what=$1; shift
    if "$@" >"$work/out" 2>&1; then
        echo "PASS: $what"
    else
        echo "FAIL: $what"; sed 's/^/    /' "$work/out"; failures=$((failures + 1))
    fi
}

(cd "$build" && cpack -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/cpack/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"

for f in /usr/bin/dnd-tracker /usr/bin/dnd-producer \
         "/usr/share/applications/$app_id.desktop" \
         "/usr/share/metainfo/$app_id.metainfo.xml" \
         "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         "/usr/share/icons/hicolor/48x48/apps/$app_id.png" \
         "/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
         /usr/share/man/man1/dnd-tracker.1.gz /usr/share/man/man1/dnd-producer.1.gz; do
    check "package contains $f" grep -qx "$f" "$work/files"
done
check "no test or benchmark binaries in the package" bash -c "! grep -E '/(tst_|bench_)' '$work/files'"
check "version is $version" bash -c "dpkg-deb -f '$deb' Version | grep -qx '$version'"
check "dependencies computed by shlibdeps (Qt, librdkafka)" \
    bash -c "dpkg-deb -f '$deb' Depends | grep -q libqt6 && dpkg-deb -f '$deb' Depends | grep -q librdkafka"

dpkg-deb -x "$deb" "$work/root"
check "desktop-file-validate" desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
check "appstreamcli validate" appstreamcli validate --no-net --explain "$work/root/usr/share/metainfo/$app_id.metainfo.xml"

DESTDIR="$work/stage" cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
export QT_QPA_PLATFORM=offscreen
for prog in dnd-tracker dnd-producer; do
    check "$prog --version from DESTDIR" bash -c "'$work/stage/usr/bin/$prog' --version | grep -q '$version'"
    check "$prog --help from DESTDIR" bash -c "'$work/stage/usr/bin/$prog' --help | grep -q -- '--broker'"
done
check "man page renders" bash -c "zcat '$work/root/usr/share/man/man1/dnd-tracker.1.gz' | grep -q -- 'broker'"

if ((failures)); then
    echo "$failures packaging check(s) failed"
    exit 1
fi
echo "all packaging checks passed"
