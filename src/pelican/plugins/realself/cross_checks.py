"""Notes and offers: the checks that need other documents.

Runs after every document has been validated on its own (collect.py calls
them): a note or offer names its profile, a note without consent is held
back (with a located warning) so it never reaches the output, and an offer's
fields agree with each other.
"""

from __future__ import annotations

from typing import Any

from .load import Document
from .offer_state import Window
from .problems import INFO, WARNING, Problem


def owner(
    doc: Document,
    wanted: str | None,
    profiles: dict[str, Any],
    primary: str | None,
    skipped: dict[str, str],
) -> tuple[str | None, Problem | None]:
    """The profile a note or offer belongs to, or why it cannot have one.

    Without ``profile:`` it is the primary profile's (or the only one's).
    ``skipped`` maps the slugs of profiles left out for a mistake to where
    that mistake is, so a dependent document points there. The slug comes
    back with the problem when the profile it names was skipped.
    """
    path: tuple[str, ...] = ("profile",)
    if wanted is None:
        path = ()  # there is no profile line to point at
        wanted = primary
        candidates = {*profiles, *skipped}
        if wanted is None and len(candidates) == 1:
            wanted = next(iter(candidates))  # the site's one profile
        if wanted is None:
            known = ", ".join(sorted(candidates))
            if not known:
                return None, doc.problem(
                    ("profile",), "is required, and the site has no profile yet"
                )
            return None, doc.problem(
                ("profile",),
                "is required when there are several profiles and none is "
                f"'primary: true' (profiles: {known})",
            )
    if wanted in profiles:
        return wanted, None
    if wanted in skipped:
        message = f"{wanted!r} was skipped: see {skipped[wanted]}"
        if not path:  # no profile line: say what was skipped
            message = f"profile {message}"
        return wanted, doc.problem(path, message)
    known = ", ".join(sorted(profiles)) or "none yet"
    return None, doc.problem(path, f"no profile {wanted!r} (known: {known})")


def consent_problem(doc: Document, who: str) -> Problem | None:
    """Say that a note is held back (None when its consent line was refused).

    Without a ``consent`` line it is probably forgotten: a warning. With an
    explicit ``consent: false`` the creator has decided "not yet": an info
    line, so ``--fatal warnings`` and ``realself check --strict`` never push
    anyone to delete a note they are keeping for later.
    """
    data = doc.data if isinstance(doc.data, dict) else {}
    if data.get("consent", False) not in (True, False):
        return None  # "consent: yes": its error already says the note is held
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
