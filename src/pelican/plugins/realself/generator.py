"""The Pelican generator: reads our YAML, writes profile and giveaway pages.

It runs with Pelican's own generators, so the writer, the theme's Jinja
environment, URL settings and RELATIVE_URLS all behave as for pages.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import posixpath
from typing import TYPE_CHECKING, Any

from pelican.cache import FileDataCacher, FileStampDataCacher
from pelican.generators import Generator

from . import (
    assemble,
    authors,
    caching,
    collisions,
    export,
    host,
    inside_output,
    ledger,
    markers,
    page_head,
    private,
    structured,
    summary,
)
from . import settings as realself_settings
from .catalogs import FEED_TITLE, Labels, page_words, setting_text
from .collect import Collection, collect, find_files
from .languages import Sites
from .load import load_file
from .marker_render import MarkerRenderer
from .offer_state import UPCOMING
from .problems import report
from .template_api import RealselfContext

if TYPE_CHECKING:
    # Imported where used: a site without our YAML never needs them, and
    # every millisecond of import is paid by every `pelican` run.
    from .pages import RealselfOffer, RealselfProfile

logger = logging.getLogger(__name__)
STATIC = os.path.join(os.path.dirname(__file__), "static")


class RealselfGenerator(Generator, FileStampDataCacher):
    """Profiles, notes and offers from ``REALSELF_PATHS``."""

    def __init__(self, *args: Any, **kwargs: Any):
        self.parsed_files = 0  # files read from disk (not from the cache)
        self.summary_line = ""  # the line the build ends with (summary.py)
        self.pages = assemble.Pages()  # filled when there are documents
        self.skipped: set[tuple[str, Any]] = set()  # our writes left out (Claim.key)
        self._written: set[str] = set()  # every output path of the build
        # made when there are documents
        self.render: caching.RememberingRenderer | None = None
        Generator.__init__(self, *args, **kwargs)
        self.config = realself_settings.of(self.settings)  # read as the build began
        # Parsed YAML is cached with Pelican's CACHE_CONTENT/LOAD_CONTENT_CACHE,
        # keyed by file stamp (CHECK_MODIFIED_METHOD), whatever the caching
        # layer: parsing is our costly step, and it depends on one file only.
        FileStampDataCacher.__init__(
            self,
            self.settings,
            "RealselfGenerator",
            self.settings["CACHE_CONTENT"],
            self.settings["LOAD_CONTENT_CACHE"],
        )
        caching.compress_lightly(self)

    def _load(self, path: str, source: str, limits: Any) -> Any:
        cached = self.get_cached_data(path, None)
        if cached is not None:
            docs, problems = cached
            # Messages name files as seen from where Pelican runs now.
            for doc in docs:
                doc.source = source
            return docs, [dataclasses.replace(p, source=source) for p in problems]
        self.parsed_files += 1
        docs, problems = load_file(path, source, limits)
        self.cache_data(path, (docs, problems))
        return docs, problems

    # -- reading -------------------------------------------------------------
    def generate_context(
        self, collection: Collection | None = None, render: Any = None
    ) -> None:
        """Read our documents; ``realself check`` passes what it has read.

        With ``collection`` and ``render`` given (check's dry run, which only
        needs output paths) nothing is read or rendered twice.
        """
        config = self.config
        self.sites = Sites.of(self.settings)
        files: list[str] = []  # read here; none when check passes its own
        if collection is None:
            files = find_files(self.path, config.paths, self.settings["IGNORE_FILES"])
            collection = collect(files, self.path, config, self.settings, self._load)
            self.save_cache()
        self.why_skipped = collection.why_skipped  # for markers naming them
        # Without a valid document there is nothing to render: a site that does
        # not use the plugin yet pays for neither Markdown nor the Content
        # classes (pelican --autoreload rebuilds it on every save).
        if collection.profiles or collection.notes or collection.offers:
            self._documents(collection, render)
        report(collection.problems, logger)

        realself = RealselfContext(
            profiles=self.pages.profiles,
            primary=self.pages.primary,
            offers=self.pages.offers,
            now=config.now,
            ledger=ledger.ledger(self.pages.offers),
            sidebar_limit=config.sidebar_offers,
        )
        change = ledger.next_change(self.pages.offers)
        if change is not None:
            realself.next_change = change[0]
        if files:
            self.summary_line = summary.line(
                profiles=len(self.pages.profiles),
                notes=sum(len(p.notes) for p in self.pages.profiles),
                offers=len(self.pages.offers),
                held_back=collection.held_back,
                errors=sum(p.is_error for p in collection.problems),
                change=(change[0], change[1].slug) if change else None,
                timezone=config.timezone,
            )
        self.realself = realself
        self.context["realself"] = realself

    def _documents(self, collection: Collection, render: Any = None) -> None:
        if render is None:
            rendered = FileDataCacher(
                self.settings,
                "RealselfRendered",
                self.settings["CACHE_CONTENT"],
                self.settings["LOAD_CONTENT_CACHE"],
            )
            caching.compress_lightly(rendered)
            render = caching.RememberingRenderer(self.settings, rendered)
        self.render = render
        inputs = assemble.Inputs(
            render=render,
            settings=self.settings,
            context=self.context,
            sites=self.sites,
            now=self.config.now,
            stale_days=self.config.now_stale_days,
            closing_soon_days=self.config.closing_soon_days,
        )
        self.pages = assemble.assemble(
            collection, inputs, self._register_profile, self.add_static_links
        )
        authors.link_authors(self.pages.profiles, self.context, self.settings)
        # The human-voice findings are gentle hints: warnings, never errors.
        if self.config.voice_warnings and collection.profiles:
            from . import voice  # only loaded when there is a profile

            for voice_report in voice.check_collection(
                collection, self.render, self.settings, config=self.config
            ):
                collection.problems += voice_report.findings
        self.render.save()

    def _register_profile(self, profile: RealselfProfile) -> None:
        """Pelican's bookkeeping for a profile: its source and static links.

        ``{filename}`` links to the page a profile replaces lead to it, once
        that page is gone (while it exists, links still reach it).
        """
        self.add_source_path(profile)
        replaces = profile.model.replaces
        if replaces:
            path = posixpath.normpath(str(replaces).lstrip("/"))
            self.context["generated_content"].setdefault(path, profile)
        self.add_static_links(profile)

    # -- output paths shared with the rest of the build ------------------------
    def settle_outputs(self, generators: list[Any]) -> list[Any]:
        """Leave out our outputs that another part of the build writes.

        Called when every generator has read its content and before anything
        renders a link: when a page keeps about/, the primary profile's links
        must already point at its own address. Returns the problems.
        """
        others = [g for g in generators if g is not self]
        theirs = collisions.their_claims(others, self.settings, self.path)
        claims = self._claims()
        self.skipped, found = collisions.settle(claims, theirs)
        # every path this build writes, for the menu's dead-link check
        self._written = set(theirs) | {
            c.path for c in claims if c.key not in self.skipped
        }
        problems = []
        for collision in found:
            ours = collision.ours
            moved = None
            if ours.setting == "REALSELF_PRIMARY_SAVE_AS" and self.pages.primary:
                self.pages.primary.primary_home = False
                own = collisions.normal(self.pages.primary.save_as)
                moved = (
                    None
                    if (own, id(self.pages.primary)) in self.skipped
                    else (self.pages.primary.url)
                )
            problem = collisions.problem(collision, moved)
            if problem is None:
                logger.warning("realself: %s", collisions.message(collision, moved))
            else:
                problems.append(problem)
        from .migrate import dead_about_links

        if self.pages.profiles:
            problems += dead_about_links(
                host.contents_of(others),
                self.context["generated_content"],
                self.path,
            )
        return problems

    def add_to_menu(self) -> None:
        """The profile (and give/ while an offer is open) in the site's menu."""
        from . import menu

        words = Labels(self.sites.here, self.config.labels)
        labels = {
            entry: str(words.gettext(label))
            if label == menu.DEFAULT_LABELS[entry]
            else label
            for entry, label in menu.labels(self.settings).items()
        }
        entries = {}
        primary = self.pages.primary
        if "profile" in labels and primary and primary.status == "published":
            home = self.config.primary_save_as
            at_home = (
                primary.writes_here
                and primary.primary_home
                and self._free(home, "REALSELF_PRIMARY_SAVE_AS")
            )
            save_as = home if at_home else primary.save_as
            if at_home or (primary.writes_here and self._free(save_as, primary)):
                entries["profile"] = menu.MenuEntry(
                    labels["profile"], primary.url, save_as, primary
                )
        give = self.config.give_save_as
        free = self._free(give, "REALSELF_GIVE_SAVE_AS")
        if "give" in labels and free and self.realself.open_offers:
            entries["give"] = menu.MenuEntry(labels["give"], self.config.give_url, give)
        if "profile" in entries:
            menu.repoint_about(
                self.context, self.settings, entries["profile"], self._written
            )
        menu.add(self.context, self.settings, entries)

    def _claims(self) -> list[collisions.Claim]:
        """What we would write, in the order we write it."""
        claims = []

        def content(item: Any, path: str, what: str, **extra: Any) -> None:
            doc = item.document
            field = extra.pop("field", "")
            line, column = doc.where((field,)) if field in doc.data else doc.start
            claims.append(
                collisions.Claim(
                    collisions.normal(path),
                    what,
                    doc.source,
                    line,
                    column,
                    field if field in doc.data else "",
                    content=item,
                    **extra,
                )
            )

        def setting(name: str, what: str) -> None:
            path = collisions.normal(self.config.setting(name))
            way = f"set {name} to a free path"
            claims.append(collisions.Claim(path, what, setting=name, way=way))

        for profile in self.pages.all_profiles():
            what = f"the profile {profile.slug}"
            content(profile, profile.save_as, what, way=f"give {what} another slug")
        primary = self.pages.primary
        if primary and primary.status == "published" and primary.writes_here:
            path = self.config.primary_save_as
            what = f"the primary profile {self.pages.primary.slug}"
            content(
                self.pages.primary,
                path,
                what,
                field="primary",
                setting="REALSELF_PRIMARY_SAVE_AS",
                way="set REALSELF_PRIMARY_SAVE_AS and REALSELF_PRIMARY_URL to a free "
                "path",
            )
        for offer in self.pages.all_offers():
            what = f"the offer {offer.slug}"
            content(offer, offer.save_as, what, way=f"give {what} another slug")
        if self.config.give_save_as and (self.pages.offers or self.pages.other_offers):
            setting("REALSELF_GIVE_SAVE_AS", "the giveaway index")
        if self.config.feed_atom and self._opened():
            setting("REALSELF_FEED_ATOM", "the offers feed")
        if self.config.json_save_as:
            setting("REALSELF_JSON_SAVE_AS", "the JSON export")
        for name in self._static_names():
            way = "set REALSELF_CSS = False to use yours alone" if "css" in name else ""
            what = f"the plugin's {name}"
            claims.append(collisions.Claim(f"realself/{name}", what, way=way))
        return claims

    def _free(self, path: str | None, who: Any) -> bool:
        """Whether we write ``path`` for ``who`` (a setting name or our page)."""
        if not path:
            return False
        key = who if isinstance(who, str) else id(who)
        return (collisions.normal(path), key) not in self.skipped

    def _opened(self) -> list[RealselfOffer]:
        """Offers for the feed: a gift reaches it when it opens."""
        return [o for o in self.pages.offers if o.state != UPCOMING]

    # -- markers in articles and pages ----------------------------------------
    def replace_markers(self, generators: list[Any]) -> None:
        """Called once every generator has read its content."""
        render = MarkerRenderer(
            self.realself,
            self.pages.elsewhere,
            self.get_template,
            self.context,
            self._words,
            self.sites.here,
        )
        sections = markers.Sections(render, self.path, self.why_skipped)
        # The feed handler finds this build's sections in the shared context.
        self.context[markers.SECTIONS] = sections
        sections.replace_all(host.contents_of(generators))

    # -- writing -------------------------------------------------------------
    def _write_profile(
        self, writer: Any, profile: RealselfProfile, save_as: str, url: str
    ):
        if profile.model.now:
            modified = profile.model.now.updated
        else:
            modified = self.config.now.date()
        writer.write_file(
            save_as,
            self._page_template(profile.template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=url,
            profile=profile,
            profile_json_ld=structured.profile_json_ld(profile, modified),
            profile_open_graph=structured.profile_open_graph(profile),
            canonical_url=self._absolute(profile.page_url),
            **self._words(profile.lang),
        )

    def _words(self, lang: str) -> dict[str, Any]:
        return page_words(
            lang,
            self.config.labels,
            self.config.give_title,
            self.config.feed_title,
        )

    def _page_template(self, name: str) -> page_head.FinishedPage:
        """Our page template; its head markup reaches <head> in any theme."""
        return page_head.FinishedPage(self.get_template(name), self._placement_warned)

    def _absolute(self, url: str) -> str:
        return structured.absolute(self.settings.get("SITEURL", ""), url)

    def generate_output(self, writer: Any) -> None:
        writer = inside_output.InsideOutput(writer, self.output_path)
        self._placement_warned: set[str] = set()  # one warning per build
        self._copy_static()
        for profile in self.pages.all_profiles():
            if self._free(profile.save_as, profile):
                self._write_profile(writer, profile, profile.save_as, profile.url)
        primary = self.pages.primary
        primary_save_as = self.config.primary_save_as
        if (
            primary is not None
            and primary.status == "published"
            and primary.writes_here
            and primary.primary_home
            and self._free(primary_save_as, "REALSELF_PRIMARY_SAVE_AS")
        ):
            self._write_profile(
                writer,
                self.pages.primary,
                primary_save_as,
                self.config.primary_url,
            )
        self._write_offers(writer)
        self._write_export()
        if self.summary_line:
            summary.show(self.summary_line)

    def _write_offers(self, writer: Any) -> None:
        site_url = self.settings.get("SITEURL", "")
        currency = self.config.currency
        for offer in self.pages.all_offers():
            if not self._free(offer.save_as, offer):
                continue
            writer.write_file(
                offer.save_as,
                self._page_template(offer.template),
                self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                url=offer.url,
                offer=offer,
                offer_json_ld=structured.offer_json_ld(offer, site_url, currency),
                canonical_url=self._absolute(offer.url),
                **self._words(offer.lang),
            )
        give_save_as = self.config.give_save_as
        free = self._free(give_save_as, "REALSELF_GIVE_SAVE_AS")
        if free and (self.pages.offers or self.pages.other_offers):
            writer.write_file(
                give_save_as,
                self._page_template("realself/give"),
                self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                url=self.config.give_url,
                canonical_url=self._absolute(self.config.give_url),
                **self._words(self.sites.here),
            )
        feed = self.config.feed_atom
        # A gift reaches the feed when it opens, newest first: no future dates.
        opened = self._opened()
        labels = self.config.labels
        if self._free(feed, "REALSELF_FEED_ATOM") and opened:
            newest = sorted(opened, key=lambda o: (o.date, o.slug), reverse=True)
            writer.write_feed(
                newest,
                self.context,
                feed,
                self.config.feed_atom_url or feed,
                feed_title=setting_text(
                    self.config.feed_title,
                    FEED_TITLE,
                    Labels(self.sites.here, labels),
                ),
            )

    def _static_names(self) -> list[str]:
        names = ["realself.js"]
        if self.config.css:
            names.append("realself.css")
        return names

    def _copy_static(self) -> None:
        for name in self._static_names():
            if not self._free(f"realself/{name}", ""):
                continue
            target = inside_output.target(self.output_path, f"realself/{name}")
            if target:
                with open(os.path.join(STATIC, name), "rb") as source:
                    private.replace_file(target, source.read())

    def _write_export(self) -> None:
        save_as = self.config.json_save_as
        if not self._free(save_as, "REALSELF_JSON_SAVE_AS"):
            return
        target = inside_output.target(self.output_path, save_as)
        if target:
            data = export.export(self.realself, self.settings.get("SITEURL", ""))
            private.replace_file(target, data.encode("utf-8"))
