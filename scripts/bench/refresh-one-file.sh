#!/usr/bin/env bash
# How long a command takes when one file of a large corpus has changed: the index is brought up to date (the file read
# again, the absent resolutions recomputed) before the search answers. For each run and each binary, alternated:
# append a citation to one file and time `resolute search WORD --fresh`, then put the file back as it was (content and
# time stamps, then touched, so it is read again) and time it again. Meant for a synthetic corpus
# (scripts/synth-corpus.py): the file is changed in place, and restored on exit.
#   scripts/bench/refresh-one-file.sh CORPUS_DIR CACHE_DIR RUNS BIN [BIN...]
#   scripts/bench/refresh-one-file.sh /tmp/benchreal/synth-100000 /tmp/benchreal/cache-100000 3 OLD_BIN NEW_BIN
set -euo pipefail
corpus=${1:?usage: refresh-one-file.sh CORPUS_DIR CACHE_DIR RUNS BIN [BIN...]}
cache=${2:?usage: refresh-one-file.sh CORPUS_DIR CACHE_DIR RUNS BIN [BIN...]}
runs=${3:?usage: refresh-one-file.sh CORPUS_DIR CACHE_DIR RUNS BIN [BIN...]}
shift 3
[ $# -ge 1 ] || { echo "usage: refresh-one-file.sh CORPUS_DIR CACHE_DIR RUNS BIN [BIN...]" >&2; exit 2; }
file=$(find "$corpus" -type f -name '*.txt' | LC_ALL=C sort | sed -n 1p)  # sed reads it all: no SIGPIPE under pipefail
saved=$(mktemp)
cp -p "$file" "$saved"
restore() { cp -p "$saved" "$file"; touch "$file"; rm -f "$saved"; }
trap restore EXIT
export XDG_CACHE_HOME=$cache
seconds() {  # seconds BIN: wall time of one search that first brings the index up to date
  local start end
  start=$(date +%s.%N)
  "$1" search trafficking --corpus "$corpus" --fresh >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}
"$1" search trafficking --corpus "$corpus" --fresh >/dev/null 2>&1  # up to date before the first run
for run in $(seq "$runs"); do
  for binary in "$@"; do
    printf '\nRecalling also resolution 12/34 of 1 January 1990,\n' >>"$file"
    edited=$(seconds "$binary")
    cp -p "$saved" "$file"
    touch "$file"
    restored=$(seconds "$binary")
    echo "refresh_one_file $edited s edited, $restored s restored ($binary, run $run, $file)"
  done
done
