"""What we write: our pages, their output paths, and what we do once settled.

Before anything is written, every path we would write is claimed in the order
we write it; collisions.py compares the claims with the rest of the build and
leaves ours out where they meet. ``Settled.free`` then answers, for each
write, whether it is still ours.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import collisions
from .collisions import Claim, normal
from .offer_state import UPCOMING
from .settings import Config

if TYPE_CHECKING:
    from .pages import RealselfOffer, RealselfProfile
    from .problems import Problem

logger = logging.getLogger(__name__)


# Here, not in assemble.py (which fills it): every build makes one, empty when
# there are no documents, and a site without our YAML never loads assemble.py.
class Pages:
    """What this site writes from our documents, and what another site shows.

    A plain class, as the other records a build makes (load.Document says
    why)."""

    def __init__(self) -> None:
        self.profiles: list[RealselfProfile] = []  # published
        self.translations: list[RealselfProfile] = []
        self.hidden_profiles: list[RealselfProfile] = []
        self.draft_profiles: list[RealselfProfile] = []
        self.primary: RealselfProfile | None = None
        self.offers: list[RealselfOffer] = []  # published, soonest first
        self.offer_translations: list[RealselfOffer] = []
        self.other_offers: list[RealselfOffer] = []  # hidden, drafts
        # (kind, slug) -> a version another language's site shows
        # (i18n_subsites), so a marker naming it links there
        self.elsewhere: dict[tuple[str, str], Any] = {}

    def all_profiles(self) -> list[RealselfProfile]:
        """Every profile this site writes."""
        return [
            *self.profiles,
            *self.translations,
            *self.hidden_profiles,
            *self.draft_profiles,
        ]

    def all_offers(self) -> list[RealselfOffer]:
        """Every offer this site writes, published ones first."""
        return [*self.offers, *self.offer_translations, *self.other_offers]

    def primary_here(self) -> RealselfProfile | None:
        """The primary profile, when this site writes it at the primary
        address (REALSELF_PRIMARY_SAVE_AS): published, in this site's language.
        What we claim and what we write both ask this."""
        primary = self.primary
        if primary and primary.status == "published" and primary.writes_here:
            return primary
        return None

    def versions(self) -> dict[str, list[RealselfProfile]]:
        """Every profile this site writes by slug, the original first."""
        versions: dict[str, list[RealselfProfile]] = {}
        for profile in self.all_profiles():
            versions.setdefault(profile.slug, []).append(profile)
        return versions


def static_names(css: bool) -> list[str]:
    """Our files under realself/: the script, and the stylesheet unless
    REALSELF_CSS is off."""
    return ["realself.js", "realself.css"] if css else ["realself.js"]


def opened(offers: list[Any]) -> list[Any]:
    """Offers for the feed: a gift reaches it when it opens."""
    return [o for o in offers if o.state != UPCOMING]


def _content_claim(item: Any, path: str, what: str, **extra: Any) -> Claim:
    """A page of ours, located at its YAML (at ``field`` when it has one)."""
    doc = item.document
    name = extra.pop("field", "")
    line, column = doc.where((name,)) if name in doc.data else doc.start
    return Claim(
        normal(path),
        what,
        doc.source,
        line,
        column,
        name if name in doc.data else "",
        content=item,
        **extra,
    )


def _setting_claim(config: Config, name: str, what: str) -> Claim:
    path = normal(config.setting(name))
    return Claim(path, what, setting=name, way=f"set {name} to a free path")


def our_claims(pages: Any, config: Config) -> list[Claim]:
    """What we would write from ``pages``, in writing order."""
    claims = []
    for profile in pages.all_profiles():
        what = f"the profile {profile.slug}"
        way = f"give {what} another slug"
        claims.append(_content_claim(profile, profile.save_as, what, way=way))
    primary = pages.primary_here()
    if primary:
        claims.append(
            _content_claim(
                primary,
                config.primary_save_as,
                f"the primary profile {primary.slug}",
                field="primary",
                setting="REALSELF_PRIMARY_SAVE_AS",
                way="set REALSELF_PRIMARY_SAVE_AS and REALSELF_PRIMARY_URL to a free "
                "path",
            )
        )
    for offer in pages.all_offers():
        what = f"the offer {offer.slug}"
        way = f"give {what} another slug"
        claims.append(_content_claim(offer, offer.save_as, what, way=way))
    if config.give_save_as and (pages.offers or pages.other_offers):
        claims.append(
            _setting_claim(config, "REALSELF_GIVE_SAVE_AS", "the giveaway index")
        )
    if config.feed_atom and opened(pages.offers):
        claims.append(_setting_claim(config, "REALSELF_FEED_ATOM", "the offers feed"))
    if config.json_save_as:
        claims.append(
            _setting_claim(config, "REALSELF_JSON_SAVE_AS", "the JSON export")
        )
    for name in static_names(config.css):
        way = "set REALSELF_CSS = False to use yours alone" if "css" in name else ""
        claims.append(Claim(f"realself/{name}", f"the plugin's {name}", way=way))
    return claims


class Settled:
    """Which of our writes another part of the build keeps (a plain class:
    load.Document says why)."""

    def __init__(
        self,
        skipped: set[tuple[str, Any]] | None = None,  # Claim.key
        written: set[str] | None = None,  # every path the build writes
    ):
        self.skipped = skipped if skipped is not None else set()
        self.written = written if written is not None else set()

    def free(self, path: str | None, who: Any) -> bool:
        """Whether we write ``path`` for ``who`` (a setting name or our page)."""
        if not path:
            return False
        key = who if isinstance(who, str) else id(who)
        return (normal(path), key) not in self.skipped


def settle(
    pages: Any, config: Config, theirs: Mapping[str, Claim]
) -> tuple[Settled, list[Problem]]:
    """Leave out our writes that meet ``theirs``; the problems that says.

    When a page keeps the primary profile's home (about/), the profile stays
    at its own address and every link to it points there.
    """
    claims = our_claims(pages, config)
    skipped, found = collisions.settle(claims, theirs)
    written = set(theirs) | {c.path for c in claims if c.key not in skipped}
    problems = []
    primary = pages.primary
    for collision in found:
        moved = None
        if collision.ours.setting == "REALSELF_PRIMARY_SAVE_AS" and primary:
            primary.primary_home = False
            own = normal(primary.save_as)
            moved = None if (own, id(primary)) in skipped else primary.url
        problem = collisions.problem(collision, moved)
        if problem is None:
            logger.warning("realself: %s", collisions.message(collision, moved))
        else:
            problems.append(problem)
    return Settled(skipped, written), problems
