"""The one URL rule (urls.is_safe) against a browser's URL parser.

ada implements the WHATWG URL standard the way browsers do (tabs and line
breaks dropped, backslashes read as slashes, controls trimmed, schemes
recognised). Whatever the rule lets through, ada must read as http, https or
mailto, or as a path that stays on the page's own host, from any page.
And whatever follows a Pelican placeholder, once it passes the rule,
Pelican's own rewriting turns into a URL that passes it too.
"""

from __future__ import annotations

import copy
import functools

import pytest
from ada_url import URL, check_url
from hostile import url_problem
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pelican.contents import Page
from pelican.settings import DEFAULT_CONFIG

from pelican.plugins.realself.urls import is_safe, is_site_path, placeholder_problem

PAGES = [
    "https://site.example/about/sam/",
    "http://site.example/",
    "https://site.example/blog/2026/post.html?x=1#top",
]

# The pieces hostile URLs are made of: schemes in disguise, slashes and
# backslashes, the characters browsers drop or trim, Pelican's placeholders.
PIECES = [
    "javascript:",
    "JaVaScRiPt:",
    "java\tscript:",
    "java\nscript:",
    "data:",
    "vbscript:",
    "http:",
    "https:",
    "HTTPS:",
    "mailto:",
    "file:",
    "blob:",
    "a:",
    "/",
    "//",
    "\\",
    "/\\",
    "\\/",
    "\t",
    "\n",
    "\r",
    " ",
    "\x00",
    "\x01",
    "\x1f",
    "\x7f",
    "\u00a0",
    "\u3000",
    "\uff0f",
    "\u2028",
    "%2f",
    "%5c",
    "%0a",
    "%09",
    ".",
    "..",
    "?",
    "#",
    "@",
    ":",
    "evil.example",
    "site.example",
    "alert(1)",
    "{self}",
    "{static}",
    "{filename}",
    "x",
]
hostile_urls = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=8).map("".join),
    st.text(alphabet=st.sampled_from(list("/\\:.?#@%{}ajvh \t\n\x00")), max_size=12),
    st.text(max_size=12),
)


def test_the_rule_on_what_people_write():
    for url in (
        "https://example.social/@sam",
        "http://a.example",
        "mailto:sam@example.com?subject=Sunday%20spot",
        "/contact/",
        "../../about/",
        "images/p.jpg",
        "#top",
        "?page=2",
        "",
        "/a b",
    ):
        assert is_safe(url), url
    for url in (
        "javascript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,x",
        "//evil.example/",
        "/\\evil.example/a",
        "/\t/evil.example/b",
        "\\\\evil.example",
        "https://x.example\t/",
    ):
        assert not is_safe(url), url


@settings(max_examples=1000)
@given(hostile_urls, st.sampled_from(PAGES))
@example("/\\evil.example/a", PAGES[0])
@example("/\t/evil.example/b", PAGES[0])
@example(" //evil.example", PAGES[0])
@example("\x00javascript:alert(1)", PAGES[0])
def test_what_the_rule_allows_a_browser_keeps_safe(url, page):
    if is_safe(url):
        assert url_problem(url, page) is None, (url, page)
    if is_site_path(url):
        assert not check_url(url)  # ada reads it as relative, too
        resolved = URL(url, page)
        assert resolved.host == URL(page).host, (url, resolved.href)


@functools.cache
def _page() -> Page:
    """A Pelican page whose links nothing resolves: ``{filename}`` and the
    unknown placeholders keep what follows them, as in the issue."""
    context = {"generated_content": {}, "static_content": {}, "localsiteurl": ""}
    return Page(
        content="",
        metadata={"title": "T"},
        settings=copy.deepcopy(DEFAULT_CONFIG),
        source_path="content/x.md",
        context=context,
    )


def _rewritten(what: str, rest: str) -> str | None:
    """The href Pelican writes for ``{what}rest`` (its own _link_replacer)."""
    page = _page()
    html = f'<a href="{{{what}}}{rest}">x</a>'
    try:
        out = page._update_content(html, "https://site.example")
    except ValueError:  # urllib refuses the host: Pelican writes nothing
        return None
    if not (out.startswith('<a href="') and out.endswith('">x</a>')):
        return None
    return out[len('<a href="') : -len('">x</a>')]


@pytest.fixture(autouse=True)
def _quiet_pelican(caplog):
    caplog.set_level("ERROR", logger="pelican")


@settings(max_examples=600)
@given(
    st.sampled_from(["self", "filename", "static", "attach", "tag", "category", ""]),
    hostile_urls.filter(lambda rest: '"' not in rest and "<" not in rest),
)
@example("filename", "javascript://%0aalert(1)%0a%2f%2f")
@example("self", "javascript:alert(document.domain)")
def test_after_a_placeholder_only_a_path_survives_pelican(what, rest):
    written = _rewritten(what, rest)
    if placeholder_problem(rest) is None and written is not None:
        assert is_safe(written), (what, rest, written)
        assert url_problem(written) is None, (what, rest, written)
