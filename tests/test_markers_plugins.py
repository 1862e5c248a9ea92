"""Markers with the Pelican plugins published on PyPI that touch content,
summaries, feeds or menus, each built with ours first and with ours last.

"First" and "last" are the order the plugins' all_generators_finalized
handlers run in (where summary plugins work), set by tests/ordered.py:
Pelican's signals keep receivers in a set, so the PLUGINS list alone does not
decide it. Plugins that work together share a build (a failure names the
group, and the plugin checks name their plugin). Every build runs in a fresh
interpreter (tests/apart.py): a plugin, once registered, stays connected.

Not here: pelican-search, which needs the Stork binary; Stork is published on
none of the registries CI reaches (PyPI, npm, Debian), so it cannot run here.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import pytest
from apart import build_apart
from test_markers_ecosystem import (
    SECTIONS,
    feed_entries,
    make,
    visible_markers,
)

from conftest import Site

OURS = "pelican.plugins.realself"

# A post for the plugins to chew on: math, a footnote, a series, Jinja in the
# content, an end-of-summary comment, and a marker as its first block.
PLUGGED = """
Title: Math and notes
Date: 2026-10-01
Category: Letters
Tags: gifts
Series: Letters
Author: Sam

[realself:offer circle]

Euler: $e^{i\\pi} + 1 = 0$, and a note[ref]A footnote.[/ref].

<!-- PELICAN_END_SUMMARY -->

Two and two make {{ 2 + 2 }}.
"""


@dataclass
class Group:
    plugins: list[str]
    settings: dict = field(default_factory=dict)
    # plugin -> (output file, what it must hold): the plugin did its job
    did: dict[str, tuple[str, str]] = field(default_factory=dict)
    # False: listed in PLUGINS in that order instead of through tests/ordered.py
    # (our languages code finds i18n_subsites in PLUGINS; it uses other signals)
    ordered: bool = True


GROUPS = {
    "content": Group(
        [
            "pelican.plugins.sitemap",
            "pelican.plugins.seo",
            "pelican.plugins.neighbors",
            "pelican.plugins.readtime",
            "pelican.plugins.series",
            "pelican.plugins.share_post",
            "pelican.plugins.related_posts",
            "pelican.plugins.render_math",
            "pelican.plugins.simple_footnotes",
            "pelican.plugins.jinja2content",
            "pelican.plugins.statistics",
            "pelican.plugins.tag_cloud",
        ],
        {"TYPOGRIFY": True, "SITEMAP": {"format": "xml"}, "SEO_ENHANCER": True},
        {
            "pelican.plugins.sitemap": ("sitemap.xml", "/math-and-notes.html"),
            "pelican.plugins.seo": ("math-and-notes.html", "application/ld+json"),
            "pelican.plugins.render_math": ("math-and-notes.html", "MathJax"),
            "pelican.plugins.simple_footnotes": (
                "math-and-notes.html",
                "simple-footnote",
            ),
            "pelican.plugins.jinja2content": ("math-and-notes.html", "4.</p>"),
            "typogrify (TYPOGRIFY = True)": ("giving.html", "\u201ceverything\u201d"),
        },
    ),
    "first-paragraph-summary": Group(
        ["minchin.pelican.plugins.summary", "pelican.plugins.read_more"],
        {"SUMMARY_USE_FIRST_PARAGRAPH": True},
    ),
    "marked-summary": Group(
        ["minchin.pelican.plugins.summary"],
        {},
        {"minchin.pelican.plugins.summary": ("index.html", "a note[ref]")},
    ),
    "paragraphed-summary": Group(
        ["paragraphed_summary", "pelican.plugins.summary_link"]
    ),
    "i18n-subsites": Group(
        ["pelican.plugins.i18n_subsites"],
        {"I18N_SUBSITES": {"fr": {"SITENAME": "Le site"}}},
        {"pelican.plugins.i18n_subsites": ("fr/index.html", "Le site")},
        ordered=False,
    ),
}
ORDERS = {"ours-first": True, "ours-last": False, "without-ours": None}


@dataclass
class Built:
    site: Site
    logged: list[tuple[int, str, str]]
    label: str


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """``built(group, order)``: that build, made once for the module."""
    done: dict[tuple[str, str], Built | AssertionError] = {}

    def get(group: str, order: str) -> Built:
        if (group, order) not in done:
            done[group, order] = build(group, order)
        found = done[group, order]
        if isinstance(found, AssertionError):
            raise found  # a failed build fails every test of it, built once
        return found

    def build(group: str, order: str) -> Built | AssertionError:
        if True:
            spec, first = GROUPS[group], ORDERS[order]
            plugins = spec.plugins
            if first is not None:
                plugins = [OURS, *plugins] if first else [*plugins, OURS]
            how = {"ordered": plugins} if spec.ordered and first is not None else {}
            how = how or {"PLUGINS": plugins}
            site = Site(tmp_path_factory.mktemp(f"{group}-{order}"))
            site.content.mkdir()
            make(site, build=False)
            site.write("math.md", PLUGGED)
            try:
                logged = build_apart(
                    site,
                    **how,
                    THEME="simple",
                    AUTHOR="Sam",
                    SITEURL="https://sam.example",
                    FEED_ALL_ATOM="feeds/all.atom.xml",
                    FEED_ALL_RSS="feeds/all.rss.xml",
                    RSS_FEED_SUMMARY_ONLY=True,
                    **spec.settings,
                )
            except AssertionError as failed:
                return failed
            return Built(site, logged, f"{order} {plugins}")

    return get


CASES = [(g, o) for g in GROUPS for o in ("ours-first", "ours-last")]


@pytest.mark.parametrize(("group", "order"), CASES)
def test_builds_without_errors(built, group, order):
    build = built(group, order)
    errors = [m for level, _, m in build.logged if level >= logging.ERROR]
    ours = [m for _, name, m in build.logged if name.startswith(OURS)]
    assert errors == [], build.label
    assert ours == [], build.label


@pytest.mark.parametrize(
    ("group", "order"), [(g, o) for g, o in CASES if GROUPS[g].ordered]
)
def test_ours_ran_first_or_last(built, group, order):
    """tests/ordered.py kept the order: our handler first, or after theirs."""
    build = built(group, order)
    (said,) = [m for _, name, m in build.logged if name == "ordered"]
    handlers = re.findall(r"'([^']+)'", said)
    assert len(handlers) > 1, build.label
    ours = [h.startswith(OURS) for h in handlers]
    assert ours[0 if order == "ours-first" else -1], f"{handlers}: {build.label}"
    assert ours.count(True) == 1


@pytest.mark.parametrize(("group", "order"), CASES)
def test_markers_become_sections_in_posts(built, group, order):
    build = built(group, order)
    post = build.site.html("giving.html")
    assert len(post.select(SECTIONS)) == 4, build.label
    first = build.site.html("math-and-notes.html")
    assert first.select_one("[data-realself-offer]"), build.label


@pytest.mark.parametrize(("group", "order"), CASES)
def test_no_marker_left_anywhere(built, group, order):
    build = built(group, order)
    output = build.site.output
    for path in [*output.rglob("*.html"), *output.rglob("*.xml")]:
        name = str(path.relative_to(output))
        if path.suffix == ".xml":
            texts = feed_entries(build.site, name) if "feeds" in name else []
        else:
            texts = [path.read_text(encoding="utf-8")]
        for text in texts:
            assert visible_markers(text) == [], f"{name}: {build.label}"


@pytest.mark.parametrize(("group", "order"), CASES)
def test_summaries_and_feeds_link_instead_of_cards(built, group, order):
    build = built(group, order)
    for listing in ("index.html", "category/letters.html", "tag/gifts.html"):
        page = build.site.html(listing)
        assert page.select(SECTIONS) == [], f"{listing}: {build.label}"
        links = [a["href"] for a in page.select(".realself-marker-link a")]
        assert "https://sam.example/give/circle/" in links, f"{listing}: {build.label}"
    for feed in ("feeds/all.atom.xml", "feeds/all.rss.xml"):
        joined = "\n".join(feed_entries(build.site, feed))
        for card in ("data-realself-offer", "realself.js", "h-card", "<!--realself"):
            assert card not in joined, f"{feed} has {card}: {build.label}"
        assert "https://sam.example/give/circle/" in joined, f"{feed}: {build.label}"


def post_body(site: Site, path: str) -> str:
    """The post as the simple theme shows it: inside its <article>, after the
    header (our cards are <article class=...>, so the page's is the last)."""
    page = site.read(path)
    start = page.index("</header>", page.index("<article>"))
    return page[start : page.rindex("</article>")]


def without_sections(body: str) -> str:
    return re.sub(
        r"\n?<!--realself:(.*?)-->.*?<!--/realself:\1-->\n?", "@", body, flags=re.S
    )


def without_markers(body: str) -> str:
    body = re.sub(r"<p>\[realself:[^\]]*\]</p>", "@", body)
    return re.sub(r"(?<!<code>)\[realself:(?:offer|profile)[^\]]*\]", "</p>@<p>", body)


@pytest.mark.parametrize(("group", "order"), CASES)
@pytest.mark.parametrize("path", ["giving.html", "math-and-notes.html"])
def test_the_post_is_otherwise_unchanged(built, group, order, path):
    """Beside a build with the same plugins and not ours, the post differs only
    where its markers were (and in the white space beside a section, which a
    plugin that re-serialises the page, like seo, may fold)."""
    ours = without_sections(post_body(built(group, order).site, path))
    theirs = without_markers(post_body(built(group, "without-ours").site, path))
    ours, theirs = (
        re.sub(r"\s*@\s*", "@", x.replace("<p></p>", "")) for x in (ours, theirs)
    )
    assert ours == theirs


DID = [
    (group, plugin, order)
    for group, spec in GROUPS.items()
    for plugin in spec.did
    for order in ("ours-first", "ours-last")
]


@pytest.mark.parametrize(("group", "plugin", "order"), DID)
def test_each_plugin_still_does_its_job(built, group, plugin, order):
    build = built(group, order)
    path, expected = GROUPS[group].did[plugin]
    assert expected in build.site.read(path), f"{plugin} ({build.label})"


@pytest.mark.parametrize("order", ["ours-first", "ours-last"])
def test_a_subsite_links_to_the_offer_its_main_site_shows(built, order):
    """With i18n_subsites, an English offer is written by the main site only;
    a marker in the French subsite's copy of the post links there."""
    import posixpath
    from urllib.parse import urljoin, urlparse

    build = built("i18n-subsites", order)
    page = build.site.html("fr/giving.html")
    link = page.select_one("[data-realself-offer] .realself-offer-title a")["href"]
    path = urlparse(urljoin("https://sam.example/fr/giving.html", link)).path
    assert posixpath.normpath(path) == "/give/circle", build.label  # as browsers do
    assert build.site.exists("give/circle/index.html")
