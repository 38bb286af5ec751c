#!/usr/bin/env bash
# Parse throughput in CPU time, for comparing two builds on a loaded machine (wall-clock MB/s from
# `resolute-bench parse` swings by +-20% between runs of one binary when other jobs share the cores):
#   CPU seconds of `resolute-bench parse DIR --runs N+1` minus those of `--runs 1` = N timed passes; MB/s = N x MB / that.
# Needs perf (`perf stat -e task-clock`, a software counter). Run from anywhere:
#   scripts/parse-cpu-rate.sh BENCH DIR [PASSES] [MAX_MB]    # BENCH: a resolute-bench binary; MAX_MB 0: whole folder
#   scripts/parse-cpu-rate.sh .build-release/release/resolute-bench /work/bench/synth-10000 4 30
set -euo pipefail
bench=${1:?usage: scripts/parse-cpu-rate.sh BENCH DIR [PASSES] [MAX_MB]}
dir=${2:?usage: scripts/parse-cpu-rate.sh BENCH DIR [PASSES] [MAX_MB]}
passes=${3:-4}
max_mb=${4:-0}
cpu_seconds() {  # cpu_seconds RUNS
  perf stat -x, -e task-clock "$bench" parse "$dir" --runs "$1" --max-mb "$max_mb" 2>&1 >/dev/null |
    awk -F, '/task-clock/ { print $1 / 1000 }'
}
# The bench prints the megabytes per pass to 0.1 MB: on a small folder the rate is approximate, the ratio of two builds
# exact.
summary=$("$bench" parse "$dir" --runs 1 --max-mb "$max_mb" 2>&1)
files=$(sed -n 's/.*parse: \([0-9]*\) files.*/\1/p' <<<"$summary")
mb=$(sed -n 's/.*files, \([0-9.]*\) MB per pass.*/\1/p' <<<"$summary")
one=$(cpu_seconds 1)
many=$(cpu_seconds $((passes + 1)))
awk -v a="$one" -v b="$many" -v n="$passes" -v mb="$mb" -v files="$files" 'BEGIN {
  printf "parse_cpu_rate %.1f MB/s (%d passes of %d files, %s MB, in %.2f CPU s)\n", n * mb / (b - a), n, files, mb, b - a
}'
