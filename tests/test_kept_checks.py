"""Checked documents kept between builds in one process (kept_checks.py): the
next build gives exactly what checking every document again gives, and a
document is checked again when it, or a file it names, changes."""

from __future__ import annotations

import pytest

from pelican.plugins.realself import collect, kept_checks

from conftest import touch

SAM = """\
kind: profile
name: Sam Rivera
photo: {src: "{static}/images/sam.jpg", alt: Sam on a ridge}
story: I fix bikes. See [my shop]({static}/images/shop.jpg).
---
kind: offer
profile: sam
slug: tune-up
title: A tune-up
claim: "{static}/files/form.pdf"
"""
LEE = """\
kind: profile
name: Lee Park
pronouns: 42
links: [{label: Site, url: "javascript:alert(1)"}]
"""
OTHERS = """\
kind: note
profile: sam
quote: He fixed my bike for free.
who: Kim
consent: true
---
kind: recipe
name: Soup
---
- a list, not a document
"""


@pytest.fixture
def builds(site, monkeypatch):
    """Build the site with every build's collection and count of checks kept."""
    monkeypatch.setattr(kept_checks.KeptChecks, "_last", {})
    seen = []
    real_collect, real_done = collect.collect, kept_checks.KeptChecks.done

    def done(self):  # called once a build, inside collect
        seen.append({"checked": self.checked})
        real_done(self)

    def collecting(*args, **kwargs):
        seen[-1]["collection"] = real_collect(*args, **kwargs)
        return seen[-1]["collection"]

    monkeypatch.setattr(collect, "collect", collecting)
    monkeypatch.setattr(kept_checks.KeptChecks, "done", done)
    site.write("images/sam.jpg", b"jpg")
    site.write("images/shop.jpg", b"jpg")
    site.write("realself/sam.yaml", SAM)
    site.write("realself/lee.yaml", LEE)
    site.write("realself/others.yaml", OTHERS)

    def build(fresh: bool = False):
        if fresh:  # nothing kept: the plain path
            monkeypatch.setattr(kept_checks.KeptChecks, "_last", {})
        site.build()
        return seen[-1]

    return build


def view(collection) -> dict:
    """What a collection holds, comparable between builds."""

    def items(found):
        return [(i.model, i.doc.source, i.doc.index, i.path) for i in found]

    return {
        "problems": [str(p) for p in collection.problems],
        "profiles": items(collection.profiles),
        "notes": items(collection.notes),
        "offers": items(collection.offers),
        "skipped": collection.skipped,
        "primary": collection.primary and collection.primary.doc.source,
        "held_back": collection.held_back,
    }


def test_the_next_build_keeps_every_check_and_collects_the_same(builds):
    first = builds()
    second = builds()
    assert first["checked"] == 6  # two profiles, an offer, a note, two not documents
    assert second["checked"] == 0
    assert [first["collection"].checked, second["collection"].checked] == [6, 0]
    assert view(second["collection"]) == view(first["collection"])
    problems = view(first["collection"])["problems"]
    assert any("lee.yaml:4:28: links[0].url:" in p for p in problems), problems
    assert any("recipe" in p for p in problems), problems


@pytest.mark.parametrize(
    "change, rechecked",
    [
        # a file a document names goes, and comes back
        (lambda site: (site.content / "images/sam.jpg").unlink(), 1),
        # a Markdown link's file is Pelican's to report: the same answer
        (lambda site: (site.content / "images/shop.jpg").unlink(), 0),
        (lambda site: site.write("files/form.pdf", b"pdf"), 1),
        # the document itself, or only where its values are
        (lambda site: touch(site.content / "realself/lee.yaml", LEE + "bio: x\n"), 1),
        (lambda site: touch(site.content / "realself/lee.yaml", "\n" + LEE), 1),
        (lambda site: touch(site.content / "realself/lee.yaml", LEE + "# x\n"), 0),
    ],
    ids=["photo gone", "linked file gone", "claim file made", "field", "moved", "no"],
)
def test_a_change_checks_again_what_it_touches(builds, site, change, rechecked):
    builds()
    change(site)
    kept = builds()
    assert kept["checked"] == rechecked
    fresh = builds(fresh=True)
    assert view(kept["collection"]) == view(fresh["collection"])


def test_another_model_for_a_kind_checks_again(builds, monkeypatch):
    from pelican.plugins.realself.models import validate

    builds()

    class Note(validate.KINDS["note"]):
        pass

    monkeypatch.setitem(validate.KINDS, "note", Note)
    again = builds()
    assert again["checked"] == 1  # the note
    fresh = builds(fresh=True)
    assert view(again["collection"]) == view(fresh["collection"])
