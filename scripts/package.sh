#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Release build and packs it as a Debian package: build/package/sco-dashboard_*.deb.
#   scripts/package.sh            build the .deb
#   scripts/package.sh --try-it   also install it with apt, run it, purge it and check that
#                                 no file is left behind (changes this machine: needs root)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

sco_build release
rm -rf build/package
cpack --config build/release/CPackConfig.cmake -B build/package
deb=$(ls "$PWD"/build/package/sco-dashboard_*.deb)
echo "Package: $deb"
dpkg-deb -f "$deb" Package Version Depends

if [[ ${1:-} != --try-it ]]; then
    exit 0
fi
if dpkg-query -W -f='${Status}' sco-dashboard 2>/dev/null | grep -q "install ok installed"; then
    echo "sco-dashboard is already installed; purge it first." >&2
    exit 1
fi
sudo=()
[[ $(id -u) -ne 0 ]] && sudo=(sudo)
# Folders the package brings that this machine lacks must go with it.
mapfile -t new_dirs < <(dpkg-deb -c "$deb" | awk '$1 ~ /^d/ {print substr($6, 2)}' |
    while read -r d; do [[ -e $d ]] || echo "$d"; done)
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$deb" >/dev/null
mapfile -t files < <(dpkg -L sco-dashboard | while read -r f; do [[ -f $f ]] && echo "$f"; done)
echo "Installed ${#files[@]} files; /usr/bin/sco-dashboard says: $(/usr/bin/sco-dashboard --version)"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data QT_QPA_PLATFORM=offscreen \
    /usr/bin/sco-dashboard export --all --format png --preset slide --out "$home/export"
echo "export --all wrote: $(cd "$home/export" && ls | tr '\n' ' ')"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get purge -y -qq sco-dashboard >/dev/null
left=0
for f in "${files[@]}" "${new_dirs[@]}"; do
    if [[ -e $f ]]; then
        echo "left behind: $f" >&2
        left=1
    fi
done
((left == 0)) &&
    echo "Purged: none of the ${#files[@]} files and ${#new_dirs[@]} new folders is left."
exit $left
