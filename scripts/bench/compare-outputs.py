#!/usr/bin/env python3
"""Two builds of resolute must answer alike: runs the same commands with each (each with an index of its own) and
compares their output byte for byte. For changes to the index's format or its query SQL.

    compare-outputs.py --base BIN --new BIN --corpus DIR --scratch DIR [--resolutions K]

The commands: `search` for the benchmark queries of scripts/bench.sh (a rare word, a common word, a phrase in a
third of all paragraphs) and a few more (a prefix, filters, two words, a phrase with a word), 20 hits and 200;
`reuse` of paragraphs 1 and PP1 of K resolutions spread over the list; `show` and `cited-by` of the same
resolutions. Prints one line per command (`same` or `DIFFERENT`), `compare_outputs_same N of M`, and the CPU time
(user + system) each build spent on each kind of command, summed (`compare_outputs_cpu_<kind>_<side>`); exits 1 when
any output differs. Indexes go under --scratch (never into the corpus).
"""

import argparse
import json
import os
import resource
import subprocess
import sys

QUERIES = [
    "trafficking", "cooperation", '"united nations"', "cooperat*", '"technical cooperation" body:GA',
    "development year:1990-2000", "human rights", '"general assembly" resolution', "decides",
]


CPU = {}


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(binary, index, corpus, argv, side=None):
    before = cpu_of_children()
    done = subprocess.run([binary, *argv, "--corpus", corpus, "--index", index], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    if side:
        CPU[(argv[0], side)] = CPU.get((argv[0], side), 0) + cpu_of_children() - before
    # stderr names the index file (which differs); the status and stdout must match.
    return done.returncode, done.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True)
    parser.add_argument("--new", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--scratch", required=True)
    parser.add_argument("--resolutions", type=int, default=12)
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)
    os.makedirs(args.scratch, exist_ok=True)
    sides = [(os.path.abspath(b), os.path.join(os.path.abspath(args.scratch), name + ".sqlite"))
             for b, name in ((args.base, "base"), (args.new, "new"))]
    for binary, index in sides:
        subprocess.run([binary, "index", corpus, "--index", index], stdout=subprocess.DEVNULL, check=True)
    _, listing = run(*sides[0], corpus, ["list", "--json"])
    ids = [entry["id"] for entry in json.loads(listing) if entry["id"]]
    step = max(1, len(ids) // args.resolutions)
    chosen = ids[::step][:args.resolutions]
    commands = []
    for query in QUERIES:
        commands += [["search", query, "--json"], ["search", query, "--json", "--limit", "200"]]
    for rid in chosen:
        commands += [["reuse", rid, "1", "--json"], ["reuse", rid, "PP1", "--json"], ["show", rid],
                     ["cited-by", rid, "--json"]]
    same = 0
    for argv in commands:
        base, new = (run(binary, index, corpus, argv, side) for (binary, index), side in zip(sides, ("base", "new")))
        equal = base == new
        same += equal
        print(f"{'same' if equal else 'DIFFERENT'}: resolute {' '.join(argv)} (exit {base[0]}, {len(base[1])} bytes)")
    print(f"compare_outputs_same {same} of {len(commands)} commands (byte for byte)")
    for (kind, side), seconds in sorted(CPU.items()):
        count = sum(1 for argv in commands if argv[0] == kind)
        name = f"compare_outputs_cpu_{kind.replace('-', '_')}_{side}"
        print(f"{name} {seconds * 1000:.0f} ms ({count} runs, user + system)")
    sys.exit(0 if same == len(commands) else 1)


if __name__ == "__main__":
    main()
