"""Markers in articles and pages become rendered sections; code stays code."""

from __future__ import annotations

import posixpath
from urllib.parse import urljoin, urlparse

import pytest

YAML = """
kind: profile
name: Sam Rivera
headline: I build websites for people doing good work.
photo: {src: "{static}/images/sam.jpg", alt: Sam}
---
kind: offer
slug: circle
title: Six places in my letter circle
spots: 6
claimed: 4
opens: 2026-11-01
closes: 2027-06-30
claim: "{static}/files/circle.pdf"
---
kind: offer
slug: templates
title: My letter templates
opens: 2026-11-01
---
kind: offer
slug: spring
title: Spring coaching
opens: 2027-09-01
"""

MARKDOWN = """
Title: Giving
Date: 2026-11-02
Category: Letters

Before the offer.

[realself:offer circle]

Everything open:

[realself:offers]

Who I am: [realself:profile sam] (that was me).

In code: `[realself:offer circle]` stays.

```
[realself:offers]
```

    [realself:profile sam]
"""

REST = """
Giving in reST
##############

:date: 2026-11-03
:category: Letters

Before the offer.

[realself:offer circle]

[realself:offers]

Who I am: [realself:profile sam] (that was me).

In code: ``[realself:offer circle]`` stays.

::

    [realself:offers]
"""

PAGE = """
Title: Contact
Slug: contact

Write to me, or take one of these first.

[realself:offers]
"""


def make(site, **settings):
    site.write("images/sam.jpg", b"\xff\xd8\xff")
    site.write("files/circle.pdf", b"%PDF-1.4")
    site.write("realself/sam.yaml", YAML)
    site.write("giving.md", MARKDOWN)
    site.write("giving-rest.rst", REST)
    site.write("pages/contact.md", PAGE)
    return site.build(STATIC_PATHS=["images", "files"], **settings)


def body(site, path):
    return site.html(path).select_one(".entry-content") or site.html(path).body


@pytest.mark.parametrize("path", ["giving.html", "giving-in-rest.html"])
def test_markers_become_sections(site, path):
    make(site)
    content = body(site, path)
    text = content.get_text(" ")
    marker = content.select_one(".realself-marker [data-realself-offer]")
    assert marker is not None
    assert marker.select_one(".realself-offer-title").get_text() == (
        "Six places in my letter circle"
    )
    assert marker.select_one(".realself-spots").get_text() == "2 of 6 spots left"
    # [realself:offers] shows the open ones only
    section = content.select_one(".realself-giveaway")
    titles = [t.get_text() for t in section.select(".realself-offer-title")]
    assert titles == ["Six places in my letter circle", "My letter templates"]
    # [realself:profile sam] is a compact h-card
    card = content.select_one(".h-card.realself-card")
    assert card.select_one(".p-name").get_text() == "Sam Rivera"
    assert card.select_one(".p-name")["href"] == "/about/"
    assert card.select_one(".p-note").get_text().startswith("I build websites")
    # the text around the markers is still there, in order
    assert text.index("Before the offer.") < text.index("Six places")
    assert "Who I am:" in text and "(that was me)." in text
    for replaced in ("[realself:offer circle] stays", "[realself:profile sam] (that"):
        assert replaced not in text


def test_a_marker_in_a_page(site):
    make(site)
    content = body(site, "pages/contact.html")
    titles = [t.get_text() for t in content.select(".realself-offer-title")]
    assert titles == ["Six places in my letter circle", "My letter templates"]
    assert "Write to me" in content.get_text()


@pytest.mark.parametrize("path", ["giving.html", "giving-in-rest.html"])
def test_no_section_inside_a_paragraph(site, path):
    make(site)
    content = body(site, path)
    sections = content.select(".realself-marker, .realself-giveaway, .realself-card")
    assert len(sections) == 3
    for section in sections:
        assert section.find_parent("p") is None, section.name
    # the paragraph around an inline marker is split, not lost
    paragraphs = [p.get_text().strip() for p in content.find_all("p", recursive=False)]
    assert "Who I am:" in paragraphs
    assert "(that was me)." in paragraphs


def test_markers_in_markdown_code_stay_as_written(site):
    make(site)
    content = body(site, "giving.html")
    codes = [c.get_text().strip() for c in content.find_all("code")]
    assert codes == [
        "[realself:offer circle]",
        "[realself:offers]",
        "[realself:profile sam]",
    ]
    for code in content.find_all("code"):
        assert code.find(True) is None


def test_markers_in_rest_literals_stay_as_written(site):
    make(site)
    content = body(site, "giving-in-rest.html")
    inline = content.select_one(".docutils.literal")
    assert inline.get_text() == "[realself:offer circle]"
    assert inline.find(True) is None
    block = content.select_one("pre")
    assert block.get_text().strip() == "[realself:offers]"
    assert block.find(True) is None


def test_an_unknown_slug_is_a_located_warning(site, problems):
    site.write("files/circle.pdf", b"%PDF-1.4")
    site.write("realself/sam.yaml", YAML.replace("photo:", "#"))
    site.write(
        "post.md",
        "Title: Post\nDate: 2026-01-01\n\nSee `[realself:offer nope]`.\n\n"
        "Then: [realself:offer nope]\n\n"
        "And   [realself:profile offering]\n\n[realself:offer spring]\n",
    )
    site.build()
    assert problems() == [
        "content/post.md:6:7: unknown offer 'nope'",
        "content/post.md:8:7: unknown profile 'offering'",
    ]
    text = body(site, "post.html").get_text()
    assert "Then: [realself:offer nope]" in text
    assert "[realself:profile offering]" in text


def test_an_upcoming_offer_can_be_shown(site):
    make(site)
    site.write("soon.md", "Title: Soon\nDate: 2026-01-01\n\n[realself:offer spring]\n")
    site.build()
    offer = body(site, "soon.html").select_one("[data-realself-offer]")
    assert offer["data-state"] == "upcoming"


def test_nothing_open_says_so(site):
    site.write(
        "realself/sam.yaml", YAML.replace("opens: 2026-11-01", "opens: 2027-01-01")
    )
    site.write("files/circle.pdf", b"%PDF-1.4")
    site.write("images/sam.jpg", b"\xff\xd8\xff")
    site.write("post.md", "Title: Post\nDate: 2026-01-01\n\n[realself:offers]\n")
    site.build()
    note = body(site, "post.html").select_one(".realself-nothing-open")
    assert note.get_text().startswith("Nothing to give away right now.")
    assert note.find_parent("p") is None
    assert note.a["href"] == "/give/"
    assert site.exists("give/index.html")


def test_nothing_to_give_at_all_links_nowhere_missing(site):
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\n")
    site.write("post.md", "Title: Post\nDate: 2026-01-01\n\n[realself:offers]\n")
    site.build()
    note = body(site, "post.html").select_one(".realself-nothing-open")
    assert note.get_text().startswith("Nothing to give away right now.")
    for link in note.find_all("a"):
        assert site.exists(link["href"].lstrip("/") + "index.html"), link


NESTED = {
    "RELATIVE_URLS": True,
    "ARTICLE_URL": "{date:%Y}/{date:%m}/{slug}/",
    "ARTICLE_SAVE_AS": "{date:%Y}/{date:%m}/{slug}/index.html",
    "PAGE_URL": "pages/{slug}/",
    "PAGE_SAVE_AS": "pages/{slug}/index.html",
    "CATEGORY_URL": "category/{slug}/",
    "CATEGORY_SAVE_AS": "category/{slug}/index.html",
}


def links_resolve(site, path: str) -> list[str]:
    """Every link and script in the sections on one output page, resolved."""
    page_url = f"https://sam.example/{path}"  # for absolute and root paths
    content = site.html(path)
    found = []
    for section in content.select(
        ".realself-marker, .realself-giveaway, .realself-card"
    ):
        for tag in section.find_all(["a", "script", "img"]):
            target = tag.get("href") or tag.get("src")
            if target.startswith("mailto:"):
                continue
            url = urlparse(target)
            if url.scheme or url.path.startswith("/"):
                resolved = urlparse(urljoin(page_url, target)).path.lstrip("/")
            else:  # relative: it must not climb above the site's root
                resolved = posixpath.normpath(
                    posixpath.join(posixpath.dirname(path), url.path)
                )
                assert not resolved.startswith(".."), (path, target)
                resolved += "/" if url.path.endswith("/") else ""
            if not resolved or resolved.endswith("/"):
                resolved += "index.html"
            assert site.exists(resolved), (path, target, resolved)
            found.append(resolved)
    return found


@pytest.mark.parametrize(
    "path",
    [
        "2026/11/giving/index.html",
        "2026/11/giving-in-rest/index.html",
        "pages/contact/index.html",
    ],
)
def test_relative_urls_from_a_nested_url(site, path):
    make(site, **NESTED)
    found = set(links_resolve(site, path))
    assert "give/circle/index.html" in found
    assert "realself/realself.js" in found
    if "contact" not in path:
        assert "files/circle.pdf" in found  # a {static} claim file
        assert "about/index.html" in found  # the profile card
        assert "images/sam.jpg" in found


@pytest.mark.parametrize("path", ["index.html", "category/letters/index.html"])
def test_relative_urls_where_the_article_is_listed(site, path):
    """The same section shown on a page at another depth links from there."""
    make(site, **NESTED, SUMMARY_MAX_LENGTH=None)
    found = set(links_resolve(site, path))
    assert {"give/circle/index.html", "files/circle.pdf", "about/index.html"} <= found


def test_absolute_urls_in_sections(site):
    make(site, SITEURL="https://sam.example")
    offer = body(site, "giving.html").select_one(".realself-marker")
    assert offer.select_one(".realself-offer-title a")["href"] == (
        "https://sam.example/give/circle/"
    )
    assert offer.select_one("a.realself-claim")["href"] == (
        "https://sam.example/files/circle.pdf"
    )


def test_markers_in_the_article_feed(site):
    make(site, SITEURL="https://sam.example", FEED_ALL_ATOM="feeds/all.atom.xml")
    feed = site.read("feeds/all.atom.xml")
    assert "https://sam.example/give/circle/" in feed
    assert "__realself" not in feed


@pytest.mark.parametrize("layer", ["reader", "generator"])
def test_markers_with_pelicans_content_cache(site, layer):
    cache = {
        "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": True,
        "CONTENT_CACHING_LAYER": layer,
        "CACHE_PATH": str(site.root / "cache"),
        "RELATIVE_URLS": True,
    }
    make(site, **cache)
    first = site.read("giving.html")
    assert any((site.root / "cache").iterdir())
    make(site, **cache)  # the second build reads articles from the cache
    assert site.read("giving.html") == first
    assert len(body(site, "giving.html").select(".realself-marker")) == 1
    assert "__realself" not in first
