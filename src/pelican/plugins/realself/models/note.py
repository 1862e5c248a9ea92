"""``kind: note``: care that came back, published only with consent."""

from __future__ import annotations

from typing import Literal

from pydantic import StrictBool

from .fields import Day, Markdown, Model, Slug, Text, Url


class Note(Model):
    kind: Literal["note"]
    profile: Slug | None = None  # may be left out when the site has one profile
    quote: Text  # their words, exactly: plain text, never Markdown
    who: Text
    relationship: Text | None = None
    date: Day | None = None
    link: Url | None = None
    consent: StrictBool = False  # without it the note is never published
    reply: Markdown | None = None  # the creator's answer: care shows both ways
    lang: Text | None = None
