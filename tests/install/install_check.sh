#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks what `cmake --install` and the .deb deliver to a desktop.
#   install_check.sh CHECK BUILD_DIR SOURCE_DIR
# CHECK: files | desktop | metainfo | manpage | deb
set -euo pipefail

check=$1
build=$(cd "$2" && pwd)
source=$(cd "$3" && pwd)
expected=$source/tests/install/expected-files.txt
app_id=io.github.scodashboard.Dashboard
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

need() {
    command -v "$1" >/dev/null || fail "$1 is missing; scripts/setup.sh installs it"
}

case $check in
files)
    # Exactly the expected files under a fresh prefix, nothing more, nothing less.
    cmake --install "$build" --prefix "$work/prefix" >/dev/null
    (cd "$work/prefix" && find . -type f -o -type l | sed 's|^\./||' | LC_ALL=C sort) >"$work/got"
    LC_ALL=C sort "$expected" >"$work/want"
    diff -u "$work/want" "$work/got" || fail "the installed files differ from $expected"
    "$work/prefix/bin/sco-dashboard" --version | grep -qx 'sco-dashboard [0-9.]*' ||
        fail "the installed binary does not run"
    for size in 48 64 128 256; do
        identify -format '%wx%h' "$work/prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png" |
            grep -qx "${size}x${size}" || fail "the ${size}px icon is not ${size}x${size}"
    done
    ;;
desktop)
    need desktop-file-validate
    out=$(desktop-file-validate "$source/resources/desktop/$app_id.desktop" 2>&1) ||
        fail "desktop-file-validate: $out"
    [[ -z $out ]] || fail "desktop-file-validate has remarks: $out"
    grep -qx 'Exec=sco-dashboard %f' "$source/resources/desktop/$app_id.desktop" ||
        fail "Exec does not pass a file"
    ;;
metainfo)
    need appstreamcli
    metainfo=$build/resources/desktop/$app_id.metainfo.xml
    # With no screenshot host configured (the default build) it names no screenshots, so it
    # validates as installed, with no remark at all.
    grep -q '<screenshots>' "$metainfo" && fail "screenshots named with no base URL configured"
    appstreamcli validate --no-net --pedantic "$metainfo" >"$work/strict" 2>&1 || {
        cat "$work/strict" >&2
        fail "appstreamcli validate --no-net"
    }
    # With a host, every screenshot is a web address under it, and it validates too.
    sed -e '/<\/provides>/r '<(sed -n '/<screenshots>/,/<\/screenshots>/p' \
            "$source/resources/desktop/$app_id.metainfo.xml.in" |
            sed 's|@SCO_SCREENSHOT_PREFIX@|https://screenshots.example.org/screenshots/|') \
        "$metainfo" >"$work/$app_id.metainfo.xml"
    [[ $(grep -c '<image type="source"' "$work/$app_id.metainfo.xml") -eq 2 ]] ||
        fail "expected two screenshots in the template"
    appstreamcli validate --no-net --pedantic "$work/$app_id.metainfo.xml" >"$work/hosted" 2>&1 || {
        cat "$work/hosted" >&2
        fail "appstreamcli validate --no-net with screenshots"
    }
    for shot in $(grep -o 'screenshots/[^<]*png' "$source/resources/desktop/$app_id.metainfo.xml.in"); do
        [[ -f $source/resources/desktop/$shot ]] || fail "$shot is not in resources/desktop"
    done
    grep -q "<release version=\"$("$build/app/sco-dashboard" --version | cut -d' ' -f2)\"" "$metainfo" ||
        fail "the release history does not name this version"
    ;;
manpage)
    need man
    page=$build/resources/desktop/sco-dashboard.1
    warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >"$work/page.txt")
    [[ -z $warnings ]] || fail "man --warnings: $warnings"
    # Every option and command --help names is in the page: they come from the same text.
    "$build/app/sco-dashboard" --help >"$work/help.txt"
    for option in $(grep -o '^ *\(-[a-z], \)\?--[a-z-]*' "$work/help.txt" | grep -o -- '--[a-z-]*'); do
        grep -q -- "$option" "$work/page.txt" || fail "the man page lacks $option"
    done
    for command in facts charts export present import series sources remove-source; do
        grep -q "^       $command" "$work/page.txt" || fail "the man page lacks the command $command"
    done
    ;;
deb)
    need dpkg-deb
    need dpkg-shlibdeps
    (cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/out" >/dev/null) ||
        fail "cpack could not build the package"
    deb=$(ls "$work"/out/sco-dashboard_*.deb)
    dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '/$' | sed 's|^\./usr/||' | LC_ALL=C sort >"$work/got"
    LC_ALL=C sort "$expected" >"$work/want"
    diff -u "$work/want" "$work/got" || fail "the package's files differ from $expected"
    depends=$(dpkg-deb -f "$deb" Depends)
    for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6sql6 libqt6svg6 \
        libqt6sql6-sqlite libsqlite3-0 iso-codes; do
        grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
    done
    # Loaded at run time, so shlibdeps cannot see them: the fonts of the charts' Latin, Cyrillic
    # and Chinese text, and Qt's own translations of its dialogs.
    for pkg in fonts-wqy-microhei fonts-dejavu-core; do
        grep -q "$pkg" <<<"$depends" || fail "Depends lacks $pkg: $depends"
    done
    grep -q qt6-translations-l10n <<<"$(dpkg-deb -f "$deb" Recommends)" ||
        fail "Recommends lacks qt6-translations-l10n"
    for field in Maintainer Section Description; do
        [[ -n $(dpkg-deb -f "$deb" "$field") ]] || fail "the package has no $field"
    done
    ;;
*)
    fail "unknown check $check"
    ;;
esac
echo "ok: $check"
