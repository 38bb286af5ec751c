#!/usr/bin/env python3
"""Resolute against the tools a person would use instead, each pair measured back to back in one run.

    peers.py search --resolute BIN --corpus DIR --cache DIR --query Q [--query Q]... [--runs K]
    peers.py build  --resolute BIN --corpus DIR [--runs K]         (resolute index vs scripts/bench/fts5-peer.py)
    peers.py size   --resolute BIN --corpus DIR --cache DIR        (index file vs the corpus's bytes)
    peers.py cat    --corpus DIR [--runs K]                        (reading every file: cat > /dev/null)

Every figure is one line `name value unit (note)`, like resolute-bench; a pair prints both sides and
`<name>_ratio` (resolute / peer). Searches run with the index up to date (one untimed run with --fresh first, so
the timed ones are within the minute in which search trusts that comparison of every file); the first query is also
timed with --fresh (`<name>_fresh_*`), which compares every file (one stat each) before answering. Each run of a pair
is the peer then resolute, alternating, so both see the same load; the median of each side is taken.

A query is given as for the shell: `trafficking`, `"united nations"`. grep gets the same words (quotes dropped),
`grep -rci`: what one would type to find the files and how often they say it.
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def env_with_cache(cache):
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = os.path.abspath(cache)
    return env


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv, env=None, cpu=None):
    """Wall seconds of one run; its CPU seconds (user + system) are appended to `cpu` when given: on a loaded
    machine the wall time mostly measures the wait for a core, the CPU time what the program itself cost."""
    before = cpu_of_children()
    start = time.monotonic()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    seconds = time.monotonic() - start
    if cpu is not None:
        cpu.append(cpu_of_children() - before)
    # grep exits 1 when some file has no match: not a failure.
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr.decode(errors="replace"))
        raise SystemExit(f"peers: {argv[0]} failed ({done.returncode})")
    return seconds


def key(text):
    return "".join(c if c.isalnum() else "_" for c in text.lower()).strip("_")


def line(name, value, unit, note):
    print(f"{name} {value} {unit} ({note})")
    sys.stdout.flush()


def search(args):
    env = env_with_cache(args.cache)
    corpus = os.path.abspath(args.corpus)
    # Each query as a user repeats searches (every file compared at most once a minute, see `resolute search
    # --help`); the first query also with --fresh, which compares every file first (one stat each).
    runs = [(query, []) for query in args.query] + [(args.query[0], ["--fresh"])]
    for query, extra in runs:
        words = query.replace('"', "")
        resolute = [os.path.abspath(args.resolute), "search", query, "--corpus", corpus, *extra]
        grep = ["grep", "-rci", "--", words, corpus]
        timed(resolute if extra else resolute + ["--fresh"], env)  # brings the index up to date; not counted
        ours, theirs, ours_cpu, theirs_cpu = [], [], [], []
        for _ in range(args.runs):
            theirs.append(timed(grep, cpu=theirs_cpu))
            ours.append(timed(resolute, env, cpu=ours_cpu))
        name = f"{args.name}_{key(query)}{'_fresh' if extra else ''}"
        r, g = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
        shown = " ".join([query, *extra])
        line(f"{name}_resolute", f"{r:.1f}", "ms", f"median of {args.runs} runs, resolute search {shown}")
        line(f"{name}_grep", f"{g:.1f}", "ms", f"median of {args.runs} runs, grep -rci {words}")
        line(f"{name}_ratio", f"{r / g:.3f}", "x", "resolute / grep")
        rc, gc = statistics.median(ours_cpu) * 1000, statistics.median(theirs_cpu) * 1000
        line(f"{name}_resolute_cpu", f"{rc:.1f}", "ms", f"median of {args.runs} runs, user + system")
        line(f"{name}_grep_cpu", f"{gc:.1f}", "ms", f"median of {args.runs} runs, user + system")
        line(f"{name}_cpu_ratio", f"{rc / gc:.3f}", "x", "resolute / grep, CPU time")


def index_file(args):
    env = env_with_cache(args.cache)
    out = subprocess.run([os.path.abspath(args.resolute), "index", os.path.abspath(args.corpus), "--json"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, check=True)
    import json
    return json.loads(out.stdout)["index"]


def corpus_bytes(folder):
    total = 0
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith("."):
                total += os.path.getsize(os.path.join(root, name))
    return total


def size(args):
    path = index_file(args)
    index = sum(os.path.getsize(path + s) for s in ("", "-wal") if os.path.exists(path + s))
    corpus = corpus_bytes(args.corpus)
    line("index_size_resolute", f"{index / 1048576:.1f}", "MiB", "index file after resolute index")
    line("index_size_corpus", f"{corpus / 1048576:.1f}", "MiB", "the corpus's files, apparent size")
    line("index_size_ratio", f"{index / corpus:.3f}", "x", "index / corpus")


def build(args):
    # Each run is a fresh cache for resolute then a fresh file for the script, alternating; the medians are compared.
    # One pair is not enough at 100,000 files: one binary's build there varies by 4% from run to run.
    ours, theirs = [], []
    for _ in range(args.runs):
        scratch = tempfile.mkdtemp(prefix="resolute-peers-")
        try:
            env = env_with_cache(os.path.join(scratch, "cache"))
            ours.append(timed([os.path.abspath(args.resolute), "index", os.path.abspath(args.corpus)], env))
            start = time.monotonic()
            subprocess.run([sys.executable, os.path.join(HERE, "fts5-peer.py"), args.corpus,
                            os.path.join(scratch, "peer.sqlite")], stdout=subprocess.DEVNULL, check=True)
            theirs.append(time.monotonic() - start)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    runs = f"median of {args.runs}" if args.runs > 1 else "1 run"
    spread = ", ".join(f"{a / b:.2f}" for a, b in zip(ours, theirs))
    line("index_build_resolute", f"{statistics.median(ours):.2f}", "s",
         f"resolute index, fresh cache, {os.cpu_count()} cores, {runs}")
    line("index_build_fts5", f"{statistics.median(theirs):.2f}", "s", f"scripts/bench/fts5-peer.py, one thread, {runs}")
    line("index_build_ratio", f"{statistics.median(ours) / statistics.median(theirs):.3f}", "x",
         f"resolute / FTS5 script, medians; each pair: {spread}")


def cat(args):
    files = []
    for root, dirs, names in os.walk(args.corpus):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files += [os.path.join(root, n) for n in sorted(names) if not n.startswith(".")]
    total = corpus_bytes(args.corpus)
    times = []
    for _ in range(args.runs):
        start = time.monotonic()
        # xargs keeps the command lines short; cat reads every byte, as the parser must.
        subprocess.run(["xargs", "-0", "cat"], input="\0".join(files).encode(), stdout=subprocess.DEVNULL, check=True)
        times.append(time.monotonic() - start)
    line("cat_throughput", f"{total / 1e6 / statistics.median(times):.0f}", "MB/s",
         f"median of {args.runs} runs, cat > /dev/null of {total / 1e6:.0f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["search", "build", "size", "cat"])
    parser.add_argument("--resolute")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--cache")
    parser.add_argument("--query", action="append", default=[])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--name", default="search")
    args = parser.parse_args()
    {"search": search, "build": build, "size": size, "cat": cat}[args.what](args)


if __name__ == "__main__":
    main()
