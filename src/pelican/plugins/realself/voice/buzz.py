"""Corporate phrases and credentials: the two ways a bio sounds like a brochure.

A few phrases in a warm story are a person talking; many in few words, or a
story that is mostly titles, degrees and years, are not.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .sentences import WORD

# Buzzwords: at least this many, and this many per 100 words. One "passionate
# about" in a warm story is a person talking; three in sixty words is a brochure.
_BUZZ_MIN_HITS = 2
_BUZZ_PER_100_WORDS = 1.5
CREDENTIAL_SHARE = 0.6  # of the story's sentences


@functools.cache
def _irony() -> re.Pattern:
    """Sentences where the creator holds a phrase at arm's length, quotes or
    not. Compiled when a sentence first holds a phrase (0.8 ms of CPU that a
    story without one, the usual case, never needs)."""
    return re.compile(
        r"\b(used to (call|describe|be)|so-called|call(ed|s)? (myself|me)|"
        r"describe[ds]? me as|my old (bio|website|profile|cv|resume|résumé)|"
        r"buzzwords?|jargon|corporate[- ]speak|linkedin|whatever that means)\b",
        re.IGNORECASE,
    )


# The phrase and credential patterns are written in lower case and read
# lower-cased text. With re.IGNORECASE, Python tries every alternative of a
# long list at every position: 54 us a sentence of the test corpus for the
# English phrases and 44 us for credentials, against 5 and 12 us this way
# (a profile page of bench/sites.py has about 20 sentences).
#
# Both are compiled only once a text holds the words they need: compiling
# takes 3-4 ms of CPU each, more than reading a profile, and a personal story
# (the usual case) holds neither. The quick look reads the text's runs of
# letters (\w+, as the patterns see words); it may say yes where a pattern
# then finds nothing, never the other way (tests/test_voice.py holds it so).
#
# A run holds no space, so in " ".join(runs) with a space around each, words
# in a row are a substring: " thought leader " is those two runs in a row,
# " synerg" a run starting so. A few searches of the whole text instead of a
# loop over its words: 39-43 -> 24-26 us on a bench/sites.py story.
_RUN = re.compile(r"\w+")


class _PhraseWords(NamedTuple):
    """Phrases by their first word, for the quick look."""

    # first word -> the phrases starting with it, as spaced runs: " thought
    # leader " (a space after: the last word whole), " move fast" (with "*")
    starts: dict[str, list[str]]
    stems: tuple[str, ...]  # one-word phrases with "*", spaced: " synerg"
    always: bool  # a phrase with more than letters in a word: compile


@functools.lru_cache(maxsize=16)  # a build has a few languages and one setting
def _phrase_words(phrases: frozenset[str]) -> _PhraseWords:
    starts: dict[str, list[str]] = {}
    stems = []
    for phrase in phrases:
        words = phrase.rstrip("*").split()
        if not all(_RUN.fullmatch(w) for w in words):  # "d'opinion", "24/7"
            return _PhraseWords({}, (), True)
        spaced = " " + " ".join(words) + ("" if phrase.endswith("*") else " ")
        if phrase.endswith("*") and len(words) == 1:  # "synerg*"
            stems.append(spaced)
        else:
            starts.setdefault(words[0], []).append(spaced)
    return _PhraseWords(starts, tuple(stems), False)


def _may_hold_phrase(sentences: list[str], phrases: frozenset[str]) -> bool:
    """False when no sentence can hold one of ``phrases``.

    A phrase's words are whole runs of letters in a row in the text (hyphens
    and spaces between them are not letters); with "*" the last one only
    starts the run. The sentences are read as one text: words in a row across
    two of them may say yes, which the pattern then reads sentence by sentence.
    """
    found = _phrase_words(phrases)
    if found.always:
        return True
    runs = _RUN.findall(" ".join(sentences).lower())
    spaced = f" {' '.join(runs)} "
    if any(stem in spaced for stem in found.stems):
        return True
    return any(
        phrase in spaced
        for first in found.starts.keys() & runs
        for phrase in found.starts[first]
    )


@functools.lru_cache(maxsize=16)  # a build has a few languages and one setting
def phrase_pattern(phrases: frozenset[str]) -> re.Pattern | None:
    """One pattern for phrases as words.phrases() gives them (lower case), or
    None for none. A hyphen or space in a phrase matches any run of them, and
    "*" any ending.
    """
    parts = []
    # Longest first, so "thought leadership" wins over "thought leader".
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        body = r"[\s-]+".join(re.escape(w) for w in phrase.rstrip("*").split())
        parts.append(body + (r"\w*" if phrase.endswith("*") else r"\b"))
    if not parts:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")")


def buzzwords(sentences: list[str], phrases: frozenset[str]) -> list[str]:
    """The phrases found, when there are enough of them to drown the person."""
    if not phrases or not _may_hold_phrase(sentences, phrases):
        return []  # the usual case: nothing compiled
    pattern = phrase_pattern(phrases)
    if pattern is None:
        return []
    hits = []
    for sentence in sentences:
        found = [" ".join(m[0].split()) for m in pattern.finditer(sentence.lower())]
        if found and not _irony().search(sentence):
            hits += found
    if len(hits) < _BUZZ_MIN_HITS:
        return []  # the usual case: no need to count the words
    words = sum(len(WORD.findall(s)) for s in sentences)
    return hits if len(hits) * 100 >= _BUZZ_PER_100_WORDS * words else []


_NUMBER = (
    r"(?:\d+\+?|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|several|many)"
)


@functools.cache
def credential() -> re.Pattern:
    """Credentials, in lower-cased text (see _may_be_credential)."""
    return re.compile(
        r"\b" + _NUMBER + r"\s+(?:years?|decades?)\s+"
        r"(?:of\s+(?:experience|expertise)|in\s+(?:the\s+)?(?:industry|field|business|sector))"
        r"|\byears\s+of\s+(?:experience|expertise)|\bdecades?\s+of\b"
        r"|\b(?:degree|diploma|graduated?|graduate\s+of|alumn\w+|certified|certification"
        r"|accredited|licensed|bachelor'?s?|master'?s\s+in)\b"
        r"|\b(?:chief|founder|co-founder|director|manager|head\s+of|senior|principal"
        r"|consultant|specialist|officer|president|executive|strategist|analyst)\b"
        r"|\b(?:worked\s+(?:at|for|with)|served\s+as|previously\s+(?:at|with|served)"
        r"|clients\s+include|fortune\s+500|award-winning|featured\s+in"
        r"|(?:named|recogni[sz]ed)\s+(?:as|by|one\s+of)|member\s+of|board\s+of"
        r"|keynote|employed\s+(?:at|by)|holds?\s+an?)"
    )


# Every credential the pattern finds holds a word of _ALONE, or a word of
# _BEFORE followed by a word starting as given ("years of", "worked at"), or a
# word starting with one of _STEMS.
_ALONE = frozenset(
    {
        *("degree", "diploma", "graduate", "graduated", "certified"),
        *("certification", "accredited", "licensed", "bachelor", "bachelors"),
        *("master", "masters", "chief", "founder", "director", "manager"),
        *("senior", "principal", "consultant", "specialist", "officer"),
        *("president", "executive", "strategist", "analyst"),
    }
)
_BEFORE = {
    **dict.fromkeys(("year", "years", "decade", "decades"), ("of", "in")),
    **dict.fromkeys(("named", "recognised", "recognized"), ("as", "by", "one")),
    **dict.fromkeys(("member", "board", "head"), ("of",)),
    **dict.fromkeys(("hold", "holds"), ("a",)),
    "served": ("as",),
    "worked": ("at", "for", "with"),
    "previously": ("at", "with", "served"),
    "employed": ("at", "by"),
    "clients": ("include",),
    "fortune": ("500",),
    "featured": ("in",),
    "award": ("winning",),
}
_STEMS = ("alumn", "keynote")


def _may_be_credential(lowered: str) -> bool:
    """False when ``credential()`` cannot find anything in ``lowered``."""
    runs = _RUN.findall(lowered)
    for at, run in enumerate(runs):
        if run in _ALONE or run.startswith(_STEMS):
            return True
        after = _BEFORE.get(run)
        if after and at + 1 < len(runs) and runs[at + 1].startswith(after):
            return True
    return False


_TITLES = re.compile(  # as written: "MBA", not "mba"
    r"\b(?:MBA|Ph\.?D|MSc|BSc|CPA|PMP|CFA|CEO|CTO|CFO|COO|CMO|VP|B\.A\.|M\.A\.)\b"
)


def _is_credential(sentence: str) -> bool:
    lowered = sentence.lower()
    if _may_be_credential(lowered) and credential().search(lowered):
        return True
    return bool(_TITLES.search(sentence))


def mostly_credentials(sentences: list[str]) -> tuple[int, int] | None:
    """(sentences that are credentials, sentences) of three words or more,
    when credentials are at least CREDENTIAL_SHARE of two or more; else None.
    """
    real = [s for s in sentences if len(WORD.findall(s)) >= 3]
    total, found, others = len(real), 0, 0
    for sentence in real:
        if _is_credential(sentence):
            found += 1
            continue
        others += 1
        # The share can no longer be reached: stop reading (in a personal
        # story, after the first sentences; the two patterns take ~70 us on
        # a bench profile's story read whole).
        if total - others < CREDENTIAL_SHARE * total:
            return None
    if total >= 2 and found >= CREDENTIAL_SHARE * total:
        return found, total
    return None
