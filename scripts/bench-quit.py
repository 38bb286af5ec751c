#!/usr/bin/env python3
"""How long `q` takes to end the browser while it is busy (issue 16): for each binary given (default: the debug build),
each long path is started in a pseudo-terminal (80x24), `q` is pressed half a second later, and the time from the key
to the process's exit is printed as a Markdown table. Runs are capped (RESOLUTE_QUIT_TIMEOUT, default 120 s): "> N s"
means the browser was still running then and was killed. Inputs are generated under $RESOLUTE_BENCH_DIR (default
.bench/quit). Figures are printed, never asserted.

  scripts/bench-quit.py                                     the debug build of this checkout
  scripts/bench-quit.py OLD/resolute .build/debug/resolute  before and after
  RESOLUTE_QUIT_ONLY=series scripts/bench-quit.py           only the cases whose label contains that text
  RESOLUTE_QUIT_MB=60 scripts/bench-quit.py                 the size of the big file in MB (default 60)

A second column says whether work cancelled with Esc is stopped (issue 16): Esc is pressed instead of q, and the CPU
time the process uses from 0.5 s to 3.5 s after it is printed (about 3 s: the dropped work ran on; about 0: it
stopped), before q ends the run.
"""
import os, pty, select, signal, sys, time

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binaries = sys.argv[1:] or [os.path.join(repo, ".build/debug/resolute")]
work = os.environ.get("RESOLUTE_BENCH_DIR", os.path.join(repo, ".bench/quit"))
limit = float(os.environ.get("RESOLUTE_QUIT_TIMEOUT", "120"))
megabytes = int(os.environ.get("RESOLUTE_QUIT_MB", "60"))
only = os.environ.get("RESOLUTE_QUIT_ONLY", "")
seed = os.path.join(repo, "corpus/ga-55-64-strengthening-the-programme.txt")


def make_inputs():
    big = os.path.join(work, f"big-{megabytes}mb")
    if not os.path.isdir(big):
        os.makedirs(big)
        os.system(f"cp '{seed}' '{big}/'")
        paragraph = b"Recalling General Assembly resolution 46/152 of 18 December 1991 and Offenders,2 "
        with open(os.path.join(big, "big.txt"), "wb") as out:
            out.write(b"Title of a very long file\n\nThe General Assembly,\n\n")
            out.write(paragraph * (megabytes * 1_000_000 // len(paragraph)))
    citations = os.path.join(work, "citations")
    if not os.path.isdir(citations):
        os.makedirs(citations)
        with open(os.path.join(citations, "many.txt"), "w") as out:
            out.write("Citations galore\n\nThe General Assembly,\n\nRecalling ")
            out.write(", ".join(f"its resolution {k % 900 + 1}/{k % 50 + 10} of 18 December 1991"
                                for k in range(100_000)))
            out.write(",\n\n1. Decides to remain seized of the matter.\n")
        os.system(f"cp '{seed}' '{citations}/'")
    footnotes = os.path.join(work, "footnotes")
    if not os.path.isdir(footnotes):
        os.makedirs(footnotes)
        n = 100_000
        with open(os.path.join(footnotes, "footnotes.txt"), "w") as out:
            out.write("Footnotes galore\n\nThe General Assembly,\n\nRecalling the reports on crime prevention,")
            out.write("".join(f" report{k},{k}" for k in range(1, n + 1)))
            out.write("\n\n1. Decides to remain seized of the matter.\n\n")
            out.write("".join(f"{k}  A/55/{k} on crime prevention.\n" for k in range(1, n + 1)))
        os.system(f"cp '{seed}' '{footnotes}/'")
    return big, citations, footnotes


def cpu_seconds(pid):
    """User and system CPU time of `pid` so far, from /proc."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(binary, arguments, ready, keys, escape=False):
    """Starts the browser, waits for `ready` on screen, types `keys`, presses q 0.5 s later; seconds from q to exit.
    With `escape`, Esc is pressed instead and the CPU seconds used from 0.5 s to 3.5 s after it are returned."""
    environment = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="", HOME=os.path.join(work, "home"),
                       XDG_STATE_HOME=os.path.join(work, "state"), XDG_CACHE_HOME=os.path.join(work, "cache"))
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary] + arguments, environment)
    os.set_blocking(fd, False)
    import fcntl, struct, termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    start = time.monotonic()

    def drain(seconds):
        nonlocal seen
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            readable, _, _ = select.select([fd], [], [], 0.05)
            if readable:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    return

    while ready.encode() not in seen and time.monotonic() - start < 300:
        drain(0.1)
    for key in keys:
        os.write(fd, key.encode())
        drain(0.1)
    drain(0.5)
    spent = None
    if escape:
        os.write(fd, b"\x1b")
        drain(0.5)
        start_cpu = cpu_seconds(pid)
        drain(3.0)
        spent = cpu_seconds(pid) - start_cpu
    os.write(fd, b"q")
    pressed = time.monotonic()
    while True:
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished:
            elapsed = time.monotonic() - pressed
            break
        if time.monotonic() - pressed > limit:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            elapsed = None
            break
        drain(0.01)
    os.close(fd)
    return spent if escape else elapsed


def main():
    os.makedirs(work, exist_ok=True)
    big, citations, footnotes = make_inputs()
    cases = [
        (f"open a {megabytes} MB file (:big.txt)", ["--no-index", "--open", "GA 55/64", big], "A/RES/55/64",
         [":big.txt\r"]),
        # `Recalling` is drawn once the page is open: the `--open` target is opened after the first screen.
        ("series of 100,000 citations (t)", ["--no-index", "--open", "many.txt", citations], "Recalling", ["t"]),
        ("compare (d), series of 100,000 citations", ["--no-index", "--open", "many.txt", citations],
         "Recalling", ["d"]),
        ("--open of a file with 100,000 citations", ["--no-index", "--open", "many.txt", citations],
         "Citations galore", []),
        (f"search all (F) over a {megabytes} MB file", ["--no-index", "--open", "GA 55/64", big], "A/RES/55/64",
         ["Fresolution\r"]),
        ("search all (F) over 100,000 footnotes", ["--no-index", "--open", "GA 55/64", footnotes], "A/RES/55/64",
         ["Fprevention\r"]),
    ]
    for binary in binaries:
        print(f"\n### {binary}\n\n| long path | q to exit | CPU in the 3 s after Esc |\n| --- | --- | --- |")
        for label, arguments, ready, keys in cases:
            if only not in label:
                continue
            elapsed = run(binary, arguments, ready, keys)
            shown = f"> {limit:.0f} s (killed)" if elapsed is None else f"{elapsed:.2f} s"
            spent = run(binary, arguments, ready, keys, escape=True)
            print(f"| {label} | {shown} | {spent:.2f} s |", flush=True)


main()
