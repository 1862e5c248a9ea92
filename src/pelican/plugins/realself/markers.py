"""Markers in articles and pages: ``[realself:offer SLUG]``, ``[realself:offers]``,
``[realself:profile SLUG]`` become rendered sections.

They are replaced in the HTML that Pelican's readers produced (Markdown, reST,
HTML alike), after every generator has read its content, so they can show
offers and profiles. A marker inside code stays as written.

A section's links are written against ``ROOT``, a placeholder for SITEURL;
the content's ``get_content(siteurl)`` puts in the root of each file it is
shown in (its own page, the index, a category page, a feed), the way Pelican
resolves ``{static}`` links.
"""

from __future__ import annotations

import inspect
import re
import secrets
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .problems import WARNING, Problem

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

MARKER = re.compile(
    r"\[realself:(?P<what>offers|offer|profile)(?:[ \t]+(?P<slug>[^\]\s]+))?[ \t]*\]"
)
# <tt> is what docutils writes for reST ``inline literals``.
_LEAVE_ALONE = ("code", "pre", "tt", "kbd", "samp", "script", "style", "textarea")
ROOT = "__realself_siteurl__"

# (what, slug, content) -> HTML, or None when the slug is unknown
Renderer = Callable[[str, str | None, Any], str | None]


def _in_code(line: str, column: int, fenced: bool) -> bool:
    """Whether the text at ``column`` (0-based) of a source line looks like code:
    a fenced or indented block, or inside a run of backticks."""
    if fenced or line.startswith(("    ", "\t")):
        return True
    runs = re.findall(r"`+", line[:column])
    return len(runs) % 2 == 1


def _position(path: str, marker: str) -> tuple[int, int]:
    """Line and column of a marker in its source, preferring one outside code."""
    found: list[tuple[int, int, bool]] = []
    fenced = False
    try:
        with open(path, encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if re.match(r"\s{0,3}(```|~~~)", text):
                    fenced = not fenced
                    continue
                start = text.find(marker)
                while start >= 0:
                    found.append((number, start + 1, _in_code(text, start, fenced)))
                    start = text.find(marker, start + 1)
    except OSError:
        return 1, 1
    for line, column, code in found:
        if not code:
            return line, column
    return (found[0][0], found[0][1]) if found else (1, 1)


def _locate(content: Any, match: re.Match, source: Callable[[str], str]) -> Problem:
    """Where an unknown marker stands in the article's source file."""
    path = getattr(content, "source_path", "") or ""
    line, column = _position(path, match.group(0))
    slug = match.group("slug")
    what = "offer" if match.group("what") == "offers" else match.group("what")
    message = f"unknown {what} {slug!r}" if slug else f"{match.group(0)} needs a slug"
    return Problem(source(path), line, column, "", message, WARNING)


class _Rooted:
    """``get_content`` for content holding sections: ROOT becomes the SITEURL of
    whichever file shows it. A class, not a closure, so content still pickles."""

    def __init__(self, content: Any):
        self.content = content

    def __call__(self, siteurl: str) -> str:
        kind = type(self.content)
        pelicans = inspect.getattr_static(kind, "get_content").__get__(
            self.content, kind
        )
        return pelicans(siteurl).replace(ROOT, siteurl or "")


def _render_rooted(
    render: Renderer, what: str, slug: str | None, content: Any
) -> str | None:
    """Render a section with every link against ROOT, {static} ones included."""
    # Pelican gives every generator (and so every content object, offers and
    # profiles too) one context dict; Content.get_siteurl() reads it from there.
    context = getattr(content, "_context", None)
    if not isinstance(context, dict):
        return render(what, slug, content)
    missing = object()
    saved = context.get("localsiteurl", missing)
    context["localsiteurl"] = ROOT
    try:
        return render(what, slug, content)
    finally:
        if saved is missing:
            del context["localsiteurl"]
        else:
            context["localsiteurl"] = saved


def replace_in(
    content: Any, render: Renderer, source: Callable[[str], str]
) -> list[Problem]:
    """Replace the markers of one article or page; return what could not be."""
    html = getattr(content, "_content", None)
    if not html or "[realself:" not in html:
        return []
    # BeautifulSoup takes longer to import than a small site takes to build:
    # only a site that uses markers ever loads it.
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(html, "html.parser")
    problems: list[Problem] = []
    # A section goes in as a comment holding a key, and its HTML replaces the
    # comment once the article is text again: a section listing every open
    # offer is never parsed, only the article around it.
    sections: dict[str, str] = {}
    nonce = secrets.token_hex(8)  # no comment the author wrote can match it
    for node in list(soup.find_all(string=MARKER)):
        if node.find_parent(_LEAVE_ALONE):
            continue
        pieces: list[Any] = []
        last = 0
        text = str(node)
        for match in MARKER.finditer(text):
            what, slug = match.group("what"), match.group("slug")
            rendered = _render_rooted(render, what, slug, content)
            if rendered is None:
                problems.append(_locate(content, match, source))
                continue
            key = f"realself-section {nonce} {len(sections)}"
            sections[f"<!--{key}-->"] = rendered
            pieces.append(text[last : match.start()])
            pieces.append(Comment(key))
            last = match.end()
        if not pieces:
            continue
        pieces.append(text[last:])
        _put(soup, node, pieces)
    html = str(soup)
    for placeholder, rendered in sections.items():
        html = html.replace(placeholder, rendered, 1)
    content._content = html
    if ROOT in content._content and not isinstance(
        vars(content).get("get_content"), _Rooted
    ):
        content.get_content = _Rooted(content)
    return problems


def _put(soup: BeautifulSoup, node: Any, pieces: list[Any]) -> None:
    """Put text and sections where the marker's text was.

    A section cannot live inside <p>, so a paragraph holding a marker is split
    around it; elsewhere (a list item, a table cell) it goes in place.
    """
    from bs4 import Comment, NavigableString  # already loaded by replace_in

    parent = node.parent
    if parent is None or parent.name != "p":
        for piece in pieces:
            node.insert_before(
                piece if isinstance(piece, Comment) else NavigableString(piece)
            )
        node.extract()
        return
    blocks: list[Any] = []
    current = soup.new_tag("p", attrs=dict(parent.attrs))
    for sibling in list(node.previous_siblings)[::-1]:
        current.append(sibling.extract())
    for piece in pieces:
        if isinstance(piece, Comment):  # a section's placeholder
            blocks += [current, piece]
            current = soup.new_tag("p", attrs=dict(parent.attrs))
        else:
            current.append(NavigableString(piece))
    for sibling in list(node.next_siblings):
        current.append(sibling.extract())
    blocks.append(current)
    for block in blocks:
        empty = (
            block.name == "p" and not block.get_text().strip() and not block.find(True)
        )
        if not empty:
            parent.insert_before(block)
    parent.extract()


def contents_of(generators: Iterable[Any]) -> Iterable[Any]:
    """Every article and page Pelican read, in every status and language."""
    names = (
        "articles",
        "translations",
        "drafts",
        "drafts_translations",
        "hidden_articles",
        "hidden_translations",
        "pages",
        "hidden_pages",
        "draft_pages",
        "draft_translations",
    )
    seen: set[int] = set()
    for generator in generators:
        if type(generator).__name__ not in ("ArticlesGenerator", "PagesGenerator"):
            continue
        for name in names:
            for content in getattr(generator, name, []) or []:
                if id(content) not in seen:
                    seen.add(id(content))
                    yield content
