#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# AppStream check (run by ctest as packaging_metainfo): the generated
# metainfo validates, every URL in it is the project page, its issue tracker
# or a file of this repository that exists, and its newest release is the
# CMake project version with the date of the debian/changelog entry.
# usage: check-metainfo.sh SOURCE_DIR METAINFO HOMEPAGE VERSION
set -euo pipefail
src=$1 metainfo=$2 homepage=$3 version=$4
failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if out=$(appstreamcli validate --no-net --explain "$metainfo" 2>&1); then
    pass "appstreamcli validate"
else
    fail "appstreamcli validate"; echo "$out" | sed 's/^/    /'
fi

urls=$(grep -oE 'https?://[^<>" ]+' "$metainfo" | sort -u)
[ -n "$urls" ] || fail "no URL found in $metainfo"
for url in $urls; do
    case "$url" in
        "$homepage" | "$homepage/issues")
            pass "$url is the project page or its issue tracker" ;;
        "$homepage"/raw/main/* | "$homepage"/blob/main/*)
            path=${url#"$homepage"/*/main/}
            if [ -f "$src/$path" ]; then
                pass "$url names $path, which exists"
            else
                fail "$url names $path, which is not in the repository"
            fi ;;
        *)
            fail "$url is neither the project page nor a file in its repository" ;;
    esac
done

# The newest release: <release version="X" date="YYYY-MM-DD">.
release=$(grep -m1 -oE '<release [^>]*>' "$metainfo")
changelog_date=$(date -u -d "$(dpkg-parsechangelog -l "$src/debian/changelog" -S Date)" +%F)
if [[ $release == *"version=\"$version\""* ]]; then
    pass "newest release is $version"
else
    fail "newest release is not $version: $release"
fi
if [[ $release == *"date=\"$changelog_date\""* ]]; then
    pass "release date is $changelog_date, as in debian/changelog"
else
    fail "release date differs from debian/changelog ($changelog_date): $release"
fi

if ((failures)); then
    echo "$failures metainfo check(s) failed"
    exit 1
fi
echo "all metainfo checks passed"
