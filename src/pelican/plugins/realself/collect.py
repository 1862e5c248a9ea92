"""From YAML files to checked models, with the checks that span documents.

``collect`` never raises for bad content: every problem of every file comes
back located, and a document with an error is left out of the site.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import unquote

from pelican.utils import slugify

from . import cross_checks, traps
from .languages import Sites, key, same
from .load import Document, load_file
from .offer_state import window_of
from .paths import inside, site_relative
from .private import is_private
from .problems import WARNING, Problem, field_path
from .settings import Config


class Item:
    """A valid document and where it came from (plain classes here:
    load.Document says why)."""

    def __init__(self, model: Any, doc: Document, path: str):
        self.model = model
        self.doc = doc
        self.path = path  # absolute path of the YAML file
        self.window: Any = None  # offers: when they open and close


class Collection:
    """What a build read: valid documents by kind, and every problem."""

    def __init__(self) -> None:
        self.profiles: list[Item] = []
        self.notes: list[Item] = []  # with consent only
        self.offers: list[Item] = []
        self.problems: list[Problem] = []
        self.primary: Item | None = None
        # (slug, lang) -> item, for the uniqueness checks
        self.profile_slugs: dict[tuple[str, str], Item] = {}
        self.offer_slugs: dict[tuple[str, str], Item] = {}
        # (kind, slug) -> where the mistake that left it out is
        # ("sam.yaml:19:1"), so what names a left-out document can point
        # there instead of guessing
        self.skipped: dict[tuple[str, str], str] = {}
        self.skipped_primary: str | None = None  # a left-out primary profile
        self.held_back = 0  # notes without consent

    def why_skipped(self, kind: str, slug: str | None) -> str | None:
        """'profile 'sam' was skipped: see sam.yaml:19:1', or None."""
        where = self.skipped.get((kind, slug or ""))
        if where is None:
            return None
        return f"{kind} {slug!r} was skipped: see {where}"


def file_checker(
    content_root: str, yaml_path: str, private_paths: Iterable[str] = ()
) -> Callable[..., None]:
    """Check a ``{static}`` reference the way Pelican will resolve it.

    ``{static}`` and ``{attach}`` may name only files outside our YAML folders
    (``private_paths``): those are never published. ``must_exist=False``
    checks a link in Markdown, where a missing file is Pelican's to report.
    """

    def check(reference: str, must_exist: bool = True) -> None:
        what, target = reference[1:].split("}", 1)
        target = unquote(target.split("?", 1)[0].split("#", 1)[0])
        if not target:
            raise ValueError(
                f"name a file after {{{what}}}, like {{{what}}}/images/photo.jpg"
            )
        if os.path.isabs(target.lstrip("/")) or "\\" in target:
            raise ValueError("must be a path inside the content folder")
        if target.startswith("/"):
            full = os.path.join(content_root, target.lstrip("/"))
        else:
            full = os.path.join(os.path.dirname(yaml_path), target)
        if not inside(full, content_root):
            raise ValueError("points outside the content folder")
        shown = site_relative(full, content_root)
        if what != "filename" and is_private(full, content_root, private_paths):
            raise ValueError(
                f"{shown} is in REALSELF_PATHS, which is never published (it "
                "can hold notes without consent); put the file in another folder"
            )
        if must_exist and not os.path.isfile(full):
            raise ValueError(f"file not found: {shown}")

    return check


def _default_slug(path: str, settings: dict[str, Any]) -> str:
    return slugify(
        os.path.splitext(os.path.basename(path))[0],
        regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
    )


Loader = Callable[[str, str, Any], tuple[list[Document], list[Problem]]]


def read_documents(
    files: Iterable[str], content_root: str, config: Config, load: Loader = load_file
) -> tuple[list[tuple[Document, str]], list[Problem]]:
    """Load every file; each document is paired with its file's absolute path."""
    documents: list[tuple[Document, str]] = []
    problems: list[Problem] = []
    for path in sorted(files):
        source = site_relative(path, content_root)
        docs, found = load(path, source, config.limits)
        problems += found
        documents += [(doc, path) for doc in docs]
    return documents, problems


def collect(
    files: Iterable[str],
    content_root: str,
    config: Config,
    settings: dict[str, Any],
    load: Loader = load_file,
) -> Collection:
    """Load, validate and cross-check every document.

    ``load`` reads one file; the generator passes a cached one. Validation
    and the checks across documents always run: they depend on other files.
    """
    out = Collection()
    documents, out.problems = read_documents(files, content_root, config, load)
    if not documents:
        return out
    # A slug may come from the file name when the file holds one of its kind.
    per_file: dict[tuple[str, Any], int] = {}
    for doc, _ in documents:
        kind = doc.data.get("kind") if isinstance(doc.data, dict) else None
        key = (doc.source, kind if isinstance(kind, str) else None)
        per_file[key] = per_file.get(key, 0) + 1

    notes: list[Item] = []
    offers: list[tuple[Item, int]] = []
    for doc, path in documents:
        if not doc.complete:
            _skip(out, doc, [], per_file, settings)
            continue  # reading stopped early; that problem is already reported
        checker = file_checker(content_root, path, config.paths)
        model, found, known = _checked(doc, checker)
        out.problems += _new_problems(doc, found)
        if model is None:
            if known:  # an unknown kind has nothing to remember it by
                _skip(out, doc, found, per_file, settings)
            continue
        out.problems += traps.split_sentences(doc)
        item = Item(model, doc, path)
        kind = doc.data["kind"]
        if kind == "profile":
            _add_profile(out, item, per_file[doc.source, "profile"], settings)
        elif kind == "note":
            notes.append(item)
        elif kind == "offer":
            offers.append((item, per_file[doc.source, "offer"]))

    _check_primary(out, Sites.of(settings))
    profiles = {p.model.slug: p for p in out.profiles}
    _add_notes(out, notes, profiles)
    _add_offers(out, offers, profiles, config, settings)
    for item in out.profiles:
        out.problems += _stale_now(item, config)
    return out


def _checked(
    doc: Document, check_file: Callable[..., None]
) -> tuple[Any, list[Problem], bool]:
    """The document's record (None when it cannot stand), the problems found
    in it, and whether its ``kind:`` is one we know.

    A plainly valid document is checked without pydantic (fast_check), whose
    import and validator building cost more than a small site's whole build;
    anything else goes to pydantic, which says what is wrong and where.
    """
    from .models.fast_check import check

    record = check(doc, check_file)
    if record is not None:
        return record, [], True
    from .models.records import from_model
    from .models.validate import kind_of, validate

    model_class, problem = kind_of(doc)
    if problem is not None:
        return None, [problem], False
    model, found = validate(doc, model_class, check_file=check_file)
    return (from_model(model) if model is not None else None), found, True


def _skip(
    out: Collection,
    doc: Document,
    found: list[Problem],
    per_file: dict[tuple[str, Any], int],
    settings: dict[str, Any],
) -> None:
    """Remember a left-out document by kind and slug, with where its mistake is."""
    data = doc.data if isinstance(doc.data, dict) else {}
    kind, slug = data.get("kind"), data.get("slug")
    if not isinstance(kind, str):
        return
    if not isinstance(slug, str):
        if per_file.get((doc.source, kind)) != 1:
            return  # its slug would have come from the file name
        slug = _default_slug(doc.source, settings)
    said = {field_path(path) for path in doc.reported}  # by the loader
    loaded = [
        p
        for p in out.problems
        if p.source == doc.source and p.field in said and p.line >= doc.start[0]
    ]
    where = min(
        [(p.line, p.column) for p in [*found, *loaded] if p.is_error] or [doc.start]
    )
    out.skipped.setdefault((kind, slug), f"{doc.source}:{where[0]}:{where[1]}")
    if kind == "profile" and data.get("primary") is True:
        out.skipped_primary = slug


def _new_problems(doc: Document, found: list[Problem]) -> list[Problem]:
    """Leave out what the loader already said about the same field."""
    said = {field_path(path) for path in doc.reported}
    return [problem for problem in found if problem.field not in said]


def _with_slug(
    item: Item,
    docs_in_file: int,
    settings: dict[str, Any],
    taken: dict[tuple[str, str], Item],
    noun: str,
) -> Problem | None:
    """Give the item its slug (from the file name if need be); None when unique.

    ``taken`` maps (slug, lang) to the item that has it, so checking a slug
    costs the same however many documents came before it.
    """
    model = item.model
    if model.slug is None:
        if docs_in_file > 1:
            return item.doc.problem(
                ("slug",), "is required when a file holds several of this kind"
            )
        from .models.rules import is_slug

        slug = _default_slug(item.path, settings)
        if not is_slug(slug):  # e.g. ☃.yaml, !!!.yaml
            name = os.path.basename(item.path)
            return item.doc.problem(
                ("slug",),
                f"is required: the file name {name!r} gives no usable slug; "
                "add a line like 'slug: sam-rivera'",
            )
        item.model = model = model.model_copy(update={"slug": slug})
    # zh-CN and zh-cn are one language (BCP 47)
    slug_lang = (model.slug, key(Sites.of(settings).lang_of(model.lang)))
    other = taken.get(slug_lang)
    if other is None:
        taken[slug_lang] = item
        return None
    if "slug" in other.doc.data:
        line, column = other.doc.where(("slug",))
        there = f"{other.doc.source}:{line}:{column}"
    else:
        there = f"{other.doc.source} (from its file name)"
    return item.doc.problem(
        ("slug",),
        f"{model.slug!r} is already used by {there}; give this {noun} its own slug",
    )


def _add_profile(
    out: Collection, item: Item, docs_in_file: int, settings: dict[str, Any]
) -> None:
    problem = _with_slug(item, docs_in_file, settings, out.profile_slugs, "profile")
    if problem is not None:
        out.problems.append(problem)
        return
    out.profiles.append(item)


def _owner(
    out: Collection, item: Item, profiles: dict[str, Any]
) -> tuple[str | None, Problem | None]:
    """The profile slug a note or offer belongs to, or the problem saying why not."""
    primary = out.skipped_primary  # their notes must not go to someone else
    if primary is None and out.primary is not None:
        primary = out.primary.model.slug
    skipped = {
        slug: at for (kind, slug), at in out.skipped.items() if kind == "profile"
    }
    return cross_checks.owner(item.doc, item.model.profile, profiles, primary, skipped)


def _add_notes(out: Collection, notes: list[Item], profiles: dict[str, Any]) -> None:
    for item in notes:
        slug, problem = _owner(out, item, profiles)
        if problem is not None:
            out.problems.append(problem)
            continue
        item.model = item.model.model_copy(update={"profile": slug})
        if not item.model.consent:
            out.held_back += 1
            held = cross_checks.consent_problem(item.doc, item.model.who)
            out.problems += [held] if held else []
            continue  # never published, never exported
        out.notes.append(item)


def _add_offers(
    out: Collection,
    offers: list[tuple[Item, int]],
    profiles: dict[str, Any],
    config: Config,
    settings: dict[str, Any],
) -> None:
    for item, docs_in_file in offers:
        slug, problem = _owner(out, item, profiles)
        found = [problem] if problem else []
        item.window = window_of(item.model, config.timezone)
        found += cross_checks.offer_problems(item.doc, item.model, item.window)
        if not found:
            item.model = item.model.model_copy(update={"profile": slug})
            clash = _with_slug(item, docs_in_file, settings, out.offer_slugs, "offer")
            found += [clash] if clash else []
        if found:
            out.problems += found
            _skip_offer(out, item, docs_in_file, found, slug, settings)
            continue
        out.offers.append(item)


def _skip_offer(
    out: Collection,
    item: Item,
    docs_in_file: int,
    found: list[Problem],
    owner: str | None,
    settings: dict[str, Any],
) -> None:
    """Remember a left-out offer, so a marker naming it can point at the cause.

    When its profile was skipped, that is the cause; a slug clash is not
    remembered (the slug belongs to the other offer).
    """
    slug = item.model.slug
    if slug is None and docs_in_file == 1:
        slug = _default_slug(item.path, settings)
    if slug is None or any(p.field == "slug" for p in found):
        return
    where = out.skipped.get(("profile", owner or ""))
    if where is None:
        first = min(found)
        where = f"{first.source}:{first.line}:{first.column}"
    out.skipped.setdefault(("offer", slug), where)


def _check_primary(out: Collection, sites: Sites) -> None:
    """One person is primary; their translations may say so too."""
    marked = [p for p in out.profiles if p.model.primary]
    first = next(iter(marked), None)
    for extra in marked[1:]:
        if extra.model.slug == first.model.slug:
            continue  # a translation of the primary profile
        line, column = first.doc.where(("primary",))
        out.problems.append(
            extra.doc.problem(
                ("primary",),
                "only one profile can be primary; "
                f"{first.doc.source}:{line}:{column} already is",
            )
        )
        out.profiles.remove(extra)  # a document with an error is left out
    published = [p for p in out.profiles if p.model.status == "published"]
    if first is not None:
        candidates = [p for p in out.profiles if p.model.slug == first.model.slug]
    elif len({p.model.slug for p in published}) == 1:
        candidates = published  # one person, one About page
    else:
        return
    # about/ shows the default-language version when there is one.
    in_default = [
        p for p in candidates if same(sites.lang_of(p.model.lang), sites.here)
    ]
    out.primary = (in_default or candidates)[0]


def _stale_now(item: Item, config: Config) -> list[Problem]:
    now_block = item.model.now
    if now_block is None:
        return []
    age = (config.now.date() - now_block.updated).days
    if age <= config.now_stale_days:
        return []
    message = (
        f"is {age} days old (REALSELF_NOW_STALE_DAYS is {config.now_stale_days}); "
        "a fresh line about what you are doing now keeps the page true"
    )
    return [item.doc.problem(("now", "updated"), message, level=WARNING)]
