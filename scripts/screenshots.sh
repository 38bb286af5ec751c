#!/usr/bin/env bash
# Captures the real browser in tmux into screenshots/: plain text (capture-pane -p), the same with colours and
# attributes as escape sequences (capture-pane -e -p, *.ansi), and an SVG of each made from the .ansi capture with
# Python's rich, for the README.
#
#   scripts/screenshots.sh            build, then capture every scene
#   SCRATCH=.build-x scripts/screenshots.sh   build with another scratch path
#
# Needs tmux and python3 (rich is installed with pip when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

scratch="${SCRATCH:-.build}"
swift build --scratch-path "$scratch" --product resolute >&2
binary="$(swift build --scratch-path "$scratch" --show-bin-path)/resolute"
out="screenshots"
mkdir -p "$out"

if ! python3 -c 'import rich' 2>/dev/null; then
  python3 -m pip install --quiet rich >&2
fi

work="$(mktemp -d)"
scene=0
socket="resolute-screenshots-$$-$scene"
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/resolute-screenshots-$$-"*  # tmux leaves its sockets behind
  rm -rf "$work"
}
trap cleanup EXIT

cat >"$work/tmux.conf" <<'EOF'
set -g status off
set -g escape-time 0
EOF

# Screen of the current scene, polled until its bottom line no longer contains $1 (at most 20 s).
wait_gone() {
  local text="$1" tries=0
  while tmux -L "$socket" capture-pane -p -t shot | tail -1 | grep -qF -- "$text"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 400 ]; then
      echo "screenshots: '$text' never went away" >&2
      exit 1
    fi
    sleep 0.05
  done
}

# Screen of the current scene, polled until it contains $1 (at most 20 s).
wait_for() {
  local text="$1" tries=0
  until tmux -L "$socket" capture-pane -p -t shot | grep -qF -- "$text"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 400 ]; then
      echo "screenshots: gave up waiting for '$text'; the screen was:" >&2
      tmux -L "$socket" capture-pane -p -t shot >&2
      exit 1
    fi
    sleep 0.05
  done
}

# start NAME WIDTH HEIGHT TERM ENV... -- ARGS...: a fresh session running the browser on the bundled corpus.
start() {
  local width="$1" height="$2" term="$3"
  shift 3
  local environment=()
  while [ "$1" != "--" ]; do
    environment+=(-e "$1")
    shift
  done
  shift
  tmux -L "$socket" kill-server 2>/dev/null || true
  # A new server per scene: a server that is still exiting would refuse the next one on the same socket.
  scene=$((scene + 1))
  socket="resolute-screenshots-$$-$scene"
  tmux -L "$socket" -f "$work/tmux.conf" start-server \; set -g default-terminal "$term" \; \
    new-session -d -s shot -x "$width" -y "$height" -e LANG=C.UTF-8 -e TZ=UTC -e HOME="$work" -e NO_COLOR= \
    "${environment[@]}" "$(printf '%q ' "$binary" corpus "$@")"
}

# Waits until two captures in a row are the same, so a frame is never caught half drawn.
settle() {
  local previous="" current tries=0
  current="$(tmux -L "$socket" capture-pane -e -p -t shot)"
  while [ "$current" != "$previous" ] && [ "$tries" -lt 100 ]; do
    previous="$current"
    sleep 0.1
    current="$(tmux -L "$socket" capture-pane -e -p -t shot)"
    tries=$((tries + 1))
  done
}

keys() { tmux -L "$socket" send-keys -t shot "$@"; }

# save NAME TITLE: writes NAME.txt, NAME.ansi and NAME.svg.
save() {
  local name="$1" title="$2"
  settle
  tmux -L "$socket" capture-pane -p -t shot >"$out/$name.txt"
  tmux -L "$socket" capture-pane -e -N -p -t shot >"$out/$name.ansi"  # -N: keep coloured trailing cells
  local width
  width="$(tmux -L "$socket" display-message -p -t shot '#{pane_width}')"
  python3 - "$out/$name.ansi" "$out/$name.svg" "$width" "$title" <<'PYTHON'
import sys
from rich.console import Console
from rich.text import Text

source, target, width, title = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
with open(source, encoding="utf-8") as handle:
    lines = handle.read().rstrip("\n").split("\n")
console = Console(record=True, width=width, force_terminal=True, color_system="256", file=open("/dev/null", "w"))
for line in lines:
    console.print(Text.from_ansi(line, no_wrap=True, end=""), no_wrap=True, overflow="crop", crop=True)
console.save_svg(target, title=title)
PYTHON
  echo "screenshots: $out/$name.{txt,ansi,svg}" >&2
}

# 1. The main view at 80×24: GA 55/64 in the clause viewer, the list on the left, notes beneath.
start 80 24 tmux-256color -- --open 'GA 55/64'
wait_for 'GA 55/64 · A/RES/55/64'
save main-80x24 'resolute corpus --open "GA 55/64"  (80×24)'

# 2. An absent resolution's page: Tab to the link to GA 46/152, Enter.
keys Tab
wait_for '46/152 not in corpus'
keys Enter
wait_for 'GA 46/152 (absent)'
save absent-resolution 'GA 46/152 is cited but not in the corpus'

# 3. A followed citation: from the absent page, the citing paragraph of ECOSOC 1992/22.
keys Tab Enter
wait_for 'ECOSOC 1992/22 · E/RES/1992/22'
save followed-citation 'Following a citation: GA 55/64 › GA 46/152 (absent) › ECOSOC 1992/22'

# 4. The help overlay.
keys '?'
wait_for 'forward in history'
save help-overlay 'Every key: press ?'

# 5. A narrow terminal (below 60 columns: one pane at a time).
start 50 20 tmux-256color -- --open 'GA 55/64#7'
wait_for 'GA 55/64'
save narrow-50x20 'A narrow terminal (50×20)'

# 6. Monochrome: a VT100 has no colours; reverse video, bold and underline carry the meaning.
start 80 24 vt100 -- --open 'GA 55/64'
wait_for 'GA 55/64 · A/RES/55/64'
keys Tab
wait_for '46/152 not in corpus'
save monochrome-vt100 'TERM=vt100: monochrome'

# 7. Corpus-wide search: F, a query, Enter; the results replace the list.
start 80 24 tmux-256color -- --open 'GA 55/64'
wait_for 'GA 55/64 · A/RES/55/64'
wait_gone 'index'  # searched once the index is up to date (the corpus was indexed by the first scene)
keys F
keys -l 'technical cooperation'
keys Enter
wait_for 'Search: technical cooperation'
save search-results 'F searches every paragraph: "technical cooperation"'

# 8. A result opened at its paragraph, the match highlighted.
keys Enter
wait_for 'Search: technical cooperation ›'
save search-opened 'Enter opens a result at its paragraph'

# 9. Reading mode: the text alone on the whole screen, the keys said once on the last row.
keys z
wait_for 'Reading mode: z leaves'
save reading-mode 'z: reading mode, the text alone on the screen (_ brings the notes beneath it)'

# 10. Compare, side by side on a wide terminal: ECOSOC 2004 with its predecessor in the series, GA 55/64.
start 140 40 tmux-256color -- --open 'ecosoc-2004-technical-cooperation-capacity.txt'
wait_for 'Strengthening the technical cooperation'
keys d
wait_for 'Compare with: GA 55/64'
keys Enter
wait_for 'PREAMBLE'
keys / 'PP7 → PP3' Enter
wait_for '68% the same'
save compare-side-by-side 'd compares with the predecessor: GA 55/64 → ECOSOC 2004, side by side (140×40)'

# 11. Compare at 80×24: old above new.
start 80 24 tmux-256color -- --open 'ecosoc-2004-technical-cooperation-capacity.txt'
wait_for 'Strengthening the technical'
keys d
wait_for 'Compare with: GA 55/64'
keys Enter
wait_for 'PREAMBLE'
keys / 'echoes' Enter n
wait_for 'voluntary contributions'
save compare-interleaved 'The same comparison at 80×24: the older text above the newer'

# 12. Reused language of GA 55/64's Fund paragraph.
start 80 24 tmux-256color -- --open 'GA 55/64#14'
wait_for 'GA 55/64 · A/RES/55/64'
keys r
wait_for 'Reused language of'
keys j
save reuse 'r: where the language of GA 55/64 para. 14 (the Fund) recurs'

# 13. The series of GA 55/64 as a timeline.
start 80 24 tmux-256color -- --open 'GA 55/64'
wait_for 'GA 55/64 · A/RES/55/64'
keys t
wait_for 'cited only'
save series 't: the series, present and only-cited members with their dates'

# 14. Bookmarks: a mark and the places visited.
keys BSpace
wait_for 'GA 55/64 · A/RES/55/64'
keys j j m a B
wait_for 'Recent'
save bookmarks 'm a marks a paragraph; B lists marks and the places visited'

keys q
echo "screenshots: done" >&2
