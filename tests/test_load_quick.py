"""The YAML builder's quick path for plain scalars (load._Builder.quick) reads
exactly what the general path (_Builder.feed) reads: the same data, positions,
key positions and problems, valid document or not."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hostile import TRICKY, files, join
from hypothesis import given, settings

from pelican.plugins.realself import load
from pelican.plugins.realself.limits import DEFAULT_LIMITS

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
import sites  # noqa: E402


def both_ways(text: str, limits=DEFAULT_LIMITS) -> tuple:
    """load_text's result with the quick path, then with feed() alone."""
    quick = load.load_text(text, "x.yaml", limits)
    plain_builder = type(
        "PlainBuilder", (load._Builder,), {"quick": load._Builder.feed}
    )
    original = load._Builder
    load._Builder = plain_builder
    try:
        plain = load.load_text(text, "x.yaml", limits)
    finally:
        load._Builder = original
    return quick, plain


def assert_same(text: str, limits=DEFAULT_LIMITS) -> None:
    (docs, problems), (plain_docs, plain_problems) = both_ways(text, limits)
    assert problems == plain_problems
    assert [vars(d) for d in docs] == [vars(d) for d in plain_docs]
    # the same types too: True is not 1, "1" is not 1
    assert [repr(d.data) for d in docs] == [repr(d.data) for d in plain_docs]


def test_the_quick_path_is_taken():
    calls = []
    quick = load._Builder.quick

    def counting(self, event):
        calls.append(type(event).__name__)
        return quick(self, event)

    load._Builder.quick = counting
    try:
        load.load_text(sites.profile_yaml(1), "x.yaml")
    finally:
        load._Builder.quick = quick
    assert calls.count("ScalarEvent") > 40


SAMPLES = [
    sites.profile_yaml(0, primary=True),
    sites.note_yaml(3, "person-0"),
    sites.offer_yaml(2, "person-0"),
    *(p.read_text("utf-8") for p in sorted((REPO / "content").rglob("*.yaml"))),
    # keys and values the strict resolver reads apart
    "true: 1\nfalse: no\n1: x\n012: y\nnull: z\n",
    "a: true\nb: True\nc: FALSE\nd: yes\ne: ~\nf: null\ng:\nh: 012\ni: -0\n",
    "big: 123456789012345678\nbigger: 1234567890123456789\nneg: -12\nplus: +3\n",
    "list: [true, 1, ~, '1', \"true\", x, 0x1F, 1.10]\n",
    "~: empty key\n",
    ": no key\n",
    "? [a, b]\n: list as key\n",
    "dup: 1\ndup: 2\n",
    "<<: merge\n",
    "a: &one x\nb: *one\n",
    "a: !!str 1\nb: !!int x\nc: !custom y\n",
    "a: bad\x01char\n",
    "just a scalar\n",
    "- top\n- level\n- list\n",
    "a: 1\n---\nb: 2\n---\n",
    "a: [x, {b: c, d: [e, f]}]\n",
    "headline: I'm #1 here\nstory: plain\n",
    *(f"value: {t}\n" for t in TRICKY if "\n" not in t),
]


@pytest.mark.parametrize("text", SAMPLES)
def test_same_on_samples(text):
    assert_same(text)


def test_same_at_the_limits():
    tight = DEFAULT_LIMITS._replace(max_nodes=5, max_text=10)
    assert_same("a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\n", tight)
    assert_same("a: [1, 2, 3, 4, 5, 6]\n", tight)
    assert_same("a: short\nb: far longer than ten\n", tight)
    assert_same(sites.profile_yaml(2), tight)


@settings(max_examples=300, deadline=None)
@given(files())
def test_same_on_broken_files(docs):
    assert_same(join(docs))
