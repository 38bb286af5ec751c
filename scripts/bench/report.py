#!/usr/bin/env python3
"""Turns the figure lines of a bench run into the Markdown table of the README.

    report.py RESULTS_DIR

RESULTS_DIR holds one file per corpus size, `figures-<N>.txt`, and `figures-bytes.txt`, each with lines
`name value unit (median of K runs)` as resolute-bench and pty_bench.py print them, and `machine.txt`.
Targets are only compared, never asserted: the exit status is 0 whatever was missed.
"""

import math
import os
import re
import sys

LINE = re.compile(r"^(\S+) (\S+) (\S+)(?: \((.*)\))?$")

# (label, figure name, unit shown, target by size (None: same for every size), "le" or "ge")
ROWS = [
    ("First paint of the browser, index up to date (pty, 80×24)", "first_paint_indexed", "ms",
     {10_000: 150, 100_000: 300}, "le"),
    ("First paint with no index (built in the background, list fills)", "first_paint_fresh", "ms",
     {10_000: 1000, 100_000: 3000}, "le"),
    ("Full index build, 2 threads (`update(threads: 2)`)", "index_build_2threads", "s",
     {10_000: 5, 100_000: 60}, "le"),
    ("Full-text search, first screen (20 hits), median of 6 queries", "search_first_screen", "ms",
     {10_000: 20, 100_000: 50}, "le"),
    ("— slowest of the 6 queries", "search_first_screen_worst", "ms", {10_000: 20, 100_000: 50}, "le"),
    ("Follow a citation, Enter to rendered 80×24 screen (median)", "follow_citation", "ms",
     {10_000: 10, 100_000: 10}, "le"),
    ("— 95th percentile", "follow_citation_p95", "ms", {10_000: 10, 100_000: 10}, "le"),
    ("Reused language, 20 matches of one paragraph (median of 50 anchors)", "reuse_query", "ms",
     {None: 100}, "le"),
    ("— 95th percentile", "reuse_query_p95", "ms", {None: 200}, "le"),
    ("Resident memory of one browser (VmHWM after first paint + 50 keys)", "browser_hwm_after_browsing", "MiB",
     {10_000: 60, 100_000: 150}, "le"),
    ("Parse throughput, one core (bytes in memory)", "parse_throughput_1core", "MB/s", {None: 100}, "ge"),
]
INFO_ROWS = [
    ("Open an up-to-date index (in process, until the list is ready)", "open_index", "ms"),
    ("Browser built and rendered once on it (in process)", "browser_first_frame_in_process", "ms"),
    ("Index build rate, 2 threads", "index_build_rate", "files/s"),
    ("Resident memory right after first paint (VmRSS)", "browser_rss_first_paint", "MiB"),
    ("Corpus size on disk", "corpus_mb", "MB"),
    ("Index size", "index_size", "MiB"),
    ("— without the reused-language postings", "index_size_without_reuse", "MiB"),
    ("Reused-language postings (rows)", "reuse_postings_rows", "rows"),
    ("Fingerprinting every paragraph, one core (up to 20,000 files)", "reuse_fingerprint_1core", "s"),
    ("Series index built from the list (once per corpus state)", "series_index_build_indexed", "ms"),
    ("Series of one resolution (median of 50 anchors)", "series_query_indexed", "ms"),
    ("— 95th percentile", "series_query_indexed_p95", "ms"),
]


# The table: each figure beside its peer, measured in the same run (scripts/bench/peers.py, pty_bench.py).
# (label, resolute figure, peer figure, peer label, unit, target of the ratio by size, sense, absolute target). The
# searches' targets are the issue's, at 10,000 and 100,000 ("at 10k and 100k"); at 1,000 a search is mostly the
# process starting, and the figures are shown without a verdict.
PEER_ROWS = [
    ("`resolute search trafficking` (rare word), end to end", "search_trafficking_resolute", "search_trafficking_grep",
     "`grep -rci`", "ms", {10_000: 0.2, 100_000: 0.05}, "le", None),
    ("`resolute search cooperation` (common word)", "search_cooperation_resolute", "search_cooperation_grep",
     "`grep -rci`", "ms", {10_000: 0.2, 100_000: 0.05}, "le", None),
    ("`resolute search '\"united nations\"'` (phrase in a third of paragraphs)", "search_united_nations_resolute",
     "search_united_nations_grep", "`grep -rci`", "ms", {10_000: 0.5, 100_000: 0.5}, "le", None),
    ("— trafficking with `--fresh` (every file compared first, as once a minute)", "search_trafficking_fresh_resolute",
     "search_trafficking_fresh_grep", "`grep -rci`", "ms", {}, "le", None),
    ("— trafficking, CPU time (user + system, which a loaded machine does not blur)",
     "search_trafficking_resolute_cpu", "search_trafficking_grep_cpu", "`grep -rci`", "ms",
     {10_000: 0.2, 100_000: 0.05}, "le", None),
    ("— cooperation, CPU time", "search_cooperation_resolute_cpu", "search_cooperation_grep_cpu", "`grep -rci`", "ms",
     {10_000: 0.2, 100_000: 0.05}, "le", None),
    ("— \"united nations\", CPU time", "search_united_nations_resolute_cpu", "search_united_nations_grep_cpu",
     "`grep -rci`", "ms", {10_000: 0.5, 100_000: 0.5}, "le", None),
    ("Index size on disk", "index_size_resolute", "index_size_corpus", "the corpus", "MiB", {None: 1.0}, "le", None),
    ("Full index build (`resolute index`, fresh cache)", "index_build_resolute", "index_build_fts5",
     "FTS5 script, 1 thread", "s", {None: 1.5}, "le", None),
    ("Parse throughput, one core", "parse_throughput_1core", "cat_throughput", "`cat > /dev/null`", "MB/s", {},
     "ge", ("ge", 100)),
    ("First screen of the browser, index up to date", "first_paint_indexed", "less_first_paint", "`less FILE`", "ms",
     {}, "le", ("le", 150)),
]


def load(path):
    figures = {}
    if not os.path.exists(path):
        return figures
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = LINE.match(line.strip())
            if not m:
                continue
            try:
                value = float(m.group(2))
            except ValueError:
                continue
            figures[m.group(1)] = (value, m.group(3), m.group(4) or "")
    return figures


def fmt(value):
    if value is None or math.isnan(value):
        return "n/a"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def verdict(value, target, sense):
    if value is None or math.isnan(value) or target is None:
        return ""
    ok = value <= target if sense == "le" else value >= target
    return "met" if ok else "**missed**"


def main():
    folder = sys.argv[1]
    sizes = sorted(int(m.group(1)) for name in os.listdir(folder)
                   if (m := re.match(r"figures-(\d+)\.txt$", name)))
    by_size = {n: load(os.path.join(folder, f"figures-{n}.txt")) for n in sizes}
    machine = open(os.path.join(folder, "machine.txt"), encoding="utf-8").read().strip() \
        if os.path.exists(os.path.join(folder, "machine.txt")) else ""
    runs = ""
    if os.path.exists(os.path.join(folder, "runs.txt")):
        runs = open(os.path.join(folder, "runs.txt"), encoding="utf-8").read().strip()

    print(machine)
    if runs:
        print(runs)
    print()
    cols = ["What"]
    for n in sizes:
        cols += [f"{n:,} resolutions", "target", "verdict"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    missed = []
    for label, name, unit, targets, sense in ROWS:
        cells = [label]
        for n in sizes:
            value = by_size[n].get(name, (None,))[0]
            target = targets.get(n, targets.get(None))
            shown = f"{fmt(value)} {unit}" if value is not None else "not measured"
            sign = "≤" if sense == "le" else "≥"
            cells += [shown, f"{sign} {fmt(target)} {unit}" if target is not None else "—",
                      verdict(value, target, sense) if target is not None else ""]
            if verdict(value, target, sense) == "**missed**":
                missed.append(f"{label} at {n:,}: {fmt(value)} {unit} (target {sign} {fmt(target)} {unit})")
        print("| " + " | ".join(cells) + " |")
    for label, name, unit in INFO_ROWS:
        cells = [label]
        for n in sizes:
            value = by_size[n].get(name, (None,))[0]
            cells += [f"{fmt(value)} {unit}" if value is not None else "not measured", "—", ""]
        print("| " + " | ".join(cells) + " |")

    print()
    print("Against the peers (same run, back to back; ratio = resolute / peer):")
    print()
    cols = ["Figure", "peer"]
    for n in sizes:
        cols += [f"{n:,}: resolute", "peer", "ratio", "target", "verdict"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for label, ours, theirs, peer, unit, targets, sense, absolute in PEER_ROWS:
        cells = [label, peer]
        for n in sizes:
            r = by_size[n].get(ours, (None,))[0]
            p = by_size[n].get(theirs, (None,))[0]
            # The ratio the peer script printed (`index_size_ratio` beside `index_size_resolute`), made from the
            # unrounded figures, when it printed one: the two figures as printed are rounded (6.7 / 6.8 MiB).
            printed = by_size[n].get(ours.replace("_resolute", "") + "_ratio", (None,))[0] \
                if "_resolute" in ours else None
            ratio = printed if printed is not None else (r / p if r is not None and p else None)
            target = targets.get(n, targets.get(None))
            sign = "≤" if sense == "le" else "≥"
            if absolute is not None:
                a_sense, a_value = absolute
                a_sign = "≤" if a_sense == "le" else "≥"
                shown_target = f"{a_sign} {fmt(a_value)} {unit}"
                v = verdict(r, a_value, a_sense) if (n >= 100_000 or a_sense == "ge") else ""
            else:
                shown_target = f"{sign} {fmt(target)}×" if target is not None else "—"
                v = verdict(ratio, target, sense) if target is not None else ""
            if v == "**missed**":
                missed.append(f"{label} at {n:,}: {fmt(r)} {unit} against {fmt(p)} {unit} ({fmt(ratio)}×)")
            cells += [f"{fmt(r)} {unit}" if r is not None else "not measured",
                      f"{fmt(p)} {unit}" if p is not None else "not measured",
                      f"{ratio:.3f}×" if ratio is not None else "n/a", shown_target, v]
        print("| " + " | ".join(cells) + " |")
    cells = ["Resident memory of one browser (peak after browsing)", "—"]
    for n in sizes:
        r = by_size[n].get("browser_hwm_after_browsing", (None,))[0]
        v = verdict(r, 100, "le") if n >= 100_000 else ""
        if v == "**missed**":
            missed.append(f"Resident memory at {n:,}: {fmt(r)} MiB (target ≤ 100)")
        cells += [f"{fmt(r)} MiB" if r is not None else "not measured", "", "", "≤ 100 MiB at 100k", v]
    print("| " + " | ".join(cells) + " |")

    bytes_figures = load(os.path.join(folder, "figures-bytes.txt"))
    if bytes_figures:
        print()
        print("| Bytes written to the terminal (80×24, xterm-256color) | resolute | less | ratio (target ≤ 1.2×) | verdict |")
        print("|---|---|---|---|---|")
        for what, key in (("Scroll one line (resolute Ctrl-E, less j)", "scroll_line"),
                          ("Scroll one page (Space in both)", "scroll_page")):
            r = bytes_figures.get(f"resolute_bytes_{key}", (None, "", ""))
            l = bytes_figures.get(f"less_bytes_{key}", (None, "", ""))
            v = verdict(r[0], l[0] * 1.2, "le") if l[0] is not None and r[0] is not None else ""
            if v == "**missed**":
                missed.append(f"{what}: resolute {fmt(r[0])} bytes, less {fmt(l[0])} bytes")
            ratio = f"{r[0] / l[0]:.2f}×" if r[0] is not None and l[0] else "n/a"
            print(f"| {what} | {fmt(r[0])} | {fmt(l[0])} | {ratio} | {v} |")
        note = bytes_figures.get("resolute_bytes_scroll_line", (None, "", ""))[2]
        if note:
            print(f"\nresolute figures: {note}.")
    print()
    if missed:
        print("Missed targets:")
        for line in missed:
            print(f"- {line}")
    else:
        print("Every measured target was met.")


if __name__ == "__main__":
    main()
