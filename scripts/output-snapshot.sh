#!/bin/sh
# Writes what the commands print about citations into DIR, to diff before and after a refactor that must not change
# output: `show --json`, `show` (text), `cites`, `cites --json` for every file of the bundled corpus and of
# ../shared/real/ga80 (when present), through the index and with --no-index; `cited-by` for every resolution target
# (through the index; also in memory on the bundled corpus); and the index's citations table. From the package root,
# after `swift build` (BIN=path picks another binary):
#   scripts/output-snapshot.sh /tmp/before; (change, build); scripts/output-snapshot.sh /tmp/after
#   diff -r /tmp/before /tmp/after
set -eu
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/output-snapshot.sh DIR}
bin=${BIN:-.build/debug/resolute}
rm -rf "$out"; mkdir -p "$out"
snapshot() { # name folder
  name=$1; folder=$2; dir="$out/$name"; mkdir -p "$dir"
  index=$(mktemp -d)/index.sqlite
  for f in "$folder"/*; do
    base=$(basename "$f")
    "$bin" show "$f" --corpus "$folder" --json --no-index >"$dir/$base.show.json" 2>&1 || true
    "$bin" show "$f" --corpus "$folder" --json --index "$index" >"$dir/$base.show-index.json" 2>&1 || true
    "$bin" show "$f" --corpus "$folder" --no-index >"$dir/$base.show.txt" 2>&1 || true
    "$bin" cites "$f" --corpus "$folder" --no-index >"$dir/$base.cites.txt" 2>&1 || true
    "$bin" cites "$f" --corpus "$folder" --index "$index" >"$dir/$base.cites-index.txt" 2>&1 || true
    "$bin" cites "$f" --corpus "$folder" --json --no-index >"$dir/$base.cites.json" 2>&1 || true
  done
  sqlite3 "$index" "SELECT target FROM citations UNION SELECT res_id FROM files WHERE res_id IS NOT NULL ORDER BY 1" \
    >"$dir/targets.txt"
  while read -r target; do
    safe=$(printf '%s' "$target" | tr '/ ()' '____')
    "$bin" cited-by "$target" --corpus "$folder" --index "$index" >"$dir/citedby-$safe.txt" 2>&1 || true
    # Reading the folder into memory per target is slow on ga80's 700 targets: the bundled corpus only.
    if [ "$name" = bundled ]; then
      "$bin" cited-by "$target" --corpus "$folder" --no-index >"$dir/citedby-$safe.mem.txt" 2>&1 || true
    fi
  done <"$dir/targets.txt"
  sqlite3 "$index" "SELECT f.relative, c.ordinal, c.target, c.ref, c.text, c.pinpoint, c.date, c.subject, c.line,
    c.start, c.end FROM citations c JOIN files f ON f.id = c.file_id ORDER BY f.relative, c.ordinal" >"$dir/citations.tsv"
  rm -rf "$(dirname "$index")"
}
snapshot bundled corpus
if [ -d ../shared/real/ga80 ]; then snapshot ga80 ../shared/real/ga80; fi
echo "snapshot written to $out: $(find "$out" -type f | wc -l) files"
