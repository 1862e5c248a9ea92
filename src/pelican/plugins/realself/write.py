"""Everything we write: profile and offer pages, give/, the feed, our static
files and realself.json.

Pages go through Pelican's writer (its URL handling, RELATIVE_URLS and
``{static}`` links) guarded by inside_output; the export and static files are
plain files. Only what ``settled`` leaves to us is written.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import Any

from . import export, private, structured
from .catalogs import FEED_TITLE, Labels, page_words, setting_text
from .inside_output import InsideOutput, target
from .our_outputs import Settled, opened, static_names
from .settings import Config

STATIC = os.path.join(os.path.dirname(__file__), "static")


class _Writer:
    """One build's writes: the pieces every page needs, kept together."""

    def __init__(
        self,
        writer: Any,
        output_path: str,
        settings: dict[str, Any],
        config: Config,
        context: dict[str, Any],
        get_template: Callable[[str], Any],
        settled: Settled,
    ):
        self.writer = InsideOutput(writer, output_path)
        self.output_path = output_path
        self.settings = settings  # Pelican's
        self.config = config
        self.context = context
        self.get_template = get_template
        self.free = settled.free
        self.placement_warned: set[str] = set()  # one warning per build
        self._parent: str | None = None  # the theme template our pages extend
        self._words: dict[str, dict[str, Any]] = {}  # page_words by language

    def absolute(self, url: str) -> str:
        return structured.absolute(self.settings.get("SITEURL", ""), url)

    def page(self, save_as: str, template: str, url: str, lang: str, **extra: Any):
        """One page in our template; its head markup reaches <head> in any theme."""
        # Only a build with documents writes pages (a site without our YAML
        # gets realself.json and our static files): imported here for them.
        from . import page_head, theme_parent

        found = self.get_template(template)
        if self._parent is None:
            self._parent = theme_parent.page_parent(found.environment)
        self.writer.write_file(
            save_as,
            page_head.FinishedPage(found, self.placement_warned),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=url,
            realself_base=self._parent,
            **extra,
            **self.words(lang),
        )

    def words(self, lang: str) -> dict[str, Any]:
        """page_words for ``lang``, made once a build: its labels, once looked
        up, serve every page in that language."""
        if lang not in self._words:
            self._words[lang] = page_words(lang, self.config)
        return self._words[lang]

    def profile(self, profile: Any, save_as: str, url: str, today: dt.date) -> None:
        modified = profile.model.now.updated if profile.model.now else today
        self.page(
            save_as,
            profile.template,
            url,
            profile.lang,
            profile=profile,
            profile_json_ld=structured.profile_json_ld(profile, modified),
            profile_open_graph=structured.profile_open_graph(profile),
            canonical_url=self.absolute(profile.page_url),
        )

    def offer(self, offer: Any) -> None:
        site_url = self.settings.get("SITEURL", "")
        currency = self.config.currency
        self.page(
            offer.save_as,
            offer.template,
            offer.url,
            offer.lang,
            offer=offer,
            offer_json_ld=structured.offer_json_ld(offer, site_url, currency),
            canonical_url=self.absolute(offer.url),
        )

    def feed(self, offers: list[Any], lang: str) -> None:
        """The offers feed: a gift reaches it when it opens, newest first."""
        feed = self.config.feed_atom
        ready = opened(offers)
        if not (self.free(feed, "REALSELF_FEED_ATOM") and ready):
            return
        labels = Labels(lang, self.config.labels)
        self.writer.write_feed(
            sorted(ready, key=lambda o: (o.date, o.slug), reverse=True),
            self.context,
            feed,
            self.config.feed_atom_url or feed,
            feed_title=setting_text(self.config.feed_title, FEED_TITLE, labels),
        )

    def static_files(self) -> None:
        for name in static_names(self.config.css):
            if not self.free(f"realself/{name}", ""):
                continue
            path = target(self.output_path, f"realself/{name}")
            if path:
                with open(os.path.join(STATIC, name), "rb") as source:
                    private.replace_file(path, source.read())

    def export(self, realself: Any) -> None:
        save_as = self.config.json_save_as
        if not self.free(save_as, "REALSELF_JSON_SAVE_AS"):
            return
        path = target(self.output_path, save_as)
        if path:
            data = export.export(realself, self.settings.get("SITEURL", ""))
            private.replace_file(path, data.encode("utf-8"))


def write_all(
    writer: Any,
    *,
    pages: Any,
    realself: Any,
    settled: Settled,
    settings: dict[str, Any],
    config: Config,
    context: dict[str, Any],
    get_template: Callable[[str], Any],
    output_path: str,
    lang: str,
) -> None:
    """Write ``pages`` (our_outputs.Pages) with Pelican's ``writer``.

    ``lang`` is this site's language (give/ and the feed). A profile without
    a ``now`` block was modified on the build's date.
    """
    today = config.now.date()
    out = _Writer(writer, output_path, settings, config, context, get_template, settled)
    out.static_files()
    for profile in pages.all_profiles():
        if out.free(profile.save_as, profile):
            out.profile(profile, profile.save_as, profile.url, today)
    primary = pages.primary_here()
    home = config.primary_save_as
    if (
        primary is not None
        and primary.primary_home
        and out.free(home, "REALSELF_PRIMARY_SAVE_AS")
    ):
        out.profile(primary, home, config.primary_url, today)
    for offer in pages.all_offers():
        if out.free(offer.save_as, offer):
            out.offer(offer)
    give = config.give_save_as
    if out.free(give, "REALSELF_GIVE_SAVE_AS") and (pages.offers or pages.other_offers):
        url = config.give_url
        out.page(give, "realself/give", url, lang, canonical_url=out.absolute(url))
    out.feed(pages.offers, lang)
    out.export(realself)
