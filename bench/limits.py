"""Hostile YAML files against the plugin's limits: time and memory of each.

    python bench/limits.py           a table
    python bench/limits.py --json    the same figures as JSON (tests/test_limits.py)

Each file goes through the plugin's own pipeline for one file (``collect``:
read, load, validate, cross-check) in a fresh Python process, so that one
case's memory cannot hide another's. Measured per case:

* time: wall-clock time of ``collect`` (after a warm-up on a valid file);
* python peak: the largest amount of memory Python allocated at once during
  ``collect``, from tracemalloc (a second run, as tracemalloc slows things);
* rss growth: how much the process's peak resident memory grew during the
  timed run (``resource.getrusage``), which also counts libyaml's C memory.

The target for each: refused with a located message, under 100 ms and under
64 MB of extra memory.
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


# name -> (what, text, settings)
CASES = {
    "alias-bomb": ("billion laughs, 10 levels x 10 aliases", alias_bomb, {}),
    "file-50mb": ("a 50 MB file", big_file, {}),
    "nesting-1000": ("1,000 nested flow lists", deep_flow, {}),
    "nesting-1000-block": ("1,000 nested block lists", deep_block, {}),
    "string-10mb": ("a 10 MB string (file limit at its default)", long_string, {}),
    "string-10mb-limit-raised": (
        "a 10 MB string with REALSELF_MAX_FILE_BYTES = 64 MB",
        long_string,
        {"REALSELF_MAX_FILE_BYTES": 64 * MB},
    ),
    "many-documents": ("30,000 tiny documents in one file", many_documents, {}),
    "markdown-brackets": ("a story of 50,000 '['", brackets, {}),
}


def _settings(overrides: dict) -> tuple[object, dict]:
    from pelican.settings import DEFAULT_CONFIG

    from pelican.plugins.realself import settings as realself_settings

    settings = copy.deepcopy(DEFAULT_CONFIG)
    realself_settings.apply_defaults(settings)
    settings.update(TIMEZONE="UTC", REALSELF_NOW="2026-11-25T12:00:00", **overrides)
    return realself_settings.read(settings), settings


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


def measure_one(path: Path, content: Path, overrides: dict) -> dict:
    """In this process: time, memory and messages of ``collect`` on one file."""
    from pelican.plugins.realself.build import collect

    config, settings = _settings(overrides)
    warm = content / "realself" / "warm-up.yaml"
    warm.write_text("kind: profile\nname: Warm\n", encoding="utf-8")
    collect([str(warm)], str(content), config, settings)

    before = _resident_before()
    start = time.perf_counter()
    result = collect([str(path)], str(content), config, settings)
    seconds = time.perf_counter() - start
    after = _resident_peak()

    tracemalloc.start()
    collect([str(path)], str(content), config, settings)
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    built = len(result.profiles) + len(result.notes) + len(result.offers)
    return {
        "seconds": seconds,
        "python_peak_bytes": python_peak,
        "rss_growth_bytes": max(after - before, 0),
        "file_bytes": path.stat().st_size,
        "built": built,
        "messages": [str(p) for p in result.problems if p.is_error][:3],
        "errors": sum(p.is_error for p in result.problems),
    }


def run_all() -> dict[str, dict]:
    """Every case in a fresh process of its own."""
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        (content / "realself").mkdir(parents=True)
        for name, (what, make, overrides) in CASES.items():
            path = content / "realself" / f"{name}.yaml"
            path.write_text(make(), encoding="utf-8")
            command = [sys.executable, __file__, "--one", str(path), str(content)]
            command += ["--settings", json.dumps(overrides)]
            done = subprocess.run(
                command, capture_output=True, text=True, check=True, cwd=folder
            )
            results[name] = {"what": what, **json.loads(done.stdout)}
            path.unlink()
    return results


def table(results: dict[str, dict]) -> str:
    rows = [
        f"{'case':26} {'file':>9} {'time':>9} {'python':>9} {'rss':>9}  first message",
    ]
    for name, r in results.items():
        rows.append(
            f"{name:26} {r['file_bytes'] / MB:7.2f}MB {r['seconds'] * 1000:7.1f}ms "
            f"{r['python_peak_bytes'] / MB:7.2f}MB {r['rss_growth_bytes'] / MB:7.2f}MB"
            f"  {(r['messages'] or ['(none)'])[0]}"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--one", nargs=2, metavar=("FILE", "CONTENT"))
    parser.add_argument("--settings", default="{}")
    args = parser.parse_args()
    if args.one:
        path, content = (Path(p) for p in args.one)
        print(json.dumps(measure_one(path, content, json.loads(args.settings))))
        return
    results = run_all()
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(table(results))
    slow = [n for n, r in results.items() if r["seconds"] > TARGET_SECONDS]
    big = [
        n
        for n, r in results.items()
        if max(r["python_peak_bytes"], r["rss_growth_bytes"]) > TARGET_BYTES
    ]
    print(f"\ntarget: under {TARGET_SECONDS * 1000:.0f} ms and {TARGET_BYTES // MB} MB")
    print(f"over the time target: {slow or 'none'}")
    print(f"over the memory target: {big or 'none'}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
