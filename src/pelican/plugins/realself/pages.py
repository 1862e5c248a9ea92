"""Pelican Content classes for our documents.

Being real Content objects means Pelican's machinery applies: URL settings
(``REALSELF_PROFILE_URL`` ...), statuses, languages, and ``{static}`` /
``{filename}`` links resolved at write time relative to each output file.

Everything a template reads from here is ``Markup``: escaped plain text or
cleaned Markdown. Templates print it as is, with or without autoescape.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import posixpath
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from markupsafe import Markup, escape
from pelican.urlwrappers import Author

from . import dates, host, private, urls
from . import settings as realself_settings
from .catalogs import Labels
from .languages import Sites, direction, key, same
from .offer_state import CLOSED, CLOSING_SOON, FULL, LABELS, OPEN, UPCOMING
from .problems import report
from .render import clean, text

if TYPE_CHECKING:  # the models are imported only when there is YAML
    from .load import Document
    from .models.records import Record
    from .render import MarkdownRenderer


# What templates read of a profile: small read-only records. NamedTuples, not
# frozen dataclasses: making a frozen dataclass compiles six methods (about
# 0.8 ms of CPU each class, on every build with a profile), a NamedTuple
# about 0.08 ms; templates read the same attributes.
class Photo(NamedTuple):
    """A photo as templates read it."""

    src: Markup
    alt: Markup
    caption: Markup | None


class Facet(NamedTuple):
    """A facet as templates read it."""

    label: Markup
    text: Markup


class Link(NamedTuple):
    """A link as templates read it."""

    label: Markup
    url: Markup
    me: bool


class NowBlock(NamedTuple):
    """The now block as templates read it."""

    updated: dt.date
    text: Markup
    stale: bool
    updated_text: str  # the date in the page's language


class Ask(NamedTuple):
    """The reciprocity ask as templates read it."""

    question: Markup
    url: Markup | None


class Reciprocity(NamedTuple):
    """What a person gives and hopes for, as templates read it."""

    gives: list[Markup]
    hopes: list[Markup]
    ask: Ask | None


# An upcoming offer opening later than this says its date, not "Opens soon".
SOON = dt.timedelta(days=7)
logger = logging.getLogger(__name__)


class RealselfContent(host.PelicanContent):
    """Shared by our content kinds: link resolution for every HTML fragment."""

    allowed_statuses = ("published", "hidden", "draft")
    default_status = "published"
    kind = ""
    # With i18n_subsites, a document in another site's language is shown by
    # that site; here it is only linked to: (path to that site, its SITEURL).
    elsewhere: tuple[str, str] | None = None

    def _place(self, sites: Sites) -> None:
        """Compare languages as BCP 47 does, and see which site shows this."""
        self.in_default_lang = same(self.lang, sites.here)
        self.__dict__.pop("_url_settings", None)  # asked for before now
        if not sites.writes_here(self.lang):
            self.elsewhere = (sites.path_to(self.lang), sites.siteurl_of(self.lang))
            # In its own site it is in the default language, or a translation
            # in the main site when its language has no site.
            self._native_default = same(self.lang, sites.owner(self.lang))

    @property
    def writes_here(self) -> bool:
        return self.elsewhere is None

    def settings_name(self) -> str:
        """REALSELF_PROFILE_URL, REALSELF_DRAFT_OFFER_SAVE_AS, ...

        Pelican's Content expands these itself from its settings dict (by
        this name), so they are read there, not from settings.Config.
        """
        draft = "draft_" if self.status == "draft" else ""
        return f"realself_{draft}{self.kind}"

    def get_url_setting(self, key: str) -> str:
        """``url`` and ``save_as``, worked out once.

        Pelican works them out at every use (a copy of the metadata, a relpath,
        a format); a theme that lists offers on every page asks for the same
        offer's url thousands of times. What they depend on (the settings,
        slug, lang and status) does not change once the object exists.
        """
        known = self.__dict__.setdefault("_url_settings", {})
        if key not in known:
            if self.elsewhere is None:
                known[key] = super().get_url_setting(key)
            elif key == "url":
                known[key] = posixpath.join(self.elsewhere[0], self._native(key))
            else:  # never written here; the path it has in its own site
                known[key] = self._native(key)
        return known[key]

    def _native(self, key: str) -> str:
        """The URL (or save_as) in the site that shows this document."""
        return self.expand_setting(key if self._native_default else f"lang_{key}")

    @property
    def absolute_url(self) -> str:
        """For hreflang and feeds: SITEURL + url (site-rooted when unset)."""
        if self.elsewhere is not None:
            site, url = self.elsewhere[1], self._native_url()
        else:
            site, url = str(self.settings.get("SITEURL") or ""), self.url
        return f"{site.rstrip('/')}/{url}"

    def _native_url(self) -> str:
        return self._native("url")

    @property
    def i18n(self) -> Labels:
        """Our words in this document's language."""
        if "_labels" not in self.__dict__:
            self._labels = Labels(self.lang, realself_settings.of(self.settings).labels)
        return self._labels

    @property
    def language_name(self) -> str:
        """This document's language in its own words: français, português."""
        locale = dates.locale_of(self.lang)
        if locale.language != key(self.lang).split("-")[0]:
            return self.lang  # Babel does not know it: the code says it
        return locale.get_display_name(locale) or self.lang

    @property
    def direction(self) -> str:
        """``rtl`` for Arabic, Hebrew...: the ``dir`` of what shows this."""
        return direction(self.lang)

    def when(self, moment: dt.date | dt.datetime) -> str:
        """A date (and time) in this document's language (DATE_FORMATS too)."""
        return dates.when(
            moment, self.lang, dates.date_format(self.lang, self.settings)
        )

    # Where this content's YAML stands, for messages about what it links to;
    # set by the generator (a note's reply names the note instead).
    document: Document | None = None
    _field: tuple[str | int, ...] = ()

    @contextlib.contextmanager
    def _about(self, field: tuple, doc: Document | None) -> Iterator[None]:
        """Messages from here on name this field (of another document)."""
        saved = self.document, self._field
        self.document, self._field = doc or self.document, field
        try:
            yield
        finally:
            self.document, self._field = saved

    def html(
        self, fragment: Markup, field: tuple = (), doc: Document | None = None
    ) -> Markup:
        """Resolve {static}/{filename} links for the file being written now."""
        if "{" not in fragment and "|" not in fragment:
            return fragment
        with self._about(field, doc):
            return Markup(self.resolve_links(str(fragment), self.get_siteurl()))

    def links_rewritten(self, before: str, after: str) -> str:
        """Pelican's link rewriting, then the cleaning again on what it wrote.

        Pelican rewrites ``{…}`` links after our HTML was cleaned, keeping the
        scheme of what follows the braces: the final HTML is checked here,
        for pages, markers and feeds alike.
        """
        return after if after == before else str(clean(after))

    def link_ok(self, url: str) -> bool:
        """Each URL Pelican writes for a ``{…}`` link must pass urls.is_safe;
        one that does not is left empty, and said (``link_refused``)."""
        return urls.is_safe(url)

    def link_refused(self, source: str, url: str) -> None:
        """Say once per document and link that a link was left out."""
        said = self.__dict__.setdefault("_said", set())
        if source in said:  # the same link again: another page, the feed, JSON
            return
        said.add(source)
        message = (
            f"the link {Markup(source).unescape()!r} would lead to {url[:80]!r}, "
            "so it was left out: links go to https://, http:// or mailto: "
            "addresses or to pages and files of this site"
        )
        if self.document is None:
            logger.error("realself: %s: %s", self.get_relative_source_path(), message)
        else:
            start = self.document.problem(self._field, message)
            report([start], logger)

    def link(
        self,
        url: str | None,
        siteurl: str | None = None,
        field: tuple = (),
        doc: Document | None = None,
    ) -> Markup | None:
        """A URL field, escaped, with {static}/{filename} resolved; None when
        there is none or when what it resolves to is not safe to follow.

        ``siteurl=""`` gives the site-relative path, for absolute URLs.
        """
        if url is None:
            return None
        if not url.startswith("{") and urls.is_safe(url):
            # nothing to resolve nor to say (an offer's claim link, asked
            # twice by every card): what the path below returns for it
            return escape(url) if url else None
        resolved = url
        with self._about(field, doc):
            if url.startswith("{"):
                base = self.get_siteurl() if siteurl is None else siteurl
                found = self.resolve_url(url, base)
                if found is not None:
                    resolved = Markup(found).unescape()
            if resolved and not urls.is_safe(resolved):
                self.link_refused(escape(url), resolved)
                resolved = ""
        return escape(resolved) if resolved else None

    def get_static_links(self) -> set[str]:
        # Our {static} links live in every field, not only the main HTML.
        # Only real files outside our YAML folders are copied (private.py).
        found = self.static_links_in(self._all_html())
        root = self.settings["PATH"]
        return {
            path
            for path in found
            if os.path.isfile(os.path.join(root, path))
            and not private.is_private(
                path, root, realself_settings.of(self.settings).paths
            )
        }

    def _all_html(self) -> str:
        return host.html_of(self) or ""


class RealselfProfile(RealselfContent):
    """A profile page: ``profile`` in realself/profile.html."""

    mandatory_properties = ("title",)
    default_template = "realself/profile"
    kind = "profile"

    def __init__(
        self,
        model: Record,
        render: MarkdownRenderer,
        settings: dict[str, Any],
        source_path: str,
        context: dict[str, Any],
        *,
        today: dt.date,
        stale_days: int,
        sites: Sites | None = None,
    ):
        sites = sites or Sites.of(settings)
        metadata: dict[str, Any] = {
            "title": model.name,
            "slug": model.slug,
            "status": model.status,
            "lang": sites.lang_of(model.lang),
        }
        self.model = model
        self.is_primary = False
        # False when a page of the site keeps REALSELF_PRIMARY_URL (collisions.py)
        self.primary_home = True
        self._story = render(model.story)
        self._facets = [(text(f.label), render(f.text)) for f in model.facets]
        self._now = render(model.now.text) if model.now else Markup("")
        self._today = today
        self._stale_days = stale_days
        self.notes: list[NoteView] = []  # published notes, newest first
        self.note_models: list[Any] = []  # the same notes, for the JSON export
        self.offers: list[Any] = []  # this profile's published offers
        super().__init__(str(self._story), metadata, settings, source_path, context)
        self._place(sites)

    def _all_html(self) -> str:
        parts = [str(self._story), str(self._now)]
        parts += [str(html) for _, html in self._facets]
        parts += [f'<img src="{escape(p.src)}">' for p in self.model.photo]
        parts += [f'<a href="{escape(link.url)}">' for link in self.model.links]
        return "\n".join(parts)

    # -- what templates read -------------------------------------------------
    @property
    def name(self) -> Markup:
        return text(self.model.name)

    @property
    def pronouns(self) -> Markup | None:
        return text(self.model.pronouns) if self.model.pronouns else None

    @property
    def pronunciation(self) -> Markup | None:
        return text(self.model.pronunciation) if self.model.pronunciation else None

    @property
    def headline(self) -> Markup | None:
        return text(self.model.headline) if self.model.headline else None

    @property
    def location(self) -> Markup | None:
        return text(self.model.location) if self.model.location else None

    @property
    def photos(self) -> list[Photo]:
        return [
            Photo(
                src=self.link(p.src, field=("photo",)) or Markup(""),
                alt=text(p.alt),
                caption=text(p.caption) if p.caption else None,
            )
            for p in self.model.photo
        ]

    @property
    def story(self) -> Markup:
        return self.html(self._story, ("story",))

    @property
    def facets(self) -> list[Facet]:
        return [
            Facet(label, self.html(html, ("facets", number, "text")))
            for number, (label, html) in enumerate(self._facets)
        ]

    @property
    def values(self) -> list[Markup]:
        return [text(v) for v in self.model.values]

    @property
    def honest(self) -> list[Markup]:
        return [text(v) for v in self.model.honest]

    @property
    def not_a_fit_if(self) -> list[Markup]:
        return [text(v) for v in self.model.not_a_fit_if]

    @property
    def now(self) -> NowBlock | None:
        if self.model.now is None:
            return None
        updated = self.model.now.updated
        stale = (self._today - updated).days > self._stale_days
        html = self.html(self._now, ("now", "text"))
        return NowBlock(updated, html, stale, self.when(updated))

    @property
    def links(self) -> list[Link]:
        return [
            Link(
                text(link.label),
                self.link(link.url, field=("links", number, "url")) or Markup(""),
                link.me,
            )
            for number, link in enumerate(self.model.links)
        ]

    @property
    def reciprocity(self) -> Reciprocity | None:
        rec = self.model.reciprocity
        if rec is None or not (rec.gives or rec.hopes or rec.ask):
            return None
        ask = None
        if rec.ask is not None:
            url = self.link(rec.ask.url, field=("reciprocity", "ask", "url"))
            ask = Ask(text(rec.ask.question), url)
        return Reciprocity(
            [text(g) for g in rec.gives], [text(h) for h in rec.hopes], ask
        )

    @property
    def url(self) -> str:
        """The address this profile is known by: about/ for the primary one.

        {filename} links to the YAML file and every card land there too. When
        a page of the site already has about/, its own URL instead.
        """
        if self.is_primary and self.primary_home:
            return posixpath.join(
                self.elsewhere[0] if self.elsewhere else "", self._native_url()
            )
        return super().url

    def _native_url(self) -> str:
        if self.is_primary and self.primary_home:
            return realself_settings.of(self.settings).primary_url
        return super()._native_url()

    @property
    def page_url(self) -> str:
        return self.url

    @property
    def byline(self) -> Author:
        """This person as a Pelican Author (made once: offers share it)."""
        if "_byline" not in self.__dict__:
            self._byline = Author(self.model.name, self.settings)
        return self._byline


class NoteView(NamedTuple):
    """A reciprocity note as templates read it (a NamedTuple: see Photo)."""

    quote: Markup
    who: Markup
    relationship: Markup | None
    date: dt.date | None
    link: Markup | None
    reply: Markup | None
    date_text: str | None = None  # the date in the page's language
    lang: str | None = None  # set when the note is in another language than the page

    @property
    def direction(self) -> str:
        return direction(self.lang) if self.lang else "ltr"


class RealselfOffer(RealselfContent):
    """An offer page: ``offer`` in realself/offer.html."""

    mandatory_properties = ("title",)
    default_template = "realself/offer"
    kind = "offer"

    def __init__(
        self,
        model: Any,
        render: MarkdownRenderer,
        settings: dict[str, Any],
        source_path: str,
        context: dict[str, Any],
        *,
        window: Any,
        now: dt.datetime,
        closing_soon_days: int,
        profile: RealselfProfile | None,
        sites: Sites | None = None,
    ):
        sites = sites or Sites.of(settings)
        self.closing_soon_days = closing_soon_days
        metadata: dict[str, Any] = {
            "title": model.title,
            "slug": model.slug,
            "status": model.status,
            # Feeds and ordering use the day the offer opens (or the build day).
            "date": window.opens or now,
            "lang": sites.lang_of(model.lang),
        }
        if model.tags:
            metadata["tags"] = list(model.tags)  # plain labels; feeds list them
        if profile is not None:
            # Whose gift it is: Atom entries need an author with a name.
            metadata["author"] = profile.byline
        self.model = model
        self.window = window
        self.build_time = now
        self.profile = profile
        self.state = window.state(now, closing_soon_days)
        self.next_change = window.next_change(now, closing_soon_days)
        self._summary_html = render(model.summary)
        super().__init__(
            str(self._summary_html), metadata, settings, source_path, context
        )
        self._place(sites)

    def _all_html(self) -> str:
        claim = self.model.claim or ""
        return f'{self._summary_html}\n<a href="{escape(claim)}">'

    @property
    def name(self) -> Markup:
        return text(self.model.title)

    @property
    def description(self) -> Markup:
        return self.html(self._summary_html, ("summary",))

    @property
    def you_get(self) -> list[Markup]:
        return [text(v) for v in self.model.you_get]

    @property
    def asks(self) -> list[Markup]:
        return [text(v) for v in self.model.asks]

    @property
    def labels(self) -> list[Markup]:
        return [text(v) for v in self.model.tags]

    @property
    def how_chosen(self) -> Markup | None:
        return text(self.model.how_chosen) if self.model.how_chosen else None

    @property
    def claim_url(self) -> Markup | None:
        return self.link(self.model.claim, field=("claim",))

    @property
    def spots(self) -> int | None:
        return self.model.spots

    @property
    def claimed(self) -> int:
        return self.model.claimed

    @property
    def spots_left(self) -> int | None:
        return self.window.spots_left

    @property
    def opens(self) -> dt.datetime | None:
        return self.window.opens

    @property
    def closes(self) -> dt.datetime | None:
        return self.window.closes

    @property
    def claimable(self) -> bool:
        """Show the claim button only while a spot can really be had."""
        return self.state in (OPEN, CLOSING_SOON) and bool(self.model.claim)

    @property
    def past(self) -> bool:
        return self.state in (CLOSED, FULL)

    # Worked out on each page that shows the offer, not kept on it: kept,
    # they added about 0.6 KiB of peak memory an offer (339 against 334 MiB
    # at 8,000 offers) for a few microseconds a card; the labels themselves
    # are kept once per language (catalogs.Labels).
    @property
    def state_label(self) -> Markup:
        """The status in the offer's language: "Open", "Ouvert".

        An offer more than a few days away says when it opens: "Opens soon"
        for a date nine months ahead would not be true.
        """
        opens = self.window.opens
        if self.state == UPCOMING and opens - self.build_time > SOON:
            day = self.model.opens
            shown = opens if isinstance(day, dt.datetime) else day
            return self.i18n.gettext("Opens %(when)s", when=self.when(shown))
        return self.i18n.gettext(LABELS[self.state])

    @property
    def labels_by_state(self) -> list[tuple[str, str]]:
        """Status labels for the visitor-clock script (data-label-*)."""
        return sorted(
            (state, self.i18n.gettext(label)) for state, label in LABELS.items()
        )

    @property
    def as_of_text(self) -> str:
        return self.when(self.build_time)

    @property
    def window_text(self) -> Markup:
        # A bare date is shown as a date; a time is shown in its own zone.
        opens, closes = self.model.opens, self.model.closes
        words = self.i18n
        parts = []
        if opens is not None:
            shown = self.when(
                self.window.opens if isinstance(opens, dt.datetime) else opens
            )
            if self.state == "upcoming":
                parts.append(words.gettext("Opens %(when)s.", when=shown))
            else:
                parts.append(words.gettext("Opened %(when)s.", when=shown))
        if isinstance(closes, dt.datetime):
            shown = self.when(self.window.closes)
            if self.state == CLOSED:
                parts.append(words.gettext("Closed %(when)s.", when=shown))
            else:
                parts.append(words.gettext("Closes %(when)s.", when=shown))
        elif closes is not None:
            day = self.when(closes)
            if self.state == CLOSED:
                parts.append(words.gettext("Closed at the end of %(day)s.", day=day))
            else:
                parts.append(words.gettext("Closes at the end of %(day)s.", day=day))
        if not parts:
            return words.gettext("Open until I say otherwise.")
        return Markup(" ").join(parts)
