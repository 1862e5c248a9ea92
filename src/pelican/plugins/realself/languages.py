"""Language codes, and which site of a multilingual build shows a document.

BCP 47 codes are case-insensitive: ``zh-CN`` and ``zh-cn`` are one language,
and Pelican lowercases ``DEFAULT_LANG``. We compare codes by ``key`` and show
them in their usual spelling (``tag``: ``zh-CN``, ``sr-Latn-RS``).

With the i18n_subsites plugin, Pelican builds the site once per language
(``I18N_SUBSITES``), each time with that language as ``DEFAULT_LANG``. Each
document is then written by one site only: the one in its language, else the
main site; the other sites link to it there.
"""

from __future__ import annotations

import functools
import posixpath
import re
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlparse

if TYPE_CHECKING:  # Babel itself is loaded when a locale is first needed
    from babel import Locale


# Kept in the settings by the main site (subsites copy its settings): a
# document without ``lang`` is in the main site's language in every subsite.
HOME = "_REALSELF_HOME_SITE"
_PARTS = re.compile(r"[-_]")


def tag(code: str) -> str:
    """A language code in its usual spelling: pt-br -> pt-BR, zh_hant -> zh-Hant."""
    parts = _PARTS.split(code.strip())
    shown = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            shown.append(part.title())  # script
        elif len(part) == 2 or (len(part) == 3 and part.isdigit()):
            shown.append(part.upper())  # region
        else:
            shown.append(part.lower())
    return "-".join(shown)


def key(code: str) -> str:
    """What two codes are compared by: zh-CN, zh-cn and zh_CN are one."""
    return tag(code).lower()


def same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and key(a) == key(b)


@functools.lru_cache(maxsize=64)
def locale_of(lang: str) -> Locale:
    """Babel's locale for a language code; its language alone, else English."""
    # imported here: a site without our YAML renders no date nor direction
    from babel import Locale, UnknownLocaleError

    parts = lang.replace("_", "-").split("-")
    for size in range(len(parts), 0, -1):
        try:
            return Locale.parse("_".join(parts[:size]))
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en")


@functools.lru_cache(maxsize=256)  # asked for by every card and note of a page
def direction(lang: str) -> str:
    """ "rtl" for a language written right to left (Arabic, Hebrew), else "ltr"."""
    if key(lang) == "en":  # without loading Babel's data (test_dates.py)
        return "ltr"
    locale = locale_of(lang)
    if locale.language != key(lang).split("-")[0]:
        return "ltr"  # not a language Babel knows
    return "rtl" if locale.character_order == "right-to-left" else "ltr"


def _uses_subsites(settings: dict[str, Any]) -> bool:
    plugins = settings.get("PLUGINS") or []
    return bool(settings.get("I18N_SUBSITES")) and any(
        "i18n_subsites" in str(getattr(p, "__name__", p)) for p in plugins
    )


def remember_home(settings: dict[str, Any]) -> None:
    """Called when a Pelican instance starts: the first one is the main site."""
    if _uses_subsites(settings) and HOME not in settings:
        settings[HOME] = {
            "lang": settings.get("DEFAULT_LANG") or "en",
            "siteurl": settings.get("SITEURL") or "",
        }


class Sites(NamedTuple):
    """The languages of this build: this site's, the main one's, the others'.

    A NamedTuple, not a frozen dataclass: pages.Photo says why.
    """

    here: str  # this site's language (DEFAULT_LANG), usual spelling
    home: str  # the language of a document without ``lang``
    siteurls: dict[str, str]  # key(lang) -> SITEURL; empty without subsites

    @classmethod
    def of(cls, settings: dict[str, Any]) -> Sites:
        here = tag(str(settings.get("DEFAULT_LANG") or "en"))
        home = settings.get(HOME)
        if not home or not _uses_subsites(settings):
            return cls(here, here, {})
        main_url = home["siteurl"]
        siteurls = {key(home["lang"]): main_url}
        for lang, overrides in (settings.get("I18N_SUBSITES") or {}).items():
            url = (overrides or {}).get("SITEURL")
            siteurls[key(lang)] = url or posixpath.join(main_url or "/", lang)
        return cls(here, tag(home["lang"]), siteurls)

    def lang_of(self, lang: str | None) -> str:
        """A document's language: its own ``lang``, else the main site's."""
        return tag(lang) if lang else self.home

    def owner(self, lang: str) -> str:
        """The language of the site that writes a document in ``lang``."""
        if not self.siteurls or key(lang) in self.siteurls:
            return key(lang)
        return key(self.home)

    def writes_here(self, lang: str) -> bool:
        """One site writes every document; with subsites, the owner's site."""
        return not self.siteurls or self.owner(lang) == key(self.here)

    def path_to(self, lang: str) -> str:
        """From this site's root to the root of the site that shows ``lang``."""

        def path(url: str) -> str:
            return urlparse(url).path or "/"

        there = self.siteurls[self.owner(lang)]
        return posixpath.relpath(path(there), path(self.siteurls[key(self.here)]))

    def siteurl_of(self, lang: str) -> str:
        return self.siteurls[self.owner(lang)]
