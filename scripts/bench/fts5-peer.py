#!/usr/bin/env python3
"""The peer of Resolute's index build: a plain SQLite FTS5 index of the same paragraphs, one thread.

    fts5-peer.py CORPUS_DIR OUT.sqlite [--search WORD]...

Walks the folder as Resolute does (hidden files and catalog.toml skipped), splits every file into paragraphs at blank
lines (hard-wrapped lines joined), and inserts them into one FTS5 table with Resolute's tokenizer, in one
transaction. Prints `fts5_peer_build SECONDS s`, `fts5_peer_size MIB MiB` and `fts5_peer_paragraphs N rows`, in the
`name value unit (note)` lines of resolute-bench. With --search, also the median time of a top-20 bm25 query per word.
"""

import argparse
import os
import sqlite3
import statistics
import sys
import time


def paragraphs(text):
    block = []
    for line in text.splitlines():
        if line.strip():
            block.append(line.strip())
        elif block:
            yield " ".join(block)
            block = []
    if block:
        yield " ".join(block)


def files(root):
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and name != "catalog.toml":
                yield os.path.join(folder, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--search", action="append", default=[])
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(args.out + suffix):
            os.unlink(args.out + suffix)
    start = time.monotonic()
    db = sqlite3.connect(args.out)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE VIRTUAL TABLE paragraphs USING fts5(text, ref UNINDEXED, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    count = 0
    with db:
        for path in files(args.corpus):
            with open(path, encoding="utf-8", errors="replace") as f:
                rows = [(text, str(n)) for n, text in enumerate(paragraphs(f.read()))]
            db.executemany("INSERT INTO paragraphs(text, ref) VALUES (?, ?)", rows)
            count += len(rows)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    seconds = time.monotonic() - start
    size = os.path.getsize(args.out)
    print(f"fts5_peer_build {seconds:.2f} s (1 run, one thread)")
    print(f"fts5_peer_size {size / 1048576:.1f} MiB (1 run)")
    print(f"fts5_peer_paragraphs {count} rows (1 run)")
    for word in args.search:
        times = []
        for _ in range(5):
            t = time.monotonic()
            db.execute("SELECT ref, highlight(paragraphs, 0, '[', ']') FROM paragraphs WHERE paragraphs MATCH ? "
                       "ORDER BY bm25(paragraphs) LIMIT 20", ['"' + word.replace('"', '""') + '"']).fetchall()
            times.append(time.monotonic() - t)
        key = "".join(c if c.isalnum() else "_" for c in word.lower())
        print(f"fts5_peer_search_{key} {statistics.median(times) * 1000:.1f} ms (median of 5 runs, in process)")
    db.close()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
