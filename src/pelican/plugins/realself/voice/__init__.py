"""The human-voice check: where an About page reads sanitized, said kindly.

Creators drift back into corporate voice without noticing. This package reads
a profile the way a visitor would (the rendered text, not the Markdown) and
returns a score from 0 to 100, the reasons behind it, and located warnings,
each with a suggestion. It is a handful of word lists and counts: no model,
no network, the same answer for the same input.

Read in the order of the data: words (the phrase lists), sentences (what a
reader sees, cut into sentences), person (third person), buzz (corporate
phrases, credentials), asks (asking before giving), report (score and
reasons), check (one profile, every finding); options holds every setting read.

Words inside quotes are someone else's (or the creator holding a phrase at
arm's length: I used to call myself a "thought leader"), so they never count.
"""

from .check import check_collection, check_profile
from .options import minimum
from .report import (
    ASKS_BEFORE_GIVES,
    BUZZWORDS,
    CREDENTIALS_ONLY,
    NOTHING_PERSONAL,
    THIRD_PERSON,
    VoiceReport,
)

__all__ = [
    "ASKS_BEFORE_GIVES",
    "BUZZWORDS",
    "CREDENTIALS_ONLY",
    "NOTHING_PERSONAL",
    "THIRD_PERSON",
    "VoiceReport",
    "check_collection",
    "check_profile",
    "minimum",
]
