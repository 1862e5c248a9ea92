"""Markers next to what a real blog runs: Typogrify, smarty, summaries, feeds.

In a post a marker is its section; in a summary or a feed entry it is one
line linking to the offer, the giveaway page or the profile; everything else
in the post is what the reader wrote. The plugin matrix is in
test_markers_plugins.py.
"""

from __future__ import annotations

import html
import logging
import re

import pytest
from bs4 import BeautifulSoup

YAML = """
kind: profile
name: Sam Rivera
headline: I build websites for people doing good work.
---
kind: offer
slug: circle
title: Six places in my letter circle
summary: Four letters, one a week, and a reply to each.
spots: 6
claimed: 4
opens: 2026-11-01
closes: 2027-06-30
claim: "mailto:sam@example.com"
---
kind: offer
slug: letters--swap
title: A letter swap
opens: 2026-11-01
"""

POST = """
Title: Giving
Date: 2026-11-02
Category: Letters
Tags: gifts
Author: Sam

I made something for you, and I'd like you to have it -- "free", no catch...

[realself:offer circle]

And here's "everything" that's open right now:

[realself:offers]

Who I am: [realself:profile sam] (that was me).

A swap, too: [realself:offer letters--swap]

In code: `[realself:offer circle]` stays, and so does the rest of this
paragraph, with its 'quotes' and -- dashes.
"""

WITH_SUMMARY = """
Title: Summed up
Date: 2026-11-01
Category: Letters
Summary: Take one: [realself:offer circle]

The body of a post with its own summary.

[realself:profile sam]
"""

SECTIONS = ".realself-marker, .realself-giveaway, .realself-card"


def make(site, build=True, **settings):
    site.write("realself/sam.yaml", YAML)
    site.write("giving.md", POST)
    site.write("summed-up.md", WITH_SUMMARY)
    return site.build(**settings) if build else site


def visible_markers(text: str) -> list[str]:
    """Markers a reader would see in an HTML page or fragment (not in code)."""
    soup = BeautifulSoup(text, "html.parser")
    for code in soup.find_all(["code", "pre", "tt"]):
        code.decompose()
    found = re.findall(r"\[realself:[^\]]*\]", soup.get_text())
    return found + re.findall(r"\[realself:[^\]]*\]", str(soup))


def feed_entries(site, path: str) -> list[str]:
    """The HTML of every summary and content of a feed, unescaped."""
    xml = site.read(path)
    fields = re.findall(
        r"<(summary|content|description)[^>]*>(.*?)</\1>", xml, flags=re.DOTALL
    )
    return [html.unescape(text) for _, text in fields]


def entry_content(site, path: str) -> str:
    page = site.read(path)
    start = page.index('<div class="entry-content">')
    return page[start : page.index("</div><!-- /.entry-content -->", start)]


@pytest.mark.parametrize(
    "typography",
    [
        {"TYPOGRIFY": True},
        {"TYPOGRIFY": True, "TYPOGRIFY_DASHES": "oldschool"},
        {
            "MARKDOWN": {
                "extension_configs": {
                    "markdown.extensions.smarty": {},
                    "markdown.extensions.extra": {},
                },
                "output_format": "html5",
            }
        },
    ],
    ids=["typogrify", "typogrify-oldschool", "smarty"],
)
def test_markers_after_typography(site, typography):
    make(site, **typography)
    page = site.html("giving.html")
    content = page.select_one(".entry-content")
    assert content.select_one("[data-realself-offer] .realself-offer-title").get_text()
    assert content.select_one(".realself-giveaway")
    assert content.select_one(".realself-card .p-name").get_text() == "Sam Rivera"
    titles = [t.get_text() for t in content.select(".realself-offer-title")]
    assert "A letter swap" in titles  # a slug with "--", made a dash
    assert visible_markers(str(content)) == []
    assert content.find("code").get_text() == "[realself:offer circle]"
    # the typography still happened to the rest of the post
    assert "\u201c" in content.get_text() or "&#8220;" in str(content)


def test_an_unknown_marker_after_typogrify_is_located(site, problems):
    site.write("realself/sam.yaml", YAML)
    site.write(
        "post.md", "Title: Post\nDate: 2026-01-01\n\nSee [realself:offer nope]\n"
    )
    site.build(TYPOGRIFY=True)
    assert problems() == ["content/post.md:4:5: unknown offer 'nope'"]
    # it stays visible, so the author notices
    assert "[realself:offer" in site.html("post.html").select_one(".entry-content").text


@pytest.fixture(scope="module")
def summaries(tmp_path_factory):
    """A site shown in the simple theme (every listing shows summaries), with
    full-content Atom feeds and summary-only RSS feeds."""
    from conftest import Site

    site = Site(tmp_path_factory.mktemp("summaries"))
    site.content.mkdir()
    return make(
        site,
        THEME="simple",
        SITEURL="https://sam.example",
        FEED_ALL_ATOM="feeds/all.atom.xml",
        FEED_ALL_RSS="feeds/all.rss.xml",
        RSS_FEED_SUMMARY_ONLY=True,
        CATEGORY_FEED_ATOM="feeds/{slug}.atom.xml",
        SUMMARY_MAX_LENGTH=30,
    )


LISTINGS = ["index.html", "category/letters.html", "tag/gifts.html", "author/sam.html"]


@pytest.mark.parametrize("path", LISTINGS)
def test_summaries_link_instead_of_cards(summaries, path):
    page = summaries.html(path)
    assert page.select(SECTIONS) == []
    assert page.select("[data-realself-marker], link[href*=realself]") == []
    links = {a.get_text(): a["href"] for a in page.select(".realself-marker-link a")}
    assert links["Six places in my letter circle"] == "https://sam.example/give/circle/"
    assert visible_markers(summaries.read(path)) == []


def test_summaries_count_the_link_not_the_card(summaries):
    """Pelican's summary is cut after 30 words of the post with links in place
    of sections, so the text after the first card is still there."""
    summary = (
        summaries.html("index.html")
        .find("a", string="Giving")
        .find_parent(["article", "li", "div"])
    )
    assert "And here" in summary.get_text()


def test_a_summary_written_in_the_metadata(summaries):
    page = summaries.html("category/letters.html")
    text = page.get_text(" ")
    assert "Take one:" in text
    assert "The body of a post" not in text
    assert page.find("a", string="Six places in my letter circle")


@pytest.mark.parametrize(
    "feed", ["feeds/all.atom.xml", "feeds/all.rss.xml", "feeds/letters.atom.xml"]
)
def test_feeds_link_instead_of_cards(summaries, feed):
    entries = feed_entries(summaries, feed)
    assert entries
    joined = "\n".join(entries)
    for card in ("data-realself-offer", "realself.js", "realself.css", "h-card"):
        assert card not in joined, card
    assert "https://sam.example/give/circle/" in joined
    if "atom" in feed:  # full content: the profile further down too
        assert "https://sam.example/about/" in joined
    for entry in entries:
        assert visible_markers(entry) == []


def test_the_post_itself_keeps_its_cards(summaries):
    content = summaries.html("giving.html")
    assert len(content.select(SECTIONS)) == 4
    assert content.select(".realself-marker-link") == []


def test_whole_posts_as_summaries_show_cards(site):
    make(site, THEME="simple", SUMMARY_MAX_LENGTH=None)
    index = site.html("index.html")
    assert len(index.select(".realself-giveaway")) == 1
    assert index.select_one("[data-realself-offer]")


def test_nothing_else_in_the_post_changes(tmp_path):
    """The post's HTML with the sections taken out is the reader's HTML with
    the marker paragraphs taken out, byte for byte."""
    from apart import build_apart

    from conftest import Site

    built = {}
    for name, plugins in (("with", ["pelican.plugins.realself"]), ("without", [])):
        site = Site(tmp_path / name)
        make(site, build=False)
        build_apart(site, PLUGINS=plugins, TYPOGRIFY=True)
        built[name] = entry_content(site, "giving.html")
    ours = re.sub(
        r"\n?<!--realself:(.*?)-->.*?<!--/realself:\1-->\n?",
        "@",
        built["with"],
        flags=re.DOTALL,
    )
    theirs = re.sub(r"<p>\[realself:[^\]]*\]</p>", "@", built["without"])
    theirs = re.sub(
        r"(?<!<code>)\[realself:(?:offer|profile)[^\]]*\]", "</p>@<p>", theirs
    )
    assert ours.replace("<p></p>", "") == theirs.replace("<p></p>", "")


def test_no_error_with_typogrify_and_feeds(site, caplog):
    caplog.set_level(logging.WARNING)
    make(
        site,
        TYPOGRIFY=True,
        SITEURL="https://sam.example",
        FEED_ALL_ATOM="feeds/all.atom.xml",
    )
    assert [
        r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING
    ] == []


def test_every_build_is_checked_for_placeholders(tmp_path):
    """The check Site.build() runs on every file it wrote finds a leak."""
    from pelican.plugins.realself import markers

    from conftest import NEVER_IN_OUTPUT, assert_never_written

    assert any(markers.ROOT.startswith(n) for n in NEVER_IN_OUTPUT)
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "all.atom.xml").write_text(f'href="{markers.ROOT}/give/"')
    with pytest.raises(AssertionError, match="all.atom.xml"):
        assert_never_written(tmp_path)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # alone in a paragraph: the paragraph goes
        ("<p>[realself:offers]</p>", "@"),
        # inside a paragraph: split, attributes kept, text untouched
        (
            '<p class="x">A &amp; B [realself:offers] C&nbsp;D</p>',
            '<p class="x">A &amp; B </p>@<p class="x"> C&nbsp;D</p>',
        ),
        # two in one paragraph, one inside <em>
        (
            "<p>[realself:offers] and <em>[realself:offers]</em></p>",
            "@<p> and <em>@</em></p>",
        ),
        # in a list item: in place
        ("<ul><li>[realself:offer&nbsp;a]</li></ul>", "<ul><li>@</li></ul>"),
        # in code, an attribute or a comment: left as written
        ("<p><code>[realself:offers]</code></p>", None),
        ('<p><img alt="[realself:offers]"></p>', None),
        ("<!-- [realself:offers] --><p>x</p>", None),
        ("<pre>[realself:offers]</pre>", None),
    ],
)
def test_only_the_marker_is_replaced(html, expected):
    from pelican.plugins.realself.marker_html import splice

    assert splice(html, lambda match: "@") == (html if expected is None else expected)
