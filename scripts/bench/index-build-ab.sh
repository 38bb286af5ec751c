#!/bin/bash
# A full index build by two binaries, alternated (the machine is shared and noisy), each run on a fresh cache folder:
# prints wall, user and system seconds per run, then the medians, and keeps each binary's first index for
# scripts/bench/index-dump.sh to compare.
#   scripts/bench/index-build-ab.sh OLD NEW [CORPUS] [RUNS]   # CORPUS default /work/bench/synth-10000, RUNS 3
# Indexes go to ${AB_DIR:-/tmp/index-ab}/{old,new}-RUN/ (removed but for run 1); the corpus is only read.
set -eu
old=$(realpath "${1:?usage: index-build-ab.sh OLD NEW [CORPUS] [RUNS]}")
new=$(realpath "${2:?usage: index-build-ab.sh OLD NEW [CORPUS] [RUNS]}")
corpus=${3:-/work/bench/synth-10000}
runs=${4:-3}
dir=${AB_DIR:-/tmp/index-ab}
mkdir -p "$dir"
for run in $(seq 1 "$runs"); do
  for which in old new; do
    binary=$old; [ "$which" = new ] && binary=$new
    out="$dir/$which-$run"
    rm -rf "$out"; mkdir -p "$out/cache"
    /usr/bin/time -f "%e %U %S" -o "$out/time" \
      env XDG_CACHE_HOME="$out/cache" "$binary" index "$corpus" --index "$out/index.sqlite" >/dev/null
    echo "$which run $run: $(awk '{print $1 " s wall, " $2 " s user, " $3 " s sys"}' "$out/time")"
    [ "$run" = 1 ] || rm -rf "$out/cache" "$out"/index.sqlite*
  done
done
for which in old new; do
  for field in 1 2 3; do
    cat "$dir/$which"-*/time | awk -v f=$field '{print $f}' | sort -n |
      awk '{a[NR]=$1} END {printf "%s ", a[int((NR+1)/2)]}'
  done | awk -v w=$which '{print w " median: " $1 " s wall, " $2 " s user, " $3 " s sys"}'
done
