#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds the Debug build with warnings as errors and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

sco_build debug
ctest --preset debug -j "$(sco_jobs)" "$@"
