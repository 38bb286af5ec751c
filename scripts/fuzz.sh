#!/usr/bin/env bash
# Fuzzes the parser and citation extractor with libFuzzer under AddressSanitizer, seeded with the bundled corpus.
#   scripts/fuzz.sh [SECONDS]      (default 120)
# Exits non-zero when an input crashes; the input is saved in .fuzz/crashes/. Turn each into a regression case in
# Tests/ResolutionKitTests/Fixtures/fuzz-regressions/ (named after what it found) once fixed.
# Replay inputs without the fuzzer: swift run resolute-fuzz FILE-OR-FOLDER...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
scripts/setup.sh
swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --product resolute-fuzz
mkdir -p .fuzz/inputs .fuzz/crashes
# The working corpus grows as the fuzzer finds new paths; it starts from the real files and the past crashes.
cp corpus/*.txt Tests/ResolutionKitTests/Fixtures/fuzz-regressions/* .fuzz/inputs/
echo "fuzz: running for ${seconds} s" >&2
# Leaks inside TOMLKit are the library's own (see the file); every other leak still fails.
export LSAN_OPTIONS="suppressions=$PWD/scripts/fuzz-lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
SWIFT_BACKTRACE=enable=no .build-fuzz/release/resolute-fuzz .fuzz/inputs \
  -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -timeout=20 \
  -artifact_prefix=.fuzz/crashes/ -print_final_stats=1
