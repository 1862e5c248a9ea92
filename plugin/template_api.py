"""The ``realself`` object every template can read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RealselfContext:
    """What themes see as ``realself``: profiles by slug, the primary one."""

    profiles: list[Any] = field(default_factory=list)
    primary: Any = None
    now: dt.datetime | None = None

    def profile(self, slug: str) -> Any:
        """The published profile with this slug, or None."""
        for item in self.profiles:
            if item.slug == slug:
                return item
        return None
