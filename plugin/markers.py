"""Markers in articles and pages: ``[realself:offer SLUG]``, ``[realself:offers]``,
``[realself:profile SLUG]`` become rendered sections.

They are replaced in the HTML that Pelican's readers produced (Markdown, reST,
HTML alike), after every generator has read its content, so they can show
offers and profiles. A marker inside code stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from bs4 import BeautifulSoup, NavigableString
from pelican.utils import get_relative_path, path_to_url

from .problems import WARNING, Problem

MARKER = re.compile(
    r"\[realself:(?P<what>offers|offer|profile)(?:[ \t]+(?P<slug>[^\]\s]+))?[ \t]*\]"
)
_LEAVE_ALONE = ("code", "pre", "kbd", "samp", "script", "style", "textarea")

# (what, slug, content) -> HTML, or None when the slug is unknown
Renderer = Callable[[str, str | None, Any], str | None]


def _locate(content: Any, marker: str, source: Callable[[str], str]) -> Problem:
    """Where a marker stands in the article's source file."""
    path = getattr(content, "source_path", "") or ""
    line, column = 1, 1
    try:
        with open(path, encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if marker in text:
                    line, column = number, text.index(marker) + 1
                    break
    except OSError:
        pass
    slug = MARKER.match(marker).group("slug") if MARKER.match(marker) else None
    what = "offer" if "offer" in marker else "profile"
    message = f"unknown {what} {slug!r}" if slug else f"{marker} needs a slug"
    return Problem(source(path), line, column, "", message, WARNING)


def replace_in(
    content: Any, render: Renderer, source: Callable[[str], str]
) -> list[Problem]:
    """Replace the markers of one article or page; return what could not be."""
    html = getattr(content, "_content", None)
    if not html or "[realself:" not in html:
        return []
    soup = BeautifulSoup(html, "html.parser")
    problems: list[Problem] = []
    for node in list(soup.find_all(string=MARKER)):
        if node.find_parent(_LEAVE_ALONE):
            continue
        pieces: list[Any] = []
        last = 0
        text = str(node)
        for match in MARKER.finditer(text):
            rendered = render(match.group("what"), match.group("slug"), content)
            if rendered is None:
                problems.append(_locate(content, match.group(0), source))
                continue
            pieces.append(text[last : match.start()])
            pieces.append(BeautifulSoup(rendered, "html.parser"))
            last = match.end()
        if not pieces:
            continue
        pieces.append(text[last:])
        _put(soup, node, pieces)
    content._content = str(soup)
    return problems


def _put(soup: BeautifulSoup, node: Any, pieces: list[Any]) -> None:
    """Put text and sections where the marker's text was.

    A section cannot live inside <p>, so a paragraph holding a marker is split
    around it; elsewhere (a list item, a table cell) it goes in place.
    """
    parent = node.parent
    if parent is None or parent.name != "p":
        for piece in pieces:
            node.insert_before(
                NavigableString(piece) if isinstance(piece, str) else piece
            )
        node.extract()
        return
    blocks: list[Any] = []
    current = soup.new_tag("p", attrs=dict(parent.attrs))
    for sibling in list(node.previous_siblings)[::-1]:
        current.append(sibling.extract())
    for piece in pieces:
        if isinstance(piece, str):
            current.append(NavigableString(piece))
        else:
            blocks += [current, piece]
            current = soup.new_tag("p", attrs=dict(parent.attrs))
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


def relative_root(content: Any, settings: dict[str, Any]) -> str:
    """SITEURL as the writer will see it for this content's output file."""
    if not settings.get("RELATIVE_URLS"):
        return settings.get("SITEURL", "")
    return path_to_url(get_relative_path(content.save_as)) or "."
