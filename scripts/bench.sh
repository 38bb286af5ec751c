#!/usr/bin/env bash
# The benchmark suite of the issue "scale and speed": builds release binaries, writes synthetic corpora, measures,
# and prints every figure as a Markdown table ready to paste into the README (with targets and met/missed).
#
#   scripts/bench.sh             1,000 and 10,000 resolutions, median of 5 runs (3 index builds)
#   scripts/bench.sh --full      also 100,000 resolutions (generating and indexing it takes minutes; 1 index build
#                                in process, and 3 alternated pairs of resolute index and the FTS5 script)
#   scripts/bench.sh --ci        200 resolutions, 1 run each: proves the scripts work (fast)
#   scripts/bench.sh --sizes "1000 5000" --runs 3
#   scripts/bench.sh --search-only [--full]   only the searches beside grep (builds only resolute)
#
# Figures are printed, never asserted: the exit status is non-zero only when a script or binary breaks, never for a
# missed target.
#
# Where things go (both should be in .gitignore):
#   .build-release/  the release build (swift build --scratch-path; override with RESOLUTE_BENCH_SCRATCH)
#   .bench/          synthetic corpora (synth-<N>/, kept between runs and rewritten only when missing), index
#                    caches, and results-<date>/ with the raw figure lines and table.md (override with
#                    RESOLUTE_BENCH_DIR)
# It installs nothing beyond what scripts/setup.sh installs when missing (less and tmux among them).
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

sizes="1000 10000"
runs=5
build_runs=3
# Pairs of `resolute index` and the FTS5 script, alternated, at every size (100,000 included: there one binary's build
# varies by 4% from run to run, and one pair decided the verdict).
peer_build_runs=3
citations=200
ci=false
search_only=false
while (($#)); do
  case "$1" in
    --ci) ci=true; sizes="200"; runs=1; build_runs=1; peer_build_runs=1; citations=20 ;;
    --full | --100k) sizes="1000 10000 100000" ;;
    --sizes) sizes="$2"; shift ;;
    --runs) runs="$2"; build_runs="$2"; peer_build_runs="$2"; shift ;;
    --search-only) search_only=true ;;
    -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

scratch="${RESOLUTE_BENCH_SCRATCH:-$repo/.build-release}"
work="${RESOLUTE_BENCH_DIR:-$repo/.bench}"
stamp="$(date -u +%Y%m%d-%H%M%S)"
results="$work/results-$stamp"
mkdir -p "$results"
failures=0

say() { echo "bench: $*" >&2; }
# Runs one measuring step; its figure lines go to a file; a failing step is counted, the run goes on.
step() {
  local out="$1"; shift
  say "$*"
  if ! "$@" | tee -a "$out"; then
    say "FAILED: $*"
    failures=$((failures + 1))
  fi
}

scripts/setup.sh || { say "scripts/setup.sh failed"; exit 1; }

say "building release binaries in $scratch"
products="resolute resolute-bench"
[ "$search_only" = true ] && products="resolute"
for product in $products; do
  # Retried when a source file changed while it was compiled (a tree someone is editing).
  for attempt in 1 2 3 4 5; do
    # Built as the README says to install it: the Swift runtime and Foundation linked statically.
    if swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product "$product" \
      >"$results/build-$product.log" 2>&1; then
      break
    fi
    if ((attempt == 5)) || ! grep -q "modified during the build" "$results/build-$product.log"; then
      tail -30 "$results/build-$product.log" >&2
      say "release build of $product failed"
      exit 1
    fi
    sleep 10
  done
done
bin="$scratch/release"
resolute="$bin/resolute"
bench="$bin/resolute-bench"

{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(uname -sr)"
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(swift --version 2>/dev/null | head -1)"
} >"$results/machine.txt"
echo "Command: scripts/bench.sh $([ "$ci" = true ] && echo --ci) (sizes: $sizes; median of $runs runs, $build_runs index builds; 100k: 1 index build)" >"$results/runs.txt"

for n in $sizes; do
  corpus="$work/synth-$n"
  if ! grep -qs "synth-corpus.py $n --seed 1\." "$corpus/.synthetic"; then
    say "writing $n synthetic resolutions to $corpus"
    python3 scripts/synth-corpus.py "$n" "$corpus" --seed 1 || { say "synth-corpus.py failed"; exit 1; }
  fi
  out="$results/figures-$n.txt"
  echo "corpus_mb $(du -sm --apparent-size "$corpus" | cut -f1) MB (1 run)" >>"$out"
  r=$runs; b=$build_runs
  if ((n >= 100000)); then r=$((runs < 3 ? runs : 3)); b=1; fi

  cache="$work/cache-$n"
  if [ "$search_only" = true ]; then
    step "$out" python3 scripts/bench/peers.py search --resolute "$resolute" --corpus "$corpus" --cache "$cache" \
      --runs "$((r < 3 ? 3 : r))" --query trafficking --query cooperation --query '"united nations"'
    continue
  fi
  step "$out" "$bench" parse "$corpus" --runs "$r" --max-mb 30
  step "$out" "$bench" index "$corpus" --runs "$b"
  # The cache resolute itself uses (XDG_CACHE_HOME): brought up to date once here, then read by every step.
  step "$out" "$bench" open "$corpus" --cache "$cache" --runs "$r"
  step "$out" "$bench" search "$corpus" --cache "$cache" --runs "$r"
  step "$out" "$bench" follow "$corpus" --cache "$cache" --citations "$citations"
  # Reused language: ~50 anchor paragraphs through the index (median and 95th percentile), the postings' share of the
  # index, and the single-core cost of fingerprinting (what the postings add to a build besides their inserts).
  step "$out" "$bench" reuse "$corpus" --cache "$cache" --runs "$r" --anchors 50
  step "$out" "$bench" fingerprint "$corpus" --max-files 20000
  # Series: the title-word index built once per corpus state, then the series of 50 anchors through the index.
  step "$out" "$bench" series "$corpus" --cache "$cache" --runs "$r" --anchors 50
  step "$out" python3 scripts/bench/pty_bench.py first-paint --resolute "$resolute" --corpus "$corpus" \
    --cache "$cache" --runs "$r" --name first_paint_indexed
  step "$out" python3 scripts/bench/pty_bench.py first-paint --resolute "$resolute" --corpus "$corpus" \
    --cache "$work/cache-fresh-$n" --fresh-cache --runs "$r" --name first_paint_fresh
  step "$out" python3 scripts/bench/pty_bench.py memory --resolute "$resolute" --corpus "$corpus" \
    --cache "$cache" --name browser
  rm -rf "$work/cache-fresh-$n"
  # Against the tools a person would use instead, each pair back to back (scripts/bench/peers.py): grep for
  # searches (a rare word, a common word, a phrase in a third of all paragraphs), the corpus's bytes for the index
  # size, a plain FTS5 build of the same paragraphs for the index build, cat for reading, less for a first screen.
  step "$out" python3 scripts/bench/peers.py search --resolute "$resolute" --corpus "$corpus" --cache "$cache" \
    --runs "$((r < 3 ? 3 : r))" --query trafficking --query cooperation --query '"united nations"'
  step "$out" python3 scripts/bench/peers.py size --resolute "$resolute" --corpus "$corpus" --cache "$cache"
  step "$out" python3 scripts/bench/peers.py build --resolute "$resolute" --corpus "$corpus" --runs "$peer_build_runs"
  step "$out" python3 scripts/bench/peers.py cat --corpus "$corpus" --runs "$r"
  first_file="$(find "$corpus" -type f -not -name '.*' | sort | head -1)"
  step "$out" python3 scripts/bench/pty_bench.py first-paint-less --resolute "$resolute" --corpus "$corpus" \
    --cache "$cache" --file "$first_file" --runs "$r" --name less_first_paint
done

if [ "$search_only" = false ]; then
# Bytes written for scrolling: the longest bundled resolution (real text), resolute against less.
step "$results/figures-bytes.txt" python3 scripts/bench/pty_bench.py scroll-bytes --resolute "$resolute" \
  --corpus corpus --cache "$work/cache-bundled" --open "ECOSOC 1992/22" \
  --file corpus/ecosoc-1992-22-operational-activities.txt --runs "$runs"
fi

python3 scripts/bench/report.py "$results" | tee "$results/table.md" || failures=$((failures + 1))
say "figures and table in $results"
if ((failures > 0)); then
  say "$failures step(s) failed"
  exit 1
fi
exit 0
