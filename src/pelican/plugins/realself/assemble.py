"""From checked documents to the Content objects our pages are written from.

Profiles sorted by status and language, each note on every version of its
profile, offers soonest to close first and listed on their profile's pages.
Pelican's own bookkeeping (source paths, static links) is left to the
generator through the ``register`` callbacks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from pelican.utils import order_content

from . import translations
from .languages import Sites, same
from .our_outputs import Pages

if TYPE_CHECKING:
    # Pages (empty) is made on every build; the rest only with documents.
    from .collect import Collection
    from .pages import RealselfOffer, RealselfProfile

_EPOCH = dt.date(1, 1, 1)  # where undated notes sort


class Inputs(NamedTuple):
    """What every Content object is made with.

    A NamedTuple, not a frozen dataclass: pages.Photo says why.
    """

    render: Callable[[str], str]  # Markdown -> clean HTML
    settings: dict[str, Any]  # Pelican's settings
    context: dict[str, Any]  # Pelican's shared context
    sites: Sites
    now: dt.datetime  # the build clock
    stale_days: int
    closing_soon_days: int


def assemble(
    collection: Collection,
    inputs: Inputs,
    register_profile: Callable[[RealselfProfile], None],
    register_offer: Callable[[RealselfOffer], None],
) -> Pages:
    """The pages of every valid document in ``collection``."""
    pages = Pages()
    _add_profiles(pages, collection, inputs, register_profile)
    _add_notes(pages, collection, inputs)
    _add_offers(pages, collection, inputs, register_offer)
    return pages


def _add_profiles(
    pages: Pages,
    collection: Collection,
    inputs: Inputs,
    register: Callable[[RealselfProfile], None],
) -> None:
    from .pages import RealselfProfile

    published, hidden, drafts = [], [], []
    for item in collection.profiles:
        profile = RealselfProfile(
            item.model,
            inputs.render,
            inputs.settings,
            item.path,
            inputs.context,
            today=inputs.now.date(),
            stale_days=inputs.stale_days,
            sites=inputs.sites,
        )
        if not profile.is_valid():
            continue
        profile.document = item.doc  # for messages about it
        profile.is_primary = item is collection.primary
        if profile.is_primary:
            pages.primary = profile
        register(profile)
        {"published": published, "hidden": hidden, "draft": drafts}[
            profile.status
        ].append(profile)
    published, elsewhere = translations.here_and_elsewhere(published)
    # A marker naming a profile another language's site shows links there.
    for profile in elsewhere:
        pages.elsewhere.setdefault(("profile", profile.slug), profile)
    if collection.primary is not None:
        # The primary person's page in another site is its about/ there.
        for profile in elsewhere:
            profile.is_primary = profile.slug == collection.primary.model.slug and (
                profile._native_default
            )
    originals, pages.translations = translations.originals_and_translations(
        published, "slug"
    )
    translations.link_elsewhere(published, elsewhere)
    pages.profiles = order_content(originals, "basename")
    pages.hidden_profiles = [p for p in hidden if p.writes_here]
    pages.draft_profiles = [p for p in drafts if p.writes_here]


def _add_notes(pages: Pages, collection: Collection, inputs: Inputs) -> None:
    from .pages import NoteView
    from .render import text

    versions = pages.versions()
    # newest first; undated notes (as the oldest day) after the dated ones
    items = sorted(collection.notes, key=lambda i: i.model.date or _EPOCH, reverse=True)
    for item in items:
        note = item.model
        # A note is someone's own words: every version of the page shows it.
        spoken = inputs.sites.lang_of(note.lang)
        for profile in versions.get(note.profile, []):
            reply = None
            if note.reply:
                html = inputs.render(note.reply)
                reply = profile.html(html, ("reply",), item.doc)
            profile.note_models.append(note)
            profile.notes.append(
                NoteView(
                    quote=text(note.quote),
                    who=text(note.who),
                    relationship=(
                        text(note.relationship) if note.relationship else None
                    ),
                    date=note.date,
                    link=profile.link(note.link, field=("link",), doc=item.doc),
                    reply=reply,
                    date_text=profile.when(note.date) if note.date else None,
                    lang=None if same(spoken, profile.lang) else spoken,
                )
            )


def _add_offers(
    pages: Pages,
    collection: Collection,
    inputs: Inputs,
    register: Callable[[RealselfOffer], None],
) -> None:
    from .pages import RealselfOffer

    versions = pages.versions()
    offers = []
    for item in collection.offers:
        offer = RealselfOffer(
            item.model,
            inputs.render,
            inputs.settings,
            item.path,
            inputs.context,
            window=item.window,
            now=inputs.now,
            closing_soon_days=inputs.closing_soon_days,
            profile=translations.in_lang(
                versions.get(item.model.profile, []),
                inputs.sites.lang_of(item.model.lang),
            ),
            sites=inputs.sites,
        )
        if not offer.is_valid():
            continue
        offer.document = item.doc
        register(offer)
        offers.append(offer)
    # soonest to close first; open-ended ones after, then by title
    far = inputs.now.replace(year=9999)
    offers.sort(key=lambda o: (o.closes or far, o.model.title))
    offers, elsewhere = translations.here_and_elsewhere(offers)
    elsewhere = [o for o in elsewhere if o.status == "published"]
    for offer in elsewhere:
        pages.elsewhere.setdefault(("offer", offer.slug), offer)
    published = [o for o in offers if o.status == "published"]
    # Same slug, another lang: a translation, listed once (Pelican's rule).
    originals, pages.offer_translations = translations.originals_and_translations(
        published, "slug"
    )
    translations.link_elsewhere(published, elsewhere)
    kept = {id(o) for o in originals}
    pages.offers = [o for o in published if id(o) in kept]  # soonest first
    pages.other_offers = [o for o in offers if o.status != "published"]
    _list_offers_on_profiles(pages.offers, versions)


def _list_offers_on_profiles(
    offers: list[RealselfOffer], versions: dict[str, list[RealselfProfile]]
) -> None:
    """Each version of a profile lists its offers, in its language if it can."""
    mine: dict[str, list[RealselfOffer]] = {}
    for offer in offers:
        if offer.profile is not None:
            mine.setdefault(offer.profile.slug, []).append(offer)
    for slug, profiles in versions.items():
        for profile in profiles:
            profile.offers = [
                translations.in_lang([*o.translations, o], profile.lang, o)
                for o in mine.get(slug, [])
            ]
