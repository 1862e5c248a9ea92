"""REALSELF_* settings: one declaration each (a field of ``Config``), checked
kindly when Pelican starts, read once per build.

``check`` and ``apply_defaults`` run on Pelican's settings dict when Pelican
starts (URL settings such as ``REALSELF_PROFILE_URL`` must be in that dict:
Pelican's Content classes expand them from there). ``read`` makes the frozen
``Config`` every module reads, at the start of each build.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:  # imported when a file is read: a site without YAML never is
    from .limits import Limits

logger = logging.getLogger(__name__)


class _Declared(tuple):
    """How a REALSELF_* setting is read: its default, what it may hold (a key
    of _KINDS; None: read off the default) and bounds for a whole number."""

    __slots__ = ()

    default = property(lambda self: self[0])
    kind = property(lambda self: self[1])
    bounds = property(lambda self: self[2])


def _key(
    default: Any, kind: str | None = None, bounds: tuple[int, int] | None = None
) -> Any:
    """A field of Config read from the REALSELF_* setting of its name."""
    return _Declared((default, kind, bounds))


class Config(NamedTuple):
    """Every REALSELF_* setting, read once per build by ``read``.

    A field is named after its setting (``give_save_as`` is
    REALSELF_GIVE_SAVE_AS) and holds the checked value or the default; lists
    become tuples. ``now`` is the build clock (REALSELF_NOW, else
    SOURCE_DATE_EPOCH, else the wall clock) and ``timezone`` Pelican's TIMEZONE.

    A NamedTuple, not a frozen dataclass: with 41 fields the dataclass took
    3.4-4.4 ms to make when the module loads, this about 1 ms, and every build
    loads it. Each field's default is its declaration (``_key``), read by
    ``check`` and ``read``; ``read`` gives every field a value, so no Config
    ever holds a declaration.
    """

    paths: tuple[str, ...] = _key(["realself"], "folders")
    # Pelican's Content classes expand these by class name from its own
    # settings dict (Content._expand_settings, see pages.py), so they stay in
    # that dict too (apply_defaults); here they are checked like the rest.
    profile_url: str = _key("about/{slug}/")
    profile_save_as: str = _key("about/{slug}/index.html")
    profile_lang_url: str = _key("{lang}/about/{slug}/")
    profile_lang_save_as: str = _key("{lang}/about/{slug}/index.html")
    draft_profile_url: str = _key("drafts/about/{slug}/")
    draft_profile_save_as: str = _key("drafts/about/{slug}/index.html")
    draft_profile_lang_url: str = _key("drafts/{lang}/about/{slug}/")
    draft_profile_lang_save_as: str = _key("drafts/{lang}/about/{slug}/index.html")
    offer_url: str = _key("give/{slug}/")
    offer_save_as: str = _key("give/{slug}/index.html")
    offer_lang_url: str = _key("{lang}/give/{slug}/")
    offer_lang_save_as: str = _key("{lang}/give/{slug}/index.html")
    draft_offer_url: str = _key("drafts/give/{slug}/")
    draft_offer_save_as: str = _key("drafts/give/{slug}/index.html")
    draft_offer_lang_url: str = _key("drafts/{lang}/give/{slug}/")
    draft_offer_lang_save_as: str = _key("drafts/{lang}/give/{slug}/index.html")
    # The rest are ours alone.
    primary_url: str = _key("about/")
    primary_save_as: str = _key("about/index.html")
    give_url: str = _key("give/")
    give_save_as: str = _key("give/index.html")
    give_title: str | dict[str, str] = _key("What I give away", "text per language")
    feed_atom: str | None = _key("feeds/give.atom.xml", "text or None")
    feed_atom_url: str | None = _key(None, "text or None")
    feed_title: str | dict[str, str] = _key("New free offers", "text per language")
    json_save_as: str | None = _key("realself.json", "text or None")
    currency: str = _key("USD")
    closing_soon_days: int = _key(3, bounds=(0, 3650))
    sidebar_offers: int = _key(3, bounds=(0, 3650))
    now_stale_days: int = _key(90, bounds=(1, 3650))
    now: dt.datetime = _key(None, "moment")  # the build clock
    max_file_bytes: int = _key(1_000_000, bounds=(1, 1 << 30))
    css: bool = _key(True)
    # the profile and give/ in the site's menu (menu.py): True, False or labels
    menu: bool | dict[str, str] = _key(True, "menu")
    labels: dict[str, Any] = _key({}, "labels")  # {lang: {message: your words}}
    # the human-voice check (voice/)
    voice_warnings: bool = _key(True)  # show its findings as build warnings
    voice_buzzwords_extra: tuple[str, ...] = _key([])
    voice_buzzwords_ignore: tuple[str, ...] = _key([])
    voice_min: int | None = _key(None, "whole or None", bounds=(0, 100))
    timezone: ZoneInfo = ZoneInfo("UTC")  # Pelican's TIMEZONE

    def setting(self, name: str) -> Any:
        """The value of the setting ``name``, like ``REALSELF_GIVE_SAVE_AS``."""
        return getattr(self, _FIELD_NAMES[name])

    @property
    def limits(self) -> Limits:
        """How much one YAML file may ask of the build."""
        from .limits import Limits

        return Limits(max_bytes=self.max_file_bytes)


# Each REALSELF_* setting's field name and declaration, and its default as
# pelicanconf.py writes it.
_FIELD_NAMES: dict[str, str] = {
    f"REALSELF_{name.upper()}": name
    for name, declared in Config._field_defaults.items()
    if isinstance(declared, _Declared)
}
_FIELDS: dict[str, _Declared] = {
    setting: Config._field_defaults[name] for setting, name in _FIELD_NAMES.items()
}
DEFAULTS: dict[str, Any] = {name: item.default for name, item in _FIELDS.items()}


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


def kind_of(name: str) -> str | None:
    """What the setting ``name`` may hold, as a key of _KINDS (None: unknown)."""
    item = _FIELDS[name]
    if item.kind:
        return item.kind
    default = item.default
    for kind, test in (("yes/no", bool), ("whole", int), ("text", str)):
        if isinstance(default, test):
            return kind
    # a new setting without a kind is not checked (tests/test_settings.py
    # fails until it has one) rather than stopping every build
    return "texts" if isinstance(default, list) else None


def _fits(name: str, value: Any) -> bool:
    kind = kind_of(name)
    return kind is None or _KINDS[kind][0](value)


def check(settings: dict[str, Any]) -> list[tuple[str, str]]:
    """Type-check every REALSELF_* setting once, when Pelican starts.

    Returns (name, message) for each wrong one, and puts its default back,
    so a build goes on as documented (the caller says so).
    """
    wrong = []
    for name, default in DEFAULTS.items():
        value = settings.get(name, default)
        if not _fits(name, value):
            wanted = _KINDS[kind_of(name)][1]  # type: ignore[index]
            shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
            wrong.append((name, f"setting {name} must be {wanted}, got {shown}"))
            settings[name] = default
    return wrong


def apply_defaults(settings: dict[str, Any]) -> list[str]:
    """Fill in missing REALSELF_* settings; return the names that look mistyped."""
    for key, value in DEFAULTS.items():
        settings.setdefault(key, copy.deepcopy(value))
    return sorted(
        key for key in settings if key.startswith("REALSELF_") and key not in DEFAULTS
    )


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


def _timezone(settings: dict[str, Any]) -> ZoneInfo:
    try:
        return ZoneInfo(settings.get("TIMEZONE") or "UTC")
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        logger.error(
            "TIMEZONE %r is not a known time zone; using UTC", settings.get("TIMEZONE")
        )
        return ZoneInfo("UTC")


def read_one(settings: dict[str, Any], name: str) -> Any:
    """One setting as Config holds it: checked, within bounds, lists as tuples.

    For Pelican's start, before a build (``read`` uses it for every field).
    """
    item = _FIELDS[name]
    default = item.default
    value = settings.get(name, default)
    if not _fits(name, value):  # check() has said so, or was not run (a test)
        value = default
    bounds = item.bounds
    if bounds and value is not None and not bounds[0] <= value <= bounds[1]:
        logger.warning(
            "%s must be a whole number from %d to %d; using %r",
            name,
            *bounds,
            default,
        )
        value = default
    if name == "REALSELF_PATHS" and isinstance(value, str):
        value = [value]
    return tuple(value) if isinstance(value, list | tuple) else value


def read(settings: dict[str, Any]) -> Config:
    """Read every REALSELF_* setting once, at the start of a build.

    Wrong values fall back to their defaults (``check`` names them when
    Pelican starts; bounds are said here).
    """
    tz = _timezone(settings)
    values = {_FIELD_NAMES[name]: read_one(settings, name) for name in _FIELDS}
    try:
        now = build_clock(settings, tz)
    except (TypeError, ValueError):
        logger.warning("REALSELF_NOW must be a date or datetime; using the clock")
        now = dt.datetime.now(tz)
    # Whole seconds: HTML's datetime attribute takes at most three digits of
    # a second, and no reader needs the build's microseconds.
    values["now"] = now.replace(microsecond=0)
    return Config(**values, timezone=tz)


# Where this build's Config is kept: in Pelican's settings dict, which every
# generator and content object of the build holds (languages.HOME is kept
# there too). Pelican copies the dict into each subsite and each build's
# context; ``start_build`` replaces it as every build starts.
_CURRENT = "_REALSELF_CONFIG"


def start_build(settings: dict[str, Any], config: Config | None = None) -> Config:
    """Read the settings for the build starting now: one clock for all of it.

    ``config``: one made already (a dry run with a setting changed).
    """
    settings[_CURRENT] = config = config or read(settings)
    return config


def of(settings: dict[str, Any]) -> Config:
    """This build's Config (read now if no build has started: a test, say)."""
    config = settings.get(_CURRENT)
    return config if isinstance(config, Config) else start_build(settings)
