#!/usr/bin/env bash
# The stored-text compressors side by side (see compressors.c): zlib level 3 with a 32 KB dictionary, zstd levels 1-5
# with a dictionary of DICT_KB, on the first FILES files of DIR (sorted). Needs a C compiler and the zlib and zstd
# headers (zlib1g-dev, libzstd-dev):
#   scripts/bench/compressors.sh DIR [FILES] [DICT_KB]
#   scripts/bench/compressors.sh /tmp/benchreal/synth-10000 5000 64
set -euo pipefail
dir=${1:?usage: scripts/bench/compressors.sh DIR [FILES] [DICT_KB]}
files=${2:-5000}
dict_kb=${3:-64}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/compressors" "$(dirname "$0")/compressors.c" -lz -lzstd
find "$dir" -type f -not -name '.*' | sort | head -n "$files" | "$work/compressors" $((dict_kb * 1024))
