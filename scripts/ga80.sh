#!/bin/sh
# The parser on the real 2025 General Assembly resolutions in ../shared/real/ga80 (55 files): how many files have
# every fact right (id, adopted, title, operative paragraphs, annex paragraphs, footnote texts), as asserted by the
# GA80FactsTests table, and the annex paragraphs found. Run from the package root: scripts/ga80.sh
set -eu
cd "$(dirname "$0")/.."
if [ ! -d ../shared/real/ga80 ]; then echo "../shared/real/ga80 is absent: nothing measured"; exit 0; fi
swift build --build-tests >/dev/null 2>&1
log=$(mktemp)
swift test --skip-build --filter 'GA80FactsTests/everyFact' >"$log" 2>&1 || true
total=$(ls ../shared/real/ga80/*.md | wc -l | tr -d ' ')
wrong=$(grep '✘' "$log" | grep -o 'argument index → [0-9]*' | sort -u | wc -l | tr -d ' ')
echo "ga80 facts correct: $((total - wrong))/$total files"
annex=0
for f in ../shared/real/ga80/*.md; do
  n=$(.build/debug/resolute show "$f" --json | python3 -c 'import json,sys; print(sum(len(a["paragraphs"]) for a in json.load(sys.stdin)["annexes"]))')
  annex=$((annex + n))
done
echo "ga80 annex paragraphs found: $annex (the three declarations have 25 + 44 + 31 = 100)"
rm -f "$log"
