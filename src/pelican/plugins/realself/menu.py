"""The profile and the giveaway index in the site's navigation.

Nearly every theme lists ``pages`` in its menu when ``DISPLAY_PAGES_ON_MENU``
is on (Pelican's default), as ``{{ SITEURL }}/{{ p.url }}`` with ``p.title``,
which also works with RELATIVE_URLS. So our entries join ``pages`` in the
context the templates see (a new list: Pelican's PagesGenerator keeps its
own). A site that turned that off and lists its menu in ``MENUITEMS`` gets
them there instead, shaped like its own entries. An About entry the site
already has is never doubled.
"""

from __future__ import annotations

import logging
import posixpath
import re
from typing import Any

from . import settings as realself_settings
from .catalogs import N_, Labels

logger = logging.getLogger(__name__)

# Message ids: while a site keeps these, the menu says them in its language.
DEFAULT_LABELS = {"profile": N_("About"), "give": N_("Free offers")}
ABOUT_TITLES = {"about", "about me", "about us", "who am i", "me"}
ABOUT_SLUGS = {"about", "about-me", "about-us", "aboutme"}


class MenuEntry:
    """One of our pages as themes list pages: ``title``, ``url``, ``slug``...

    Anything else a theme or plugin asks for comes from the page itself (the
    profile), so it behaves like the Content object it stands for. The source
    path is the written file, never the YAML (search plugins index it).
    """

    def __init__(self, title: str, url: str, save_as: str, target: Any = None):
        self.title = self.menulabel = title
        self.url = url
        self.save_as = self.source_path = self.relative_source_path = save_as
        self._target = target

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._target is not None:
            return getattr(self._target, name)
        if name in _BLANK:
            return _BLANK[name]
        raise AttributeError(name)

    def __str__(self) -> str:
        return self.title


# What a page-like entry without a page behind it answers.
_BLANK: dict[str, Any] = {
    "slug": "",
    "lang": None,
    "translations": [],
    "status": "published",
    "metadata": {},
    "content": "",
    "summary": "",
    "in_default_lang": True,
}


def labels(settings: dict[str, Any]) -> dict[str, str]:
    """REALSELF_MENU: labels by entry; False or {} turns the menu entries off."""
    value = realself_settings.of(settings).menu
    if value is True:
        return dict(DEFAULT_LABELS)
    if not value:
        return {}
    if isinstance(value, dict) and all(
        key in DEFAULT_LABELS and isinstance(label, str) and label.strip()
        for key, label in value.items()
    ):
        return dict(value)
    logger.warning(
        "REALSELF_MENU must be True, False or labels such as "
        '{"profile": "About", "give": "Free offers"}; using the default'
    )
    return dict(DEFAULT_LABELS)


# Compiled when first used (re keeps it): a case-blind pattern with \w takes
# about 1.3 ms to compile, which every build would pay when importing this module.
_LINKISH = r"^(/|#|\.|[a-z][a-z0-9+.-]*:|[\w.-]+/|[\w.-]+\.html?$)"


def _link_at(items: list[Any]) -> int:
    """Where the link sits in the site's MENUITEMS tuples: usually (title, link),
    but some themes take (title, icon, link)."""
    seen: dict[int, int] = {}
    for item in items:
        if isinstance(item, list | tuple):
            for index, value in enumerate(item[1:], 1):
                if isinstance(value, str) and re.match(_LINKISH, value, re.I):
                    seen[index] = seen.get(index, 0) + 1
                    break
    return max(seen, key=seen.__getitem__) if seen else 1


def _path(url: str) -> str:
    """A URL's path without the site, a leading slash or index.html."""
    url = str(url).split("#", 1)[0].split("?", 1)[0]
    if "://" in url:
        url = "/" + url.split("://", 1)[1].partition("/")[2]
    url = url.strip("/")
    if url.endswith("index.html"):
        url = url[: -len("index.html")].rstrip("/")
    return url


def _about(title: Any, url: str) -> bool:
    words = " ".join(str(title).replace("-", " ").split()).casefold()
    last = posixpath.splitext(_path(url).rsplit("/", 1)[-1])[0]
    return words in ABOUT_TITLES or last.casefold() in ABOUT_SLUGS


def _listed(entry: MenuEntry, kind: str, pages: list[Any], items: list[Any]) -> bool:
    """Whether the site's menu already leads there (or to an About page)."""
    wanted = _path(entry.url)
    for page in pages:
        if _path(page.url) == wanted or (kind == "profile" and _about(page.title, "")):
            return True
        if kind == "profile" and getattr(page, "slug", "") in ABOUT_SLUGS:
            return True
    at = _link_at(items)
    for item in items:
        if not isinstance(item, list | tuple) or len(item) <= at:
            continue
        title, link = item[0], str(item[at])
        if _path(link) == wanted or (kind == "profile" and _about(title, link)):
            return True
    return False


def _dead(link: str, site: str, written: set[str]) -> bool:
    """A link into this site that no output of this build answers."""
    if site and link.startswith(site):
        link = link[len(site) :] or "/"
    elif re.match(r"^[a-z][a-z0-9+.-]*:|^//|^#", link, re.I):
        return False  # another site, mailto:, an anchor
    path = _path(link)
    return bool(path) and not {path, f"{path}/index.html"} & written


def repoint_about(
    context: dict[str, Any], settings: dict[str, Any], entry: MenuEntry, written: set
) -> None:
    """A MENUITEMS About link to a page that is gone now leads to the profile.

    That is what happens after ``realself new profile --from`` and removing
    the old page: the menu keeps its About entry instead of a dead link.
    """
    items = context.get("MENUITEMS") or ()
    site = str(settings.get("SITEURL") or "").rstrip("/")
    at = _link_at(list(items))
    fixed = []
    for item in items:
        if (
            isinstance(item, list | tuple)
            and len(item) > at
            and _about(item[0], str(item[at]))
            and _dead(str(item[at]), site, written)
        ):
            logger.warning(
                "realself: MENUITEMS: %r links to %s, which this build does not "
                "write (was it the page your profile replaces?); it leads to the "
                "profile at %s/%s instead. Change it in your settings to say so",
                item[0],
                item[at],
                site,
                entry.url,
            )
            moved = list(item)
            moved[at] = f"{site}/{entry.url}"
            item = type(item)(moved)
        fixed.append(item)
    if items:
        context["MENUITEMS"] = type(items)(fixed)


def add(context: dict[str, Any], settings: dict[str, Any], entries: dict) -> None:
    """Put ``entries`` (kind -> MenuEntry) in the menu the theme draws."""
    pages = list(context.get("pages") or [])
    items = list(context.get("MENUITEMS") or [])
    new = [e for kind, e in entries.items() if not _listed(e, kind, pages, items)]
    if not new:
        return
    if settings.get("DISPLAY_PAGES_ON_MENU", True):
        context["pages"] = [*new, *pages]  # About usually leads the pages
    elif items:
        # Entries shaped like the site's own: some themes unpack three values,
        # (title, link, icon) or (title, icon, link).
        size = max(len(item) for item in items if isinstance(item, list | tuple))
        at = _link_at(items)
        site = str(settings.get("SITEURL") or "").rstrip("/")
        extra = []
        for entry in new:
            values = [entry.title, *[""] * (max(size, at + 1) - 1)]
            values[at] = f"{site}/{entry.url}"
            extra.append(tuple(values))
        context["MENUITEMS"] = type(context["MENUITEMS"])([*items, *extra])


def add_ours(
    context: dict[str, Any],
    settings: dict[str, Any],
    lang: str,
    primary: Any,
    open_offers: bool,
    settled: Any,
) -> None:
    """The primary profile (and give/ while an offer is open) in the menu.

    ``settled`` (our_outputs.Settled) says which of our pages this build
    writes: an entry never leads to a page another part of the build keeps.
    """
    config = realself_settings.of(settings)
    names = labels(settings)  # says so on every build when REALSELF_MENU is wrong

    def title(entry: str) -> str:
        """The entry's label; ours in the site's language (the catalog is read
        only when there is an entry to name)."""
        label = names[entry]
        if label != DEFAULT_LABELS[entry]:
            return label
        return str(Labels(lang, config.labels).gettext(label))

    entries = {}
    if "profile" in names and primary and primary.status == "published":
        home = config.primary_save_as
        at_home = (
            primary.writes_here
            and primary.primary_home
            and settled.free(home, "REALSELF_PRIMARY_SAVE_AS")
        )
        save_as = home if at_home else primary.save_as
        if at_home or (primary.writes_here and settled.free(save_as, primary)):
            entry = MenuEntry(title("profile"), primary.url, save_as, primary)
            entries["profile"] = entry
    give = config.give_save_as
    free = settled.free(give, "REALSELF_GIVE_SAVE_AS")
    if "give" in names and free and open_offers:
        entries["give"] = MenuEntry(title("give"), config.give_url, give)
    if "profile" in entries:
        repoint_about(context, settings, entries["profile"], settled.written)
    add(context, settings, entries)
