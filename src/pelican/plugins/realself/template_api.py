"""The ``realself`` object every template can read.

Lists are computed once per build, so a theme that shows offers on every page
costs the same per page however many offers exist (sidebar_offers is capped
by REALSELF_SIDEBAR_OFFERS).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .ledger import Ledger, ledger, next_change
from .offer_state import CLOSING_SOON, OPEN, UPCOMING


class RealselfContext:
    """What themes see as ``realself`` (a plain class: load.Document says why)."""

    def __init__(
        self,
        *,
        profiles: list[Any],
        primary: Any,
        offers: list[Any],  # published, soonest first
        now: dt.datetime,
        ledger: Ledger,
        sidebar_limit: int,
    ):
        self.profiles = profiles
        self.primary = primary
        self.offers = offers
        self.now = now
        self.ledger = ledger
        self.next_change: dt.datetime | None = None
        self.sidebar_limit = sidebar_limit
        self._by_slug = {p.slug: p for p in self.profiles}
        self._offers_by_slug = {o.slug: o for o in self.offers}
        self.open_offers = [o for o in self.offers if o.state in (OPEN, CLOSING_SOON)]
        self.upcoming_offers = [o for o in self.offers if o.state == UPCOMING]
        self.past_offers = [o for o in self.offers if o.past]
        self.sidebar_offers = self.open_offers[: self.sidebar_limit]

    def profile(self, slug: str) -> Any:
        """The published profile with this slug, or None."""
        return self._by_slug.get(slug)

    def offer(self, slug: str) -> Any:
        """The published offer with this slug, or None."""
        return self._offers_by_slug.get(slug)


def realself_context(
    pages: Any, now: dt.datetime, sidebar_limit: int
) -> RealselfContext:
    """The ``realself`` object of one build, from its pages (our_outputs.Pages)."""
    realself = RealselfContext(
        profiles=pages.profiles,
        primary=pages.primary,
        offers=pages.offers,
        now=now,
        ledger=ledger(pages.offers),
        sidebar_limit=sidebar_limit,
    )
    change = next_change(pages.offers)
    if change is not None:
        realself.next_change = change[0]
    return realself
