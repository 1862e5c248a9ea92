"""Our message catalogs: every label on our pages in the page's language.

The catalogs are gettext ones (``locale/<lang>/LC_MESSAGES/realself.po``,
compiled to ``.mo`` beside them), in our own ``realself`` domain so that a
theme's catalogs (``messages``) and i18n_subsites' are never replaced.

Templates use the standard ``jinja2.ext.i18n`` calls (``{% trans %}``,
``_()``, ``gettext``, ``ngettext``). When we render a page we pass, in its
context, functions for that page's language: our messages come from our
catalog (or ``REALSELF_LABELS``), any other message goes to whatever gettext
the theme or i18n_subsites installed in the environment.
"""

from __future__ import annotations

import functools
import gettext as gettext_module
import os
from collections.abc import Callable, Mapping
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from . import settings as realself_settings
from .languages import direction, key, tag

DOMAIN = "realself"
LOCALE_DIR = os.path.join(os.path.dirname(__file__), "locale")


def N_(message: str) -> str:  # noqa: N802 (gettext's name for "mark only")
    """Mark a message for extraction; it is translated where it is shown."""
    return message


# REALSELF_GIVE_TITLE and REALSELF_FEED_TITLE: while a site keeps these
# defaults, each page says them in its language.
GIVE_TITLE = N_("What I give away")
FEED_TITLE = N_("New free offers")


@functools.cache
def ours() -> frozenset[str]:
    """Every message id we translate (from the English catalog)."""
    english = _load("en")
    return frozenset(k if isinstance(k, str) else k[0] for k in english._catalog)


@functools.lru_cache(maxsize=64)
def _load(lang: str) -> gettext_module.NullTranslations:
    """The catalog for ``lang``: pt_BR for pt-BR, else pt, else the first
    catalog of that language (pt_BR for pt, as CLDR's pt), else none.

    Looked up by name, not with gettext.find: that one asks the C library
    to normalize "pt" and gets pt_PT.
    """
    parts = tag(lang).split("-")
    wanted = ["_".join(parts[:size]) for size in range(len(parts), 0, -1)]
    shipped = languages()
    wanted += [name for name in shipped if name.split("_")[0] == parts[0]]
    for name in wanted:
        if name in shipped:
            path = os.path.join(LOCALE_DIR, name, "LC_MESSAGES", DOMAIN + ".mo")
            with open(path, "rb") as handle:
                return gettext_module.GNUTranslations(handle)
    return gettext_module.NullTranslations()


@functools.cache
def languages() -> list[str]:
    """The languages we ship a catalog for."""
    return sorted(
        name
        for name in os.listdir(LOCALE_DIR)
        if os.path.isfile(os.path.join(LOCALE_DIR, name, "LC_MESSAGES", DOMAIN + ".mo"))
    )


class Labels:
    """Our words in one language, with the site's own replacements first.

    ``overrides`` is ``REALSELF_LABELS``: ``{lang: {message: replacement}}``;
    a plural message is replaced by a pair ``[singular, plural]`` or a list
    with one text per plural form of the language.
    """

    def __init__(self, lang: str, overrides: Mapping[str, Any] | None = None):
        self.lang = lang
        self._catalog = _load(lang)
        self._mine: Mapping[str, Any] = {}
        for code, table in (overrides or {}).items():
            if isinstance(code, str) and key(code) == key(lang):
                self._mine = table if isinstance(table, Mapping) else {}
        # A message without variables, once looked up: our pages ask for the
        # same few labels on every card (about 40 a page).
        self._said: dict[str, Markup] = {}

    def gettext(self, message: str, **variables: Any) -> Markup:
        """One message in this language; ``%(name)s`` filled from ``variables``."""
        if not variables and message in self._said:
            return self._said[message]
        text = self._mine.get(message)
        if not isinstance(text, str):
            text = self._catalog.gettext(message)
        if variables:
            return _fill(text, variables)
        said = self._said[message] = _fill(text, variables)
        return said

    def ngettext(self, singular: str, plural: str, n: int, **variables: Any) -> Markup:
        """The form of a message for ``n`` things (``%(num)s`` is ``n``)."""
        mine = self._mine.get(singular)
        if isinstance(mine, str):
            text = mine
        elif isinstance(mine, (list, tuple)) and mine:
            index = _plural_index(self._catalog, n)
            text = str(mine[min(index, len(mine) - 1)])
        else:
            text = self._catalog.ngettext(singular, plural, n)
        return _fill(text, {"num": n, **variables})

    def knows(self, message: str) -> bool:
        """Is this one of our messages (or one the site re-words)?"""
        return message in ours() or message in self._mine

    def for_templates(self) -> dict[str, Callable[..., Any]]:
        """``gettext``, ``ngettext`` and ``_`` for a page's context."""

        @pass_context
        def gettext(context: Context, message: str, **variables: Any) -> Any:
            if self.knows(message):
                return self.gettext(message, **variables)
            return _theirs(context, "gettext", message, **variables)

        @pass_context
        def ngettext(
            context: Context, singular: str, plural: str, n: int, **variables: Any
        ) -> Any:
            if self.knows(singular):
                return self.ngettext(singular, plural, n, **variables)
            return _theirs(context, "ngettext", singular, plural, n, **variables)

        return {"gettext": gettext, "ngettext": ngettext, "_": gettext}


def install(env: Any, settings: dict[str, Any]) -> None:
    """Let a generator's templates call our macros in the page's language.

    Adds ``jinja2.ext.i18n`` when the theme did not, and wraps the
    environment's gettext: our messages in the language of the page being
    rendered (its ``article`` or ``page``, else DEFAULT_LANG), every other
    message to the gettext that was there (the theme's, or none). Pages we
    render ourselves get functions for their language in their context.
    """
    if "jinja2.ext.InternationalizationExtension" not in env.extensions:
        env.add_extension("jinja2.ext.i18n")
    if "gettext" not in env.globals:
        env.install_null_translations(newstyle=True)
    if getattr(env.globals["gettext"], "realself", False):
        return
    theirs = {name: env.globals[name] for name in ("gettext", "ngettext")}
    default = tag(str(settings.get("DEFAULT_LANG") or "en"))
    overrides = realself_settings.of(settings).labels
    by_lang: dict[str, Labels] = {}

    def labels_for(context: Context) -> Labels:
        lang = default
        for name in ("article", "page"):
            lang = getattr(context.get(name), "lang", None) or lang
        if lang not in by_lang:
            by_lang[lang] = Labels(lang, overrides)
        return by_lang[lang]

    @pass_context
    def gettext(context: Context, message: str, **variables: Any) -> Any:
        labels = labels_for(context)
        if labels.knows(message):
            return labels.gettext(message, **variables)
        return context.call(theirs["gettext"], message, **variables)

    @pass_context
    def ngettext(
        context: Context, singular: str, plural: str, n: int, **variables: Any
    ) -> Any:
        labels = labels_for(context)
        if labels.knows(singular):
            return labels.ngettext(singular, plural, n, **variables)
        return context.call(theirs["ngettext"], singular, plural, n, **variables)

    gettext.realself = ngettext.realself = True  # type: ignore[attr-defined]
    env.globals.update(gettext=gettext, ngettext=ngettext)


def setting_text(value: Any, default: str, labels: Labels) -> str:
    """A text setting in the page's language.

    A dict is keyed by language (``{"fr": "Ce que je donne"}``); a language
    it does not name, or the default text, gets our translation; any other
    text is the site's own words for every language.
    """
    if isinstance(value, Mapping):
        for code, text in value.items():
            if isinstance(code, str) and key(code) == key(labels.lang):
                return str(text)
        return str(labels.gettext(default))
    if value is None or value == default:
        return str(labels.gettext(default))
    return str(value)


def page_words(lang: str, config: realself_settings.Config) -> dict[str, Any]:
    """What one of our pages in ``lang`` says: gettext for its templates, the
    language and direction, and the giveaway and feed titles (the
    ``REALSELF_GIVE_TITLE`` / ``REALSELF_FEED_TITLE`` settings, else ours)."""
    words = Labels(lang, config.labels)
    give = setting_text(config.give_title, GIVE_TITLE, words)
    feed = setting_text(config.feed_title, FEED_TITLE, words)
    return {
        **words.for_templates(),
        "realself_lang": lang,
        "realself_dir": direction(lang),
        "REALSELF_GIVE_TITLE": escape(give),
        "REALSELF_FEED_TITLE": escape(feed),
    }


def _theirs(context: Context, name: str, *args: Any, **variables: Any) -> Any:
    """A message that is not ours: the theme's gettext, if it installed one."""
    installed = context.environment.globals.get(name)
    if installed is not None:
        return context.call(installed, *args, **variables)
    text = args[0] if name == "gettext" or args[2] == 1 else args[1]
    return _fill(
        text, {"num": args[2], **variables} if name == "ngettext" else variables
    )


class _Later(dict):
    """Leaves a placeholder it has no value for, for the template to fill.

    With old-style gettext, ``{% trans n=x %}`` formats the text itself.
    """

    def __missing__(self, name: str) -> Markup:
        return Markup(f"%({name})s")


def _fill(text: str, variables: Mapping[str, Any]) -> Markup:
    """Catalog text is ours (no markup); the values are escaped as they go in."""
    if not variables:
        return Markup(text)
    return Markup(text) % _Later(variables)


def _plural_index(catalog: gettext_module.NullTranslations, n: int) -> int:
    plural = getattr(catalog, "plural", None)
    return int(plural(n)) if plural else int(n != 1)
