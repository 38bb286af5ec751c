#!/bin/sh
# Compares `show --json` on the bundled corpus and `list` on the shared seeds and ga80 files between a reference
# binary (e.g. main's) and this worktree's debug binary. Usage: scripts/layout-regression.sh /path/to/reference-resolute
set -u
reference=${1:?usage: $0 REFERENCE_BINARY}
current=${2:-.build/debug/resolute}
out=$(mktemp -d)
status=0
for file in corpus/*; do
  name=$(basename "$file")
  "$reference" show --json "$file" > "$out/$name.before.json" 2>&1
  "$current" show --json "$file" > "$out/$name.after.json" 2>&1
  if ! cmp -s "$out/$name.before.json" "$out/$name.after.json"; then
    echo "corpus/$name: show --json differs"; diff "$out/$name.before.json" "$out/$name.after.json" | head -20; status=1
  fi
done
for folder in ../shared/seeds ../shared/real/ga80 /work/shared/seeds /work/shared/real/ga80; do
  [ -d "$folder" ] || continue
  "$reference" list "$folder" > "$out/before.list" 2>&1
  "$current" list "$folder" > "$out/after.list" 2>&1
  if ! cmp -s "$out/before.list" "$out/after.list"; then echo "$folder: list differs"; diff "$out/before.list" "$out/after.list"; fi
done
[ $status -eq 0 ] && echo "corpus: show --json identical on every bundled file"
rm -rf "$out"
exit $status
