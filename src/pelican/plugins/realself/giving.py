"""Notes and offers: the checks that need other documents, and the ledger.

Runs after every document has been validated on its own: a note or offer
names its profile, offer slugs must be unique, and a note without consent is
held back (with a located warning) so it never reaches the output.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .load import Document
from .problems import INFO, WARNING, Problem
from .status import CLOSED, FULL, UPCOMING, Window, closing, opening


@dataclass
class Ledger:
    """What has been given so far, for the giveaway page."""

    offers_given: int = 0  # offers whose window has opened
    spots_given: int = 0  # spots claimed across all offers
    spots_open: int = 0  # spots still to be had in open offers


def owner(
    doc: Document, wanted: str | None, profiles: dict[str, Any]
) -> tuple[str | None, Problem | None]:
    """The profile a note or offer belongs to; may be left out with one profile."""
    if wanted is None:
        if len(profiles) == 1:
            return next(iter(profiles)), None
        known = ", ".join(sorted(profiles)) or "none yet"
        return None, doc.problem(("profile",), f"is required (profiles: {known})")
    if wanted not in profiles:
        known = ", ".join(sorted(profiles)) or "none yet"
        return None, doc.problem(
            ("profile",), f"no profile {wanted!r} (known: {known})"
        )
    return wanted, None


def consent_problem(doc: Document, who: str) -> Problem:
    """Say that a note is held back.

    Without a ``consent`` line it is probably forgotten: a warning. With an
    explicit ``consent: false`` the creator has decided "not yet": an info
    line, so ``--fatal warnings`` and ``realself check --strict`` never push
    anyone to delete a note they are keeping for later.
    """
    data = doc.data if isinstance(doc.data, dict) else {}
    if data.get("consent") is False:
        return doc.problem(
            ("consent",),
            f"note from {who} is held back until consent is true",
            level=INFO,
        )
    return doc.problem(
        (),
        f"note from {who} is not published without 'consent: true'; "
        "ask them first, then add it",
        level=WARNING,
    )


def offer_problems(doc: Document, model: Any, window: Window) -> list[Problem]:
    """Checks that span fields of one offer."""
    problems = []
    if model.spots is not None and model.claimed > model.spots:
        problems.append(
            doc.problem(
                ("claimed",),
                f"is {model.claimed}, more than the {model.spots} spots offered",
            )
        )
    if window.opens and window.closes and window.closes <= window.opens:
        problems.append(doc.problem(("closes",), "is not after 'opens'"))
    return problems


def window_of(model: Any, tz: Any) -> Window:
    return Window(
        opens=opening(model.opens, tz),
        closes=closing(model.closes, tz),
        spots=model.spots,
        claimed=model.claimed,
    )


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
    """The soonest status change among offers, and the offer it belongs to."""
    upcoming = [(o.next_change, o) for o in offers if o.next_change is not None]
    if not upcoming:
        return None
    return min(upcoming, key=lambda pair: (pair[0], pair[1].slug))
