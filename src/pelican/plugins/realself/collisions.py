"""Output paths we share with the rest of the build, and who keeps each one.

Pelican stops the whole build (``FileOverwriteFailedError``) when two writes
meet, and its static files silently replace whatever was there. Before
anything is written we list what Pelican's generators (and the settings that
name files) will write, compare it with what we would write, and decide:
whatever the site already had keeps its path, ours is left out, and one
located warning says what happened and the ways out.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from . import host
from .paths import site_relative

if TYPE_CHECKING:
    from .problems import Problem

FEEDS = ("FEED_ATOM", "FEED_RSS", "FEED_ALL_ATOM", "FEED_ALL_RSS")
SLUG_FEEDS = {
    "categories": ("CATEGORY_FEED_ATOM", "CATEGORY_FEED_RSS"),
    "tags": ("TAG_FEED_ATOM", "TAG_FEED_RSS"),
    "authors": ("AUTHOR_FEED_ATOM", "AUTHOR_FEED_RSS"),
}


class Claim(NamedTuple):
    """One output path and what writes it.

    A NamedTuple, not a frozen dataclass: pages.Photo says why.
    """

    path: str  # normalised, relative to OUTPUT_PATH
    what: str  # "page", "static file", "the FEED_ALL_ATOM setting", ...
    source: str = ""  # site-relative file, when a file is behind it
    line: int = 1
    column: int = 1
    field: str = ""
    setting: str = ""  # the REALSELF_* setting that names our path, if any
    way: str = ""  # our side's way out: "set REALSELF_JSON_SAVE_AS to ..."
    content: Any = None  # our Content object, if any
    # theirs: the source file, named and located only when it collides (most
    # pages never do, and a build should not reopen every source file)
    file: str = ""
    root: str = ""

    def located(self) -> Claim:
        """This claim with ``source``, line and column worked out."""
        if not self.file or self.source:
            return self
        line, column = (
            _metadata_position(self.file, self.field) if self.field else (1, 1)
        )
        source = site_relative(self.file, self.root)
        return self._replace(source=source, line=line, column=column)

    @property
    def key(self) -> tuple[str, Any]:
        """Which write this is: the path, and the setting or page behind it."""
        mine = id(self.content) if self.content is not None else ""
        return self.path, self.setting or mine

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}:{self.column}" if self.source else ""


class Collision(NamedTuple):
    """Two claims on one output path.

    A NamedTuple, not a frozen dataclass: pages.Photo says why.
    """

    ours: Claim
    theirs: Claim


def normal(path: str) -> str:
    """An output path as compared here: no leading slash, no ./ or //."""
    return os.path.normpath(str(path).lstrip("/")).replace(os.sep, "/")


# -- what the rest of the build writes ----------------------------------------
def _metadata_position(path: str, key: str) -> tuple[int, int]:
    """Where ``key`` (slug, save_as) is written in a page's source, else 1:1.

    Only for pointing at the line in a message: Markdown (``Slug:``), reST
    (``:slug:``) and HTML (``<meta name="slug">``) all name the key.
    """
    pattern = re.compile(rf"(?i)(?<![\w-]){re.escape(key)}(?![\w-])")
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, 1):
                match = pattern.search(line)
                if match:
                    return number, match.start() + 1
                if number > 200:  # metadata is at the top
                    break
    except OSError:
        pass
    return 1, 1


def _content_claim(item: Any, path: str, content_root: str) -> Claim:
    """What writes ``path``: an article, page or static file (``item``)."""
    what = host.what_writes(item)
    source_path = getattr(item, "source_path", None)
    if not source_path:
        return Claim(path, what)
    metadata = getattr(item, "metadata", None) or {}
    field = next((k for k in ("save_as", "slug") if k in metadata), "")
    return Claim(path, what, field=field, file=source_path, root=content_root)


class TheirClaims(Mapping[str, Claim]):
    """Every output path the rest of the build writes, and what writes it.

    A path of an article, page or static file gets its Claim only when it is
    looked up, which is when it meets one of ours: a build lists every
    article, and most never collide (300 articles: about 4 ms less a build).
    """

    def __init__(self, content_root: str):
        self.content_root = content_root
        # path -> its Claim, or the Pelican object to make it from
        self._found: dict[str, Any] = {}

    def add(self, claim: Claim) -> None:
        """Another write; the first one named for a path keeps it."""
        self._found.setdefault(claim.path, claim)

    def add_content(self, item: Any) -> None:
        """An article, page or static file, if it is written at all."""
        save_as = getattr(item, "save_as", None)
        if save_as:
            self._found.setdefault(normal(save_as), item)

    def __getitem__(self, path: str) -> Claim:
        found = self._found[path]
        if not isinstance(found, Claim):
            found = self._found[path] = _content_claim(found, path, self.content_root)
        return found

    def __contains__(self, path: object) -> bool:
        return path in self._found

    def __iter__(self) -> Iterator[str]:
        return iter(self._found)

    def __len__(self) -> int:
        return len(self._found)


def _setting_claims(settings: dict[str, Any]) -> Iterator[Claim]:
    for source, dest in (settings.get("TEMPLATE_PAGES") or {}).items():
        if dest:
            yield Claim(normal(dest), f"the template page {source} (TEMPLATE_PAGES)")
    for template in settings.get("DIRECT_TEMPLATES") or ():
        name = f"{template.upper()}_SAVE_AS"
        save_as = settings.get(name, f"{template}.html")
        if save_as:
            yield Claim(normal(save_as), f"the {template} page ({name})")
    for name in FEEDS:
        if settings.get(name):
            yield Claim(normal(settings[name]), f"the {name} feed")


def _wrapper_claims(generator: Any, settings: dict[str, Any]) -> Iterator[Claim]:
    """Category, tag and author pages and their feeds."""
    for attribute, feeds in SLUG_FEEDS.items():
        found = getattr(generator, attribute, None) or ()
        if hasattr(found, "items"):
            found = found.items()
        for entry in found:
            wrapper = entry[0] if isinstance(entry, tuple) else entry
            what = host.what_writes(wrapper, "author page")
            save_as = getattr(wrapper, "save_as", None)
            if save_as:
                yield Claim(normal(save_as), f"the {what} for {wrapper}")
            slug = getattr(wrapper, "slug", None)
            for name in feeds:
                pattern = settings.get(name)
                if pattern and slug:
                    path = normal(pattern.format(slug=slug))
                    yield Claim(path, f"the {name} feed for {wrapper}")


def their_claims(
    generators: Iterable[Any], settings: dict[str, Any], content_root: str
) -> TheirClaims:
    """Every output path the other generators and settings will write."""
    claims = TheirClaims(content_root)
    generators = list(generators)
    for item in host.contents_of(generators):  # articles and pages, every status
        claims.add_content(item)
    for generator in generators:
        for item in getattr(generator, "staticfiles", None) or ():
            claims.add_content(item)
        for claim in _wrapper_claims(generator, settings):
            claims.add(claim)
    for claim in _setting_claims(settings):
        claims.add(claim)
    return claims


# -- who keeps a path ----------------------------------------------------------
def _parents(path: str) -> Iterator[str]:
    while "/" in path:
        path = path.rsplit("/", 1)[0]
        yield path


def settle(
    ours: Iterable[Claim], theirs: Mapping[str, Claim]
) -> tuple[set[str], list[Collision]]:
    """Which of our writes to leave out (``Claim.key``), and the collisions.

    Theirs always win: a page the user wrote is never replaced by ours. A path
    that is a folder on one side and a file on the other collides too (the
    second write would fail). Among our own outputs the first one wins.
    """
    folders = {parent for path in theirs for parent in _parents(path)}
    taken: dict[str, Claim] = {}
    skipped: set[tuple[str, Any]] = set()
    collisions: list[Collision] = []
    for claim in ours:
        path = claim.path
        other = theirs.get(path) or taken.get(path)
        if other is None:
            parent = next((p for p in _parents(path) if p in theirs), None)
            if parent is not None:
                other = theirs[parent]
            elif path in folders:
                other = next(c for p, c in theirs.items() if p.startswith(path + "/"))
        if other is None:
            taken[path] = claim
            continue
        skipped.add(claim.key)
        if other.content is not None and other.content is claim.content:
            continue  # one profile saved twice at one path: written once, no news
        collisions.append(Collision(claim, other.located()))
    return skipped, collisions


# -- the message -----------------------------------------------------------------
def message(collision: Collision, primary_url: str | None = None) -> str:
    """What happened to the path, who keeps it, and the ways out."""
    ours, theirs = collision.ours, collision.theirs
    mine = ours.what + (f" ({ours.where})" if ours.where else "")
    # "this page" for the site's own file; ours already read "the offer x"
    own = f"this {theirs.what}" if theirs.source and not theirs.content else theirs.what
    if ours.setting == "REALSELF_PRIMARY_SAVE_AS" and primary_url:
        outcome = (
            f"{own} keeps it, and the profile is published at {primary_url} only "
            "(every link to it points there)"
        )
    else:
        outcome = f"{own} keeps it, and {ours.what} is not written"
    ways = []
    if theirs.content is not None or theirs.setting:
        ways += [theirs.way] if theirs.way else []  # two of ours
    elif theirs.source and theirs.what in ("page", "article"):
        ways.append(f"give {own} another slug or save_as")
    elif theirs.source:
        ways.append(f"rename or move {theirs.source}")
    else:
        ways.append(f"change {theirs.what.removeprefix('the ')}")
    if ours.way:
        ways.append(ours.way)
    replaced = getattr(getattr(ours.content, "model", None), "replaces", None)
    if replaced and theirs.source.endswith(str(replaced).lstrip("/")):
        # realself new profile --from wrote this profile from that page
        ways.insert(0, f"delete {theirs.source} now that {ours.source} replaces it")
    elif ours.setting == "REALSELF_PRIMARY_SAVE_AS" and theirs.what == "page":
        ways.append(
            "move the page into your profile "
            f"(realself new profile --from {theirs.source}) and remove it"
        )
    return (
        f"{ours.path} is written by {own}, and {mine} would be written there "
        f"too; {outcome}. Ways out: {'; '.join(ways)}"
    )


def problem(collision: Collision, primary_url: str | None = None) -> Problem | None:
    """One located warning, at the other side's file when there is one (that
    is what holds the address), else at our YAML; None when neither is a file.
    """
    from .problems import WARNING, Problem

    text = message(collision, primary_url)
    for side in (collision.theirs, collision.ours):
        if side.source:
            return Problem(
                side.source, side.line, side.column, side.field, text, WARNING
            )
    return None
