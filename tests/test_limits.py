"""Hostile files and folders are refused quickly, with a located message, in
little memory.

The figures come from bench/limits.py (each case in a fresh process); run
``pytest -s -k limits`` or ``python bench/limits.py`` to see them. The target
is 100 ms and 64 MB per case; times are printed, never asserted (the machine
is shared): what is asserted is the work's outcome and its memory, and that
every case finishes (a hang or quadratic work is a case that does not).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from hostile import listening

from pelican.plugins.realself.limits import Limits
from pelican.plugins.realself.load import load_text
from pelican.plugins.realself.problems import MAX_PER_FILE

from conftest import REPO

BENCH = REPO / "bench" / "limits.py"
MB = 1024 * 1024
LOCATED = re.compile(r"^content/realself/[\w.-]+\.yaml:\d+:\d+: \S")


def bench_cases():
    sys.path.insert(0, str(BENCH.parent))
    try:
        import limits
    finally:
        sys.path.remove(str(BENCH.parent))
    return limits.CASES


@pytest.fixture(scope="module")
def figures():
    done = subprocess.run(
        [sys.executable, str(BENCH), "--json", "--timeout", "300"],
        capture_output=True,
        text=True,
        check=True,
        timeout=3000,
    )
    return json.loads(done.stdout)


def test_every_hostile_case_is_handled_and_small(figures):
    lines = []
    for name, r in figures.items():
        if "hung" in r:
            lines.append(f"{name:26} did not finish in {r['hung']} s")
            continue
        lines.append(
            f"{name:26} {r['seconds'] * 1000:8.1f} ms  python peak "
            f"{r['python_peak_bytes'] / MB:6.2f} MB  rss growth "
            f"{r['rss_growth_bytes'] / MB:6.2f} MB  {r['lines']:3} lines  "
            f"{(r['messages'] or ['(none)'])[0]}"
        )
    print("\n" + "\n".join(lines))
    assert [name for name, r in figures.items() if "hung" in r] == []
    for name, r in figures.items():
        if r["errors_expected"]:
            assert r["errors"] >= 1, name
            assert LOCATED.match(r["messages"][0]), (name, r["messages"])
        else:
            assert r["errors"] == 0, (name, r["messages"])
        # a refused field costs that field; a refused file, everything in it
        assert bool(r["built"]) == r["built_expected"], (name, r["built"])
        assert r["lines"] <= MAX_PER_FILE + 1, name  # capped, with a count
        assert r["python_peak_bytes"] < r["max_bytes"], name
        assert r["rss_growth_bytes"] < r["max_bytes"], name


def test_the_cases_named_by_the_issues(figures):
    expected = {
        "alias-bomb": "this alias would grow the document past 10,000 values",
        "file-50mb": "file is 52,428,800 bytes; the limit is 1,000,000",
        "nesting-1000": "nested more than 40 levels deep",
        "string-10mb": "file is 10,485,792 bytes; the limit is 1,000,000",
        "string-10mb-limit-raised": "text is 10,485,760 characters long",
        "fifo": "is a named pipe (FIFO), not a file",
        "overindented": "this line is indented more than the line above",
        "hidden-line-breaks": "the invisible line break U+2028",
        "unknown-keys": "unknown field",
    }
    for name, words in expected.items():
        assert words in figures[name]["messages"][0], figures[name]["messages"]
    # the first 20 messages (unknown fields, voice hints), then the count
    assert figures["unknown-keys"]["lines"] == MAX_PER_FILE + 1


def test_hostile_files_in_a_real_build(site, problems):
    """Next to a good profile: each refused, located, and the site builds.

    Folder shapes (a FIFO, link loops) are built in a subprocess with a
    timeout in test_hostile_regressions.py: in-process, a hang would stop
    the whole suite.
    """
    cases = {n: c for n, c in bench_cases().items() if not c.shape}
    site.write("realself/good.yaml", "kind: profile\nname: Good\n")
    for name, case in cases.items():
        case.write(site.content / "realself", name)
    with listening():
        site.build()
    assert "Good" in site.read("about/good/index.html")
    said = {m.split(":", 1)[0] for m in problems() if LOCATED.match(m)}
    with_errors = {n for n, c in cases.items() if c.errors}
    assert said == {f"content/realself/{name}.yaml" for name in with_errors}
    built = {p.parent.name for p in (site.output / "about").glob("*/index.html")}

    def from_case(name: str) -> bool:
        return any(slug == name or slug.startswith(name + "-") for slug in built)

    # without its raised limit, string-10mb-limit-raised is refused by size
    expected = {n for n, c in cases.items() if c.built and not c.settings}
    assert {n for n in cases if from_case(n)} == expected
    assert "good" in built
    assert "[[[" not in site.read("about/markdown-brackets/index.html")


# -- the loader's limits, one by one --------------------------------------------


def test_too_many_documents_stops_reading_with_one_message():
    text = "---\nkind: note\nquote: q\nwho: w\n" * 5
    docs, found = load_text(text, "x.yaml", Limits(max_documents=3))
    assert len(docs) == 3
    assert [str(p) for p in found] == [
        "x.yaml:13:1: file has more than 3 documents; split it into several files"
    ]


def test_a_value_longer_than_the_text_limit_is_refused_where_it_is():
    text = "kind: profile\nname: Sam\nstory: " + "x" * 101 + "\nheadline: ok\n"
    docs, found = load_text(text, "x.yaml", Limits(max_text=100))
    assert [str(p) for p in found] == [
        "x.yaml:3:8: story: text is 101 characters long; the limit is 100"
    ]
    assert docs[0].broken


def test_after_a_refusal_a_huge_rest_is_not_read():
    """Skipping to the end of a refused document is bounded too."""
    text = "kind: profile\nvalues: [" + ", ".join(["v"] * 50) + "]\n---\nkind: x\n"
    docs, found = load_text(text, "x.yaml", Limits(max_nodes=10))
    assert [str(p) for p in found] == [
        "x.yaml:2:37: values[9]: document has more than 10 values; split it up",
        "x.yaml:2:70: the rest of this file was not read; fix the problem above",
    ]
    assert not docs[0].complete


def test_nesting_libyaml_refuses_is_reported_like_ours():
    """libyaml reads flow brackets ahead and has its own depth limit (1,000)."""
    text = "kind: profile\nname: Sam\nstory: " + "[" * 1001 + "]" * 1001 + "\n"
    _, found = load_text(text, "x.yaml")
    assert [str(p) for p in found] == ["x.yaml:3:8: nested more than 40 levels deep"]
