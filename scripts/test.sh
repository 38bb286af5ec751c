#!/usr/bin/env bash
# Runs every test from a fresh clone: installs what is missing, then `swift test` (which builds everything first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift test "$@"
