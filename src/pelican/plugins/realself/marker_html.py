"""Markers in a reader's HTML: where they are, and replacing only them.

Plain Python on the HTML Pelican's readers produced (Markdown, reST, HTML),
after Typogrify or the ``smarty`` extension, which may have put a no-break
space or a dash into a marker. The post is scanned, not parsed into a tree and
written back, so everything but the marker's own text stays byte for byte; a
marker in code, an attribute or a comment stays as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from html import unescape
from html.parser import HTMLParser
from typing import Any

from .paths import site_relative
from .problems import WARNING, Problem

# Whitespace as a reader may have written it: Typogrify's widont joins the
# last two words of a paragraph with &nbsp;.
_SPACE = r"(?:\s|&nbsp;|&#160;|&#[xX]0*[aA]0;)"
MARKER = re.compile(
    r"\[realself:(?P<what>offers|offer|profile)"
    rf"(?:{_SPACE}+(?P<slug>(?:[^\]\s<>&]|&#?\w+;)+?))?{_SPACE}*\]"
)
# <tt> is what docutils writes for reST ``inline literals``.
_LEAVE_ALONE = frozenset(
    ("code", "pre", "tt", "kbd", "samp", "script", "style", "textarea")
)
_VOID = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta")
    + ("source", "track", "wbr")
)

# -- finding markers in a reader's HTML ----------------------------------------


class _Element:
    """An element of the post, by offsets (a plain class: load.Document)."""

    def __init__(self, tag: str, start: int, inside: int):
        self.tag = tag
        self.start = start  # where its start tag begins
        self.inside = inside  # where its start tag ends
        self.close: int | None = None  # where its end tag begins, if it has one


class _Scan(HTMLParser):
    """Which elements are open where each run of text starts.

    Enough to tell a marker in code from one in a paragraph, and to split that
    paragraph, without building (and so re-serialising) a tree of the post.
    """

    def __init__(self, html: str):
        super().__init__(convert_charrefs=False)
        self._lines = [0] + [m.end() for m in re.finditer("\n", html)]
        self._open: list[_Element] = []
        self._starts: list[int] = []  # offset of every token, in order
        self._held: list[tuple[_Element, ...] | None] = []  # None: not text
        self.feed(html)
        self.close()

    def held_at(self, offset: int) -> tuple[_Element, ...] | None:
        """The open elements where text at ``offset`` stands; None if no text."""
        index = bisect_right(self._starts, offset) - 1
        return self._held[index] if index >= 0 else ()

    def _token(self, held: tuple[_Element, ...] | None) -> int:
        line, column = self.getpos()
        offset = self._lines[line - 1] + column
        self._starts.append(offset)
        self._held.append(held)
        return offset

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        start = self._token(None)
        if tag not in _VOID:
            text = self.get_starttag_text() or ""
            self._open.append(_Element(tag, start, start + len(text)))

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        self._token(None)

    def handle_endtag(self, tag: str) -> None:
        start = self._token(None)
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                self._open[index].close = start
                del self._open[index:]
                break

    def handle_data(self, data: str) -> None:
        self._token(tuple(self._open))

    handle_entityref = handle_charref = handle_data

    def handle_comment(self, data: str) -> None:
        self._token(None)

    handle_decl = handle_pi = unknown_decl = handle_comment


def splice(html: str, place: Callable[[re.Match], str | None]) -> str:
    """``html`` with each marker outside code replaced by ``place(match)``
    (None leaves it); a paragraph holding sections is split around them."""
    if "[realself:" not in html:
        return html
    scan = _Scan(html)
    inline: list[tuple[int, int, str]] = []
    paragraphs: dict[int, tuple[_Element, list[tuple[re.Match, str]]]] = {}
    for match in MARKER.finditer(html):
        held = scan.held_at(match.start())
        if held is None or any(e.tag in _LEAVE_ALONE for e in held):
            continue
        placed = place(match)
        if placed is None:
            continue
        if held and held[-1].tag == "p" and held[-1].close is not None:
            paragraphs.setdefault(held[-1].start, (held[-1], []))[1].append(
                (match, placed)
            )
        else:  # a list item, a table cell, a <p> left open: in place
            inline.append((match.start(), match.end(), placed))
    edits = [
        e for e in inline if not any(_within(e, p) for p, _ in paragraphs.values())
    ]
    for paragraph, found in paragraphs.values():
        end = html.index(">", paragraph.close) + 1
        inner = [e for e in inline if _within(e, paragraph)]
        edits.append((paragraph.start, end, _split(html, paragraph, found, inner)))
    return _apply(html, edits, 0, len(html))


def _within(edit: tuple[int, int, str], paragraph: _Element) -> bool:
    return paragraph.inside <= edit[0] < (paragraph.close or -1)


def _apply(html: str, edits: list[tuple[int, int, str]], start: int, end: int) -> str:
    """``html[start:end]`` with the edits that fall in it made."""
    out, last = [], start
    for first, after, text in sorted(e for e in edits if start <= e[0] < end):
        out += [html[last:first], text]
        last = after
    out.append(html[last:end])
    return "".join(out)


def _split(
    html: str,
    paragraph: _Element,
    found: list[tuple[re.Match, str]],
    inline: list[tuple[int, int, str]],
) -> str:
    """A paragraph around its sections: a section cannot live inside <p>, so
    the text between them stays a paragraph each (with the same attributes);
    a piece with nothing to read is left out."""
    start_tag = html[paragraph.start : paragraph.inside]
    out, last = [], paragraph.inside
    for match, placed in [*found, (None, "")]:
        first = match.start() if match else paragraph.close
        piece = _apply(html, inline, last, first)
        if unescape(piece).strip():
            out.append(f"{start_tag}{piece}</p>")
        out.append(placed)
        last = match.end() if match else last
    return "".join(out)


# -- where an unknown marker stands in its source --------------------------------


def _in_code(line: str, column: int, fenced: bool) -> bool:
    """Whether the text at ``column`` (0-based) of a source line looks like code:
    a fenced or indented block, or inside a run of backticks."""
    if fenced or line.startswith(("    ", "\t")):
        return True
    runs = re.findall(r"`+", line[:column])
    return len(runs) % 2 == 1


def _position(path: str, pattern: re.Pattern) -> tuple[int, int]:
    """Line and column of a marker in its source, preferring one outside code."""
    found: list[tuple[int, int, bool]] = []
    fenced = False
    try:
        with open(path, encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if re.match(r"\s{0,3}(```|~~~)", text):
                    fenced = not fenced
                    continue
                for hit in pattern.finditer(text):
                    found.append(
                        (number, hit.start() + 1, _in_code(text, hit.start(), fenced))
                    )
    except OSError:
        return 1, 1
    for line, column, code in found:
        if not code:
            return line, column
    return (found[0][0], found[0][1]) if found else (1, 1)


def slugs(raw: str | None) -> list[str | None]:
    """What the author may have typed: a reader's typography undone.

    Typogrify and smarty turn ``--`` and ``---`` into dashes (which is which
    depends on their settings), and a reader may write them as entities.
    """
    if raw is None:
        return [None]
    text = unescape(raw)
    found = [
        text,
        text.replace("\u2014", "---").replace("\u2013", "--"),
        text.replace("\u2014", "--").replace("\u2013", "---"),
    ]
    return list(dict.fromkeys(found))


# (kind, slug) -> "offer 'x' was skipped: see sam.yaml:3:1", or None
Skipped = Callable[[str, str], str | None]


def locate(
    content: Any, match: re.Match, content_root: str, skipped: Skipped
) -> Problem:
    """Where an unknown marker stands in the post's source file."""
    what, typed_as = match.group("what"), slugs(match.group("slug"))
    typed = "|".join(re.escape(s) for s in typed_as if s)
    pattern = re.compile(
        rf"\[realself:{what}" + (rf"\s+(?:{typed})" if typed else "") + r"\s*\]"
    )
    path = getattr(content, "source_path", "") or ""
    line, column = _position(path, pattern)
    kind = "offer" if what == "offers" else what
    message = (
        f"unknown {kind} {typed_as[0]!r}"
        if typed_as[0]
        else f"[realself:{what}] needs a slug"
    )
    if typed_as[0]:  # a document left out for a mistake: point at the mistake
        message = skipped(kind, typed_as[0]) or message
    return Problem(
        site_relative(path, content_root), line, column, "", message, WARNING
    )
