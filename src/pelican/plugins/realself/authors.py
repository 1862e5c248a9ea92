"""Pelican's authors who have a profile: ``author.realself`` in templates."""

from __future__ import annotations

from itertools import chain
from typing import Any

from pelican.urlwrappers import Author

# The context lists whose items carry their own Author objects.
_WITH_AUTHORS = ("articles", "drafts", "pages", "hidden_articles")


def link_authors(
    profiles: list[Any], context: dict[str, Any], settings: dict[str, Any]
) -> None:
    """Give Pelican's Author objects a ``realself`` profile when names match.

    A profile matches its ``name`` and each of its ``authors`` by Pelican's
    author slug. Runs after the articles and pages are read, so every Author
    already exists; each article holds its own instances.
    """
    by_author: dict[str, Any] = {}
    for profile in profiles:
        for name in (profile.model.name, *profile.model.authors):
            by_author.setdefault(Author(name, settings).slug, profile)
    if not by_author:
        return
    authors = [author for author, _ in context.get("authors", [])]
    for content in chain.from_iterable(context.get(key, []) for key in _WITH_AUTHORS):
        authors += getattr(content, "authors", []) or []
    for author in authors:
        profile = by_author.get(getattr(author, "slug", ""))
        if profile is not None:
            author.realself = profile
