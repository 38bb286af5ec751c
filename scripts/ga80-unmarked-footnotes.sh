#!/bin/sh
# Footnotes of the real 2025 General Assembly resolutions (../shared/real/ga80) that no marker in the text refers to,
# as `resolute show` lists them ("(no marker in the text)"): per file, then the total. Run from the package root:
#   scripts/ga80-unmarked-footnotes.sh [RESOLUTE]     # RESOLUTE: the binary (default .build/debug/resolute)
set -eu
cd "$(dirname "$0")/.."
if [ ! -d ../shared/real/ga80 ]; then echo "../shared/real/ga80 is absent: nothing measured"; exit 0; fi
resolute=${1:-.build/debug/resolute}
total=0
for f in ../shared/real/ga80/*.md; do
  markers=$("$resolute" show "$f" | sed -n 's/^  \[\([0-9*]*\)\] (no marker in the text).*/\1/p' | tr '\n' ' ')
  if [ -n "$markers" ]; then
    echo "$(basename "$f"): $markers"
    total=$((total + $(echo "$markers" | wc -w)))
  fi
done
echo "ga80 footnotes without a marker: $total"
