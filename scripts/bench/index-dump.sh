#!/bin/bash
# A stable text dump of a Resolute index, to prove that two builds (say by an old and a new binary, from the same
# corpus) hold the same rows:
#   scripts/bench/index-dump.sh IDX > before.txt; scripts/bench/index-dump.sh IDX2 > after.txt; cmp before.txt after.txt
# Every ordinary table (those of sqlite_master, FTS5's docsize and config tables included) is printed whole, sorted by
# all its columns, blobs as hex (`.mode quote`). An FTS5 table is printed through an fts5vocab 'instance' table made in
# the temp schema (every term with its row, column and position: the whole inverted index, whatever the layout of its
# segments), so its `_data` and `_idx` shadow tables, whose bytes depend on when FTS5 merged segments, are left out.
# fts5vocab tables of the schema are left out too (they only read an FTS5 table). The file is only read.
set -eu
idx=${1:?usage: scripts/bench/index-dump.sh IDX}
[ -f "$idx" ] || { echo "index-dump: no file $idx" >&2; exit 1; }
q() { sqlite3 -readonly -batch -noheader "$idx" "$@"; }

fts=$(q "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5(%'
  ORDER BY name")
vocab=$(q "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5vocab%'")
for table in $(q "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"); do
  skip=no
  for v in $fts $vocab; do
    [ "$table" = "$v" ] && skip=virtual
    { [ "$table" = "${v}_data" ] || [ "$table" = "${v}_idx" ]; } && skip=segments
  done
  [ "$skip" = no ] || continue
  columns=$(q "SELECT count(*) FROM pragma_table_info('$table')")
  order=$(seq -s, 1 "$columns")
  echo "== $table ($(q "SELECT count(*) FROM \"$table\"") rows)"
  q -cmd ".mode quote" "SELECT * FROM \"$table\" ORDER BY $order"
done
for table in $fts; do
  echo "== $table (fts5 instances)"
  q -cmd ".mode quote" -cmd "CREATE VIRTUAL TABLE temp.dump_vocab USING fts5vocab(main, '$table', 'instance')" \
    "SELECT term, doc, col, \"offset\" FROM temp.dump_vocab ORDER BY 1, 2, 3, 4"
done
