"""Where a rendered page's head ends, and its titles, canonical links and
meta properties, as offsets into the page (for page_head.finish).

Two readers give the same answer. ``_HeadScan`` is the standard library's
HTMLParser, which reads any page. ``quick_scan`` reads only the plain
constructs every HTMLParser release reads alike (tags with simple quoted or
bare attributes, end tags, comments without ``--`` inside, a doctype, scripts,
styles and titles holding no ``<``) and gives up (None) at anything else, so
the parser answers for hostile heads. Measured (process time) on a profile
page's head of 20 tags: 0.25-0.29 ms with the parser, 0.03-0.07 ms with
quick_scan; FinishedPage.render over a 200-profile build, 1.17 -> 1.00 ms a
page. tests/test_head_scan.py and test_real_themes.py hold the two equal.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any


class _Done(Exception):
    """Raised by the scan at the end of the head: the body is never read."""


class _Head:
    """Where things are in a rendered page, as offsets into its text.

    A plain class, as the other records a build makes (load.Document says
    why)."""

    def __init__(self) -> None:
        self.end: int | None = None  # where our markup goes
        self.body: int | None = None  # the start of <body>, if written
        self.titles: list[tuple[int, int, int, int]] = []
        self.canonicals: list[tuple[int, int]] = []
        self.metas: list[tuple[str, int, int]] = []

    # The quick scan is held equal to the parser's (tests/test_head_scan.py).
    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Head) and vars(self) == vars(other)

    def __repr__(self) -> str:
        return f"_Head({vars(self)})"


class _HeadScan(HTMLParser):
    """Finds the head's end, its titles, canonical links and meta properties."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.found = _Head()
        # getpos() counts lines by "\n" only, as we do here
        self._lines = [0] + [m.end() for m in re.finditer("\n", page)]
        self._title: int | None = None
        self._after_html: int | None = None

    def _at(self) -> int:
        line, column = self.getpos()
        return self._lines[line - 1] + column

    def _tag_span(self) -> tuple[int, int]:
        start = self._at()
        return start, start + len(self.get_starttag_text() or "")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "body":
            self.found.end = self.found.body = self._at()
            raise _Done
        if tag == "html":
            self._after_html = self._tag_span()[1]
        elif tag == "title":
            self._title = self._tag_span()[0]
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.found.canonicals.append(self._tag_span())
        elif tag == "meta" and values.get("property"):
            self.found.metas.append((values["property"], *self._tag_span()))

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.found.end = self._at()
            raise _Done
        if tag == "title" and self._title is not None:
            start = self._at()
            close = self.page.find(">", start) + 1 or len(self.page)
            opened = self.page.find(">", self._title) + 1
            self.found.titles.append((self._title, opened, start, close))
            self._title = None

    def scan(self) -> _Head:
        try:
            self.feed(self.page)
            self.close()
        except _Done:
            pass
        if self.found.end is None:
            # No </head> nor <body>: HTML puts metadata met before any
            # content into the head, so right after <html> (or at the top).
            self.found.end = self._after_html or 0
        return self.found


# HTML's whitespace only: Python's \s also matches Unicode spaces, which
# HTMLParser releases read differently inside tags.
_WS = "[\t\n\r\f ]"
_ATTRIBUTE_NAME = "[a-zA-Z_:][-a-zA-Z0-9_:.]*"
# a bare value ends at whitespace or ">": "href=x/>" is read differently by
# different parser releases (x/ or x), so it is not ours to read
_VALUE = r"""(?:"[^"]*"|'[^']*'|[^\t\n\r\f "'=<>`/]+(?=[\t\n\r\f >]))"""
_ATTRIBUTES = re.compile(rf"{_WS}+({_ATTRIBUTE_NAME})(?:{_WS}*={_WS}*({_VALUE}))?")
_START = re.compile(
    rf"<([a-zA-Z][a-zA-Z0-9-]*)"
    rf"((?:{_WS}+{_ATTRIBUTE_NAME}(?:{_WS}*={_WS}*{_VALUE})?)*){_WS}*(/?)>"
)
_END = re.compile(rf"</([a-zA-Z][a-zA-Z0-9-]*){_WS}*>")
# a comment with no "--" inside, not opened as "<!-->" or "<!--->"
_COMMENT = re.compile(r"<!--(?![->])(?:[^-]|-(?!-))*(?<!-)-->")
_DOCTYPE = re.compile(r"""<!doctype[^<>"']*>""", re.IGNORECASE)
# read up to the first "<" after them, which must be their own end tag
_TEXT_ONLY = frozenset({"script", "style", "title"})
# elements parser releases treat differently (raw text in some, not others)
_UNSURE = frozenset(
    {"textarea", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"}
)


def _values(attributes: str) -> dict[str, str]:
    """A start tag's attributes as _HeadScan sees them (last one wins)."""
    values = {}
    for name, value in _ATTRIBUTES.findall(attributes):
        if value[:1] in "\"'":
            value = value[1:-1]
        values[name.lower()] = unescape(value)
    return values


def quick_scan(page: str) -> _Head | None:
    """What ``_HeadScan`` finds, or None when the head holds anything but
    the plain constructs read here (then ask ``_HeadScan``)."""
    found = _Head()
    title: int | None = None
    after_html: int | None = None
    at = page.find("<")
    while at >= 0:
        after = page[at + 1 : at + 2]
        if after == "!":
            match = _COMMENT.match(page, at) or _DOCTYPE.match(page, at)
            if match is None:
                return None
            at = page.find("<", match.end())
            continue
        if after == "/":
            match = _END.match(page, at)
            if match is None:
                return None
            tag = match[1].lower()
            if tag == "head":
                found.end = at
                return found
            if tag == "title" and title is not None:
                opened = page.find(">", title) + 1
                found.titles.append((title, opened, at, match.end()))
                title = None
            at = page.find("<", match.end())
            continue
        match = _START.match(page, at)
        if match is None:
            return None
        tag, end = match[1].lower(), match.end()
        if tag == "body":
            found.end = found.body = at
            return found
        if tag in _UNSURE or (tag in _TEXT_ONLY and match[3]):
            return None
        if tag == "html":
            after_html = end
        elif tag == "title":
            title = at
        elif tag == "link":
            if "canonical" in _values(match[2]).get("rel", "").lower().split():
                found.canonicals.append((at, end))
        elif tag == "meta":
            prop = _values(match[2]).get("property")
            if prop:
                found.metas.append((prop, at, end))
        at = page.find("<", end)
        if tag in _TEXT_ONLY:
            closing = _END.match(page, at) if at >= 0 else None
            if closing is None or closing[1].lower() != tag:
                return None
    found.end = after_html or 0
    return found


def scan(page: str) -> _Head:
    """Where ``page``'s head ends, its titles, canonical links and meta
    properties: ``quick_scan``'s answer, else the HTML parser's."""
    return quick_scan(page) or _HeadScan(page).scan()
