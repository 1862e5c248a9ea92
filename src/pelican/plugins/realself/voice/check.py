"""The voice check of one profile: every finding, located, then its report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..collect import _stale_now
from ..problems import WARNING, Problem
from ..settings import Config
from . import buzz, person
from .asks import asks_problems
from .options import Options
from .report import (
    ASKS_BEFORE_GIVES,
    BUZZWORDS,
    CREDENTIALS_ONLY,
    NOTHING_PERSONAL,
    THIRD_PERSON,
    VoiceReport,
    report,
    sections,
)
from .sentences import sentences, visible_text


def _quote_list(items: Iterable[str]) -> str:
    return ", ".join(f'"{item}"' for item in items)


def findings(
    item: Any, offers: list[Any], render: Callable[[str], str], options: Options
) -> list[tuple[str, str, Problem]]:
    """(kind, reason, problem) for every place the page reads sanitized."""
    model, doc = item.model, item.doc
    language = options.language_of(model)
    how = person.reading(language)
    texts = {
        "headline": sentences(model.headline or ""),
        "story": sentences(visible_text(render, model.story)),
    }
    found = []

    def warn(kind: str, path: tuple[str, ...], reason: str, message: str) -> None:
        found.append((kind, reason, doc.problem(path, message, level=WARNING)))

    names = person.name_pattern(model.name, model.slug)
    pronouns = person.pronouns(model.pronouns) if how.pronouns else frozenset()
    for name, said in texts.items() if how.first_person else ():
        examples = person.third_person(said, names, pronouns, how)
        if examples:
            message = (
                f"reads in the third person ({_quote_list(examples)}); "
                'try "I" — tell it the way you\'d tell a friend'
            )
            warn(THIRD_PERSON, (name,), f"{name} reads in the third person", message)
    phrases = options.phrases(language)
    for name, said in texts.items():
        hits = list(dict.fromkeys(buzz.buzzwords(said, phrases)))
        if hits:
            message = (
                f"leans on corporate phrases ({_quote_list(hits[:3])}); try saying "
                "what you do and for whom, in words you'd use out loud"
            )
            warn(BUZZWORDS, (name,), f"{name} leans on corporate phrases", message)
    mostly = buzz.mostly_credentials(texts["story"]) if how.english else None
    if mostly:
        credentials, total = mostly
        message = (
            f"is mostly credentials ({credentials} of {total} sentences are titles, "
            "degrees, employers or years); try one moment a reader could picture — "
            "why you started, a mistake, an ordinary Tuesday"
        )
        warn(CREDENTIALS_ONLY, ("story",), "story is mostly credentials", message)
    if not any(sections(model).values()):
        message = (
            "nothing personal yet: no facets, honest, now or values; try one "
            "true detail a reader could picture — a morning habit, a pet, "
            "something you're still learning"
        )
        warn(NOTHING_PERSONAL, (), "nothing personal", message)
    config = options.config
    for reason, problem in asks_problems(item, offers, render, config, how.english):
        found.append((ASKS_BEFORE_GIVES, f"asks before it gives: {reason}", problem))
    return found


def check_profile(
    item: Any,
    offers: Iterable[Any],
    render: Callable[[str], str],
    settings: dict[str, Any],
    *,
    config: Config | None = None,
    options: Options | None = None,
) -> VoiceReport:
    """Score one profile (a build Item) and say where it reads sanitized.

    ``offers`` may be every offer of the site: only this profile's are read.
    ``render`` is the build's MarkdownRenderer. Pass the build's ``config``
    (or the voice ``options``) to avoid reading the settings a second time.
    """
    options = options or Options.read(settings, config)
    model = item.model
    mine = [o for o in offers if o.model.profile == model.slug]
    # In file order, like every other list of problems.
    found = sorted(findings(item, mine, render, options), key=lambda f: f[2])
    now = options.config.now.date()
    stale = _stale_now(item, options.config)  # its age is a reason, not a warning
    age = (now - model.now.updated).days if stale else None
    return report(item, found, options.language_of(model), age)


def check_collection(
    collection: Any,
    render: Callable[[str], str],
    settings: dict[str, Any],
    *,
    config: Config | None = None,
) -> list[VoiceReport]:
    """A report for every profile of a build's Collection, in its order."""
    options = Options.read(settings, config)
    by_profile: dict[Any, list[Any]] = {}
    for offer in collection.offers:  # once, not once per profile
        by_profile.setdefault(offer.model.profile, []).append(offer)
    return [
        check_profile(
            item, by_profile.get(item.model.slug, []), render, settings, options=options
        )
        for item in collection.profiles
    ]
