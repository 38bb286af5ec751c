#!/usr/bin/env bash
# Wall time and peak RSS of the commands that read a whole corpus (`list`, `list --json`, `graph`, `check`): the folder
# read into memory (--no-index: what they all did before they answered from the index) against the index, built from
# nothing, then up to date. Figures are printed, never asserted; the corpus is only read. Each command's output from
# the index is also compared, byte for byte, with the memory path's ("output: same" or "output: DIFFERENT").
#
#   scripts/bench-whole.sh [--corpus DIR] [--binary PATH] [--memory-binary PATH] [--index PATH] [--runs N]
#                          [--commands "list,list --json,graph,check"]
#
#   --corpus         default /work/bench/synth-10000 when present, else .bench/synth-10000 (scripts/synth-corpus.py
#                    10000 DIR --seed 1 writes it)
#   --binary         the build measured (default .build-release/release/resolute, built when missing)
#   --memory-binary  the build whose memory path is measured (default --binary; give an older build to measure
#                    "before"); it is always run with --no-index
#   --index          the index file (default a fresh temporary folder, removed at the end); it is deleted before the
#                    "index, built" run
#   --runs           runs per figure, the median printed (default 3; the build is run once)
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

corpus=/work/bench/synth-10000
[ -d "$corpus" ] || corpus="$repo/.bench/synth-10000"
binary="$repo/.build-release/release/resolute"
memory_binary=""
index=""
runs=3
commands="list,list --json,graph,check"
while (($#)); do
  case "$1" in
    --corpus) corpus="$2"; shift ;;
    --binary) binary="$2"; shift ;;
    --memory-binary) memory_binary="$2"; shift ;;
    --index) index="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --commands) commands="$2"; shift ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-whole: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[ -d "$corpus" ] || { echo "bench-whole: no corpus at $corpus (scripts/synth-corpus.py 10000 DIR --seed 1)" >&2; exit 1; }
if [ ! -x "$binary" ]; then
  swift build -c release --static-swift-stdlib --scratch-path "$repo/.build-release" --product resolute >&2 || exit 1
fi
memory_binary="${memory_binary:-$binary}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
index="${index:-$scratch/index.sqlite}"

# One run: "<seconds> <peak RSS in KiB>"; the command's output goes to $scratch/stdout, a failure is reported.
measure() {
  if ! /usr/bin/time -f '%e %M' -o "$scratch/time" "$@" >"$scratch/stdout" 2>"$scratch/stderr"; then
    echo "bench-whole: FAILED: $* ($(head -c 300 "$scratch/stderr"))" >&2
  fi
  tail -1 "$scratch/time"
}

# The median of `runs` runs of a command, as one figure line.
figure() {
  local label="$1" n="$2"; shift 2
  local lines=()
  for ((i = 0; i < n; i++)); do lines+=("$(measure "$@")"); done
  printf '%s\n' "${lines[@]}" | sort -n | awk -v label="$label" -v n="$n" '
    { wall[NR] = $1; rss[NR] = $2 }
    END { m = int((NR + 1) / 2); printf "%-34s wall %6.2f s   peak RSS %5.0f MiB   (median of %d)\n", label, wall[m], rss[m] / 1024, n }'
}

files="$(find "$corpus" -type f -not -name '.*' | wc -l)"
echo "corpus: $corpus ($files files, $(du -sm --apparent-size "$corpus" | cut -f1) MB); $(nproc) cores"
echo "binary: $binary; memory path: $memory_binary --no-index"
IFS=',' read -ra list <<<"$commands"
for command in "${list[@]}"; do
  read -ra words <<<"$command"
  figure "$command: memory" "$runs" "$memory_binary" "${words[@]}" --corpus "$corpus" --no-index
  mv "$scratch/stdout" "$scratch/memory-output"
  rm -f "$index" "$index-wal" "$index-shm" "$index.lock" "$index.folders"
  figure "$command: index, built" 1 "$binary" "${words[@]}" --corpus "$corpus" --index "$index"
  figure "$command: index, up to date" "$runs" "$binary" "${words[@]}" --corpus "$corpus" --index "$index"
  if cmp -s "$scratch/memory-output" "$scratch/stdout"; then verdict=same; else verdict=DIFFERENT; fi
  echo "$command: output: $verdict ($(wc -c <"$scratch/stdout") bytes)"
done
