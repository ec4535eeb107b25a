#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Packaging check (run by ctest as packaging_deb). Builds the .deb twice:
#  A. with CPack from the build directory under test (the quick artefact);
#  B. with dpkg-buildpackage from debian/, in a copy of the source tree, as a
#     packager would (release options, nothing reused from the build dir).
# Checks A's contents, the version everywhere, runs lintian on both (no error,
# no warning: reasons for any override live in debian/*.lintian-overrides),
# and that both packages have the same files and control fields. Finally runs
# the binaries from a DESTDIR staging install.
# usage: check-package.sh SOURCE_DIR BUILD_DIR APP_ID VERSION
set -euo pipefail
src=$1 build=$2 app_id=$3 version=$4
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
file_list() { # the paths in a .deb, one a line, directories without the slash
    dpkg-deb -c "$1" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' | grep -v '^$' | sort
}
control_fields() { # the fields both builds must agree on; Depends by name only
    # (debian/control's versioned Build-Depends raise dh's minimum versions)
    for field in Package Version Architecture Section Priority Maintainer Homepage Description; do
        echo "$field: $(dpkg-deb -f "$1" "$field")"
    done
    echo "Depends: $(dpkg-deb -f "$1" Depends | tr ',' '\n' | sed 's/(.*)//; s/ //g' | sort | paste -sd' ')"
}
lint() { # description, deb: no error and no warning; the output is shown either way
    local what=$1 deb=$2
    if lintian --fail-on error,warning --display-info "$deb" >"$work/lintian.out" 2>&1; then
        echo "PASS: $what"
    else
        echo "FAIL: $what"; failures=$((failures + 1))
    fi
    grep -v '^running with root privileges' "$work/lintian.out" | sed 's/^/    lintian: /' || true
}

# --- A: CPack from the build directory --------------------------------------
(cd "$build" && cpack -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/cpack/*.deb)
echo "package A (CPack): $(basename "$deb")"
file_list "$deb" >"$work/files"

for f in /usr/bin/dnd-tracker /usr/bin/dnd-producer \
         "/usr/share/applications/$app_id.desktop" \
         "/usr/share/metainfo/$app_id.metainfo.xml" \
         "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         "/usr/share/icons/hicolor/48x48/apps/$app_id.png" \
         "/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
         /usr/share/man/man1/dnd-tracker.1.gz /usr/share/man/man1/dnd-producer.1.gz \
         /usr/share/doc/dnd-tracker/copyright /usr/share/doc/dnd-tracker/changelog.gz; do
    check "package contains $f" grep -qx "$f" "$work/files"
done
check "no test or benchmark binaries in the package" bash -c "! grep -E '/(tst_|bench_)' '$work/files'"
check "dependencies computed by shlibs (Qt, librdkafka) plus the SVG plugin" \
    bash -c "dpkg-deb -f '$deb' Depends | grep -q libqt6widgets6 && dpkg-deb -f '$deb' Depends | grep -q librdkafka1 && dpkg-deb -f '$deb' Depends | grep -q libqt6svg6"

dpkg-deb -x "$deb" "$work/root"
# Qt SQL loads its SQLite driver as a plugin, which shlibs cannot see either.
if objdump -p "$work/root/usr/bin/dnd-tracker" | grep -q 'NEEDED.*libQt6Sql'; then
    check "links Qt SQL, so depends on its SQLite driver (libqt6sql6-sqlite)" \
        bash -c "dpkg-deb -f '$deb' Depends | grep -q libqt6sql6-sqlite"
fi
check "binaries are stripped" bash -c "file -L '$work/root/usr/bin/dnd-tracker' '$work/root/usr/bin/dnd-producer' | grep -c ', stripped' | grep -qx 2"
check "copyright is debian/copyright (machine-readable, MIT)" bash -c \
    "cmp '$work/root/usr/share/doc/dnd-tracker/copyright' '$src/debian/copyright' && grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' '$src/debian/copyright' && grep -qx 'License: MIT' '$src/debian/copyright'"
check "desktop-file-validate" desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
check "appstreamcli validate" appstreamcli validate --no-net --explain "$work/root/usr/share/metainfo/$app_id.metainfo.xml"

# --- the version, from CMake's project() ------------------------------------
check "package version is $version" bash -c "dpkg-deb -f '$deb' Version | grep -qx '$version'"
check "debian/changelog's version is $version" bash -c "[ \"\$(dpkg-parsechangelog -l '$src/debian/changelog' -S Version)\" = '$version' ]"
check "metainfo's newest release is $version" bash -c \
    "grep -m1 '<release ' '$work/root/usr/share/metainfo/$app_id.metainfo.xml' | grep -q 'version=\"$version\"'"
for prog in dnd-tracker dnd-producer; do
    check "$prog(1) man page names version $version" bash -c \
        "zcat '$work/root/usr/share/man/man1/$prog.1.gz' | grep '^\.TH' | grep -q '$prog $version'"
done
check "man page renders" bash -c "zcat '$work/root/usr/share/man/man1/dnd-tracker.1.gz' | grep -q -- 'broker'"

lint "lintian: no errors or warnings in package A (CPack)" "$deb"

# --- B: dpkg-buildpackage in a copy of the source tree ----------------------
# The files git knows (tracked, or new and not ignored) as they are in the
# work tree, so uncommitted changes are built too and nothing is written there.
mkdir -p "$work/deb/src"
if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$src" && git ls-files -z --cached --others --exclude-standard |
        tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null) | tar -xf - -C "$work/deb/src"
else
    tar -C "$src" --exclude=./build --exclude=./.git -cf - . | tar -xf - -C "$work/deb/src"
fi
check "dpkg-checkbuilddeps: debian/control's Build-Depends are installed" \
    bash -c "cd '$work/deb/src' && dpkg-checkbuilddeps"
# noddebs: the -dbgsym package is not compared, so it is not built either.
# Nothing of a developer's compiler setup leaks into the build.
if (cd "$work/deb/src" &&
    env -u CMAKE_CXX_COMPILER_LAUNCHER -u CMAKE_GENERATOR -u CMAKE_BUILD_PARALLEL_LEVEL \
        DEB_BUILD_OPTIONS="noddebs parallel=$(nproc)" \
        dpkg-buildpackage -us -uc -b) >"$work/dpkg-buildpackage.log" 2>&1; then
    echo "PASS: dpkg-buildpackage -us -uc -b"
    debB="$work/deb/dnd-tracker_${version}_$(dpkg --print-architecture).deb"
    echo "package B (dpkg-buildpackage): $(basename "$debB")"
    lint "lintian: no errors or warnings in package B (dpkg-buildpackage)" "$debB"
    file_list "$debB" >"$work/filesB"
    check "A and B have the same files" diff -u "$work/files" "$work/filesB"
    control_fields "$deb" >"$work/controlA"
    control_fields "$debB" >"$work/controlB"
    check "A and B have the same control fields" diff -u "$work/controlA" "$work/controlB"
else
    echo "FAIL: dpkg-buildpackage -us -uc -b"; tail -40 "$work/dpkg-buildpackage.log" | sed 's/^/    /'
    failures=$((failures + 1))
fi
# debian/rules configures with the release preset's options (its build type
# is Debian's None, so that dpkg-buildflags decide the flags).
for option in $(python3 -c '
import json, sys
presets = json.load(open(sys.argv[1]))["configurePresets"]
release = next(p for p in presets if p["name"] == "release")
print(" ".join(f"-D{k}={v}" for k, v in release["cacheVariables"].items() if k != "CMAKE_BUILD_TYPE"))
' "$src/CMakePresets.json"); do
    check "debian/rules passes the release preset's $option" grep -q -- "$option" "$src/debian/rules"
done

# --- the programs, from a DESTDIR staging install ---------------------------
DESTDIR="$work/stage" cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
export QT_QPA_PLATFORM=offscreen
for prog in dnd-tracker dnd-producer; do
    check "$prog --version from DESTDIR" bash -c "'$work/stage/usr/bin/$prog' --version | grep -qx '$prog $version'"
    check "$prog --help from DESTDIR" bash -c "'$work/stage/usr/bin/$prog' --help | grep -q -- '--broker'"
done

if ((failures)); then
    echo "$failures packaging check(s) failed"
    exit 1
fi
echo "all packaging checks passed"
