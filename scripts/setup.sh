#!/usr/bin/env bash
# Installs what Resolute needs on a Debian machine that already has Swift: the ncurses headers (the browser links
# ncursesw), the SQLite headers (the corpus index links libsqlite3 through GRDB), the zstd headers (the index keeps
# paragraph texts compressed), pkg-config (to find them), tmux (the browser's end-to-end tests drive it) and less (the
# benchmark compares with it). Installs only what is missing.
set -euo pipefail

missing=()
dpkg -s libncurses-dev >/dev/null 2>&1 || missing+=(libncurses-dev)
dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing+=(libsqlite3-dev)
dpkg -s libzstd-dev >/dev/null 2>&1 || missing+=(libzstd-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v less >/dev/null 2>&1 || missing+=(less)

if ((${#missing[@]} == 0)); then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: please install ${missing[*]} with your system's package manager" >&2
  exit 1
fi
run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
  run_as_root=(sudo)
fi
echo "setup: installing ${missing[*]}" >&2
"${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
