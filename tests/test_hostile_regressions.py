"""Crashes and holes the hostile-input tests found, kept as plain tests.

Each one broke a whole build (an exception, or a message spread over several
lines) or let a value out where it must not go, before it was fixed.
"""

from __future__ import annotations

import json
import time

import pytest
from hostile import html_problems, inside, written

GOOD = "kind: profile\nslug: good\nname: Good\n"
WHERE = "content/realself/bad.yaml:"


def build_with(site, text: str, **settings):
    site.write("realself/good.yaml", GOOD)
    site.write("realself/bad.yaml", text.encode("utf-8"))
    site.build(**settings)
    assert "Good" in site.read("about/good/index.html")
    return site


def test_a_raw_control_character_is_one_located_line(site, problems):
    """Was: 'YAML: unacceptable character #x001f ...' over two lines at 1:1."""
    build_with(site, "kind: profile\nname: Sa\x1fm\n")
    assert problems() == [
        WHERE + "2:9: YAML: the invisible character U+001F is not allowed here; "
        "delete it (it often comes from copying text out of another program)"
    ]


def test_an_escaped_control_character_is_refused(site, problems):
    """Was: the Atom feed writer raised UnserializableContentError and the
    whole build stopped, for one "\\x01" in an offer's title."""
    build_with(
        site,
        'kind: offer\nprofile: good\ntitle: "Gift\\x01"\nopens: 2026-01-01\n',
        FEED_ALL_ATOM="feeds/all.atom.xml",
    )
    assert problems() == [
        WHERE + "3:8: title: the invisible character U+0001 is not allowed; remove it"
    ]
    assert not site.exists("give/bad/index.html")


def test_a_key_with_a_line_break_stays_on_one_line(site, problems):
    """Was: 'facets[0].<CR>: unknown field' printed over two lines."""
    build_with(
        site,
        'kind: profile\nname: Sam\nfacets:\n- label: x\n  text: y\n  "\\r": z\n',
    )
    (message,) = problems()
    assert "\n" not in message and "\r" not in message
    assert message.startswith(WHERE + "6:3: facets[0]['\\r']: unknown field")


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("closes", "9999-12-31", "9999-12-31 is too far ahead (years up to 9000)"),
        ("opens", "0001-01-01", "0001-01-01 is too long ago (years from 1000)"),
        ("closes", "9999-12-31T23:59-14:00", "is too far ahead"),
    ],
)
def test_dates_at_the_ends_of_the_calendar(site, problems, field, value, words):
    """Was: OverflowError from the end of the closing day (9999-12-31 + 1)."""
    build_with(site, f"kind: offer\nprofile: good\ntitle: T\n{field}: {value}\n")
    (message,) = problems()
    assert message.startswith(WHERE + f"4:{len(field) + 3}: {field}: "), message
    assert words in message


@pytest.mark.parametrize(
    "lang",
    [
        '"en\\" onmouseover=\\"alert(1)"',
        "../output-other",
        "../../elsewhere",
        "en/../../x",
    ],
)
@pytest.mark.parametrize("kind", ["offer", "note"])
def test_lang_is_a_language_code_in_every_kind(site, problems, lang, kind):
    """Was: an offer's free-text lang went into its URL (an href breakout on
    every page listing it) and its output path ({lang}/give/...), which
    Pelican's startswith check let into output-other next to output."""
    other = site.root / "output-other"
    other.mkdir()
    if kind == "offer":
        doc = f"kind: offer\nslug: o\nprofile: good\ntitle: T\nlang: {lang}\n"
    else:
        doc = "kind: note\nprofile: good\nquote: q\nwho: w\nconsent: true\n"
        doc += f"lang: {lang}\n"
    build_with(site, doc, SITEURL="https://s.example")
    line = 5 if kind == "offer" else 6
    assert problems() == [
        WHERE + f"{line}:7: lang: use a language code like 'en' or 'pt-BR'"
    ]
    assert list(other.iterdir()) == []
    for path in written(site.output):
        assert inside(path, site.output)
        if path.suffix == ".html":
            assert html_problems(path.read_text(encoding="utf-8")) == [], path


def test_lang_codes_still_work(site, problems):
    build_with(
        site,
        "kind: offer\nslug: o\nprofile: good\ntitle: T\nlang: pt-BR\n"
        "---\nkind: note\nprofile: good\nquote: q\nwho: w\nconsent: true\nlang: de\n",
    )
    assert [m for m in problems() if "lang" in m] == []


def test_a_note_naming_its_profile_wrongly_hears_why(site, problems):
    """Was pydantic's own words: "String should match pattern '^[a-z0-9]...'"."""
    build_with(site, "kind: note\nprofile: Good Sibling\nquote: q\nwho: w\n")
    assert problems() == [
        WHERE + "2:10: profile: use the profile's slug "
        "(lowercase letters, digits and dashes)"
    ]


def test_markdown_that_would_take_minutes_is_refused_at_once(site, problems):
    """Was: a story of 8,000 '[' kept Python-Markdown busy for 23 seconds
    (each '[' scans to the end of its paragraph); 60,000 for far longer."""
    start = time.perf_counter()
    build_with(site, "kind: profile\nslug: b\nname: B\nstory: '" + "[" * 60_000 + "'\n")
    assert time.perf_counter() - start < 10
    assert problems() == [
        WHERE + "4:8: story: is too tangled for Markdown to read quickly (60,000 '[' "
        "or '<' in a paragraph of 60,000 characters); split long paragraphs with a "
        "blank line, or write \\[ for a bracket that is not a link"
    ]


def test_many_tangled_fields_share_one_budget(site, problems):
    facet = "  - {label: x, text: '" + "[" * 900 + "'}\n"
    build_with(site, "kind: profile\nslug: b\nname: B\nfacets:\n" + facet * 4)
    assert [m.split(": ", 2)[1] for m in problems()] == [
        "facets[2].text",
        "facets[3].text",
    ]
    assert "with the Markdown above it in this document" in problems()[0]


def test_a_long_story_with_many_links_is_fine(site, problems):
    """Thirty paragraphs, each with eight links and some inline HTML."""
    words = "I wrote about this before, and people wrote back kindly. " * 4
    links = " ".join(f"[post {n}](https://example.com/{n})" for n in range(8))
    paragraph = f"{words}{links} <em>Thank you</em>, <b>all</b>. {words}"
    story = "\n\n".join([paragraph] * 30)
    build_with(site, f"kind: profile\nslug: b\nname: B\nstory: {json.dumps(story)}\n")
    assert problems() == []
    assert len(site.html("about/b/index.html").select(".realself-story a")) == 240
