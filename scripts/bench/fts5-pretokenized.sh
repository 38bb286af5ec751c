#!/usr/bin/env bash
# How much of an FTS5 insert is tokenizing (see fts5-pretokenized.c): unicode61 alone over a folder's paragraphs, then
# inserts tokenized by unicode61 against inserts handed token ranges found beforehand, two rounds each. Needs a C
# compiler and the SQLite headers (libsqlite3-dev, which scripts/setup.sh installs):
#   scripts/bench/fts5-pretokenized.sh DIR
#   scripts/bench/fts5-pretokenized.sh /tmp/benchreal/synth-10000
set -euo pipefail
dir=${1:?usage: scripts/bench/fts5-pretokenized.sh DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/fts5-pretokenized" "$(dirname "$0")/fts5-pretokenized.c" -lsqlite3
find "$dir" -type f -not -name '.*' -not -name catalog.toml | sort | "$work/fts5-pretokenized" "$work"
