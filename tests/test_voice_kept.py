"""The voice check's findings kept between builds (voice/kept.py): a profile
whose inputs are unchanged keeps its findings, any change checks it again, and
what is kept is always what the check would find now."""

from __future__ import annotations

import pytest
from pelican import Pelican
from pelican.settings import read_settings

from pelican.plugins.realself.generator import RealselfGenerator
from pelican.plugins.realself.voice import BUZZWORDS, check, kept

from conftest import touch

SAM = """\
kind: profile
name: Sam Rivera
pronouns: she/her
headline: I fix bikes.
story: |
  Sam Rivera fixes bikes in a small town -- she learned it from her dad.
reciprocity:
  gives: [I answer every email.]
  hopes: [Buy me a coffee if this helped.]
"""
LEE = """\
kind: profile
name: Lee Park
headline: I leverage synergy for bikes.
story: Mornings I walk the dog before I open the shop.
values: [Plain words]
"""
TUNE_UP = """\
kind: offer
slug: tune-up
profile: sam
title: A free tune-up
summary: I look at your bike.
asks: [Your email address for my newsletter]
closes: 2026-12-01
"""


def edit(name: str, old: str, new: str):
    def apply(site):
        path = site.content / "realself" / name
        text = path.read_text()
        assert old in text, (old, name)
        touch(path, text.replace(old, new, 1))

    return apply


def kept_and_fresh(site, change, second: dict | None = None, **settings):
    """Two builds in one process, caching on, ``change`` between them.

    Returns how many profiles each build checked, and for every profile of
    both builds (in order) its file, the findings it got and those the check
    finds now.
    """
    site.write("realself/sam.yaml", SAM)
    site.write("realself/lee.yaml", LEE)
    site.write("realself/tune-up.yaml", TUNE_UP)
    checked, pairs = [], []
    original_context = RealselfGenerator.generate_context
    original_call = kept.KeptFindings.__call__

    def counting(self):
        original_context(self)
        checked.append(self.voice_checked)

    def both(self, item, offers, render, options):
        got = original_call(self, item, offers, render, options)
        fresh = check.findings(item, offers, render, options)
        pairs.append((item.doc.source, got, fresh))
        return got

    base = site.cached_settings(REALSELF_VOICE_WARNINGS=True, **settings)
    RealselfGenerator.generate_context = counting
    kept.KeptFindings.__call__ = both
    try:
        Pelican(read_settings(path=None, override=dict(base))).run()
        change(site)
        base.update(second or {})
        Pelican(read_settings(path=None, override=dict(base))).run()
    finally:
        RealselfGenerator.generate_context = original_context
        kept.KeptFindings.__call__ = original_call
    return checked, pairs


def test_an_unchanged_profile_keeps_its_findings_and_they_are_the_checks(
    site, problems
):
    # The file changes (a comment at its end), its document does not.
    checked, pairs = kept_and_fresh(site, _comment)
    assert checked == [2, 0]
    assert all(got == fresh for _, got, fresh in pairs)
    assert all(got for _, got, _ in pairs)  # both profiles have findings to keep
    warnings = [m for m in problems() if "realself/" in m]
    first, second = warnings[: len(warnings) // 2], warnings[len(warnings) // 2 :]
    assert first == second  # the same located warnings, in the same order


def _comment(site):
    path = site.content / "realself" / "lee.yaml"
    touch(path, path.read_text() + "# edited\n")


@pytest.mark.parametrize(
    "change, second, rechecked",
    [
        (edit("sam.yaml", "learned it", "learned that"), None, 1),
        (edit("lee.yaml", "leverage synergy", "build wheels"), None, 1),
        (edit("sam.yaml", "she/her", "they/them"), None, 1),
        (edit("sam.yaml", "name: Sam Rivera", "name: Sam Ortiz"), None, 1),
        # the same document two lines down: its warnings move with it
        (edit("lee.yaml", "kind:", "# a comment\n\nkind:"), None, 1),
        (edit("tune-up.yaml", "I look at", "No strings attached: I look at"), None, 1),
        (edit("tune-up.yaml", "Your email", "A review"), None, 1),
        (edit("tune-up.yaml", "profile: sam", "profile: lee"), None, 2),
        # the clock: the offer closes, so the money hope is asked with nothing open
        (lambda site: None, {"REALSELF_NOW": "2026-12-05"}, 1),
        (lambda site: None, {"REALSELF_VOICE_BUZZWORDS_EXTRA": ["fix bikes"]}, 2),
        (lambda site: None, {"REALSELF_VOICE_BUZZWORDS_IGNORE": ["synerg*"]}, 2),
        (lambda site: None, {"DEFAULT_LANG": "fr"}, 2),
        # "--" becomes a dash in Sam's story only: Lee's HTML is the same
        (lambda site: None, {"MARKDOWN": {"extensions": ["smarty"]}}, 1),
    ],
    ids=[
        "story",
        "headline",
        "pronouns",
        "name",
        "lines moved",
        "offer summary",
        "offer asks",
        "offer's profile",
        "clock",
        "extra phrases",
        "ignored phrases",
        "language",
        "markdown",
    ],
)
def test_a_changed_input_checks_the_profile_again(site, change, second, rechecked):
    checked, pairs = kept_and_fresh(site, change, second)
    assert checked == [2, rechecked]
    assert all(got == fresh for _, got, fresh in pairs)


def test_findings_that_change_are_the_new_ones(site):
    # Lee's buzzwords go: the kept findings must not bring them back.
    change = edit("lee.yaml", "leverage synergy", "build wheels")
    checked, pairs = kept_and_fresh(site, change)
    lee = [got for source, got, _ in pairs if source.endswith("lee.yaml")]
    assert [kind for kind, _, _ in lee[0]] == [BUZZWORDS]
    assert lee[1] == []


def test_without_content_caching_every_profile_is_checked(site, monkeypatch):
    def no_key(*args):
        raise AssertionError("a key worked out with nothing to keep")

    # nothing is kept, so no key is worked out (the package's code, the inputs)
    monkeypatch.setattr(kept, "_code", no_key)
    monkeypatch.setattr(kept, "inputs", no_key)
    checked, pairs = kept_and_fresh(
        site, _comment, CACHE_CONTENT=False, LOAD_CONTENT_CACHE=False
    )
    assert checked == [2, 2]
    assert len(pairs) == 4
    assert all(got == fresh for _, got, fresh in pairs)
    assert any(got for _, got, _ in pairs)
