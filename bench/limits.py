"""Hostile YAML files and folders against the plugin's limits: time and memory.

    python bench/limits.py           a table
    python bench/limits.py --json    the same figures as JSON (tests/test_limits.py)

Each case is a realself folder (usually one hostile file in it) that goes
through what ``realself check`` runs (find the files, read, load, validate,
cross-check, the voice check, the capped message list) in a fresh Python
process, so that one case's memory cannot hide another's. Measured per case:

* time: wall-clock time of that pipeline (after a warm-up on a valid file);
* python peak: the largest amount of memory Python allocated at once during
  it, from tracemalloc (a second run, as tracemalloc slows things);
* rss growth: how much the process's peak resident memory grew during the
  timed run (``resource.getrusage``), which also counts libyaml's C memory;
* lines: the messages a user reads.

The target for each: refused with a located message (or, for the cases
marked valid, built), under 100 ms and under 64 MB of extra memory. A case
that does not finish within --timeout seconds is reported as a hang. The
"before" column is the figure measured before the fix that added the case
(same machine, same pipeline).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MB = 1024 * 1024
TARGET_SECONDS = 0.100
TARGET_BYTES = 64 * MB


def alias_bomb() -> str:
    """Billion laughs: ten levels of ten aliases, 10**10 values if expanded."""
    lines = [
        "kind: profile",
        "name: Sam",
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ]
    names = "abcdefghijk"
    for name, previous in zip(names[1:], names, strict=False):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def big_file() -> str:
    """50 MB: a story pasted in a loop, say."""
    head = "kind: profile\nname: Sam\nstory: "
    return head + "x" * (50 * MB - len(head) - 1) + "\n"


def deep_flow() -> str:
    """A 1,000-level nested document: [[[[...]]]]."""
    return "kind: profile\nname: Sam\nstory: " + "[" * 1000 + "]" * 1000 + "\n"


def deep_block() -> str:
    """1,000 levels of block lists on one line: - - - - ... x."""
    return "kind: profile\nname: Sam\nstory:\n  " + "- " * 1000 + "x\n"


def long_string() -> str:
    """One 10 MB string."""
    head = "kind: profile\nname: Sam\nstory: "
    return head + "y" * (10 * MB) + "\n"


def brackets() -> str:
    """A story of 50,000 '[': Python-Markdown would scan on for minutes."""
    return "kind: profile\nname: Sam\nstory: '" + "[" * 50_000 + "'\n"


def many_documents() -> str:
    """Just under 1 MB of tiny documents."""
    return "---\nkind: note\nquote: q\nwho: w\n" * 30_000


def overindented() -> str:
    """16,000 blank lines before a mis-indented key: the message looked at
    every line above it again, once per line."""
    return "kind: profile\nname: X\n" + "\n" * 16_000 + "  headline: a: b\n"


def spaces_in_sentences() -> str:
    """A story of 99,000 spaces between two words: the voice check's sentence
    split scanned the run once per space."""
    text = json.dumps("I fix bikes" + " " * 99_000 + "and ride.")
    return f"kind: profile\nname: Ada\nstory: {text}\n"


def unknown_keys() -> str:
    """11 documents of 9,000 unknown keys each (978 KB): 99,000 messages."""
    documents = []
    for number in range(11):
        keys = "".join(f"k{key:04d}x: v\n" for key in range(9_000))
        slug = f"unknown-keys-{number}"
        documents.append(f"kind: profile\nslug: {slug}\nname: X\n{keys}")
    return "---\n".join(documents)


def hidden_line_breaks() -> str:
    """Under 1 MB of U+2028, which YAML reads as line breaks."""
    return "kind: profile\nname: X\nstory: a" + "\u2028" * 300_000 + "\n"


def fifo(folder: Path) -> None:
    """A named pipe called fifo.yaml: open() waited for a writer forever."""
    os.mkfifo(folder / "fifo.yaml")


def link_loops(folder: Path) -> None:
    """Two links back to their own folder: os.walk followed them until the
    paths grew too long (minutes, over a GB of memory)."""
    (folder / "loops.yaml").write_text("kind: profile\nname: Loops\n")
    os.symlink(".", folder / "a")
    os.symlink(".", folder / "b")


@dataclass(frozen=True)
class Case:
    what: str
    make: Callable[..., str | None]  # the file's text, or shapes the folder
    settings: dict = field(default_factory=dict)
    errors: bool = True  # a located error is expected
    built: bool = False  # something is still built (a refused field costs only it)
    before: str = ""  # the figure before the fix, measured the same way
    shape: bool = False  # make(folder) shapes the folder itself
    # Memory allowed, when the case needs more than TARGET_BYTES by its shape.
    max_bytes: int = TARGET_BYTES

    def write(self, folder: Path, name: str) -> None:
        if self.shape:
            self.make(folder)
        else:
            (folder / f"{name}.yaml").write_text(self.make(), encoding="utf-8")


CASES = {
    "alias-bomb": Case("billion laughs, 10 levels x 10 aliases", alias_bomb),
    "file-50mb": Case("a 50 MB file", big_file),
    "nesting-1000": Case("1,000 nested flow lists", deep_flow),
    "nesting-1000-block": Case("1,000 nested block lists", deep_block),
    "string-10mb": Case("a 10 MB string (file limit at its default)", long_string),
    "string-10mb-limit-raised": Case(
        "a 10 MB string with REALSELF_MAX_FILE_BYTES = 64 MB",
        long_string,
        {"REALSELF_MAX_FILE_BYTES": 64 * MB},
        built=True,
    ),
    "many-documents": Case("30,000 tiny documents in one file", many_documents),
    "markdown-brackets": Case("a story of 50,000 '['", brackets, built=True),
    "overindented": Case("16,000 blank lines, then a mis-indented key", overindented),
    "spaces-in-sentences": Case(
        "a story of 99,000 spaces between two words",
        spaces_in_sentences,
        errors=False,
        built=True,
    ),
    # 99,000 keys in the densest 1 MB file: each key keeps its position for
    # messages (about 400 bytes a key, ~42 MB after loading), and field-level
    # recovery validates a copy without the unknown keys: measured 66 MB
    # python peak, 81 MB RSS growth.
    "unknown-keys": Case(
        "11 documents x 9,000 unknown keys",
        unknown_keys,
        built=True,  # an unknown key costs itself
        max_bytes=128 * MB,
    ),
    "hidden-line-breaks": Case(
        "300,000 U+2028 in a story", hidden_line_breaks, built=True
    ),
    "fifo": Case("a named pipe called fifo.yaml", fifo, shape=True),
    "link-loops": Case(
        "two links back to their own folder",
        link_loops,
        shape=True,
        errors=False,
        built=True,
    ),
}


def _settings(content: Path, overrides: dict) -> dict:
    from pelican.settings import DEFAULT_CONFIG

    from pelican.plugins.realself import settings as realself_settings

    settings = copy.deepcopy(DEFAULT_CONFIG)
    realself_settings.apply_defaults(settings)
    settings.update(TIMEZONE="UTC", REALSELF_NOW="2026-11-25T12:00:00", **overrides)
    settings["PATH"] = str(content)
    return settings


def _status(field: str) -> int | None:
    """A VmXXX figure of /proc/self/status, in bytes (Linux only)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _resident_before() -> int:
    """Resident memory now, with the peak reset to it where Linux allows.

    getrusage's ru_maxrss is the peak since the process started and survives
    exec (a parent that made a 50 MB string leaves it to its child), so on
    Linux we reset the peak (clear_refs) and read VmHWM instead.
    """
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
        rss = _status("VmRSS")
        if rss is not None:
            return rss
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _resident_peak() -> int:
    peak = _status("VmHWM")
    if peak is not None:
        return peak
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def measure_one(content: Path, overrides: dict) -> dict:
    """In this process: time, memory and messages of ``realself check``."""
    from pelican.plugins.realself.cli import run_check

    warm = content.parent / "warm-up"
    (warm / "realself").mkdir(parents=True, exist_ok=True)
    (warm / "realself" / "warm.yaml").write_text("kind: profile\nname: Warm\n")
    run_check(_settings(warm, overrides))

    settings = _settings(content, overrides)
    before = _resident_before()
    start = time.perf_counter()
    problems, counts, _ = run_check(settings)
    seconds = time.perf_counter() - start
    after = _resident_peak()

    tracemalloc.start()
    run_check(settings)
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    files = [p for p in (content / "realself").iterdir() if p.is_file()]
    return {
        "seconds": seconds,
        "python_peak_bytes": python_peak,
        "rss_growth_bytes": max(after - before, 0),
        "file_bytes": sum(p.stat().st_size for p in files),
        "built": counts["profiles"] + counts["notes"] + counts["offers"],
        "messages": [str(p) for p in problems if p.is_error][:3],
        "errors": sum(p.is_error for p in problems),
        "lines": len(problems),
    }


def run_all(timeout: float = 120, only: list[str] | None = None) -> dict[str, dict]:
    """Every case in a fresh process (and folder) of its own."""
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, case in CASES.items():
            if only and name not in only:
                continue
            content = Path(folder) / name / "content"
            (content / "realself").mkdir(parents=True)
            case.write(content / "realself", name)
            command = [sys.executable, __file__, "--one", str(content)]
            command += ["--settings", json.dumps(case.settings)]
            head = {"what": case.what, "errors_expected": case.errors}
            head["built_expected"] = case.built
            head["max_bytes"] = case.max_bytes
            try:
                done = subprocess.run(
                    command,
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=content.parent,
                    timeout=timeout,
                )
            except subprocess.TimeoutExpired:
                results[name] = {**head, "hung": timeout}
                continue
            results[name] = {**head, **json.loads(done.stdout)}
    return results


def table(results: dict[str, dict]) -> str:
    rows = [
        f"{'case':26} {'file':>9} {'time':>9} {'python':>9} {'rss':>9} {'lines':>6}"
        "  first message",
    ]
    for name, r in results.items():
        if "hung" in r:
            rows.append(f"{name:26} did not finish in {r['hung']:.0f} s")
            continue
        rows.append(
            f"{name:26} {r['file_bytes'] / MB:7.2f}MB {r['seconds'] * 1000:7.1f}ms "
            f"{r['python_peak_bytes'] / MB:7.2f}MB {r['rss_growth_bytes'] / MB:7.2f}MB"
            f" {r['lines']:6}  {(r['messages'] or ['(none)'])[0]}"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--one", metavar="CONTENT", help="(internal) one case")
    parser.add_argument("--settings", default="{}")
    parser.add_argument("--timeout", type=float, default=120, help="seconds a case")
    parser.add_argument("cases", nargs="*", help="only these cases")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(Path(args.one), json.loads(args.settings))))
        return
    results = run_all(args.timeout, args.cases)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(table(results))
    done = {n: r for n, r in results.items() if "hung" not in r}
    slow = [n for n, r in done.items() if r["seconds"] > TARGET_SECONDS]
    big = [
        n
        for n, r in done.items()
        if max(r["python_peak_bytes"], r["rss_growth_bytes"]) > r["max_bytes"]
    ]
    print(
        f"\ntarget: under {TARGET_SECONDS * 1000:.0f} ms and {TARGET_BYTES // MB} MB "
        "(unknown-keys: 128 MB)"
    )
    print(f"over the time target: {slow or 'none'}")
    print(f"over the memory target: {big or 'none'}")
    print(f"did not finish: {[n for n in results if n not in done] or 'none'}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
