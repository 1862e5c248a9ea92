"""The one rule for every URL we write: https, http, mailto, or this site.

Every href and src of ours (pages, feeds, realself.json, JSON-LD) passes
``is_safe`` after Pelican has rewritten its ``{static}``/``{filename}``
links, because the rewriting can turn a harmless relative path such as
``{self}javascript:alert(1)`` into a live ``javascript:`` link.

The rule is written for the way browsers read a URL (the WHATWG URL
standard); tests/test_url_rule.py checks it against such a parser.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# The schemes a visitor's browser may follow. Everything else (javascript:,
# data:, vbscript:, file:, ...) is refused whatever its letter case or disguise.
# The field validators, nh3's cleaning and the JSON Schema all read these.
SCHEMES = ("https", "http", "mailto")
# Pelican's placeholders for a file of the site (``{static}/images/me.jpg``).
PLACEHOLDERS = ("static", "filename", "attach")
# A scheme as browsers read one: ASCII letter first, then letters, digits, +-.
SCHEME_PATTERN = r"[A-Za-z][A-Za-z0-9+.\-]*:"
# Browsers drop tabs and line breaks anywhere and controls at both ends, and
# read a backslash as a slash: "/\evil.example" and "/\t/evil.example" both
# lead to another host. No URL we write needs any of them. (The inside of a
# character class, in a syntax both Python and ECMAScript regexes read.)
NEVER_CHARS = r"\x00-\x1f\x7f\\"
_SCHEME = re.compile(SCHEME_PATTERN)
_NEVER = re.compile(f"[{NEVER_CHARS}]")


def is_safe(url: str) -> bool:
    """Whether following ``url`` (an attribute's value, entities decoded)
    leads to an http, https or mailto address, or stays on this site."""
    if _NEVER.search(url) or url != url.strip(" "):
        return False
    scheme = _SCHEME.match(url)
    if scheme is not None:
        return scheme.group()[:-1].lower() in SCHEMES
    return not url.startswith("//")  # "//host/x" is another host


def is_site_path(url: str) -> bool:
    """A safe URL that names no scheme and no host: a path on this site."""
    return is_safe(url) and _SCHEME.match(url) is None and not url.startswith("//")


def placeholder_problem(rest: str) -> str | None:
    """What is wrong with the text after a Pelican ``{…}`` placeholder, if
    anything.

    Pelican swaps only the path of what follows ``{static}`` (or any other
    placeholder) and keeps its scheme and host, so ``{filename}javascript:x``
    becomes ``javascript:/the/page/``. What follows must be a plain path.
    """
    if "\\" in rest:
        return "must be a path inside the content folder, with / between folders"
    problem = "must be followed by a path on this site (no scheme, no host)"
    if not is_site_path(rest):
        return problem
    try:
        parts = urlsplit(rest)  # the parser Pelican itself uses for this
    except ValueError:  # e.g. a host that is not one after NFKC normalisation
        return problem
    return problem if parts.scheme or parts.netloc else None
