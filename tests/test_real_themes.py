"""The plugin inside real themes people install from PyPI, not only Pelican's own.

Each theme builds the showcase site (tests/showcase.py: a profile with notes,
offers, an article with a marker) once, with the site named after the person
("Sam Rivera"), as many personal blogs are. What must hold in every theme:
the build logs no error; our JSON-LD, Open Graph tags, canonical link,
stylesheet and script are in <head> (many themes have no ``head`` block); one
<title> with the name once; the theme's own frame around our page; and in
Chromium our few components keep their shape against the theme's CSS (resets,
Bootstrap, Bulma), with no axe violation on what we wrote. Screenshots at
phone and desktop widths go to test-artifacts/screenshots/themes/.

Themes tried and left out (see the README): plumage (pulls myst-parser, which
holds docutils below what Pelican 4.12 needs, so pip downgrades Pelican),
pelican-shiori (needs the Ruby/Dart ``sass`` program), bula (needs
yuicompressor, not on PyPI for Python 3), darkseed (ships no templates),
pelican-engineering-theme (pins Pelican below 4.13).
"""

from __future__ import annotations

import importlib
import json
import logging
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pelican
import pytest
from bs4 import BeautifulSoup
from pelican.log import LimitFilter
from showcase import build_showcase
from test_accessibility import axe, axe_source, describe, ours_only  # noqa: F401
from test_browser import SHOTS

from pelican.plugins.realself.head_scan import _HeadScan, quick_scan, scan

from conftest import THEME, missing

BUILTIN = Path(pelican.__file__).parent / "themes"
NAME = "Sam Rivera"
PROFILE_PAGE = "about/sam/index.html"
OFFER_PAGE = "give/circle/index.html"
ARTICLE_PAGE = "something-i-give-away.html"
# A photo far wider than any column: the page must bound it.
BIG_PHOTO = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200" '
    b'viewBox="0 0 4 3"><rect width="4" height="3" fill="#8cc4c9"/>'
    b'<circle cx="2" cy="1.4" r="0.8" fill="#e0a526"/></svg>'
)


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(
            f"needs the theme package that provides {name} (pip install -e '.[test]')"
        )


def _folder(name: str) -> str:
    """A theme shipped into pelican/themes/ by its package."""
    path = BUILTIN / name
    if not path.is_dir():
        missing(f"needs the {name} theme from PyPI (pip install -e '.[test]')")
    return str(path)


# name -> (settings, a selector for the theme's own frame around our page)
THEMES: dict[str, tuple[Callable[[], dict], str]] = {
    "realself": (lambda: {"THEME": str(THEME)}, "body > header nav"),
    "simple": (lambda: {"THEME": str(BUILTIN / "simple")}, "body > header nav"),
    "notmyidea": (
        lambda: {"THEME": str(BUILTIN / "notmyidea")},
        "header#banner nav",
    ),
    # Flex's successor: a sidebar and a main column
    "reflex": (
        lambda: {
            "THEME": _folder("reflex"),
            # its footer reads CC_LICENSE['icon'] and fails when unset
            "CC_LICENSE": {"name": "CC BY-SA", "version": "4.0", "slug": "by-sa"},
        },
        "aside nav",
    ),
    "smallweb": (lambda: {"THEME": _folder("smallweb")}, "nav#menu"),
    # no base.html of its own: Pelican lends simple's
    "themeless": (lambda: {"THEME": _folder("themeless")}, "header nav"),
    # Bootstrap 3; its helper plugin adds the Jinja extensions it uses
    "seafoam": (
        lambda: {
            "THEME": _module("pelican.plugins.seafoam").get_path(),
            "PLUGINS": [
                "pelican.plugins.seafoam",
                "pelican.plugins.jinja_filters",
                "pelican.plugins.realself",
            ],
        },
        "nav.navbar",
    ),
    # Bulma, through webassets
    "bulrush": (
        lambda: {
            "THEME": _module("bulrush").PATH,
            "JINJA_ENVIRONMENT": _module("bulrush").ENVIRONMENT,
            "JINJA_FILTERS": _module("bulrush").FILTERS,
            "PLUGINS": ["pelican.plugins.webassets", "pelican.plugins.realself"],
        },
        "header.hero nav.navbar",
    ),
    # its base.html has a head block but no content block: the layout its
    # page.html extends (without-sidebar.html) holds it, inside its column
    "jwk": (
        lambda: {"THEME": _module("jwk_theme").THEME_PATH},
        "header#header nav#navigation",
    ),
}


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _plugins_left_as_found() -> Iterator[None]:
    """Undo the signal connections a build's plugins made.

    Pelican's signals live as long as the process and plugins never let go:
    seafoam's handler sets THEME to seafoam on every later build, so without
    this the themes built after it (and every later test) would be seafoam.
    """
    from blinker.base import default_namespace

    before = {name: set(sig.receivers) for name, sig in default_namespace.items()}
    try:
        yield
    finally:
        for name, sig in list(default_namespace.items()):
            for key in set(sig.receivers) - before.get(name, set()):
                receiver = sig.receivers[key]
                if isinstance(receiver, weakref.ref):
                    receiver = receiver()
                if receiver is not None:
                    sig.disconnect(receiver)


@pytest.fixture(scope="module", params=list(THEMES))
def built(request, tmp_path_factory):
    """(theme name, Site, warnings and errors logged): one build per theme."""
    name = request.param
    settings, _ = THEMES[name]
    handler = _Errors()
    logging.getLogger().addHandler(handler)
    # Pelican shows a message once per process; here, once per build counts.
    dedup = LimitFilter.LOGS_DEDUP_MIN_LEVEL
    LimitFilter.LOGS_DEDUP_MIN_LEVEL = logging.DEBUG
    LimitFilter._raised_messages.clear()
    try:
        with _plugins_left_as_found():
            site = build_showcase(
                tmp_path_factory.mktemp(f"theme-{name}"),
                name,
                photo=BIG_PHOTO,
                SITENAME=NAME,
                **settings(),
            )
    finally:
        LimitFilter.LOGS_DEDUP_MIN_LEVEL = dedup
        logging.getLogger().removeHandler(handler)
    return name, site, handler.records


def parsed(site, path: str) -> BeautifulSoup:
    """The page as a browser builds it (html5lib moves nothing we must see)."""
    return BeautifulSoup(site.read(path), "html5lib")


def test_builds_without_error(built):
    _, site, records = built
    errors = [r.getMessage() for r in records if r.levelno >= logging.ERROR]
    assert errors == []
    ours = [
        r.getMessage() for r in records if r.name.startswith("pelican.plugins.realself")
    ]
    assert ours == []


@pytest.mark.parametrize("path", [PROFILE_PAGE, "about/index.html", OFFER_PAGE])
def test_head_markup_is_in_head(built, path):
    _, site, _ = built
    page = parsed(site, path)
    head = page.head
    kinds = [
        json.loads(s.string)["@type"]
        for s in head.find_all("script", type="application/ld+json")
        if '"@context"' in (s.string or "")
    ]
    assert ("ProfilePage" if "about" in path else "Offer") in kinds
    canonical = page.find_all("link", rel="canonical")
    assert len(canonical) == 1 and canonical[0] in head.find_all("link")
    # the primary profile has one address, about/, from both of its copies
    assert (
        canonical[0]["href"]
        .rstrip("/")
        .endswith("/about" if "about" in path else "/give/circle")
    )
    assert head.find("link", rel="stylesheet", href=lambda h: "realself.css" in h)
    assert head.find("script", src=lambda s: s and "realself.js" in s) or (
        "about" in path  # the profile page loads it with its giveaway section
    )
    if "about" in path:
        og = {m["property"]: m["content"] for m in head.find_all("meta", property=True)}
        assert og["og:type"] == "profile"
        assert og["og:title"] == NAME
        # nobody's og:title but ours
        assert len(head.find_all("meta", property="og:title")) == 1


@pytest.mark.parametrize(
    ("path", "title"),
    [
        (PROFILE_PAGE, NAME),
        (OFFER_PAGE, f"Six places in my letter circle · {NAME}"),
        ("give/index.html", f"What I give away · {NAME}"),
    ],
)
def test_one_clean_title(built, path, title):
    _, site, _ = built
    page = parsed(site, path)
    titles = [t for t in page.find_all("title") if not t.find_parent("svg")]
    assert [" ".join(t.get_text().split()) for t in titles] == [title]
    assert titles[0].parent is page.head


@pytest.mark.parametrize("path", [PROFILE_PAGE, OFFER_PAGE, "give/index.html"])
def test_inside_the_theme_frame(built, path):
    name, site, _ = built
    page = parsed(site, path)
    frame = page.select_one(THEMES[name][1])
    assert frame is not None, f"{name}'s own header or navigation is missing"
    ours = page.select_one("[class*='realself-']")
    assert ours is not None and frame not in ours.parents


def test_the_marker_in_an_article(built):
    _, site, _ = built
    page = parsed(site, ARTICLE_PAGE)
    assert page.select_one(".realself-marker .realself-claim") is not None
    assert "[realself:" not in page.get_text()


# -- in the browser ----------------------------------------------------------

STYLES = """() => {
  const style = (selector, prop) => {
    const el = document.querySelector(selector);
    return el ? getComputedStyle(el)[prop] : null;
  };
  const box = selector => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return {width: r.width, height: r.height};
  };
  return {
    claim_display: style(".realself-claim", "display"),
    claim_border: parseFloat(style(".realself-claim", "borderTopWidth")),
    claim_padding: parseFloat(style(".realself-claim", "paddingLeft")),
    claim_box: box(".realself-claim"),
    pill_border: parseFloat(style(".realself-status", "borderTopWidth")),
    pill_padding: parseFloat(style(".realself-status", "paddingLeft")),
    pill_display: style(".realself-status", "display"),
    hidden_box: box(".realself-claim .realself-visually-hidden"),
    photo_box: box(".realself-profile img.u-photo"),
    column: document.documentElement.clientWidth,
  };
}"""


def _served_page(visit, site, path: str, width: int):
    folder: Path = site.output
    return visit(folder, path.removesuffix("index.html"), width=width).page


@pytest.mark.parametrize("width", [375, 1280], ids=["phone", "desktop"])
def test_our_components_keep_their_shape(built, visit, axe_source, width):  # noqa: F811
    name, site, _ = built
    folder = SHOTS / "themes"
    folder.mkdir(parents=True, exist_ok=True)
    label = "phone" if width == 375 else "desktop"

    page = _served_page(visit, site, OFFER_PAGE, width)
    page.screenshot(path=str(folder / f"{name}-offer-{label}.png"), full_page=True)
    seen = page.evaluate(STYLES)
    # the claim link reads as a button: a box with a border and room inside
    assert seen["claim_display"] in ("inline-block", "block", "inline-flex", "flex")
    assert seen["claim_border"] >= 1 and seen["claim_padding"] >= 4
    assert seen["claim_box"]["height"] >= 24
    # the status pill keeps its outline and padding against resets
    assert seen["pill_border"] >= 1 and seen["pill_padding"] >= 2
    # "Claim a spot: <offer>": the offer's name is for screen readers only
    assert seen["hidden_box"]["width"] <= 1 and seen["hidden_box"]["height"] <= 1
    found = ours_only(axe(page, axe_source, f"themes-{name}-offer-{label}"))
    assert found == [], describe(found)

    page = _served_page(visit, site, PROFILE_PAGE, width)
    page.screenshot(path=str(folder / f"{name}-profile-{label}.png"), full_page=True)
    seen = page.evaluate(STYLES)
    photo = seen["photo_box"]
    assert 32 <= photo["width"] <= 260, photo  # bounded, not the column
    assert photo["width"] <= seen["column"]
    found = ours_only(axe(page, axe_source, f"themes-{name}-profile-{label}"))
    assert found == [], describe(found)


NO_CSS = """() => {
  for (const sheet of document.styleSheets) sheet.disabled = true;
  for (const el of document.querySelectorAll("[style]")) el.removeAttribute("style");
  const photo = document.querySelector(".realself-profile img.u-photo");
  return {
    facts: document.querySelector(".realself-facts").innerText,
    photo: photo.getBoundingClientRect().width,
  };
}"""


def test_reads_right_without_css(built, visit):
    """No stylesheet arrives (a reader mode, a failed request, a text browser)."""
    name, site, _ = built
    page = _served_page(visit, site, PROFILE_PAGE, 1280)
    seen = page.evaluate(NO_CSS)
    assert " ".join(seen["facts"].split()) == (
        "Pronouns: she/her · Say it: SAM ree-VAIR-ah"
        " · Lives in a small town in the hills"
    )
    assert seen["photo"] <= 256


# -- on a phone, our page sits where the theme's own pages sit -----------------

CONTACT_PAGE = "pages/contact.html"  # the showcase's own Markdown page
EDGES = """() => {
  const left = el => el ? Math.round(el.getBoundingClientRect().left) : null;
  const shown = el => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const root = document.querySelector(
    ".realself-profile, .realself-offer-page, .realself-give");
  const text = root ? [...root.querySelectorAll("h1, h2, p, li, dt, dd")]
    .filter(shown).map(left) : [];
  const theirs = [...document.querySelectorAll("p")].find(
    p => p.textContent.includes("I answer within two working days"));
  return {
    heading: left(root && root.querySelector("h1")),
    text: text.length ? Math.min(...text) : null,
    right: root ? Math.round(
      document.documentElement.clientWidth - root.getBoundingClientRect().right) : null,
    theirs: left(theirs),
  };
}"""
# The theme's own page text and ours start within this many pixels.
SAME_EDGE_PX = 4
# Off the window's edge by at least this much, unless the theme's own pages
# sit nearer (smallweb: 5 px), where we follow the theme.
MIN_EDGE_PX = 8


@pytest.mark.parametrize(
    "path",
    [PROFILE_PAGE, OFFER_PAGE, "give/index.html"],
    ids=["profile", "offer", "give"],
)
def test_on_a_phone_our_page_sits_in_the_theme_column(built, visit, path):
    """At 375 px our text starts where the theme's own page text does.

    Our templates fill base.html's content block; themes that draw their
    column in page.html on an ``article`` (reflex: ``main article { margin: 0
    8% }``) gave our give and offer pages none: text at x = 0.
    """
    name, site, _ = built
    page = _served_page(visit, site, CONTACT_PAGE, 375)
    theirs = page.evaluate(EDGES)["theirs"]
    page = _served_page(visit, site, path, 375)
    kind = {PROFILE_PAGE: "profile", OFFER_PAGE: "offer"}.get(path, "give")
    page.screenshot(
        path=str(SHOTS / "themes" / f"{name}-{kind}-column-phone.png"), full_page=True
    )
    seen = page.evaluate(EDGES) | {"theirs": theirs}
    least = MIN_EDGE_PX if theirs is None else min(MIN_EDGE_PX, theirs)
    assert seen["heading"] is not None and seen["heading"] >= least, seen
    assert seen["text"] >= least and seen["right"] >= 0, seen
    if theirs is not None:
        assert abs(seen["text"] - theirs) <= SAME_EDGE_PX, seen


def test_head_scan_reads_every_page_as_the_parser(built):
    """head_scan.quick_scan against the HTML parser on every page of the build
    (the theme's own heads, and ours as written), and how often it answered."""
    name, site, _ = built
    pages = sorted(site.output.rglob("*.html"))
    quick = set()
    for path in pages:
        page = path.read_text(encoding="utf-8")
        parsed = _HeadScan(page).scan()
        assert scan(page) == parsed, path
        found = quick_scan(page)
        assert found is None or found == parsed, path
        if found is not None:
            quick.add(path.relative_to(site.output).as_posix())
    # our own pages, whatever the theme put in its head, take the quick path
    assert {PROFILE_PAGE, OFFER_PAGE, "give/index.html"} <= quick, name
