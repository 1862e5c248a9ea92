"""The giveaway's totals and the next moment an offer changes state.

Plain functions over the published offers at the build clock; templates read
them through ``realself.ledger`` and ``realself.next_change``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .offer_state import CLOSED, FULL, UPCOMING


class Ledger:
    """What has been given so far, for the giveaway page (a plain class:
    load.Document says why)."""

    def __init__(self) -> None:
        self.offers_given = 0  # offers whose window has opened
        self.spots_given = 0  # spots claimed across all offers
        self.spots_open = 0  # spots still to be had in open offers


def ledger(offers: list[Any]) -> Ledger:
    """Totals over published offers at the build clock."""
    total = Ledger()
    for offer in offers:
        if offer.state != UPCOMING:
            total.offers_given += 1
        total.spots_given += offer.model.claimed
        if offer.state not in (CLOSED, FULL, UPCOMING) and offer.spots_left:
            total.spots_open += offer.spots_left
    return total


def next_change(offers: list[Any]) -> tuple[dt.datetime, Any] | None:
    """The soonest state change among offers, and the offer it belongs to."""
    upcoming = [(o.next_change, o) for o in offers if o.next_change is not None]
    if not upcoming:
        return None
    return min(upcoming, key=lambda pair: (pair[0], pair[1].slug))
