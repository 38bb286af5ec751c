#!/usr/bin/env bash
# When the browser's first screen and its whole list show, in tmux at 80x24 (the screen polled every 20 ms):
#   scripts/bench/whole-list.sh BIN CORPUS CACHE COUNT [RUNS]
# CACHE is XDG_CACHE_HOME (where the index lives); COUNT the number of resolutions the list title shows when whole.
# Prints one line per run; coarser than pty_bench.py's first-paint (the poll), it shows how long the rest of the list
# takes to arrive after the first screen.
set -uo pipefail
bin="$1"; corpus="$2"; cache="$3"; want="$4"; runs="${5:-3}"
socket="resolute-whole-list-$$"
for ((run = 1; run <= runs; run++)); do
  start=$(date +%s%N)
  tmux -L "$socket" new-session -d -x 80 -y 24 \
    "env XDG_CACHE_HOME=$cache XDG_STATE_HOME=$cache/state XDG_CONFIG_HOME=$cache/config $bin $corpus"
  first=""
  result="timeout"
  while (( ($(date +%s%N) - start) / 1000000 < 30000 )); do
    screen="$(tmux -L "$socket" capture-pane -p 2>/dev/null)"
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    if [[ -z "$first" ]] && grep -Eq '(Resolutions|Res\.) [0-9]' <<<"$screen"; then first=$elapsed; fi
    if grep -Eq "(Resolutions|Res\.) $want( |$)" <<<"$screen"; then result="whole list ${elapsed} ms"; break; fi
    sleep 0.02
  done
  echo "run $run: first screen ${first:-?} ms, $result"
  tmux -L "$socket" kill-server 2>/dev/null
  sleep 0.3  # the server gone before the next run starts one of the same name
done
