#!/usr/bin/env python3
"""Drives the real `resolute` binary (and `less`) in a pseudo-terminal and measures what a person would notice.

    pty_bench.py first-paint  --resolute BIN --corpus DIR --cache DIR [--runs K]
    pty_bench.py first-paint-less --resolute BIN --corpus DIR --cache DIR --file FILE [--runs K]
    pty_bench.py memory       --resolute BIN --corpus DIR --cache DIR
    pty_bench.py scroll-bytes --resolute BIN --corpus DIR --cache DIR --open ID --file FILE [--runs K] [--dump]

Every figure is printed as one line, `name value unit (median of K runs)`, like resolute-bench.

The terminal is 80x24 (TIOCSWINSZ on the pty before exec), TERM=xterm-256color, LANG/LC_ALL=C.UTF-8.

First paint (the marker): the time from just before fork until the last byte of the first output burst that
addresses the bottom row, i.e. contains a cursor move to row 24 (CSI 24;<col>H, CSI 24H or CSI 24d: ncurses draws top to
bottom, so the status line on row 24 is the last part of a full frame), followed by 50 ms without output. The
quiet wait is not counted: the time is that of the last byte of the burst.

Memory: VmRSS and VmHWM from /proc/PID/status after the first paint and after a fixed list of browsing keys.

Scroll bytes: resolute is started with `--open ID`, put into reading mode with `z` (the text at full width) when its
keymap has it, and left until quiet; then one key is sent and the bytes written until the output is quiet again are
counted. One line is Ctrl-E in resolute and `j` in less, one page is Space in both (less is run on the resolution's
file, with the same terminal). From the top of the text, 20 line keys are sent one after another, then (from the top again) 5 pages, and the mean
per key is taken: what one key costs depends on the line it brings in, so single keys are not compared.
"""

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time

ROWS, COLS = 24, 80
BOTTOM_ROW = re.compile(rb"\x1b\[24(;\d+)?H|\x1b\[24d")


class Session:
    """A program running in a pseudo-terminal of ROWS x COLS, its output collected with timestamps."""

    def __init__(self, argv, env_extra=None, cwd=None):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LESS", "NO_COLOR"))}
        env.update({"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "COLUMNS": str(COLS),
                    "LINES": str(ROWS), "LESSHISTFILE": "-"})
        env.update(env_extra or {})
        self.start = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:  # child: size the terminal before the program asks for it
            try:
                fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
                if cwd:
                    os.chdir(cwd)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.output = bytearray()
        self.chunks = []  # (time since start, bytes)
        self.exited = False
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)

    def read(self, timeout):
        """Reads what arrives within `timeout` seconds (returns at the first chunk); the bytes read."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return b""
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            self.exited = True
            return b""
        if not data:
            self.exited = True
            return b""
        self.output += data
        self.chunks.append((time.monotonic() - self.start, data))
        return data

    def drain_until_quiet(self, quiet, limit):
        """Reads until `quiet` seconds pass without output (or `limit` seconds in all); bytes read and the time of the
        last byte (monotonic), or None when nothing came."""
        deadline = time.monotonic() + limit
        count, last = 0, None
        while time.monotonic() < deadline and not self.exited:
            data = self.read(min(quiet, deadline - time.monotonic()))
            if not data:
                break
            count += len(data)
            last = time.monotonic()
        return count, last

    def wait_for_first_paint(self, limit, quiet=0.05):
        """Seconds from spawn to the last byte of the first burst that draws the bottom row; None on timeout."""
        deadline = self.start + limit
        while time.monotonic() < deadline and not self.exited:
            if BOTTOM_ROW.search(self.output):
                break
            self.read(deadline - time.monotonic())
        if not BOTTOM_ROW.search(self.output):
            return None
        last = self.start + self.chunks[-1][0]
        while True:
            data = self.read(quiet)
            if not data:
                break
            last = time.monotonic()
        return last - self.start

    def send(self, data):
        os.write(self.fd, data)

    def status(self):
        fields = {}
        try:
            with open(f"/proc/{self.pid}/status") as f:
                for line in f:
                    key, _, value = line.partition(":")
                    if key in ("VmRSS", "VmHWM"):
                        fields[key] = int(value.split()[0]) / 1024.0  # MiB
        except OSError:
            pass
        return fields

    def close(self):
        if not self.exited:
            try:
                self.send(b"q")
                self.drain_until_quiet(0.2, 2.0)
            except OSError:
                pass
        try:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if pid == 0:
                os.kill(self.pid, signal.SIGTERM)
                time.sleep(0.2)
                if os.waitpid(self.pid, os.WNOHANG)[0] == 0:
                    os.kill(self.pid, signal.SIGKILL)
                    os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        try:
            os.close(self.fd)
        except OSError:
            pass


def report(name, values, unit, what="runs", digits=1):
    values = [v for v in values if v is not None]
    if not values:
        print(f"{name} nan {unit} (failed)")
    else:
        print(f"{name} {statistics.median(values):.{digits}f} {unit} (median of {len(values)} {what})")
    sys.stdout.flush()


def report_mean(name, values, unit, what):
    """The mean per key over keys sent one after another (each key's cost depends on the line it brings in)."""
    if not values:
        print(f"{name} nan {unit} (failed)")
    else:
        print(f"{name} {sum(values) / len(values):.1f} {unit} (mean of {len(values)} {what} in a row)")
    sys.stdout.flush()


def resolute_argv(args, extra=()):
    return [os.path.abspath(args.resolute), *extra, os.path.abspath(args.corpus)]


def first_paint(args):
    times = []
    for _ in range(args.runs):
        if args.fresh_cache:
            # An empty cache every run: the index is built in the background while the list fills.
            for root, dirs, files in os.walk(args.cache, topdown=False):
                for name in files:
                    os.unlink(os.path.join(root, name))
                for name in dirs:
                    os.rmdir(os.path.join(root, name))
        s = Session(resolute_argv(args), {"XDG_CACHE_HOME": args.cache, "XDG_STATE_HOME": args.cache + "/state", "XDG_CONFIG_HOME": args.cache + "/config"})
        t = s.wait_for_first_paint(args.limit)
        s.close()
        times.append(t * 1000 if t is not None else None)
    report(args.name, times, "ms")


def first_paint_less(args):
    """The peer of the first screen: `less FILE` on one resolution, same terminal, same marker."""
    times = []
    for _ in range(args.runs):
        s = Session(["/usr/bin/env", "less", os.path.abspath(args.file)])
        # less writes its screen as lines and ends it with the prompt on the last row, without addressing the row
        # by number: its first burst, up to 50 ms of quiet, is the screen.
        _, last = s.drain_until_quiet(0.05, args.limit)
        t = last - s.start if last is not None else None
        s.close()
        times.append(t * 1000 if t is not None else None)
    report(args.name, times, "ms")


# Browsing keys for the memory figure: move through the list, open, read, follow links, page, go back.
BROWSING = [b"j"] * 30 + [b"\r", b"l"] + [b"j"] * 10 + [b"\t", b"\r"] + [b" "] * 5 + [b"G", b"g", b"\x7f"] + \
    [b"h"] + [b"G", b"\r", b"\t", b"\r", b"z", b" ", b" ", b"z", b"\x7f", b"\x7f"]


def memory(args):
    s = Session(resolute_argv(args), {"XDG_CACHE_HOME": args.cache, "XDG_STATE_HOME": args.cache + "/state", "XDG_CONFIG_HOME": args.cache + "/config"})
    t = s.wait_for_first_paint(args.limit)
    if t is None:
        s.close()
        print(f"{args.name}_rss_first_paint nan MiB (failed)")
        return
    first = s.status()
    for key in BROWSING:
        s.send(key)
        s.drain_until_quiet(0.03, 2.0)
    s.drain_until_quiet(0.3, 10.0)
    after = s.status()
    s.close()
    print(f"{args.name}_rss_first_paint {first.get('VmRSS', float('nan')):.1f} MiB (1 run)")
    print(f"{args.name}_rss_after_browsing {after.get('VmRSS', float('nan')):.1f} MiB (1 run, {len(BROWSING)} keys)")
    print(f"{args.name}_hwm_after_browsing {after.get('VmHWM', float('nan')):.1f} MiB (1 run, peak)")
    sys.stdout.flush()


def count_key_bytes(session, key, runs, quiet, dump=None):
    """The bytes written after each of `runs` presses of `key`; with `dump` (a label), each key's bytes are printed
    too, escapes and all, to see what a line costs."""
    counts = []
    for _ in range(runs):
        before = len(session.output)
        session.send(key)
        count, _ = session.drain_until_quiet(quiet, 5.0)
        counts.append(count)
        if dump:
            print(f"{dump} {count} {bytes(session.output[before:])!r}")
    return counts


def has_reading_mode(args):
    """True when the browser's commands (in any file of Sources/ResoluteUI/Browser: the key table has moved between
    files before) include reading mode."""
    here = os.path.dirname(os.path.abspath(__file__))
    browser = os.path.join(here, "..", "..", "Sources", "ResoluteUI", "Browser")
    for root, _, names in os.walk(browser):
        for name in names:
            if not name.endswith(".swift"):
                continue
            try:
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    if "toggleReading" in f.read():
                        return True
            except OSError:
                pass
    return False


# Keys sent one after another from the top of the text, the same for resolute and less.
LINE_KEYS, PAGE_KEYS = 20, 5


def scroll_bytes(args):
    quiet = 0.15
    rows = []
    # resolute: open the resolution, reading mode, quiet, then the keys.
    s = Session(resolute_argv(args, ["--open", args.open]), {"XDG_CACHE_HOME": args.cache, "XDG_STATE_HOME": args.cache + "/state", "XDG_CONFIG_HOME": args.cache + "/config"})
    if s.wait_for_first_paint(args.limit) is None:
        s.close()
        print("resolute_scroll_bytes nan bytes (no first paint)")
        return
    s.drain_until_quiet(0.5, 30.0)  # let a background index finish its redraws
    reading = has_reading_mode(args)
    if reading:
        s.send(b"z")
        s.drain_until_quiet(0.3, 5.0)
    line_r = count_key_bytes(s, b"\x05", LINE_KEYS, quiet, "resolute_line" if args.dump else None)
    s.send(b"g")  # back to the top: the pages start where less's do
    s.drain_until_quiet(0.3, 5.0)
    page_r = count_key_bytes(s, b" ", PAGE_KEYS, quiet)
    s.close()
    # less on the file itself.
    less = Session(["/usr/bin/env", "less", os.path.abspath(args.file)])
    less.drain_until_quiet(0.3, 10.0)
    line_l = count_key_bytes(less, b"j", LINE_KEYS, quiet, "less_line" if args.dump else None)
    less.send(b"g")
    less.drain_until_quiet(0.3, 5.0)
    page_l = count_key_bytes(less, b" ", PAGE_KEYS, quiet)
    less.close()
    mode = "reading mode (z)" if reading else "clause viewer"
    report_mean("resolute_bytes_scroll_line", line_r, "bytes", f"Ctrl-E, {mode},")
    report_mean("less_bytes_scroll_line", line_l, "bytes", "j")
    report_mean("resolute_bytes_scroll_page", page_r, "bytes", f"Space, {mode},")
    report_mean("less_bytes_scroll_page", page_l, "bytes", "Space")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["first-paint", "first-paint-less", "memory", "scroll-bytes"])
    parser.add_argument("--resolute", required=True, help="the resolute binary (release build)")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--cache", required=True, help="XDG_CACHE_HOME for the run (where the index lives)")
    parser.add_argument("--fresh-cache", action="store_true", help="empty the cache folder before each run")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=float, default=120.0, help="seconds to wait for a first paint")
    parser.add_argument("--name", default="first_paint")
    parser.add_argument("--open", help="resolution to open for scroll-bytes (e.g. 'GA 55/64')")
    parser.add_argument("--file", help="that resolution's file, for less")
    parser.add_argument("--dump", action="store_true", help="scroll-bytes: print the bytes of every line key as well")
    args = parser.parse_args()
    os.makedirs(args.cache, exist_ok=True)
    {"first-paint": first_paint, "first-paint-less": first_paint_less, "memory": memory,
     "scroll-bytes": scroll_bytes}[args.what](args)


if __name__ == "__main__":
    main()
