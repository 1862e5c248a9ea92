"""YAML that reads fine to a person and means something else to the parser:
each trap gets a message saying what happened and how to write it, at the
line where it happened.
"""

from __future__ import annotations

import pytest

TRAPS = {
    "comma-in-group": (
        "kind: profile\nname: Sam\n"
        'photo: {src: "https://example.com/a.jpg", alt: a ridge at sunrise, '
        "holding a thermos}\n"
    ),
    "comma-in-list": (
        "kind: profile\nname: Sam\nreciprocity:\n"
        "  hopes: [If something here helped, tell one friend.]\n"
    ),
    "hash": "kind: profile\nname: Sam\nheadline: I'm #1 at answering email\n",
    "curly-key": "kind: profile\nname: Sam\n\u201cpronouns\u201d: she/her\n",
    "colon-in-list": "kind: profile\nname: Sam\nvalues: [Note to self: breathe]\n",
    "colon-in-group": (
        "kind: profile\nname: Sam\nnow: {updated: 2026-11-01, text: Tea: always}\n"
    ),
}


@pytest.fixture(scope="module")
def trapped(tmp_path_factory):
    from test_field_recovery import _build_once

    files = {f"realself/{name}.yaml": text for name, text in TRAPS.items()}
    return _build_once(tmp_path_factory, "traps", files)


EXPECTED = [
    "content/realself/colon-in-group.yaml:3:37: YAML syntax: a value with ': ' in "
    "it needs quotes",
    "content/realself/colon-in-list.yaml:3:10: values[0]: must be text, but ': ' "
    "in 'Note to self: breathe' made it a key and a value; put the whole text in "
    "quotes",
    "content/realself/comma-in-group.yaml:3:68: photo['holding a thermos']: the "
    "comma after 'a ridge at sunrise' ended the value of alt, and the rest was "
    'read as a field of its own; put the whole value in quotes (alt: "a ridge at '
    'sunrise, holding a thermos") or write each field on its own line',
    "content/realself/comma-in-list.yaml:4:37: reciprocity.hopes[1]: the comma "
    "after 'If something here helped' started a new item, so one sentence became "
    'two; if it is one, put it in quotes ("If something here helped, tell one '
    "friend.\") or write the list with one '- item' per line",
    "content/realself/curly-key.yaml:3:1: \u201cpronouns\u201d: the key is wrapped "
    "in curly quotes; write pronouns: with no quotes (word processors and phones "
    'turn " into \u201c\u201d)',
    "content/realself/hash.yaml:3:11: headline: the text after ' #' ('#1 at "
    "answering email') was read as a comment and left out; put the whole value "
    "in quotes to keep it",
]


def test_each_trap_is_explained_at_its_line(trapped):
    _, messages = trapped
    assert messages == EXPECTED


def test_the_pages_are_still_built(trapped):
    """Only the YAML that cannot be read costs its document."""
    site, _ = trapped
    built = {p.parent.name for p in (site.output / "about").glob("*/index.html")}
    assert built == set(TRAPS) - {"colon-in-group"}
    photo = site.html("about/comma-in-group/index.html").select_one("img")
    assert photo["alt"] == "a ridge at sunrise"  # what YAML read; the error says so


def test_a_comment_people_mean_is_left_alone(site, problems):
    site.write(
        "realself/sam.yaml",
        "kind: profile  # a comment\nname: Sam   #two spaces before\n"
        "headline: Tea # with a space after\nvalues: [a, b] #after a list\n"
        'pronouns: "she #1"\n',
    )
    site.build()
    assert problems() == []


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_the_hash_trap_is_found_at_its_line_with_any_line_break(newline):
    from pelican.plugins.realself.load import load_text

    text = newline.join(
        ["kind: profile", "name: Sam   # a comment", "headline: Tea #daily", ""]
    )
    _, found = load_text(text, "x.yaml")
    assert [(p.line, p.column, p.field) for p in found] == [(3, 11, "headline")]
