"""Dates and times in a page's language, the way that language writes them.

Babel's CLDR data gives the words and the order (``30 novembre 2026``,
``30. November 2026``, ``2026年11月30日``), never the process locale. A site
that sets Pelican's ``DATE_FORMATS`` for a language gets its format there,
with month and day names in that language.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any

from .languages import key, locale_of

if TYPE_CHECKING:  # Babel itself is loaded when a date needs its data
    from babel import Locale

# strftime directives that are words: the CLDR pattern that says them.
_WORDS = {"A": "EEEE", "a": "EEE", "B": "MMMM", "b": "MMM", "h": "MMM", "p": "a"}
_DIRECTIVE = re.compile(r"%(-?[A-Za-z%])")
_RAW_OFFSET = re.compile(r"^[+-]\d{4}$")


def date_format(lang: str, settings: dict[str, Any]) -> str | None:
    """The site's DATE_FORMATS entry for this language (any case), if any.

    Pelican allows ``(locale, format)`` pairs; the words come from Babel, so
    only the format is used.
    """
    formats = settings.get("DATE_FORMATS") or {}
    for code, value in formats.items():
        if isinstance(code, str) and key(code) == key(lang):
            value = value[1] if isinstance(value, (tuple, list)) else value
            return value if isinstance(value, str) else None
    return None


def _strftime(moment: dt.date, pattern: str, locale: Locale) -> str:
    """strftime with the names (months, days, AM/PM) in ``locale``."""
    from babel.dates import format_date, format_time

    def one(match: re.Match[str]) -> str:
        directive = match.group(1)
        if directive in _WORDS:
            if directive == "p" and isinstance(moment, dt.datetime):
                return format_time(moment, _WORDS[directive], locale=locale)
            return format_date(moment, _WORDS[directive], locale=locale)
        return moment.strftime(match.group(0))

    return _DIRECTIVE.sub(one, pattern)


def _zone(moment: dt.datetime, locale: Locale) -> str:
    """The zone as the locale names it (WEZ, UTC, JST), else GMT+1."""
    from babel.dates import format_time

    name = format_time(moment, "z", locale=locale)
    if not _RAW_OFFSET.match(name):
        return name
    # CLDR's short localized GMT format (pattern "O"; Babel lacks it):
    # GMT, GMT+1, UTC+5:30, +1 GMT, in the locale's own wording.
    offset = moment.utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign, minutes = ("-" if minutes < 0 else "+"), abs(minutes)
    hours = f"{sign}{minutes // 60}" if minutes else ""
    if minutes % 60:
        hours += f":{minutes % 60:02d}"
    return locale.zone_formats["gmt"] % hours


def when(moment: dt.date | dt.datetime, lang: str, pattern: str | None = None) -> str:
    """A date, or a date and time with its zone, in ``lang``.

    ``pattern`` is a strftime format for the date (DATE_FORMATS).
    """
    if isinstance(moment, dt.datetime):
        # Equal instants in other zones compare equal but read differently.
        return _when(moment, moment.utcoffset(), moment.tzname(), lang, pattern)
    return _when(moment, None, None, lang, pattern)


@functools.lru_cache(maxsize=4096)  # every card says "as of" the same moment
def _when(
    moment: dt.date | dt.datetime,
    offset: Any,
    zone: str | None,
    lang: str,
    pattern: str | None,
) -> str:
    english = _english(moment, offset, zone, lang, pattern)
    return english if english is not None else _babel(moment, lang, pattern)


def _babel(moment: dt.date | dt.datetime, lang: str, pattern: str | None) -> str:
    """``when`` in any language, from Babel's locale data."""
    from babel.dates import format_date, format_time, get_datetime_format

    locale = locale_of(lang)
    if pattern:
        day = _strftime(moment, pattern, locale)
    else:
        day = format_date(moment, "long", locale=locale)
    if not isinstance(moment, dt.datetime):
        return day
    time = format_time(moment, "short", locale=locale)
    if moment.tzinfo is not None:
        time = f"{time} {_zone(moment, locale)}"
    joined = get_datetime_format("long", locale=locale)
    return str(joined).replace("{0}", time).replace("{1}", day)


# English as Babel's CLDR data writes it, for the language most sites are in
# and Pelican's default: loading Babel's locale data for it took 15-20 ms of a
# cold build. tests/test_dates.py holds this equal to Babel.
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _english(
    moment: dt.date, offset: Any, zone: str | None, lang: str, pattern: str | None
) -> str | None:
    """``_when`` for English without a DATE_FORMATS pattern, in UTC or without
    a zone; None for anything else (Babel says it)."""
    if pattern or key(lang) != "en":
        return None
    day = f"{_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"
    if not isinstance(moment, dt.datetime):
        return day
    if moment.tzinfo is not None and (
        zone != "UTC"
        or offset != dt.timedelta(0)
        # the system's zone file: Babel does not know its name, says "GMT"
        or getattr(moment.tzinfo, "key", None) == "localtime"
    ):
        return None
    period = "AM" if moment.hour < 12 else "PM"
    time = f"{moment.hour % 12 or 12}:{moment.minute:02d}\u202f{period}"
    if moment.tzinfo is not None:
        time += " UTC"
    return f"{day}, {time}"
