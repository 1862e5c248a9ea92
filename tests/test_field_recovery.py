"""A mistake costs what it touches: the field or list item, not the person.

One profile with a mistake in every field it can do without is still built
from the rest, each mistake located and still an error for CI. A document
that cannot stand (no name, no title) is left out once, and whatever names it
says so, pointing at the real cause. Notes and offers without ``profile:``
belong to the primary profile.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pelican.log import LimitFilter

from conftest import REPO, Site

REALSELF = shutil.which("realself", path=str(Path(sys.executable).parent))

FLAWED = """\
kind: profile
name: Sam Rivera
pronoun: she/her
headline: I fix bikes and I talk too much while I do it.
photo: {src: "https://example.com/sam.jpg"}
facets:
  - label: Mornings
    text: Porridge and the radio.
  - label: Broken
    text: [not, text]
  - label: My dog
    text: Biscuit, who is afraid of bicycles.
links:
  - label: Home
    url: "javascript:alert(1)"
  - label: Mastodon
    url: "https://example.social/@sam"
now:
  updated: 2026-02-30
  text: Learning to bake rye bread.
values:
  - Say what I mean
  - [a, list]
  - Give before I ask
"""

FLAWED_MESSAGES = [
    "content/realself/sam.yaml:3:1: pronoun: unknown field; did you mean 'pronouns'?",
    "content/realself/sam.yaml:5:8: photo.alt: is required: a few words describing "
    "the photo, for people who cannot see it",
    "content/realself/sam.yaml:10:11: facets[1].text: must be text, got a list",
    "content/realself/sam.yaml:15:10: links[0].url: javascript: links are not "
    "allowed; use https://, http://, mailto: or a path on this site",
    "content/realself/sam.yaml:19:12: now.updated: 2026-02-30 is not a real date "
    "(February 2026 has 28 days)",
    "content/realself/sam.yaml:23:5: values[1]: must be text, got a list",
]


def _build(root: Path, files: dict[str, str], **settings) -> tuple[Site, list[str]]:
    """Build a site once for a module; return it with our messages."""
    site = Site(root)
    for name, text in files.items():
        site.write(name, text)
    handler = _Collect()
    logger = logging.getLogger("pelican.plugins.realself")
    logger.addHandler(handler)
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()
    try:
        site.build(**settings)
    finally:
        logger.removeHandler(handler)
    return site, handler.messages


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def _build_once(factory, name: str, files: dict[str, str]) -> tuple[Site, list[str]]:
    """One build shared by a module's tests; messages name content/... files."""
    root = factory.mktemp(name)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        patch.setattr(LimitFilter, "LOGS_DEDUP_MIN_LEVEL", logging.DEBUG)
        return _build(root, files)


@pytest.fixture(scope="module")
def flawed(tmp_path_factory):
    return _build_once(tmp_path_factory, "flawed", {"realself/sam.yaml": FLAWED})


def test_each_mistake_is_one_located_error(flawed):
    _, messages = flawed
    assert messages == FLAWED_MESSAGES


def test_the_page_is_built_from_the_rest(flawed):
    site, _ = flawed
    page = site.html("about/sam/index.html")
    card = page.select_one("article.h-card")
    assert card.select_one(".p-name").get_text() == "Sam Rivera"
    text = card.get_text(" ")
    assert "I fix bikes" in text
    # the facets and list items around the bad ones are kept, in order
    assert "Porridge and the radio." in text and "afraid of bicycles" in text
    assert "Broken" not in text
    assert "Say what I mean" in text and "Give before I ask" in text
    # the good link stays; the refused one and the photo without alt are gone
    assert card.select_one('a[href="https://example.social/@sam"]') is not None
    assert "javascript" not in site.read("about/sam/index.html")
    assert card.select_one("img") is None
    assert "rye bread" not in text  # `now` cannot stand without its date


def test_check_still_fails_on_every_one(flawed, tmp_path):
    """CI stops: `realself check` counts each field mistake as an error."""
    site, _ = flawed
    (site.root / "pelicanconf.py").write_text(
        'PATH = "content"\nTIMEZONE = "UTC"\nREALSELF_NOW = "2026-11-25"\n'
    )
    result = subprocess.run(
        [REALSELF, "check"], cwd=site.root, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1, result.stdout + result.stderr
    for message in FLAWED_MESSAGES:
        where, what = re.match(r"(\S+:\d+:\d+): (.*)", message).groups()
        assert f"{where}: error: {what}" in result.stdout
    assert "6 error(s)" in result.stdout.splitlines()[-1]


# -- a document that cannot stand, and what names it ---------------------------

NAMELESS = """\
kind: profile
slug: sam
nmae: Sam Rivera
headline: I fix bikes.
"""
DEPENDENTS = {
    "realself/notes.yaml": """\
kind: note
profile: sam
quote: She fixed my bike and my week.
who: Ana
consent: true
---
kind: note
quote: Best chain advice ever.
who: Rui
consent: true
""",
    "realself/gift.yaml": """\
kind: offer
profile: sam
title: A free tune-up
""",
    "post.md": """\
Title: A post
Date: 2026-11-01

[realself:offer gift]

[realself:profile sam]
""",
}


@pytest.fixture(scope="module")
def nameless(tmp_path_factory):
    files = {"realself/sam.yaml": NAMELESS, **DEPENDENTS}
    return _build_once(tmp_path_factory, "nameless", files)


def test_one_root_cause_one_line_per_dependent(nameless):
    _, messages = nameless
    cause = "see content/realself/sam.yaml:3:1"
    assert sorted(messages) == sorted(
        [
            "content/realself/sam.yaml:3:1: nmae: unknown field; did you mean 'name'?",
            f"content/realself/notes.yaml:2:10: profile: 'sam' was skipped: {cause}",
            f"content/realself/notes.yaml:7:1: profile 'sam' was skipped: {cause}",
            f"content/realself/gift.yaml:2:10: profile: 'sam' was skipped: {cause}",
            f"content/post.md:4:1: offer 'gift' was skipped: {cause}",
            f"content/post.md:6:1: profile 'sam' was skipped: {cause}",
        ]
    )
    assert not any("known: none yet" in m or "unknown" in m[-30:] for m in messages)


def test_a_skipped_document_writes_nothing(nameless):
    site, _ = nameless
    assert not site.exists("about/sam/index.html")
    assert not site.exists("give/gift/index.html")
    assert "Best chain advice" not in "".join(
        p.read_text(encoding="utf-8") for p in site.output.rglob("*.html")
    )


# -- owner by default -------------------------------------------------------------


def test_the_sample_site_with_a_second_profile_builds_every_note_and_offer(
    tmp_path, monkeypatch, problems
):
    """A co-author joins: the primary profile keeps its notes and offers."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(REPO / "content", tmp_path / "content")
    site = Site(tmp_path)
    site.write(
        "realself/jo.yaml",
        "kind: profile\nname: Jo Okafor\nheadline: I write the other half.\n",
    )
    site.build(THEME=str(REPO / "themes" / "realself"))
    assert [m for m in problems() if "jo.yaml" not in m] == []
    teo = site.html("about/teo/index.html")
    notes = teo.select(".realself-note")
    assert len(notes) == 3  # every note with consent; the fourth has none
    offers = sorted(p.name for p in (site.output / "give").iterdir() if p.is_dir())
    assert offers == [
        "counter-letter-workbook",
        "first-letter-review",
        "letter-circle",
        "spring-coaching",
    ]
    jo = site.html("about/jo/index.html")
    assert jo.select(".realself-note") == []


def test_without_a_primary_the_error_lists_the_slugs(site, problems):
    site.write("realself/ann.yaml", "kind: profile\nname: Ann\n")
    site.write("realself/bo.yaml", "kind: profile\nname: Bo\n")
    site.write("realself/gift.yaml", "kind: offer\ntitle: A gift\n")
    site.build()
    assert problems() == [
        "content/realself/gift.yaml:1:1: profile: is required when there are "
        "several profiles and none is 'primary: true' (profiles: ann, bo)"
    ]


def test_a_skipped_primary_keeps_its_notes_from_the_other_profile(site, problems):
    """Notes meant for the primary never go to the co-author instead."""
    site.write("realself/ann.yaml", "kind: profile\nprimary: true\nname: ''\n")
    site.write("realself/bo.yaml", "kind: profile\nname: Bo\n")
    site.write(
        "realself/note.yaml", "kind: note\nquote: Kind words.\nwho: Cy\nconsent: true\n"
    )
    site.build()
    assert problems() == [
        "content/realself/ann.yaml:3:7: name: must not be empty",
        "content/realself/note.yaml:1:1: profile 'ann' was skipped: "
        "see content/realself/ann.yaml:3:7",
    ]
    assert "Kind words" not in site.read("about/bo/index.html")


# -- offers: what an offer cannot do without ----------------------------------------


def test_closes_before_opens_leaves_out_that_offer_only(site, problems):
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\n")
    site.write(
        "realself/offers.yaml",
        "kind: offer\nslug: backwards\ntitle: Backwards\n"
        "opens: 2026-12-05\ncloses: 2026-12-01\n---\n"
        "kind: offer\nslug: fine\ntitle: Fine\n",
    )
    site.write("post.md", "Title: P\nDate: 2026-11-01\n\n[realself:offer backwards]\n")
    site.build()
    assert problems() == [
        "content/realself/offers.yaml:5:9: closes: is not after 'opens'",
        "content/post.md:4:1: offer 'backwards' was skipped: "
        "see content/realself/offers.yaml:5:9",
    ]
    assert site.exists("give/index.html") and site.exists("give/fine/index.html")
    assert not site.exists("give/backwards/index.html")


def test_a_bad_consent_line_never_publishes_and_says_so_once(site, problems):
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\n")
    site.write(
        "realself/note.yaml", "kind: note\nquote: Kind words.\nwho: Cy\nconsent: yes\n"
    )
    site.build()
    assert problems() == [
        "content/realself/note.yaml:4:10: consent: must be true or false, "
        "got the text 'yes'"
    ]
    assert "Kind words" not in site.read("about/sam/index.html")
    assert "Kind words" not in site.read("realself.json")
