#!/usr/bin/env bash
# Fuzzes the parser and citation extractor with libFuzzer under AddressSanitizer, seeded with the bundled corpus.
#   scripts/fuzz.sh [SECONDS]      random exploration for SECONDS (default 120), growing .fuzz/inputs
#   scripts/fuzz.sh --ci           the CI run: a fixed seed and a fixed number of inputs from a fresh working corpus,
#                                  so a CI result is reproducible on any machine (`scripts/fuzz.sh --ci` again)
# Exits non-zero when an input crashes; the input is saved in .fuzz/crashes/ and the broken invariant is printed.
# Turn each into a regression case in Tests/ResolutionKitTests/Fixtures/fuzz-regressions/ (named after what it
# found) once fixed. Replay inputs without the fuzzer: swift run resolute-fuzz FILE-OR-FOLDER...
set -euo pipefail
cd "$(dirname "$0")/.."
limits=(-max_total_time=120)
inputs=.fuzz/inputs
if [[ "${1:-}" == "--ci" ]]; then
  # About two minutes at this machine kind's speed; the seed makes the sequence of inputs the same everywhere.
  limits=(-seed=1 -runs=1500)
  inputs=.fuzz/ci-inputs
  rm -rf "$inputs"
elif [[ -n "${1:-}" ]]; then
  limits=(-max_total_time="$1")
fi
scripts/setup.sh
swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --product resolute-fuzz
mkdir -p "$inputs" .fuzz/crashes
# The working corpus grows as the fuzzer finds new paths; it starts from the real files and the past crashes.
cp corpus/*.txt Tests/ResolutionKitTests/Fixtures/fuzz-regressions/* "$inputs"/
echo "fuzz: ${limits[*]}" >&2
# Leaks inside TOMLKit are the library's own (see the file); every other leak still fails.
export LSAN_OPTIONS="suppressions=$PWD/scripts/fuzz-lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
SWIFT_BACKTRACE=enable=no .build-fuzz/release/resolute-fuzz "$inputs" \
  "${limits[@]}" -max_len=65536 -rss_limit_mb=4096 -timeout=20 \
  -artifact_prefix=.fuzz/crashes/ -print_final_stats=1
