#!/usr/bin/env python3
"""Where an index's bytes go: the size of each table and index of a Resolute index file, FTS5 shadow tables grouped
under their virtual table, and the free pages.

    index-tables.py INDEX.sqlite

Prints `index_table_<name> MIB MiB (note)` lines, largest first, like resolute-bench, then `index_table_total`.
Reads the file only (SQLite's dbstat table); run it on an index under /tmp, never on one in use by a writer.
"""

import sqlite3
import sys


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    virtual = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    sizes = {}
    for name, size in db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        owner = next((v for v in virtual if name.startswith(v + "_")), None)
        label = f"{owner} ({name[len(owner) + 1:]})" if owner else name
        sizes[label] = sizes.get(label, 0) + size
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    sizes["free pages"] = db.execute("PRAGMA freelist_count").fetchone()[0] * page_size
    for label, size in sorted(sizes.items(), key=lambda item: -item[1]):
        key = "".join(c if c.isalnum() else "_" for c in label).strip("_")
        print(f"index_table_{key} {size / 1048576:.2f} MiB ({label})")
    print(f"index_table_total {sum(sizes.values()) / 1048576:.2f} MiB (all pages)")


if __name__ == "__main__":
    main()
