#!/bin/bash
# What the parser makes of every file we have, dumped so a change meant to be output-neutral (speed work) can be proved
# byte-identical: `resolute show FILE --json` (the model) and `resolute show FILE` (text: adds the warnings) for each
# file of corpus/, ../shared/real/ga80 (when present), the test fixtures and every 50th file of the synthetic corpus
# (when present). Run from the package root:
#   scripts/parse-snapshot.sh OUT [RESOLUTE]     # RESOLUTE: the binary (default .build/debug/resolute)
#   diff -r OUT-before OUT-after                 # no output: nothing changed
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
out=${1:?usage: scripts/parse-snapshot.sh OUT [RESOLUTE]}
resolute=$(realpath "${2:-.build/debug/resolute}")
synth=${SYNTH_CORPUS:-/work/bench/synth-10000}
mkdir -p "$out"
out=$(realpath "$out")
# Each file is read on its own: no corpus (so no index is built or read), a throwaway cache.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset RESOLUTE_CORPUS

dump() {  # dump GROUP FILE
  local name
  name=$(echo "${2#"$root"/}" | tr '/' '_')
  mkdir -p "$out/$1"
  (cd "$work" && XDG_CACHE_HOME="$work/cache" COLUMNS=100 "$resolute" show "$2" --json >"$out/$1/$name.json" 2>&1 || true)
  (cd "$work" && XDG_CACHE_HOME="$work/cache" COLUMNS=100 "$resolute" show "$2" >"$out/$1/$name.txt" 2>&1 || true)
}

count=0
for f in "$root"/corpus/*; do [ -f "$f" ] && dump corpus "$f" && count=$((count + 1)); done
if [ -d "$root/../shared/real/ga80" ]; then
  for f in "$(realpath "$root/../shared/real/ga80")"/*.md; do dump ga80 "$f"; count=$((count + 1)); done
fi
while IFS= read -r f; do dump fixtures "$f"; count=$((count + 1)); done < <(
  find "$root/Tests/ResolutionKitTests/Fixtures" -type f \( -name '*.txt' -o -name '*.md' \) | sort)
if [ -d "$synth" ]; then
  while IFS= read -r f; do dump synth "$f"; count=$((count + 1)); done < <(
    find "$synth" -type f -not -name '.*' | sort | awk 'NR % 50 == 1')
fi
echo "parse-snapshot: $count files dumped to $out"
