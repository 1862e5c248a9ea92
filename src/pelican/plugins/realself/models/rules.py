"""The rules every field is checked by, as plain functions (no pydantic).

The models (fields.py, profile.py, note.py, offer.py) build their pydantic
types from these, and the fast check (fast_check.py) calls the same ones, so
each rule is written once. Messages are written for the person editing the
YAML, not for a programmer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
import unicodedata
from typing import Any, Protocol

from .. import urls


class Checking(Protocol):
    """What a rule reads of pydantic's ValidationInfo: only its ``context``
    (``check_file`` and ``markdown_budget``); the fast check passes its own."""

    @property
    def context(self) -> dict[str, Any] | None: ...


# Python-Markdown reads links and inline HTML by scanning ahead from every
# '[' and '<' to the end of the paragraph, so a paragraph with thousands of
# them (pasted JSON, a log, a keyboard held down) costs seconds to minutes.
# The cost is about (openers x paragraph length), '<' counting a quarter; one
# field may spend this much, a few tenths of a second at worst. A long story
# with a link or two per paragraph costs a few thousand.
MARKDOWN_BUDGET = 1_000_000
DOCUMENT_MARKDOWN_BUDGET = 2 * MARKDOWN_BUDGET  # all Markdown fields of one document
_OPENER = re.compile(r"(?<!\\)[\[<]")


def _markdown_cost(source: str) -> tuple[int, int, int]:
    """(total cost, openers and length of the costliest paragraph).

    Paragraphs are split the way Python-Markdown splits them (on lines that
    are empty or hold only spaces and tabs), and code blocks count too: whether
    a fence is code depends on the site's MARKDOWN settings, and an indented
    line may belong to a list item.
    """
    if "[" not in source and "<" not in source:  # most texts: nothing to scan
        return 0, 0, 0
    total, worst, worst_openers, worst_length = 0, -1, 0, 0
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraph: list[str] = []
    for line in [*lines, ""]:
        if line.strip(" \t"):
            paragraph.append(line)
            continue
        block = "\n".join(paragraph)
        paragraph = []
        found = _OPENER.findall(block)
        openers = len(found)
        angles = found.count("<")  # inline HTML: a cheaper scan than a link's
        cost = (openers - angles + angles // 4) * len(block)
        total += cost
        if cost > worst:
            worst, worst_openers, worst_length = cost, openers, len(block)
    return total, worst_openers, worst_length


# A link Pelican will rewrite: {what} or |what| (the delimiters of Pelican's
# INTRASITE_LINK_REGEX) as a Markdown link's target, a reference definition
# or an HTML attribute.
_PLACEHOLDER_LINK = re.compile(
    r"""[{|](?P<what>[^{}|\s]*)[|}](?P<rest>(?:[^\s()"'<>]|\([^\s()"'<>]*\))*)"""
)
# What stands just before one for Pelican to rewrite it: a Markdown link's
# target, a reference definition or an HTML attribute.
_LINK_BEFORE = re.compile(
    r"""(?:\]\(\s*<?|\]:[ \t]*<?
        |\b(?:href|src|poster|data|cite|formaction|action|content)\s*=\s*["']?)\Z""",
    re.X | re.I,
)


def _check_pelican_links(value: str, info: Checking) -> None:
    """The links Pelican will rewrite in Markdown: a path after the braces, and
    {static}/{attach} never into our YAML folders. (Whatever this misses, the
    URL Pelican finally writes is checked too: pages.py.)"""
    if "{" not in value and "|" not in value and "&" not in value:
        return
    check = (info.context or {}).get("check_file")
    text = html.unescape(value)
    # Placeholders are rare; what precedes each is looked at only then.
    for match in _PLACEHOLDER_LINK.finditer(text):
        if not _LINK_BEFORE.search(text, max(0, match.start() - 80), match.start()):
            continue
        what, rest = match.group("what"), match.group("rest")
        problem = urls.placeholder_problem(rest) if rest else None
        if problem:
            raise ValueError(f"the link {match.group()!r}: {{{what}}} {problem}")
        if check is not None and what in ("static", "attach"):
            check(f"{{{what}}}{rest}", must_exist=False)


def check_markdown(value: str, info: Checking) -> str:
    """Refuse Markdown that would take Python-Markdown seconds to read, and
    links that Pelican would rewrite into something unsafe.

    ``markdown_budget`` in the validation context (a one-item list) is what
    the fields of one document may spend together; each field takes its cost.
    """
    _check_pelican_links(value, info)
    total, openers, length = _markdown_cost(value)
    advice = (
        "; split long paragraphs with a blank line, or write \\[ for a bracket "
        "that is not a link"
    )
    if total > MARKDOWN_BUDGET:
        raise ValueError(
            f"is too tangled for Markdown to read quickly ({openers:,} '[' or '<' "
            f"in a paragraph of {length:,} characters){advice}"
        )
    budget = (info.context or {}).get("markdown_budget")
    if budget is not None:
        budget[0] -= total
        if budget[0] < 0:
            raise ValueError(
                "with the Markdown above it in this document, is too tangled for "
                f"Markdown to read quickly{advice}"
            )
    return value


SLUG_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
SLUG_MAX_LENGTH = 100


def is_slug(text: str) -> bool:
    """Whether ``text`` is a slug as the models accept one (no spaces around)."""
    return len(text) <= SLUG_MAX_LENGTH and re.fullmatch(SLUG_PATTERN, text) is not None


# A BCP 47 language code, loosely: Pelican puts it into output paths
# ({lang}/give/{slug}/) and URLs, so free text could write outside the output
# folder or break out of an href attribute.
LANG_PATTERN = r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"

# Written scheme://host/..., so "https:example.com" is a mistake.
NEEDS_HOST = ("https", "http")
_SCHEME = re.compile(rf"^({urls.SCHEME_PATTERN})")
_BARE_DOMAIN = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)*\.[a-zA-Z]{2,}(/|$)")
_PLACEHOLDER = re.compile(rf"^\{{(?P<what>{'|'.join(urls.PLACEHOLDERS)})\}}")


def url_start(scheme: str) -> str:
    """How a URL with ``scheme`` begins: ``https://`` or ``mailto:``."""
    return f"{scheme}://" if scheme in NEEDS_HOST else f"{scheme}:"


def _any_case(word: str) -> str:
    """``http:`` as ``[hH][tT][tT][pP]:``: JSON Schema patterns take no flags."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word)


def url_pattern(
    schemes: tuple[str, ...] = urls.SCHEMES,
    placeholders: tuple[str, ...] = urls.PLACEHOLDERS,
    *,
    site_paths: bool = True,
) -> str:
    """The URL rule of ``check_url`` as one pattern, for the JSON Schema.

    Editors underline a refused link while the user types. It is built from
    the constants ``check_url`` and ``urls.is_safe`` read, and
    tests/test_schema_rules.py feeds both the same URLs. (A value with spaces
    around it is refused here and trimmed by the build, as for every field.)
    """
    char = f"[^{urls.NEVER_CHARS}]"
    ways = [f"(?:{'|'.join(_any_case(url_start(s)) for s in schemes)}){char}*"]
    if placeholders:
        # a path must follow: no scheme, no host, no space first
        names = "|".join(placeholders)
        ways.append(rf"\{{(?:{names})\}}(?!{urls.SCHEME_PATTERN}|//| ){char}+")
    if site_paths:
        ways += [f"/(?!/){char}*", f"#{char}*"]
    return f"^(?:{'|'.join(ways)})$"


def _visible(value: str) -> str:
    """Drop control and format characters browsers ignore inside a scheme."""
    return "".join(
        ch for ch in value if not unicodedata.category(ch).startswith(("C", "Z"))
    )


def check_url(value: str) -> str:
    """Allow https, http and mailto links, site paths and {static} references.

    What is accepted here also passes urls.is_safe, the rule every URL we
    write is checked against once Pelican has resolved it.
    """
    value = value.strip()
    if not value:
        raise ValueError("must not be empty")
    placeholder = _PLACEHOLDER.match(value)
    if placeholder:
        what, rest = placeholder.group("what"), value[placeholder.end() :]
        if not rest:
            raise ValueError(
                f"name a file after {{{what}}}, like {{{what}}}/images/photo.jpg"
            )
        problem = urls.placeholder_problem(rest)
        if problem:
            raise ValueError(f"{{{what}}} {problem}")
        return value
    if value.startswith(("//", "\\\\")):
        raise ValueError("write the whole address, starting with https://")
    if value.startswith(("/", "#")):
        if not urls.is_safe(value):
            raise ValueError(_INVISIBLE)
        return value
    scheme = _SCHEME.match(_visible(value))
    if scheme is None and _BARE_DOMAIN.match(value):
        raise ValueError("write the whole address, starting with https://")
    if scheme is None:
        raise ValueError(
            "must start with https://, http://, mailto: or / (a page of this site)"
        )
    name = scheme.group(1)[:-1].lower()
    if name not in urls.SCHEMES or value.split(":", 1)[0].lower() != name:
        raise ValueError(
            f"{name}: links are not allowed; use https://, http://, mailto: "
            "or a path on this site"
        )
    if name in NEEDS_HOST and not value[len(name) + 1 :].startswith("//"):
        raise ValueError(f"write the whole address, like {name}://example.com/")
    if not urls.is_safe(value):
        raise ValueError(_INVISIBLE)
    return value


_INVISIBLE = (
    "must not hold a backslash, tab, line break or other invisible character "
    "(browsers read /\\host as another site); write %5C for a backslash"
)


URL_MAX_LENGTH = 2000


def content_file(value: str, info: Checking) -> str:
    """A {static} path must name a file inside the content folder."""
    check = (info.context or {}).get("check_file")
    if check is not None and _PLACEHOLDER.match(value):
        check(value)  # raises ValueError with a kind message
    return value


# A claim is one of the URLs check_url accepts, and of these kinds only.
CLAIM_SCHEMES = ("https", "mailto")
CLAIM_PLACEHOLDERS = ("static",)
_CLAIM = re.compile(
    "|".join(
        [re.escape(url_start(s)) for s in CLAIM_SCHEMES]
        + [re.escape(f"{{{p}}}") for p in CLAIM_PLACEHOLDERS]
    ),
    re.IGNORECASE,
)


def check_claim(value: str) -> str:
    """Claims go somewhere safe: https, mailto, or a file we publish."""
    if not _CLAIM.match(value.strip()):
        raise ValueError("use an https:// address, a mailto: link or a {static} file")
    return value


# Dates far outside a life's span are mistakes (or "never"), and near the ends
# of the calendar the arithmetic on them (a closing day's end, "closing soon")
# would overflow.
EARLIEST_YEAR, LATEST_YEAR = 1000, 9000


def _in_range(day: dt.date, text: str) -> None:
    if day.year > LATEST_YEAR:
        raise ValueError(
            f"{text} is too far ahead (years up to {LATEST_YEAR}); "
            "for no end date, leave the field out"
        )
    if day.year < EARLIEST_YEAR:
        raise ValueError(f"{text} is too long ago (years from {EARLIEST_YEAR})")


def parse_day(value: Any) -> dt.date:
    """Read a calendar date written as YYYY-MM-DD."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        _in_range(value, value.isoformat())
        return value
    if not isinstance(value, str):
        raise ValueError(f"must be a date like 2026-11-01, got {describe(value)}")
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"must be a date like 2026-11-01, got {describe(text)}")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text} is not a real date ({_why_not(text)})") from None
    _in_range(day, text)
    return day


def _why_not(text: str) -> str:
    """Why YYYY-MM-DD is not on the calendar, in words."""
    year, month = int(text[:4]), int(text[5:7])
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if year < 1:
        return "years start at 1"
    days = calendar.monthrange(year, month)[1]
    return f"{calendar.month_name[month]} {year} has {days} days"


def parse_moment(value: Any) -> dt.date | dt.datetime:
    """A date, or a date and time with an optional UTC offset."""
    if isinstance(value, dt.datetime):
        _in_range(value.date(), value.isoformat())
        return value
    if isinstance(value, dt.date):
        return parse_day(value)
    if not isinstance(value, str):
        raise ValueError(
            f"must be a date like 2026-12-05 or 2026-12-05T23:59, got {describe(value)}"
        )
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return parse_day(text)
    shape = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?"
    if not re.fullmatch(shape, text):
        raise ValueError(
            f"must be a date like 2026-12-05 or 2026-12-05T23:59, got {describe(text)}"
        )
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"{text} is not a real date ({_why_not(text)})") from None
    _in_range(day, text)
    # Checked first: Python reads +02:60 as +03:00.
    offset = re.search(r"[+-](\d{2}):?(\d{2})\Z", text[10:])
    if offset and (int(offset[1]) > 23 or int(offset[2]) > 59):
        raise ValueError(
            f"{offset[0]} is not a real UTC offset (from -23:59 to +23:59, like +02:00)"
        )
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{text} is not a real time of day (hours 00-23, minutes 00-59)"
        ) from None


def one_or_many(value: Any) -> Any:
    """Let a single mapping stand where a list of them is expected."""
    return [value] if isinstance(value, dict) else value


def describe(value: Any) -> str:
    """How a value looks to someone reading their YAML."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        short = value if len(value) <= 30 else value[:27] + "..."
        return f"the text {short!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    return type(value).__name__
