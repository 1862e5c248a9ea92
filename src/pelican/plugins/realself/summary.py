"""The one line a build ends with: what was built, held back, and when to rebuild.

Pelican shows only warnings by default, and a note held back on purpose or the
next giveaway change is not a warning (``--fatal warnings`` must not stop on
it). So the line goes where Pelican's own "Done: Processed ..." line goes: to
its console, whatever the log level.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any
from zoneinfo import ZoneInfo

from .ledger import next_change


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def line(
    *,
    profiles: int,
    notes: int,
    offers: int,
    held_back: int,
    errors: int,
    change: tuple[dt.datetime, str] | None,
    timezone: ZoneInfo,
) -> str:
    """``realself: 2 profiles, 3 notes, 4 offers; held back 1 note ...``."""
    parts = [
        ", ".join(
            (
                _count(profiles, "profile"),
                _count(notes, "note"),
                _count(offers, "offer"),
            )
        )
    ]
    if held_back:
        parts.append(f"held back {_count(held_back, 'note')} without consent")
    if errors:
        parts.append(f"{_count(errors, 'mistake')} reported above")
    if change is not None:
        when, slug = change
        local = when.astimezone(timezone)
        parts.append(
            f"next giveaway change {local:%Y-%m-%d %H:%M} {timezone.key} ({slug}): "
            "rebuild then"
        )
    return "realself: " + "; ".join(parts)


def of_build(pages: Any, collection: Any, timezone: ZoneInfo) -> str:
    """The line for a build of ``pages`` (our_outputs.Pages) from ``collection``."""
    change = next_change(pages.offers)
    return line(
        profiles=len(pages.profiles),
        notes=sum(len(p.notes) for p in pages.profiles),
        offers=len(pages.offers),
        held_back=collection.held_back,
        errors=sum(p.is_error for p in collection.problems),
        change=(change[0], change[1].slug) if change else None,
        timezone=timezone,
    )


def show(text: str) -> None:
    """Print on Pelican's console (rich, 4.9+), else on standard error.

    As it is, on one line: ``out`` neither wraps nor reads markup, and costs
    about 0.3 ms where ``print`` takes 3-4 ms, most of it laying out the text
    for wrapping (a CI log keeps the line whole, for grep too).
    """
    try:
        from pelican.log import console
    except ImportError:  # an older Pelican: plain text
        print(text, file=sys.stderr)
        return
    console.out(text, highlight=False)
