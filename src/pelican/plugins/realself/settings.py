"""REALSELF_* settings: defaults, read once per build, checked kindly.

URL settings live in Pelican's own settings dict (``REALSELF_PROFILE_URL``
and friends) because Pelican's Content classes expand them from there.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .limits import Limits

logger = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "REALSELF_PATHS": ["realself"],
    "REALSELF_PROFILE_URL": "about/{slug}/",
    "REALSELF_PROFILE_SAVE_AS": "about/{slug}/index.html",
    "REALSELF_PROFILE_LANG_URL": "{lang}/about/{slug}/",
    "REALSELF_PROFILE_LANG_SAVE_AS": "{lang}/about/{slug}/index.html",
    "REALSELF_DRAFT_PROFILE_URL": "drafts/about/{slug}/",
    "REALSELF_DRAFT_PROFILE_SAVE_AS": "drafts/about/{slug}/index.html",
    "REALSELF_DRAFT_PROFILE_LANG_URL": "drafts/{lang}/about/{slug}/",
    "REALSELF_DRAFT_PROFILE_LANG_SAVE_AS": "drafts/{lang}/about/{slug}/index.html",
    "REALSELF_PRIMARY_URL": "about/",
    "REALSELF_PRIMARY_SAVE_AS": "about/index.html",
    "REALSELF_OFFER_URL": "give/{slug}/",
    "REALSELF_OFFER_SAVE_AS": "give/{slug}/index.html",
    "REALSELF_OFFER_LANG_URL": "{lang}/give/{slug}/",
    "REALSELF_OFFER_LANG_SAVE_AS": "{lang}/give/{slug}/index.html",
    "REALSELF_DRAFT_OFFER_URL": "drafts/give/{slug}/",
    "REALSELF_DRAFT_OFFER_SAVE_AS": "drafts/give/{slug}/index.html",
    "REALSELF_DRAFT_OFFER_LANG_URL": "drafts/{lang}/give/{slug}/",
    "REALSELF_DRAFT_OFFER_LANG_SAVE_AS": "drafts/{lang}/give/{slug}/index.html",
    "REALSELF_GIVE_URL": "give/",
    "REALSELF_GIVE_SAVE_AS": "give/index.html",
    "REALSELF_GIVE_TITLE": "What I give away",
    "REALSELF_FEED_ATOM": "feeds/give.atom.xml",
    "REALSELF_FEED_ATOM_URL": None,
    "REALSELF_FEED_TITLE": "New free offers",
    "REALSELF_JSON_SAVE_AS": "realself.json",
    "REALSELF_CURRENCY": "USD",
    "REALSELF_CLOSING_SOON_DAYS": 3,
    "REALSELF_SIDEBAR_OFFERS": 3,
    "REALSELF_NOW_STALE_DAYS": 90,
    "REALSELF_NOW": None,
    "REALSELF_MAX_FILE_BYTES": 1_000_000,
    "REALSELF_CSS": True,
    # the profile and give/ in the site's menu (menu.py): True, False or labels
    "REALSELF_MENU": True,
    "REALSELF_LABELS": {},  # {lang: {message: your words}}
    # the human-voice check (voice/)
    "REALSELF_VOICE_WARNINGS": True,  # show its findings as build warnings
    "REALSELF_VOICE_BUZZWORDS_EXTRA": [],
    "REALSELF_VOICE_BUZZWORDS_IGNORE": [],
    "REALSELF_VOICE_MIN": None,
}


def _is_moment(value: Any) -> bool:
    if isinstance(value, str):
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            return False
        return True
    return value is None or isinstance(value, dt.date)


def _is_texts(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)


def _is_whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# What a setting may hold: a test, and what the message calls it.
_KINDS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "text": (lambda v: isinstance(v, str), "text"),
    "text or None": (lambda v: v is None or isinstance(v, str), "text or None"),
    "yes/no": (lambda v: isinstance(v, bool), "True or False"),
    "whole": (_is_whole, "a whole number"),
    "whole or None": (lambda v: v is None or _is_whole(v), "a whole number or None"),
    "texts": (_is_texts, "a list of texts"),
    "folders": (
        lambda v: isinstance(v, str) or _is_texts(v),
        "a folder name or a list of them, like ['realself']",
    ),
    "moment": (_is_moment, "a date or datetime, like '2026-11-25T12:00'"),
    # REALSELF_GIVE_TITLE, REALSELF_FEED_TITLE: one text, or one per language
    "text per language": (
        lambda v: (
            isinstance(v, str)
            or (isinstance(v, dict) and all(isinstance(t, str) for t in v.values()))
        ),
        "text, or texts by language like {'fr': 'Ce que je donne'}",
    ),
    "labels": (
        lambda v: isinstance(v, dict),
        "a mapping of languages to labels, like {'pt': {'About': 'Sobre'}}",
    ),
    # its keys and labels are checked by menu.py
    "menu": (
        lambda v: isinstance(v, bool | dict),
        "True, False or labels like {'profile': 'About', 'give': 'Free offers'}",
    ),
}
# Settings whose default does not say what they hold; the rest are read off
# their default (text, True/False, a whole number, a list of texts).
_KIND_OF = {
    "REALSELF_PATHS": "folders",
    "REALSELF_FEED_ATOM": "text or None",
    "REALSELF_FEED_ATOM_URL": "text or None",
    "REALSELF_JSON_SAVE_AS": "text or None",
    "REALSELF_NOW": "moment",
    "REALSELF_VOICE_MIN": "whole or None",
    "REALSELF_MENU": "menu",
    "REALSELF_LABELS": "labels",
    "REALSELF_GIVE_TITLE": "text per language",
    "REALSELF_FEED_TITLE": "text per language",
}


def kind_of(name: str) -> str | None:
    """What the setting ``name`` may hold, as a key of _KINDS (None: unknown)."""
    if name in _KIND_OF:
        return _KIND_OF[name]
    default = DEFAULTS[name]
    for kind, test in (("yes/no", bool), ("whole", int), ("text", str)):
        if isinstance(default, test):
            return kind
    # a new setting without a kind is not checked (tests/test_settings.py
    # fails until it has one) rather than stopping every build
    return "texts" if isinstance(default, list) else None


def check(settings: dict[str, Any]) -> list[tuple[str, str]]:
    """Type-check every REALSELF_* setting once, at start.

    Returns (name, message) for each wrong one, and puts its default back,
    so a build goes on as documented (the caller says so).
    """
    wrong = []
    for name, default in DEFAULTS.items():
        value = settings.get(name, default)
        kind = kind_of(name)
        if kind is None:
            continue
        test, wanted = _KINDS[kind]
        if not test(value):
            shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
            wrong.append((name, f"setting {name} must be {wanted}, got {shown}"))
            settings[name] = default
    return wrong


def apply_defaults(settings: dict[str, Any]) -> list[str]:
    """Fill in missing REALSELF_* settings; return the names that look mistyped."""
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    return sorted(
        key for key in settings if key.startswith("REALSELF_") and key not in DEFAULTS
    )


@dataclass(frozen=True)
class Config:
    """The plugin's view of the settings, read once at the start of a build."""

    paths: tuple[str, ...]
    stale_days: int
    closing_soon_days: int
    sidebar_offers: int
    now: dt.datetime  # the build clock, timezone-aware
    timezone: ZoneInfo
    limits: Limits


def build_clock(settings: dict[str, Any], tz: ZoneInfo) -> dt.datetime:
    """REALSELF_NOW, else SOURCE_DATE_EPOCH, else the wall clock.

    A fixed clock makes builds reproducible; giveaway status depends on it.
    """
    fixed = settings.get("REALSELF_NOW")
    if isinstance(fixed, str):
        fixed = dt.datetime.fromisoformat(fixed)
    if isinstance(fixed, dt.datetime):
        return fixed if fixed.tzinfo else fixed.replace(tzinfo=tz)
    if isinstance(fixed, dt.date):
        return dt.datetime.combine(fixed, dt.time(), tzinfo=tz)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).astimezone(tz)
    return dt.datetime.now(tz)


def _whole(
    settings: dict[str, Any], name: str, *, minimum: int, maximum: int = 3650
) -> int:
    """A whole-number setting within sensible bounds, else its default."""
    value = settings.get(name, DEFAULTS[name])
    wrong = isinstance(value, bool) or not isinstance(value, int)
    if wrong or not minimum <= value <= maximum:
        logger.warning(
            "%s must be a whole number from %d to %d; using %r",
            name,
            minimum,
            maximum,
            DEFAULTS[name],
        )
        return DEFAULTS[name]
    return value


def read(settings: dict[str, Any]) -> Config:
    """Read REALSELF_* once; bad values fall back to defaults with a warning."""
    try:
        tz = ZoneInfo(settings.get("TIMEZONE") or "UTC")
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        logger.error(
            "TIMEZONE %r is not a known time zone; using UTC", settings.get("TIMEZONE")
        )
        tz = ZoneInfo("UTC")
    paths = settings.get("REALSELF_PATHS", DEFAULTS["REALSELF_PATHS"])
    if isinstance(paths, str):
        paths = [paths]
    elif not _is_texts(paths):  # check() was not run (a test, say)
        paths = DEFAULTS["REALSELF_PATHS"]
    stale = _whole(settings, "REALSELF_NOW_STALE_DAYS", minimum=1)
    soon = _whole(settings, "REALSELF_CLOSING_SOON_DAYS", minimum=0)
    sidebar = _whole(settings, "REALSELF_SIDEBAR_OFFERS", minimum=0)
    try:
        now = build_clock(settings, tz)
    except (TypeError, ValueError):
        logger.warning("REALSELF_NOW must be a date or datetime; using the clock")
        now = dt.datetime.now(tz)
    max_bytes = _whole(settings, "REALSELF_MAX_FILE_BYTES", minimum=1, maximum=1 << 30)
    return Config(
        paths=tuple(paths),
        stale_days=stale,
        closing_soon_days=soon,
        sidebar_offers=sidebar,
        # Whole seconds: HTML's datetime attribute takes at most three digits
        # of a second, and no reader needs the build's microseconds.
        now=now.replace(microsecond=0),
        timezone=tz,
        limits=Limits(max_bytes=max_bytes),
    )
