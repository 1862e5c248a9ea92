"""``kind: note``: care that came back, published only with consent."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import StrictBool

from .fields import Day, Lang, Markdown, Model, Slug, Text, Url


class Note(Model):
    # A mistake in one of these leaves the note out; anywhere else it costs
    # only that field (recover.py). Their words are never shown in part.
    essential: ClassVar[frozenset[str]] = frozenset(
        {"kind", "profile", "quote", "who", "lang"}
    )
    kind: Literal["note"]
    profile: Slug | None = None  # may be left out when the site has one profile
    quote: Text  # their words, exactly: plain text, never Markdown
    who: Text
    relationship: Text | None = None
    date: Day | None = None
    link: Url | None = None
    consent: StrictBool = False  # without it the note is never published
    reply: Markdown | None = None  # the creator's answer: care shows both ways
    lang: Lang | None = None
