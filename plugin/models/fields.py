"""Field types shared by every kind of document.

Values stay plain Python here; escaping and Markdown happen in ``render``.
Messages are written for the person editing the YAML, not for a programmer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
)

# Markdown-free text: escaped when rendered, never interpreted. Editors read
# YAML 1.2, where `012` is a number; we keep it as text, so the schema says so.
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    WithJsonSchema({"type": ["string", "number"], "minLength": 1}),
]
# Markdown source: rendered with the site's MARKDOWN settings, then cleaned.
Markdown = Annotated[str, StringConstraints(min_length=1)]

SLUG_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
Slug = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=SLUG_PATTERN, max_length=100),
]

# Schemes a visitor's browser may follow. Everything else (javascript:, data:,
# vbscript:, file:, ...) is refused whatever its letter case or disguise.
URL_SCHEMES = ("https", "http", "mailto")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_BARE_DOMAIN = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)*\.[a-zA-Z]{2,}(/|$)")
_PLACEHOLDER = re.compile(r"^\{(static|filename|attach)\}")
# The JSON Schema carries the same rule as a pattern, for editors.
URL_PATTERN = (
    r"^(?:(?:[hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:)[^\s]+"
    r"|\{(?:static|filename|attach)\}[^\s]*|/(?!/)[^\s]*|#[^\s]*)$"
)


def _visible(value: str) -> str:
    """Drop control and format characters browsers ignore inside a scheme."""
    return "".join(
        ch for ch in value if not unicodedata.category(ch).startswith(("C", "Z"))
    )


def check_url(value: str) -> str:
    """Allow https, http and mailto links, site paths and {static} references."""
    value = value.strip()
    if not value:
        raise ValueError("must not be empty")
    if _PLACEHOLDER.match(value) or value.startswith("#"):
        return value
    if value.startswith("//"):
        raise ValueError("write the whole address, starting with https://")
    if value.startswith("/"):
        return value
    scheme = _SCHEME.match(_visible(value))
    if scheme is None and _BARE_DOMAIN.match(value):
        raise ValueError("write the whole address, starting with https://")
    if scheme is None:
        raise ValueError(
            "must start with https://, http://, mailto: or / (a page of this site)"
        )
    name = scheme.group(1).lower()
    if name not in URL_SCHEMES or value.split(":", 1)[0].lower() != name:
        raise ValueError(
            f"{name}: links are not allowed; use https://, http://, mailto: "
            "or a path on this site"
        )
    if name in ("http", "https") and not value[len(name) + 1 :].startswith("//"):
        raise ValueError(f"write the whole address, like {name}://example.com/")
    return value


# The JSON Schema carries the same rule as a pattern, so editors refuse
# javascript: and friends while the user types.
URL_SCHEMA = {"type": "string", "maxLength": 2000, "pattern": URL_PATTERN}
Url = Annotated[
    str,
    StringConstraints(max_length=2000),
    AfterValidator(check_url),
    WithJsonSchema(URL_SCHEMA),
]


def parse_day(value: Any) -> dt.date:
    """Read a calendar date written as YYYY-MM-DD."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"must be a date like 2026-11-01, got {describe(value)}")
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"must be a date like 2026-11-01, got {describe(text)}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text} is not a real date ({_why_not(text)})") from None


def _why_not(text: str) -> str:
    """Why YYYY-MM-DD is not on the calendar, in words."""
    year, month = int(text[:4]), int(text[5:7])
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if year < 1:
        return "years start at 1"
    days = calendar.monthrange(year, month)[1]
    return f"{calendar.month_name[month]} {year} has {days} days"


Day = Annotated[dt.date, BeforeValidator(parse_day)]


def parse_moment(value: Any) -> dt.date | dt.datetime:
    """A date, or a date and time with an optional UTC offset."""
    if isinstance(value, dt.date):
        return value
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
        dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"{text} is not a real date ({_why_not(text)})") from None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{text} is not a real time of day (hours 00-23, minutes 00-59)"
        ) from None


Moment = Annotated[dt.date | dt.datetime, BeforeValidator(parse_moment)]


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


def content_file(value: str, info: ValidationInfo) -> str:
    """A {static} path must name a file inside the content folder."""
    check = (info.context or {}).get("check_file")
    if check is not None and _PLACEHOLDER.match(value):
        check(value)  # raises ValueError with a kind message
    return value


class Model(BaseModel):
    """Strict by default: unknown keys are mistakes, not silently ignored."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=False,
        coerce_numbers_to_str=True,
        strict=False,
        validate_default=False,
    )


def text_list(max_items: int = 200) -> Any:
    return Field(default_factory=list, max_length=max_items)
