"""realself.json: profiles, published notes and offers for other programs.

A scheduled rebuild can read ``next_status_change`` to know when to run.
Only what the pages show is exported: never a note without consent.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from .structured import absolute, plain
from .urls import is_safe


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _link(
    content: Any, url: str | None, site_url: str, field: tuple = ()
) -> str | None:
    """A URL field as other programs need it: {static}/{filename} resolved,
    not HTML-escaped, and absolute (SITEURL + path) when it is on this site.
    None when there is none, or when it is not safe to follow (urls.is_safe).
    """
    link = content.link(url, siteurl="", field=field)
    if not link:
        return None
    resolved = Markup(link).unescape()
    if not resolved.startswith("#"):
        resolved = absolute(site_url, resolved)
    return resolved if is_safe(resolved) else None


def profile_data(profile: Any, site_url: str) -> dict[str, Any]:
    model = profile.model
    return {
        "slug": model.slug,
        "lang": profile.lang,
        "primary": profile.is_primary,
        "name": model.name,
        "pronouns": model.pronouns,
        "headline": model.headline,
        "location": model.location,
        "url": absolute(site_url, profile.page_url),
        "links": [
            {
                "label": link.label,
                "url": _link(profile, link.url, site_url, ("links", n, "url")),
                "me": link.me,
            }
            for n, link in enumerate(model.links)
        ],
        "notes": [
            note_data(note, view, profile, site_url)
            for note, view in zip(profile.note_models, profile.notes, strict=True)
        ],
    }


def note_data(note: Any, view: Any, profile: Any, site_url: str) -> dict[str, Any]:
    """A published note; its reply as the plain text the page shows (as offer
    summaries are), never the Markdown source with its HTML."""
    return {
        "quote": note.quote,
        "who": note.who,
        "relationship": note.relationship,
        "date": _iso(note.date),
        "link": _link(profile, note.link, site_url, ("link",)),
        "reply": plain(str(view.reply)) or None if view.reply else None,
    }


def offer_data(offer: Any, site_url: str) -> dict[str, Any]:
    model = offer.model
    return {
        "slug": model.slug,
        "profile": offer.profile.slug if offer.profile else None,
        "title": model.title,
        "summary": plain(str(offer._summary_html)) or None,
        "url": absolute(site_url, offer.url),
        "state": offer.state,
        # Deprecated alias of "state" (CHANGELOG): status means
        # published/hidden/draft everywhere else. Same value until it goes.
        "status": offer.state,
        "availability": offer.window.availability(offer.state),
        "spots": model.spots,
        "claimed": model.claimed,
        "spots_left": offer.spots_left,
        "opens": _iso(offer.opens),
        "closes": _iso(offer.closes),
        "next_status_change": _iso(offer.next_change),
        "claim": _link(offer, model.claim, site_url, ("claim",)),
        "you_get": list(model.you_get),
        "asks": list(model.asks),
        "how_chosen": model.how_chosen,
        "tags": list(model.tags),
    }


def export(realself: Any, site_url: str) -> str:
    """The whole export as JSON text, stable from one build to the next."""
    change = realself.next_change
    data = {
        "as_of": _iso(realself.now),
        "next_status_change": _iso(change),
        "ledger": {
            "offers_given": realself.ledger.offers_given,
            "spots_given": realself.ledger.spots_given,
            "spots_open": realself.ledger.spots_open,
        },
        "profiles": [profile_data(p, site_url) for p in realself.profiles],
        "offers": [offer_data(o, site_url) for o in realself.offers],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
