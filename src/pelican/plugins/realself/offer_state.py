"""Where an offer stands at the build clock, and when that will change.

A static site cannot ask a server, so the build decides and says "as of";
a small script in the page re-checks the window against the visitor's clock.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from .catalogs import N_

UPCOMING = "upcoming"
OPEN = "open"
CLOSING_SOON = "closing-soon"
FULL = "full"
CLOSED = "closed"

# Message ids of our catalogs (catalogs.Labels translates them).
LABELS = {
    UPCOMING: N_("Opens soon"),
    OPEN: N_("Open"),
    CLOSING_SOON: N_("Closing soon"),
    FULL: N_("All spots taken"),
    CLOSED: N_("Closed"),
}
# schema.org ItemAvailability for each state
AVAILABILITY = {
    UPCOMING: "https://schema.org/PreOrder",
    FULL: "https://schema.org/SoldOut",
    CLOSED: "https://schema.org/SoldOut",
}


def opening(moment: dt.date | dt.datetime | None, tz: ZoneInfo) -> dt.datetime | None:
    """An ``opens`` value as an instant: a bare date opens at midnight."""
    if moment is None:
        return None
    if isinstance(moment, dt.datetime):
        return moment if moment.tzinfo else moment.replace(tzinfo=tz)
    return dt.datetime.combine(moment, dt.time(), tzinfo=tz)


def closing(moment: dt.date | dt.datetime | None, tz: ZoneInfo) -> dt.datetime | None:
    """A ``closes`` value as an instant: a bare date stays open all that day."""
    if moment is None:
        return None
    if isinstance(moment, dt.datetime):
        return moment if moment.tzinfo else moment.replace(tzinfo=tz)
    return dt.datetime.combine(moment + dt.timedelta(days=1), dt.time(), tzinfo=tz)


class Window(NamedTuple):
    """An offer's window and spots, enough to decide its state at any time.

    A NamedTuple, not a frozen dataclass: pages.Photo says why.
    """

    opens: dt.datetime | None
    closes: dt.datetime | None
    spots: int | None
    claimed: int

    @property
    def spots_left(self) -> int | None:
        if self.spots is None:
            return None
        return max(self.spots - self.claimed, 0)

    def state(self, now: dt.datetime, closing_soon_days: int) -> str:
        """Closed, upcoming, full, closing soon or open, in that order."""
        if self.closes is not None and now >= self.closes:
            return CLOSED
        if self.opens is not None and now < self.opens:
            return UPCOMING
        if self.spots_left == 0:
            return FULL
        if self.closes is not None and now >= self._soon(closing_soon_days):
            return CLOSING_SOON
        return OPEN

    def _soon(self, days: int) -> dt.datetime:
        assert self.closes is not None
        return self.closes - dt.timedelta(days=days)

    def next_change(
        self, now: dt.datetime, closing_soon_days: int
    ) -> dt.datetime | None:
        """The next instant at which ``state`` will give another answer."""
        candidates = []
        if self.opens is not None and self.opens > now:
            candidates.append(self.opens)
        if self.closes is not None and self.closes > now and self.spots_left != 0:
            candidates.append(self.closes)
            soon = self._soon(closing_soon_days)
            if soon > now and (self.opens is None or soon > self.opens):
                candidates.append(soon)
        elif self.closes is not None and self.closes > now:
            candidates.append(self.closes)
        return min(candidates) if candidates else None

    def availability(self, state: str) -> str:
        if state in AVAILABILITY:
            return AVAILABILITY[state]
        if self.spots is None:
            return "https://schema.org/InStock"
        return "https://schema.org/LimitedAvailability"


def window_of(model: Any, tz: ZoneInfo) -> Window:
    """The window of an offer model (its opens, closes, spots and claimed)."""
    return Window(
        opens=opening(model.opens, tz),
        closes=closing(model.closes, tz),
        spots=model.spots,
        claimed=model.claimed,
    )
