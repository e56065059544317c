#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the tests with AddressSanitizer, LeakSanitizer and UBSan and runs them all. Slower than
# scripts/test.sh (about twice the build time); CI runs it after scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

sco_build asan
ctest --preset asan -j "$(sco_jobs)" "$@"
