"""What machines read in a page's head: JSON-LD and Open Graph.

Built from the models (plain values), never from rendered HTML, and serialised
so that no value can close the surrounding <script> element.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from .urls import is_safe

if TYPE_CHECKING:
    from .pages import RealselfProfile


def absolute(site_url: str, url: str) -> str:
    """A URL as seen from outside: SITEURL + path, unless already absolute."""
    if "://" in url or url.startswith("mailto:"):
        return url
    if url.startswith("/"):
        return f"{site_url.rstrip('/')}{url}" if site_url else url
    return f"{site_url.rstrip('/')}/{url}" if site_url else f"/{url}"


def json_script(data: Any) -> Markup:
    """JSON safe to place inside <script type="application/ld+json">."""
    raw = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
    raw = raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(raw)


def plain(html: str) -> str:
    """Visible text of an HTML fragment on one line, for descriptions."""
    # Imported here: realself.json of a site without documents needs the rest
    # of this module only, and render.py loads nh3.
    from .render import visible_text

    return " ".join(visible_text(html).split())


def _site_url(profile: RealselfProfile) -> str:
    return str(profile.settings.get("SITEURL") or "")


def profile_urls(profile: RealselfProfile) -> tuple[str, list[str]]:
    """The profile's own absolute URL and its photos' absolute URLs."""
    site = _site_url(profile)
    page = absolute(site, profile.page_url)
    photos = []
    for photo in profile.model.photo:
        src = profile.link(photo.src, siteurl="", field=("photo",))
        photos.append(absolute(site, Markup(src).unescape()) if src else "")
    return page, photos


def description(profile: RealselfProfile) -> str:
    model = profile.model
    if model.headline:
        return model.headline
    story = plain(str(profile._story))
    return story[:297] + "..." if len(story) > 300 else story


def profile_json_ld(profile: RealselfProfile, modified: dt.date) -> Markup:
    """ProfilePage with a Person as its main entity (schema.org)."""
    model = profile.model
    page, photos = profile_urls(profile)
    person: dict[str, Any] = {"@type": "Person", "name": model.name, "url": page}
    photos = [src for src in photos if src]
    if photos:
        person["image"] = photos[0] if len(photos) == 1 else photos
    if desc := description(profile):
        person["description"] = desc
    same_as = [
        link.url
        for link in model.links
        if link.me and link.url.startswith("http") and is_safe(link.url)
    ]
    if same_as:
        person["sameAs"] = same_as
    if model.location:
        person["homeLocation"] = {"@type": "Place", "name": model.location}
    data = {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "url": page,
        "dateModified": modified.isoformat(),
        "mainEntity": person,
    }
    return json_script(data)


def profile_open_graph(profile: RealselfProfile) -> list[tuple[str, Markup]]:
    """Open Graph 'profile' tags as (property, escaped content) pairs."""
    model = profile.model
    page, photos = profile_urls(profile)
    tags = [
        ("og:type", "profile"),
        ("og:title", model.name),
        ("og:url", page),
    ]
    if site_name := profile.settings.get("SITENAME"):
        tags.append(("og:site_name", plain(str(site_name))))
    if desc := description(profile):
        tags.append(("og:description", desc))
    for src, photo in zip(photos, model.photo, strict=True):
        if src:
            tags += [("og:image", src), ("og:image:alt", photo.alt)]
    first, _, last = model.name.partition(" ")
    tags.append(("profile:first_name", first))
    if last:
        tags.append(("profile:last_name", last))
    return [(prop, escape(value)) for prop, value in tags]


def offer_json_ld(offer: Any, site_url: str, currency: str) -> Markup:
    """A free Offer (schema.org): price 0, availability, validity, inventory."""
    model = offer.model
    page = absolute(site_url, offer.url)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Offer",
        "name": model.title,
        "url": page,
        "price": "0",
        "priceCurrency": currency,
        "availability": offer.window.availability(offer.state),
        "itemOffered": {"@type": "Service", "name": model.title},
    }
    if model.summary:
        data["description"] = plain(str(offer._summary_html))
    if offer.opens is not None:
        data["validFrom"] = offer.opens.isoformat()
    if offer.closes is not None:
        data["validThrough"] = offer.closes.isoformat()
    if offer.spots_left is not None:
        data["inventoryLevel"] = {
            "@type": "QuantitativeValue",
            "value": offer.spots_left,
        }
    if offer.profile is not None:
        person = {"@type": "Person", "name": offer.profile.model.name}
        person["url"] = absolute(site_url, offer.profile.page_url)
        data["offeredBy"] = person
    return json_script(data)
