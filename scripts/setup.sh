#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages the build, the tests and the screenshots need, and only
# the ones that are missing, and builds a CMake preset. Sourced by every script beside it.
set -euo pipefail

SCO_PACKAGES=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev sqlite3 libgl-dev libpng-dev zlib1g-dev libpoppler-qt6-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    fonts-dejavu-core fonts-wqy-microhei iso-codes
    xvfb x11-utils xdotool xclip imagemagick poppler-utils time libxml2-utils
    desktop-file-utils appstream man-db dpkg-dev file
    clang libclang-rt-14-dev
    postgresql-15 libpq-dev libqt6sql6-psql qtkeychain-qt6-dev libsecret-1-0 openssl
)

sco_missing_packages() {
    local pkg
    for pkg in "${SCO_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            echo "$pkg"
        fi
    done
}

sco_install_dependencies() {
    local missing
    mapfile -t missing < <(sco_missing_packages)
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
        "${missing[@]}" >/dev/null
}

sco_jobs() {
    local cores
    cores=$(nproc 2>/dev/null || echo 2)
    echo $((cores < 2 ? 1 : 2))
}

# Installs what is missing, then configures and builds the CMake preset named $1.
sco_build() {
    sco_install_dependencies
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1" -j "$(sco_jobs)"
}
