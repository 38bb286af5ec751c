#!/usr/bin/env bash
# Memory and time on hostile inputs (issue 16): for each binary given (default: the debug build), the peak resident
# memory (GNU time's maximum RSS) and the wall time of one command per case, printed as a Markdown table. Inputs are
# generated under $RESOLUTE_BENCH_DIR (default .bench/hostile) and sparse where size matters (the 50 GB file takes a
# few KB of disk). Every run is capped by `timeout` (default 300 s, RESOLUTE_BENCH_TIMEOUT): "stopped" in the table
# means it did not finish, with the peak memory it had reached. Figures are printed, never asserted.
#
#   scripts/bench-hostile.sh                                   the debug build of this checkout
#   scripts/bench-hostile.sh OLD/resolute .build/debug/resolute  before and after, side by side
#   RESOLUTE_BENCH_ONLY=citations scripts/bench-hostile.sh …     only the cases whose label contains that text
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binaries=("$@")
((${#binaries[@]})) || binaries=("$repo/.build/debug/resolute")
work="${RESOLUTE_BENCH_DIR:-$repo/.bench/hostile}"
limit="${RESOLUTE_BENCH_TIMEOUT:-300}"
mkdir -p "$work"
export XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config"
seed="$repo/corpus/ga-55-64-strengthening-the-programme.txt"

# A 50 GB sparse file beside a real resolution.
if [[ ! -d "$work/sparse" ]]; then
  mkdir -p "$work/sparse"; cp "$seed" "$work/sparse/"
  cp "$seed" "$work/sparse/huge.txt"; truncate -s 50G "$work/sparse/huge.txt"
fi
# A 300 MB file of real text (a resolution repeated), on disk.
if [[ ! -d "$work/big" ]]; then
  mkdir -p "$work/big"
  python3 - "$seed" "$work/big/big-300mb.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    written = 0
    while written < 300_000_000:
        out.write(text); written += len(text.encode())
PY
fi
# 20,000 files with one id.
if [[ ! -d "$work/same-id" ]]; then
  mkdir -p "$work/same-id"
  for ((i = 0; i < 20000; i++)); do printf 'General Assembly resolution 55/64\n\nThe General Assembly,\n\n1. Decides %d.\n' "$i" > "$work/same-id/r$i.txt"; done
fi
# One resolution with 100,000 footnotes, one with 100,000 citations in one sentence.
if [[ ! -d "$work/footnotes" ]]; then
  mkdir -p "$work/footnotes" "$work/citations"
  python3 - "$work/footnotes/footnotes.txt" "$work/citations/citations.txt" <<'PY'
import sys
n = 100_000
with open(sys.argv[1], "w") as out:
    out.write("Footnotes galore\n\nThe General Assembly,\n\nRecalling the reports on crime prevention,")
    out.write("".join(f" report{k},{k}" for k in range(1, n + 1)) + "\n\n1. Decides to remain seized of the matter.\n\n")
    out.write("".join(f"{k}  A/55/{k} on crime prevention.\n" for k in range(1, n + 1)))
with open(sys.argv[2], "w") as out:
    out.write("Citations galore\n\nThe General Assembly,\n\nRecalling ")
    out.write(", ".join(f"its resolution {k % 900 + 1}/{k % 50 + 10} of 18 December 1991" for k in range(n)))
    out.write(",\n\n1. Decides to remain seized of the matter.\n")
PY
fi
# One paragraph of 60,000 hyphens left with a space after them, each word carrying a footnote marker.
if [[ ! -d "$work/hyphens" ]]; then
  mkdir -p "$work/hyphens"
  python3 - "$work/hyphens/hyphens.md" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    out.write("Resolution adopted by the General Assembly on 1 December 2025\n\n90/3. Hyphens galore\n\n")
    out.write("The General Assembly,\n\nRecalling " + " ".join(f"alpha- beta{k % 9 + 1}" for k in range(60_000)))
    out.write(",\n\n1. Decides to remain seized of the matter.\n\n")
    out.write("\n".join(f"[^{k}]: Note {k}." for k in range(1, 10)) + "\n")
PY
fi
query="$(python3 -c 'print(" ".join(["crime"] * 17000))')"

measure() { # label, binary, args...
  local label="$1" binary="$2"; shift 2
  [[ "$label" == *"${RESOLUTE_BENCH_ONLY:-}"* ]] || return 0
  local out="$work/out.txt" err="$work/time.txt"
  /usr/bin/time -f '%M %e' -o "$err" timeout -k 5 "$limit" "$binary" "$@" > "$out" 2> /dev/null
  local status=$?
  read -r kb seconds < <(tail -1 "$err")
  local bytes; bytes=$(stat -c %s "$out")
  if ((status == 124 || status == 137)); then
    printf '| %s | %d MiB when stopped | > %s s (stopped) | %s |\n' "$label" $((kb / 1024)) "$limit" "$bytes"
  else
    printf '| %s | %d MiB | %s s | %s |\n' "$label" $((kb / 1024)) "$seconds" "$bytes"
  fi
}

for binary in "${binaries[@]}"; do
  echo
  echo "### $binary"
  echo
  echo "| case | peak RSS | wall time | output bytes |"
  echo "| --- | --- | --- | --- |"
  measure "list: 50 GB sparse file" "$binary" list "$work/sparse"
  measure "check: 50 GB sparse file" "$binary" check "$work/sparse"
  measure "list: one 300 MB file" "$binary" list "$work/big"
  measure "check: 20,000 files with one id" "$binary" check "$work/same-id"
  measure "list: 20,000 files with one id" "$binary" list "$work/same-id"
  measure "search: 'crime' x 17,000, bundled corpus" "$binary" search "$query" --corpus "$repo/corpus"
  measure "search: 100,000 footnotes" "$binary" search prevention --corpus "$work/footnotes"
  measure "cites: 100,000 citations" "$binary" cites "$work/citations/citations.txt" --corpus "$work/citations"
  measure "cites --json: 100,000 citations" "$binary" cites "$work/citations/citations.txt" --corpus "$work/citations" \
    --json --no-index
  measure "series: 100,000 citations" "$binary" series "$work/citations/citations.txt" --corpus "$work/citations"
  measure "show: 60,000 spaced hyphens with markers" "$binary" show "$work/hyphens/hyphens.md"
  rm -rf "$XDG_CACHE_HOME"
done
