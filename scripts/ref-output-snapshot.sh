#!/bin/sh
# The outputs that print paragraph refs beyond what scripts/output-snapshot.sh covers, to diff before and after a
# change to how refs are held: `show --format markdown`; `show --paragraph REF` (json, text, markdown) for every ref
# `show --json` lists on the bundled corpus and for the footnotes, title and cited paragraphs of ../shared/real/ga80;
# `cited-by --json` for every target; `search --json` and `reuse --json` for a few queries. From the package root,
# after `swift build` (BIN=path picks another binary):
#   scripts/ref-output-snapshot.sh /tmp/before-refs; (change, build); scripts/ref-output-snapshot.sh /tmp/after-refs
#   diff -r /tmp/before-refs /tmp/after-refs
set -eu
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/ref-output-snapshot.sh DIR}
bin=${BIN:-.build/debug/resolute}
rm -rf "$out"; mkdir -p "$out"
snapshot() { # name folder all-refs(yes/no)
  name=$1; folder=$2; all=$3; dir="$out/$name"; mkdir -p "$dir"
  index=$(mktemp -d)/index.sqlite
  "$bin" index --corpus "$folder" --index "$index" >/dev/null 2>&1 || "$bin" index "$folder" --index "$index" >/dev/null 2>&1 || true
  for f in "$folder"/*; do
    base=$(basename "$f")
    "$bin" show "$f" --corpus "$folder" --format markdown --index "$index" >"$dir/$base.show.md" 2>&1 || true
    json=$("$bin" show "$f" --corpus "$folder" --json --index "$index" 2>/dev/null || true)
    if [ "$all" = yes ]; then
      refs=$(printf '%s' "$json" | sed -n 's/^ *"ref": "\(.*\)",\{0,1\}$/\1/p' | sort -u)
    else
      refs=$(printf '%s' "$json" | sed -n 's/^ *"ref": "\(.*\)",\{0,1\}$/\1/p' | grep -E '^(fn|title)' | sort -u)
      refs="$refs $(printf '%s' "$json" | grep -A1 '"citations"' >/dev/null && printf '%s' "$json" |
        sed -n '/"citations"/,$p' | sed -n 's/^ *"ref": "\(.*\)",\{0,1\}$/\1/p' | sort -u | head -5)"
    fi
    for ref in $refs; do
      safe=$(printf '%s' "$ref" | tr '/ ()' '____')
      for format in json text markdown; do
        "$bin" show "$f" --corpus "$folder" --index "$index" --paragraph "$ref" --format "$format" \
          >"$dir/$base.para-$safe.$format" 2>&1 || true
      done
    done
  done
  sqlite3 "$index" "SELECT target FROM citations UNION SELECT res_id FROM files WHERE res_id IS NOT NULL ORDER BY 1" \
    >"$dir/targets.txt"
  while read -r target; do
    safe=$(printf '%s' "$target" | tr '/ ()' '____')
    "$bin" cited-by "$target" --corpus "$folder" --index "$index" --json >"$dir/citedby-$safe.json" 2>&1 || true
  done <"$dir/targets.txt"
  for query in cooperation 'technical cooperation' '"crime prevention"' 'resolution' 'footnote' 'annex'; do
    safe=$(printf '%s' "$query" | tr '/ ()"' '_____')
    "$bin" search $query --corpus "$folder" --index "$index" --json --limit 50 >"$dir/search-$safe.json" 2>&1 || true
  done
  first=$(ls "$folder" | head -1)
  for ref in PP1 1 2; do
    "$bin" reuse "$folder/$first" "$ref" --corpus "$folder" --index "$index" --json >"$dir/reuse-$ref.json" 2>&1 || true
  done
  rm -rf "$(dirname "$index")"
}
snapshot bundled corpus yes
if [ -d ../shared/real/ga80 ]; then snapshot ga80 ../shared/real/ga80 no; fi
echo "snapshot written to $out: $(find "$out" -type f | wc -l) files"
