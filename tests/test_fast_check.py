"""The fast check (models/fast_check.py) against pydantic (models/validate.py).

A plainly valid document is checked without importing pydantic; anything the
fast check is not sure of goes to pydantic. It may decline anything, but what
it accepts must be exactly what pydantic makes: these tests hold the two
equal on every document of the sample site and our fixture sites and on a
corpus of their mutations, and check that the fast check is really used.
"""

from __future__ import annotations

import copy
import datetime as dt
import subprocess
import sys
import textwrap
from typing import Any

import pytest
import showcase
from pydantic import StrictBool

from pelican.plugins.realself.collect import file_checker
from pelican.plugins.realself.load import load_text
from pelican.plugins.realself.models import fast_check, make_shapes, shapes
from pelican.plugins.realself.models.fields import Model, Text
from pelican.plugins.realself.models.records import RECORDS, Record, from_model
from pelican.plugins.realself.models.validate import KINDS, validate

from conftest import REPO

CONTENT = REPO / "content"


def documents(text: str, source: str) -> list:
    docs, problems = load_text(text, source)
    assert [p for p in problems if p.is_error] == [], problems
    return docs


def sample_site() -> list:
    out = []
    for path in sorted((CONTENT / "realself").rglob("*.yaml")):
        with open(path, encoding="utf-8") as file:
            out += documents(file.read(), str(path))
    return out


def fixture_sites() -> list:
    texts = [showcase.PROFILE, showcase.SECOND, showcase.OFFERS]
    texts += [
        p.read_text() for p in sorted((REPO / "tests/voice_corpus").glob("*.yaml"))
    ]
    return [
        doc for n, text in enumerate(texts) for doc in documents(text, f"f{n}.yaml")
    ]


CHECK_FILE = file_checker(str(CONTENT), str(CONTENT / "realself" / "teo.yaml"))


def exact(value: Any) -> Any:
    """A value with every type spelled out: date and datetime, str and its
    subclasses, list and tuple compare unequal here."""
    if isinstance(value, Record):
        return (type(value).__name__, {k: exact(v) for k, v in value.as_dict().items()})
    if isinstance(value, list | tuple):
        return (type(value).__name__, [exact(v) for v in value])
    return (type(value).__name__, value)


def both(doc, check_file=CHECK_FILE) -> tuple[Record | None, Any, list]:
    """(fast check's record or None, pydantic's record or None, its problems)."""
    budget = [fast_check.DOCUMENT_MARKDOWN_BUDGET]
    fast = fast_check.check(doc, check_file, budget)
    if fast is None:
        assert budget == [fast_check.DOCUMENT_MARKDOWN_BUDGET], "budget not given back"
    model, found = validate(doc, KINDS[doc.data["kind"]], check_file=check_file)
    return fast, from_model(model) if model is not None else None, found


def agree(doc, check_file=CHECK_FILE) -> bool:
    """The fast check declines, or gives exactly pydantic's record; True when used."""
    fast, slow, found = both(doc, check_file)
    if fast is None:
        return False
    assert found == [] and slow is not None, (doc.data, found)
    assert exact(fast) == exact(slow), doc.data
    assert fast == slow
    return True


# -- the shapes are made from the models -----------------------------------------
def test_the_shipped_shapes_are_what_the_models_make_now():
    shipped = (REPO / "src/pelican/plugins/realself/models/shapes.py").read_text()
    assert shipped == make_shapes.text(), f"run {make_shapes.COMMAND}"
    assert set(shapes.KINDS) == set(KINDS)


def test_a_type_the_fast_check_does_not_know_stops_the_generator():
    class Odd(Model):
        name: Text
        weight: float = 1.0

    with pytest.raises(make_shapes.UnknownShape, match=r"Odd\.weight"):
        make_shapes.shapes({"odd": Odd})

    class Loose(Model):
        model_config = {**Model.model_config, "extra": "ignore"}
        flag: StrictBool = False

    with pytest.raises(make_shapes.UnknownShape, match="Loose: model settings"):
        make_shapes.shapes({"loose": Loose})

    class Dated(Model):
        name: Text = {"a": 1}  # a default shapes.py could not spell

    with pytest.raises(make_shapes.UnknownShape, match=r"Dated\.name: a default"):
        make_shapes.shapes({"dated": Dated})


# -- equal to pydantic, and used --------------------------------------------------
def test_every_valid_document_of_the_sample_site_is_checked_fast_and_equal():
    docs = sample_site()
    assert {doc.data["kind"] for doc in docs} == {"profile", "note", "offer"}
    for doc in docs:
        assert agree(doc), f"{doc.source}: declined a valid document"


def test_fixture_sites_are_checked_fast_and_equal():
    docs = fixture_sites()
    # their {static} files are in the sites they build, not in content/
    declined = [doc.source for doc in docs if not agree(doc, check_file=None)]
    assert len(docs) > 15 and declined == []


# Values a field may get instead of its own: each one of them either makes the
# fast check decline or gives the very value pydantic gives.
ODD_VALUES = [
    None,
    "",
    " ",
    "  spaced  ",
    "\ttabbed\n",
    "\u00a0nbsp",
    "trail\u2003",
    "sep\x1c",
    "\ud800",
    12,
    0,
    -1,
    1.5,
    True,
    False,
    [],
    ["x"],
    [" x "],
    [None],
    {},
    {"text": "x"},
    {"label": "L", "text": "T", "extra": 1},
    ("tuple",),
    "UPPER",
    "with space",
    "sam-rivera",
    "-dash",
    "pt-BR",
    "english",
    "https://example.com/x",
    " https://example.com/x ",
    "http:example.com",
    "example.com",
    "javascript:alert(1)",
    "mailto:sam@example.com",
    "/about/",
    "//evil.example",
    "{static}/images/teo.jpg",
    "{static}/images/missing.jpg",
    "{static}",
    "{filename}/pages/about.md",
    "https://example.com/" + "x" * 2100,
    "2026-11-01",
    " 2026-11-01 ",
    "2026-02-30",
    "2026-12-05T23:59",
    "2026-12-05 23:59+02:00",
    "2026-12-05T23:59+02:60",
    "9999-01-01",
    dt.date(2026, 3, 1),
    dt.datetime(2026, 3, 1, 12, 0),
    dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
    "published",
    "hidden",
    "Published",
    1_000_000,
    1_000_001,
    "[link](https://example.com) " * 3,
    ("[" * 3000 + "x\n") * 2,
    "see [the file]({static}/images/missing.jpg)",
    "see [the file]({static}/realself/teo.yaml)",
]


def mutations(data: dict) -> list[dict]:
    """Each field (one level into groups and list items too) missing, or
    holding each of ODD_VALUES, plus an unknown key at each level."""
    out = [{**data, "unknown_key": "x"}]
    places: list[tuple[Any, ...]] = [()]
    for key, value in data.items():
        if isinstance(value, dict):
            places.append((key,))
        if isinstance(value, list) and value and isinstance(value[0], dict):
            places.append((key, 0))
    for place in places:
        for key in list(_at(data, place)):
            for odd in ["<missing>", *ODD_VALUES]:
                changed = copy.deepcopy(data)
                target = _at(changed, place)
                if odd == "<missing>":
                    del target[key]
                else:
                    target[key] = copy.deepcopy(odd)
                out.append(changed)
        if place:
            changed = copy.deepcopy(data)
            _at(changed, place)["unknown_key"] = 1
            out.append(changed)
    if isinstance(data.get("photo"), list) and data["photo"]:
        out.append({**data, "photo": data["photo"][0]})  # one mapping for the list
    return out


def _changed(doc: Any, **changes: Any) -> Any:
    """A copy of the document ``doc`` with some of its attributes changed."""
    changed = copy.copy(doc)
    vars(changed).update(changes)
    return changed


def _at(data: Any, place: tuple[Any, ...]) -> Any:
    for part in place:
        data = data[part]
    return data


def test_mutated_documents_are_declined_or_equal():
    docs = sample_site() + fixture_sites()[:3]
    used = declined = 0
    for doc in docs:
        for data in mutations(doc.data):
            if not isinstance(data.get("kind"), str) or data["kind"] not in KINDS:
                assert fast_check.check(_changed(doc, data=data)) is None
                continue
            if agree(_changed(doc, data=data)):
                used += 1
            else:
                declined += 1
    # both ways are really taken: a check that declines everything proves nothing
    assert used > 500 and declined > 500, (used, declined)


def test_a_document_with_a_part_the_loader_refused_goes_to_pydantic():
    (doc,) = documents("kind: note\nquote: Hi\nwho: Ana\n", "n.yaml")
    assert fast_check.check(doc) is not None
    assert fast_check.check(_changed(doc, reported={("who",)})) is None


def test_markdown_budget_is_shared_and_given_back_when_declined():
    story = "[a](https://example.com) " * 20
    text = f"kind: profile\nname: Sam\nstory: '{story}'\n"
    (doc,) = documents(text, "p.yaml")
    budget = [10**9]
    assert fast_check.check(doc, None, budget) is not None
    assert budget[0] < 10**9  # the story spent some
    spent = 10**9 - budget[0]
    budget = [spent - 1]  # a little less than it costs: pydantic says why
    assert fast_check.check(doc, None, budget) is None and budget == [spent - 1]


# -- records ------------------------------------------------------------------------
def test_records_are_read_only_copyable_and_plain():
    (doc,) = documents("kind: offer\ntitle: Hour\nslug: hour\n", "o.yaml")
    offer = fast_check.check(doc)
    assert type(offer) is RECORDS["Offer"] and offer.title == "Hour"
    with pytest.raises(AttributeError):
        offer.title = "x"
    other = offer.model_copy(update={"profile": "sam"})
    assert other.profile == "sam" and offer.profile is None and other != offer
    assert repr(offer).startswith("Offer(kind='offer', slug='hour'")
    with pytest.raises(TypeError):
        offer.model_copy(update={"nope": 1})
    import pickle

    assert pickle.loads(pickle.dumps(offer)) == offer


# -- a whole build -----------------------------------------------------------------
BUILD = """
import sys
from pelican import Pelican
from pelican.settings import read_settings
settings = read_settings(path=None, override={{
    "PATH": {content!r}, "OUTPUT_PATH": {output!r},
    "PLUGINS": ["pelican.plugins.realself"], "TIMEZONE": "UTC",
    "FEED_ALL_ATOM": None, "CATEGORY_FEED_ATOM": None,
    "AUTHOR_FEED_ATOM": None, "AUTHOR_FEED_RSS": None,
    "REALSELF_NOW": "2026-11-25", "REALSELF_VOICE_WARNINGS": False,
}})
Pelican(settings).run()
print("PYDANTIC", "pydantic" in sys.modules)
"""

CHECK = """
import sys
from pelican.plugins.realself.cli import main
main(["check", {content!r}])
print("PYDANTIC", "pydantic" in sys.modules)
"""

PROFILE = """kind: profile
slug: sam
name: Sam Rivera
story: I fix bikes and [write](https://example.com) about it.
facets:
  - {label: Dog, text: Biscuit.}
links:
  - {label: Code, url: "https://example.com/sam", me: true}
"""
NOTE = "kind: note\nquote: Thank you.\nwho: Ana\nconsent: true\ndate: 2026-10-01\n"
OFFER = "kind: offer\nslug: hour\ntitle: An hour\nspots: 3\ncloses: 2026-12-24\n"


def build(tmp_path, profile: str, script: str = BUILD) -> subprocess.CompletedProcess:
    """Write the three documents and run ``script`` on them in a fresh process."""
    content = tmp_path / "content" / "realself"
    content.mkdir(parents=True, exist_ok=True)
    (content / "sam.yaml").write_text(profile)
    (content / "notes.yaml").write_text(NOTE)
    (content / "offers.yaml").write_text(OFFER)
    script = script.format(
        content=str(tmp_path / "content"), output=str(tmp_path / "out")
    )
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )


def test_a_valid_site_builds_without_importing_pydantic(tmp_path):
    done = build(tmp_path, PROFILE)
    assert "PYDANTIC False" in done.stdout, done.stdout + done.stderr
    page = (tmp_path / "out" / "about" / "sam" / "index.html").read_text()
    assert "Biscuit." in page and "Thank you." in page and "An hour" in page
    # nor does `realself check`
    done = build(tmp_path, PROFILE, CHECK)
    assert "PYDANTIC False" in done.stdout, done.stdout + done.stderr
    assert "1 profile(s), 1 published note(s), 1 offer(s); 0 error(s)" in done.stdout


def test_a_mistake_still_gets_its_located_message_from_pydantic(tmp_path):
    done = build(tmp_path, PROFILE.replace("me: true", "me: 'yes'"))
    assert "PYDANTIC True" in done.stdout, done.stdout + done.stderr
    said = done.stdout + done.stderr
    assert "realself/sam.yaml:8:" in said and "links[0].me" in said, said
    page = (tmp_path / "out" / "about" / "sam" / "index.html").read_text()
    assert "Biscuit." in page  # the rest of the profile still builds
