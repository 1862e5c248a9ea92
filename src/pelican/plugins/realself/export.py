"""realself.json: profiles, published notes and offers for other programs.

A scheduled rebuild can read ``next_status_change`` to know when to run.
Only what the pages show is exported: never a note without consent.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from .structured import absolute, plain


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _link(content: Any, url: str | None, site_url: str) -> str | None:
    """A URL field as other programs need it: {static}/{filename} resolved,
    not HTML-escaped, and absolute (SITEURL + path) when it is on this site."""
    if url is None:
        return None
    resolved = Markup(content.link(url, siteurl="")).unescape()
    return resolved if resolved.startswith("#") else absolute(site_url, resolved)


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
                "url": _link(profile, link.url, site_url),
                "me": link.me,
            }
            for link in model.links
        ],
        "notes": [note_data(note, profile, site_url) for note in profile.note_models],
    }


def note_data(note: Any, profile: Any, site_url: str) -> dict[str, Any]:
    return {
        "quote": note.quote,
        "who": note.who,
        "relationship": note.relationship,
        "date": _iso(note.date),
        "link": _link(profile, note.link, site_url),
        "reply": note.reply,
    }


def offer_data(offer: Any, site_url: str) -> dict[str, Any]:
    model = offer.model
    return {
        "slug": model.slug,
        "profile": offer.profile.slug if offer.profile else None,
        "title": model.title,
        "summary": plain(str(offer._summary_html)) or None,
        "url": absolute(site_url, offer.url),
        "status": offer.state,
        "availability": offer.window.availability(offer.state),
        "spots": model.spots,
        "claimed": model.claimed,
        "spots_left": offer.spots_left,
        "opens": _iso(offer.opens),
        "closes": _iso(offer.closes),
        "next_status_change": _iso(offer.next_change),
        "claim": _link(offer, model.claim, site_url),
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
