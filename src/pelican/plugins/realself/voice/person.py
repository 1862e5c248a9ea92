"""Third person: does the text speak of its creator from outside?

"Jane is a designer who..." or "She helps..." where the creator could say
"I". Whether a writer says I is read per language (``Reading``); she/he/they
only in English, as the profile's ``pronouns`` declare them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .sentences import WORD


class Reading(NamedTuple):
    """What the voice check can read fairly in one language.

    A NamedTuple, not a frozen dataclass: pages.Photo says why.

    ``first_person``: the words by which a writer says I, for the third-person
    check, and ``elided``: the starts of words that do (I'm, j'ai). None turns
    that check off where first person often goes unsaid (Spanish "Soy Ana",
    Italian, Portuguese, Polish, Japanese, Arabic): a name with no "I" would be
    read as third person. ``pronouns``: English's she/he/they sets; other
    languages' pronouns are left out as unsound (French "il" is also "it",
    German "Sie" is "you", Dutch "ze" is "she" and "they"), so there the
    check goes by the person's name. ``english``: the checks written with
    English words (credentials; "free" offers that ask; asking for money).
    """

    first_person: frozenset[str] | None
    elided: tuple[str, ...] = ()
    pronouns: bool = False
    english: bool = False

    def says_i(self, words: list[str]) -> bool:
        """Whether the writer says I in these words (in lower case)."""
        if self.first_person is None:
            return False
        if not self.first_person.isdisjoint(words):
            return True
        if not self.elided:  # German: no elided forms to look for
            return False
        # A word holds no space: with one space before each, a word starts
        # with "i'" exactly where " i'" is found. No loop over the words:
        # 14 -> 7.5 us for a bench/sites.py story's sentences.
        spaced = " " + " ".join(words)
        return any(" " + form in spaced for form in self.elided)


def _says(words: str, *elided: str, **checks: bool) -> Reading:
    """A language whose writers say I with ``words`` (and elided forms: j'ai)."""
    return Reading(frozenset(words.split()), elided, **checks)


READINGS = {
    "en": _says("i me my mine myself", "i'", pronouns=True, english=True),
    "fr": _says("je moi me mon ma mes", "j'", "m'"),
    "de": _says("ich mich mir mein meine meinen meinem meiner meines"),
    "nl": _says("ik mij me mijn", "m'"),
}
OTHER = Reading(None)


def reading(language: str) -> Reading:
    """The checks for a language (a code's first part: pt-BR is pt)."""
    return READINGS.get(language, OTHER)


PRONOUN_SETS = (
    {"she", "her", "hers", "herself"},
    {"he", "him", "his", "himself"},
    {"they", "them", "their", "theirs", "themself", "themselves"},
    {"xe", "xem", "xyr", "xyrs", "xemself"},
    {"ze", "zir", "zirs", "zirself", "hir", "hirs", "hirself"},
    {"ey", "em", "eir", "eirs", "emself"},
    {"fae", "faer", "faers", "faerself"},
)


def pronouns(declared: str | None) -> frozenset[str]:
    """The words that would mean the creator: from `pronouns`, else she/he.

    "they" is only used when the profile says so: in most bios it means the
    clients, not the writer.
    """
    said = set(re.findall(r"[a-z]+", (declared or "").lower()))
    chosen = set().union(*(s for s in PRONOUN_SETS if s & said))
    return frozenset(chosen or PRONOUN_SETS[0] | PRONOUN_SETS[1])


def name_pattern(name: str, slug: str | None) -> re.Pattern | None:
    """The creator's full name, first name and a nickname slug ("teo").

    A surname alone is left out: it is often a business name too ("Nair
    Advisory", "Marsh & Co"), which is not the creator speaking of herself.
    """
    parts = [p for p in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", name) if len(p) > 1]
    forms = {" ".join(parts), *parts[:1]} - {""}
    nickname = slug and slug.isalpha() and len(slug) > 2
    if nickname and any(p.lower().startswith(slug) for p in parts):
        forms.add(slug.capitalize())
    if not forms:
        return None
    # Case-sensitive: a name is capitalised; "will" in a sentence is not Will.
    alternatives = "|".join(
        re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_NEXT_WORD = re.compile(r"('s)?\s+(\w[\w'-]*)")


def _example(sentence: str, start: int, end: int, *, lower: bool) -> str:
    """The word that names the creator and the word after it: "Jane is"."""
    word = sentence[start:end].lower() if lower else sentence[start:end]
    follow = _NEXT_WORD.match(sentence, end)
    if follow:
        word += (follow.group(1) or "") + " " + follow.group(2)
    return word


def third_person(
    sentences: list[str],
    names: re.Pattern | None,
    pronouns: frozenset[str],
    how: Reading,
) -> list[str]:
    """Examples when the text speaks of its creator from outside; else []."""
    first = third = named = 0
    examples: list[str] = []
    for sentence in sentences:
        said = [word.lower() for word in WORD.findall(sentence)]
        if how.says_i(said):
            first += 1
            continue
        hits = (
            [(m.start(), m.end(), False) for m in names.finditer(sentence)]
            if names
            else []
        )
        named += bool(hits)
        if not pronouns.isdisjoint(said):  # then where, for the examples
            found = WORD.finditer(sentence)
            hits += [
                (m.start(), m.end(), True) for m in found if m[0].lower() in pronouns
            ]
        if hits:
            third += 1
            examples += [
                _example(sentence, s, e, lower=low) for s, e, low in sorted(hits)
            ]
    # A story about a grandmother ("she baked...") told by someone who says
    # "I" is still first person; so is "Sam is short for Samantha" among many
    # "I"s. Flag it when there is no "I", or the name outnumbers it.
    if third and (first == 0 or (named and third >= first)):
        return list(dict.fromkeys(examples))[:2]
    return []
