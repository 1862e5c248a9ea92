"""The human-voice check: where an About page reads sanitized, said kindly.

Creators drift back into corporate voice without noticing. This module reads
a profile the way a visitor would (the rendered text, not the Markdown) and
returns a score from 0 to 100, the reasons behind it, and located warnings,
each with a suggestion. It is a handful of word lists and counts: no model,
no network, the same answer for the same input, a few milliseconds a profile.

Words inside quotes are someone else's (or the creator holding a phrase at
arm's length: I used to call myself a "thought leader"), so they never count.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from .collect import _stale_now
from .languages import Sites, key
from .offer_state import CLOSED, FULL
from .problems import WARNING, Problem
from .render import visible_text
from .settings import Config
from .settings import read as read_config

logger = logging.getLogger(__name__)

VOICE_DEFAULTS: dict[str, Any] = {
    "REALSELF_VOICE_BUZZWORDS_EXTRA": [],  # phrases to add to data/buzzwords.txt
    "REALSELF_VOICE_BUZZWORDS_IGNORE": [],  # phrases of that list to leave alone
    "REALSELF_VOICE_MIN": None,  # `realself check` fails below this score
}
WORDLIST = Path(__file__).parent / "data" / "buzzwords.txt"  # English
# Starter lists for other languages: data/buzzwords.<language>.txt

THIRD_PERSON = "third-person"
BUZZWORDS = "buzzwords"
NOTHING_PERSONAL = "nothing-personal"
CREDENTIALS_ONLY = "credentials-only"
ASKS_BEFORE_GIVES = "asks-before-gives"

# What each finding costs. A finding is a real drift; a missing section on an
# otherwise personal page costs a little, so human pages still score high.
_COST = {
    THIRD_PERSON: 25,
    BUZZWORDS: 20,
    CREDENTIALS_ONLY: 25,
    NOTHING_PERSONAL: 25,
    ASKS_BEFORE_GIVES: 15,
}
_MISSING_SECTION = 3
_NO_STORY = 10
_STALE_NOW = 5
# Buzzwords: at least this many, and this many per 100 words. One "passionate
# about" in a warm story is a person talking; three in sixty words is a brochure.
_BUZZ_MIN_HITS = 2
_BUZZ_PER_100_WORDS = 1.5
_CREDENTIAL_SHARE = 0.6  # of the story's sentences
_HOPES = ("reciprocity", "hopes")


@dataclass
class VoiceReport:
    """How human one profile reads: a score, why, and what to look at."""

    slug: str
    source: str
    score: int
    reasons: list[str] = field(default_factory=list)
    findings: list[Problem] = field(default_factory=list)  # all WARNING
    kinds: list[str] = field(default_factory=list)  # kind of each finding
    lang: str = "en"
    checks: list[str] = field(default_factory=list)  # what ran for this language
    skipped: list[str] = field(default_factory=list)  # what could not, fairly

    def to_dict(self) -> dict[str, Any]:
        """Plain data for `realself check --format json`."""
        return {
            "slug": self.slug,
            "file": self.source,
            "score": self.score,
            "reasons": list(self.reasons),
            "lang": self.lang,
            "checks": list(self.checks),
            "checks_not_run": list(self.skipped),
            "findings": [
                {
                    "kind": kind,
                    "file": p.source,  # the same keys as `realself check` problems
                    "line": p.line,
                    "column": p.column,
                    "field": p.field,
                    "message": p.message,
                    "level": p.level,
                }
                for kind, p in zip(self.kinds, self.findings, strict=True)
            ],
        }


def settings_defaults() -> dict[str, Any]:
    """The voice settings and their defaults (a copy: safe to setdefault from)."""
    return {
        key: list(v) if isinstance(v, list) else v for key, v in VOICE_DEFAULTS.items()
    }


def minimum(settings: dict[str, Any]) -> int | None:
    """REALSELF_VOICE_MIN as a score, or None when the gate is off."""
    value = settings.get("REALSELF_VOICE_MIN")
    if value is None or value is False:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        logger.warning("REALSELF_VOICE_MIN must be a whole number 0-100; ignoring it")
        return None
    return value


# -- the word list ----------------------------------------------------------------


def _norm(phrase: str) -> str:
    """One spelling per phrase: lower case, hyphens as spaces, single spaces."""
    return " ".join(phrase.lower().replace("’", "'").replace("-", " ").split())


@functools.cache
def _shipped_phrases(language: str = "en") -> tuple[str, ...]:
    path = WORDLIST.with_name(f"buzzwords.{language}.txt")
    if language == "en":
        path = WORDLIST
    if not path.exists():
        return ()
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(
        _norm(ln.split("#", 1)[0]) for ln in lines if ln.split("#", 1)[0].strip()
    )


def _setting_words(settings: dict[str, Any], name: str) -> tuple[str, ...]:
    value = settings.get(name) or ()
    if isinstance(value, str):
        value = [value]
    return tuple(str(v) for v in value)


_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class _Gate:
    """Words without which a pattern cannot match an ASCII sentence.

    Scanning a sentence with a long list of alternatives costs far more than
    looking its words up in a set, and most sentences hold none of the words.
    Other sentences (any non-ASCII letter, where case rules differ) always go
    to the pattern. tests/test_voice.py checks each gate against its pattern.
    """

    words: frozenset[str]
    prefixes: tuple[str, ...] = ()  # a word starting with one of these

    def admits(self, sentence: str) -> bool:
        if not sentence.isascii():
            return True
        lowered, tokens = _lowered_words(sentence)
        if not self.words.isdisjoint(tokens):
            return True
        # anywhere in the sentence: more than needed, never less
        return any(prefix in lowered for prefix in self.prefixes)


@functools.lru_cache(maxsize=64)  # a sentence meets two gates in a row
def _lowered_words(sentence: str) -> tuple[str, list[str]]:
    lowered = sentence.lower()
    return lowered, _TOKEN.findall(lowered)


@dataclass(frozen=True)
class _Phrases:
    pattern: re.Pattern
    gate: _Gate | None  # None: every sentence is scanned

    def finditer(self, sentence: str) -> Iterable[re.Match]:
        if self.gate is None or self.gate.admits(sentence):
            return self.pattern.finditer(sentence)
        return ()


def _phrase_gate(phrases: Iterable[str]) -> _Gate | None:
    """A match starts where no letter or hyphen comes before it, so its first
    word's first run of letters is a whole word of the sentence (or, for a
    one-word "prefix*" phrase, the start of one)."""
    words, prefixes = set(), []
    for phrase in phrases:
        first = phrase.rstrip("*").split()[0]
        run = _TOKEN.match(first)
        if run is None:  # starts with a sign: no word to look for
            return None
        if run.group(0) == first and phrase.endswith("*") and " " not in phrase:
            prefixes.append(first)
        else:
            words.add(run.group(0))
    return _Gate(frozenset(words), tuple(prefixes))


@functools.lru_cache(maxsize=16)
def _buzz_pattern(
    extra: tuple[str, ...], ignore: tuple[str, ...], language: str = "en"
) -> _Phrases | None:
    dropped = {_norm(p).rstrip("*") for p in ignore}
    phrases = {_norm(p) for p in (*_shipped_phrases(language), *extra)}
    phrases = {p for p in phrases if p.rstrip("*") not in dropped and p.strip("* ")}
    parts = []
    # Longest first, so "thought leadership" wins over "thought leader".
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        words = phrase.rstrip("*").split()
        body = r"[\s-]+".join(re.escape(w) for w in words)
        parts.append(body + (r"\w*" if phrase.endswith("*") else r"\b"))
    if not parts:
        return None
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")", re.IGNORECASE)
    return _Phrases(pattern, _phrase_gate(phrases))


# -- reading the text -------------------------------------------------------------

# Someone else's words (a quoted client, a code sample) are not the creator's voice.
_NOT_THEIRS = frozenset(("blockquote", "q", "code", "pre"))
_BLOCKS = frozenset(
    ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th")
)
_BLOCK_END = "\u2029"  # Unicode's paragraph separator
_QUOTES = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
# "double" or 'single' quotes; an apostrophe inside a word (I'm) is not a quote.
# Bounded, and a span stops at the next quote mark, so stray quote marks cost
# a short scan each rather than the rest of the text.
_QUOTED = re.compile(
    r"\"[^\"\n]{0,500}\"|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){0,500}'(?!\w)"
)
# A sentence ends at the spaces after . ! ? ; or : and at a line break:
# r"(?<=[.!?;:])\s+|\s*\n\s*", written to start with \s so that the search
# skips everything else quickly (tests/test_voice.py holds the two equal).
# (?<!\s\s): a match starts only where a run of spaces starts; tried from
# inside a run too, \s*\n would scan the run once per space (15 s for one
# of 99,000 spaces).
_SENTENCE_END = re.compile(r"\s(?<!\s\s)(?:(?<=[.!?;:]\s)\s*|(?<=\n)\s*|\s*\n\s*)")
_WORD = re.compile(r"\w+(?:['-]\w+)*")


# Where a reader's line ends, in HTML as render.clean() writes it (html5ever's
# serializer: lower-case names, end tags always written). A "<" inside text is
# always "&lt;" there, so only real tags are marked; a mark that lands in an
# attribute value is dropped with the attribute.
_LINE_ENDS = [(f"</{tag}>", f"</{tag}>{_BLOCK_END}") for tag in sorted(_BLOCKS)]
_LINE_ENDS.append(("<br>", f"<br>{_BLOCK_END}"))


def _visible_text(render: Callable[[str], str], markdown: str | None) -> str:
    """What a reader sees of a Markdown field: text only, one block per line.

    Read by html5ever (render.visible_text), many times faster than a parser
    written in Python: the check reads every profile on every build.
    """
    if not markdown:
        return ""
    html = str(render(markdown))
    for end, marked in _LINE_ENDS:
        if end in html:
            html = html.replace(end, marked)
    text = visible_text(html, leave_out=_NOT_THEIRS)
    # A line break inside a paragraph is not the end of a sentence; the end
    # of a paragraph or list item is.
    return text.replace("\n", " ").replace(_BLOCK_END, "\n")


def _sentences(text: str) -> list[str]:
    """The creator's own sentences, with quoted words taken out."""
    text = text.translate(_QUOTES)
    unquoted = _QUOTED.sub(" ", text) if '"' in text or "'" in text else text
    return [s for s in _SENTENCE_END.split(unquoted) if _WORD.search(s)]


def _quote_list(items: Iterable[str]) -> str:
    return ", ".join(f'"{item}"' for item in items)


# -- third person -----------------------------------------------------------------

_FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
# A whole _WORD (not part of one: "me-time", "x-my") that is one of a list
# in any case, as str.lower() then "in" finds it: one search instead of
# splitting every sentence into words. (?ai:): case of ASCII letters only.
_WORD_START = r"(?<!\w)(?<!\w['-])"
_WORD_END = r"(?!\w)(?!['-]\w)"
# "I" and the like, or a word starting with "I'" (I'm, I've), at a word start.
_SAYS_I = "(?ai:" + "|".join(sorted(_FIRST_PERSON)) + rf"){_WORD_END}|(?ai:i)'\w"


@functools.lru_cache(maxsize=32)
def _person_pattern(pronouns: frozenset[str], says_i: str = _SAYS_I) -> re.Pattern:
    """Group "i": the writer says I; group "they": a pronoun for the writer.

    The word-start test comes once, before both: it is what every position of
    the sentence is tried against.
    """
    if not pronouns:
        return re.compile(rf"{_WORD_START}(?P<i>{says_i})")
    they = "|".join(sorted(pronouns, key=len)[::-1])
    return re.compile(
        rf"{_WORD_START}(?:(?P<i>{says_i})|(?P<they>(?ai:{they}){_WORD_END}))"
    )


def _says(words: str, elided: str = "") -> str:
    """A first-person pattern: whole words, and elided forms (j'ai, m'n)."""
    pattern = "(?ai:" + "|".join(sorted(words.split())) + rf"){_WORD_END}"
    if elided:
        pattern += rf"|(?ai:{elided})['’]\w"
    return pattern


@dataclass(frozen=True)
class Reading:
    """What the voice check can read fairly in one language.

    ``says_i``: how a writer says I, for the third-person check; None turns
    that check off where first person often goes unsaid (Spanish "Soy Ana",
    Italian, Portuguese, Polish, Japanese, Arabic): a name with no "I" would be
    read as third person. ``pronouns``: English's she/he/they sets; other
    languages' pronouns are left out as unsound (French "il" is also "it",
    German "Sie" is "you", Dutch "ze" is "she" and "they"), so there the
    check goes by the person's name. ``english``: the checks written with
    English words (credentials; "free" offers that ask; asking for money).
    """

    says_i: str | None
    pronouns: bool = False
    english: bool = False


READINGS = {
    "en": Reading(_SAYS_I, pronouns=True, english=True),
    "fr": Reading(_says("je moi me mon ma mes", elided="j|m")),
    "de": Reading(_says("ich mich mir mein meine meinen meinem meiner meines")),
    "nl": Reading(_says("ik mij me mijn", elided="m")),
}
OTHER = Reading(None)
# What `realself check` names for each check that ran, or did not.
CHECKS = {
    THIRD_PERSON: "third person",
    BUZZWORDS: "corporate phrases",
    CREDENTIALS_ONLY: "credentials",
    ASKS_BEFORE_GIVES: "asks before gives",
    NOTHING_PERSONAL: "nothing personal",
}


def reading(language: str) -> Reading:
    """The checks for a language (a code's first part: pt-BR is pt)."""
    return READINGS.get(language, OTHER)


def checks_for(language: str) -> tuple[list[str], list[str]]:
    """(checks that run, checks that do not) for a language, by name."""
    how = reading(language)
    ran = [CHECKS[NOTHING_PERSONAL], CHECKS[ASKS_BEFORE_GIVES]]
    skipped = []
    (ran if how.says_i else skipped).append(CHECKS[THIRD_PERSON])
    (ran if _shipped_phrases(language) else skipped).append(CHECKS[BUZZWORDS])
    (ran if how.english else skipped).append(CHECKS[CREDENTIALS_ONLY])
    if not how.english:
        ran[1] += " (hopes without gives only)"
    return ran, skipped


_PRONOUN_SETS = (
    {"she", "her", "hers", "herself"},
    {"he", "him", "his", "himself"},
    {"they", "them", "their", "theirs", "themself", "themselves"},
    {"xe", "xem", "xyr", "xyrs", "xemself"},
    {"ze", "zir", "zirs", "zirself", "hir", "hirs", "hirself"},
    {"ey", "em", "eir", "eirs", "emself"},
    {"fae", "faer", "faers", "faerself"},
)


def _pronouns(declared: str | None) -> frozenset[str]:
    """The words that would mean the creator: from `pronouns`, else she/he.

    "they" is only used when the profile says so: in most bios it means the
    clients, not the writer.
    """
    words = set(re.findall(r"[a-z]+", (declared or "").lower()))
    chosen = set().union(*(s for s in _PRONOUN_SETS if s & words))
    return frozenset(chosen or _PRONOUN_SETS[0] | _PRONOUN_SETS[1])


def _name_pattern(name: str, slug: str | None) -> re.Pattern | None:
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


def _third_person(
    sentences: list[str],
    names: re.Pattern | None,
    pronouns: frozenset[str],
    says_i: str = _SAYS_I,
) -> list[str]:
    """Examples when the text speaks of its creator from outside; else []."""
    first = third = named = 0
    examples: list[str] = []
    scan = _person_pattern(pronouns, says_i)
    for sentence in sentences:
        # One pass finds "I" and the pronouns (the two lists share no word).
        said: list[tuple[int, int, bool]] = []
        says_i = False
        for m in scan.finditer(sentence):
            if m.lastgroup == "i":
                says_i = True
                break
            said.append((m.start(), m.end(), True))
        if says_i:
            first += 1
            continue
        hits = (
            [(m.start(), m.end(), False) for m in names.finditer(sentence)]
            if names
            else []
        )
        named += bool(hits)
        hits += said
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


# -- buzzwords and credentials ------------------------------------------------------

# Sentences where the creator holds a phrase at arm's length, quotes or not.
_IRONY = re.compile(
    r"\b(used to (call|describe|be)|so-called|call(ed|s)? (myself|me)|"
    r"describe[ds]? me as|my old (bio|website|profile|cv|resume|résumé)|"
    r"buzzwords?|jargon|corporate[- ]speak|linkedin|whatever that means)\b",
    re.IGNORECASE,
)


def _buzzwords(sentences: list[str], pattern: _Phrases | None) -> list[str]:
    """The phrases found, when there are enough of them to drown the person."""
    if pattern is None:
        return []
    hits = []
    for sentence in sentences:
        found = [
            " ".join(m.group(0).lower().split()) for m in pattern.finditer(sentence)
        ]
        if found and not _IRONY.search(sentence):
            hits += found
    if len(hits) < _BUZZ_MIN_HITS:
        return []
    words = sum(len(_WORD.findall(s)) for s in sentences)
    if len(hits) * 100 >= _BUZZ_PER_100_WORDS * words:
        return hits
    return []


_NUMBER = (
    r"(?:\d+\+?|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|several|many)"
)
_CREDENTIAL = re.compile(
    r"(?i:\b" + _NUMBER + r"\s+(?:years?|decades?)\s+"
    r"(?:of\s+(?:experience|expertise)|in\s+(?:the\s+)?(?:industry|field|business|sector))"
    r"|\byears\s+of\s+(?:experience|expertise)|\bdecades?\s+of\b"
    r"|\b(?:degree|diploma|graduated?|graduate\s+of|alumn\w+|certified|certification"
    r"|accredited|licensed|bachelor'?s?|master'?s\s+in)\b"
    r"|\b(?:chief|founder|co-founder|director|manager|head\s+of|senior|principal"
    r"|consultant|specialist|officer|president|executive|strategist|analyst)\b"
    r"|\b(?:worked\s+(?:at|for|with)|served\s+as|previously\s+(?:at|with|served)"
    r"|clients\s+include|fortune\s+500|award-winning|featured\s+in"
    r"|(?:named|recogni[sz]ed)\s+(?:as|by|one\s+of)|member\s+of|board\s+of"
    r"|keynote|employed\s+(?:at|by)|holds?\s+an?))"
    r"|\b(?:MBA|Ph\.?D|MSc|BSc|CPA|PMP|CFA|CEO|CTO|CFO|COO|CMO|VP|B\.A\.|M\.A\.)\b"
)
# Every branch of _CREDENTIAL needs one of these words (B.A. needs "b"), or
# a word starting with "alumn" or "keynote" (keynotes).
_CREDENTIAL_WORDS = """
    year years decade decades degree diploma graduate graduated certified
    certification accredited licensed bachelor bachelors master masters chief
    founder director manager head senior principal consultant specialist
    officer president executive strategist analyst worked served previously
    clients fortune award featured named recognised recognized member board
    employed hold holds mba phd ph msc bsc cpa pmp cfa ceo cto cfo coo
    cmo vp b m
"""
_CREDENTIAL_GATE = _Gate(frozenset(_CREDENTIAL_WORDS.split()), ("alumn", "keynote"))


def _credentials(sentences: list[str]) -> tuple[int, int]:
    """(credential sentences, sentences) in the story."""
    # at least three words (counting stops at the third)
    real = [s for s in sentences if len(list(islice(_WORD.finditer(s), 3))) == 3]
    found = sum(
        _CREDENTIAL_GATE.admits(s) and _CREDENTIAL.search(s) is not None for s in real
    )
    return found, len(real)


# -- asking and giving --------------------------------------------------------------

_MONEY = re.compile(
    r"\b(pay|paid|buy|purchase|donat\w*|tip|tips|money|sponsor\w*|patreon|ko-fi"
    r"|fee|fees|price|hire|invoice|premium)\b|[$€£¥]",
    re.IGNORECASE,
)
# Claims that nothing is asked, and asks that cost the recipient something
# (money, contact details, promotion). Honest feedback is not a price.
_NO_STRINGS = re.compile(
    r"\b(no strings(?: attached)?|nothing in return|no catch|no obligation"
    r"|(?:completely|totally|absolutely|100%) free)\b",
    re.IGNORECASE,
)
_FREE = re.compile(r"\bfree\b", re.IGNORECASE)
_COSTLY_ASK = re.compile(
    r"\b(e-?mail|sign(?:ing)?[- ]?up|subscri\w+|join|follow|share|like|review"
    r"|testimonial|refer\w*|tag|pay|paid|fee|deposit|card|purchase|buy|upgrade"
    r"|phone|post about|leave a|mailing list|newsletter)\b|[$€£¥]",
    re.IGNORECASE,
)


def _offer_claim(offer: Any, render: Callable[[str], str]) -> str | None:
    """The words by which an offer says it is free, if it does."""
    text = f"{offer.title}\n{_visible_text(render, offer.summary)}".translate(_QUOTES)
    for pattern in (_NO_STRINGS, _FREE):
        found = pattern.search(text)
        if found:
            return found.group(0).lower()
    return None


def _asks_problems(
    item: Any,
    offers: list[Any],
    render: Callable[[str], str],
    config: Config,
    english: bool = True,
) -> list[tuple[str, Problem]]:
    """(reason, problem) for each way the page asks before it gives.

    The checks that read words ("free", money) run on English text only.
    """
    doc, reciprocity = item.doc, item.model.reciprocity
    gives = reciprocity.gives if reciprocity else []
    hopes = reciprocity.hopes if reciprocity else []
    found = []
    if hopes and not gives:
        count = f"{len(hopes)} hope{'s' if len(hopes) > 1 else ''}"
        message = (
            f"asks before it gives ({count}, no gives); try adding one thing "
            "you give first — an answer, a free hour, a useful page"
        )
        found.append(
            ("hopes but no gives", doc.problem(_HOPES, message, level=WARNING))
        )
    for offer in offers if english else []:
        claim = _offer_claim(offer.model, render) if offer.model.asks else None
        strict = claim is not None and _NO_STRINGS.fullmatch(claim)
        for index, ask in enumerate(offer.model.asks):
            if claim and (strict or _COSTLY_ASK.search(ask)):
                message = (
                    f'says "{claim}" but asks for "{ask.rstrip(".")}"; '
                    "drop the ask, or say plainly what it costs"
                )
                reason = f"offer {offer.model.slug} says {claim} but asks"
                found.append(
                    (reason, offer.doc.problem(("asks", index), message, level=WARNING))
                )
                break
    published = [o for o in offers if o.model.status != "draft"]
    money = [i for i, hope in enumerate(hopes) if english and _MONEY.search(hope)]
    states = {o.window.state(config.now, config.closing_soon_days) for o in published}
    if money and published and states <= {CLOSED, FULL}:
        message = (
            "asks for money while every offer is closed or full; open "
            "something to give first, or hold this ask until you do"
        )
        problem = doc.problem((*_HOPES, money[0]), message, level=WARNING)
        found.append(("asks for money with every offer closed", problem))
    return found


# -- the check ----------------------------------------------------------------------


def _findings(
    item: Any,
    offers: list[Any],
    render: Callable[[str], str],
    settings: dict[str, Any],
    config: Config,
) -> list[tuple[str, str, Problem]]:
    """(kind, reason, problem) for every place the page reads sanitized."""
    model, doc = item.model, item.doc
    language = language_of(model, settings)
    how = reading(language)
    pattern = _buzz_pattern(
        _setting_words(settings, "REALSELF_VOICE_BUZZWORDS_EXTRA"),
        _setting_words(settings, "REALSELF_VOICE_BUZZWORDS_IGNORE"),
        language,
    )
    names = _name_pattern(model.name, model.slug)
    pronouns = _pronouns(model.pronouns) if how.pronouns else frozenset()
    texts = {
        "headline": _sentences(model.headline or ""),
        "story": _sentences(_visible_text(render, model.story)),
    }
    found = []

    def warn(kind: str, path: tuple[str, ...], reason: str, message: str) -> None:
        found.append((kind, reason, doc.problem(path, message, level=WARNING)))

    for name, sentences in texts.items() if how.says_i else ():
        examples = _third_person(sentences, names, pronouns, how.says_i)
        if examples:
            message = (
                f"reads in the third person ({_quote_list(examples)}); "
                'try "I" — tell it the way you\'d tell a friend'
            )
            warn(THIRD_PERSON, (name,), f"{name} reads in the third person", message)
    for name, sentences in texts.items():
        hits = list(dict.fromkeys(_buzzwords(sentences, pattern)))
        if hits:
            message = (
                f"leans on corporate phrases ({_quote_list(hits[:3])}); try saying "
                "what you do and for whom, in words you'd use out loud"
            )
            warn(BUZZWORDS, (name,), f"{name} leans on corporate phrases", message)
    credentials, total = _credentials(texts["story"]) if how.english else (0, 0)
    if total >= 2 and credentials >= _CREDENTIAL_SHARE * total:
        message = (
            f"is mostly credentials ({credentials} of {total} sentences are titles, "
            "degrees, employers or years); try one moment a reader could picture — "
            "why you started, a mistake, an ordinary Tuesday"
        )
        warn(CREDENTIALS_ONLY, ("story",), "story is mostly credentials", message)
    if not any(_sections(model).values()):
        message = (
            "nothing personal yet: no facets, honest, now or values; try one "
            "true detail a reader could picture — a morning habit, a pet, "
            "something you're still learning"
        )
        warn(NOTHING_PERSONAL, (), "nothing personal", message)
    for reason, problem in _asks_problems(item, offers, render, config, how.english):
        found.append((ASKS_BEFORE_GIVES, f"asks before it gives: {reason}", problem))
    return found


def language_of(model: Any, settings: dict[str, Any]) -> str:
    """A profile's language, as its code's first part: "pt" for pt-BR."""
    return key(Sites.of(settings).lang_of(model.lang)).split("-")[0]


def _sections(model: Any) -> dict[str, Any]:
    """The parts of a profile that only a person can fill."""
    return {
        "facets": model.facets,
        "honest notes": model.honest,
        "now block": model.now,
        "values": model.values,
    }


def check_profile(
    item: Any,
    offers: Iterable[Any],
    render: Callable[[str], str],
    settings: dict[str, Any],
    *,
    config: Config | None = None,
) -> VoiceReport:
    """Score one profile (a build Item) and say where it reads sanitized.

    ``offers`` may be every offer of the site: only this profile's are read.
    ``render`` is the build's MarkdownRenderer. Pass the build's ``config``
    to avoid reading the settings a second time.
    """
    config = config or read_config(settings)
    model = item.model
    mine = [o for o in offers if o.model.profile == model.slug]
    # In file order, like every other list of problems.
    found = sorted(_findings(item, mine, render, settings, config), key=lambda f: f[2])

    costs = [(_COST[kind], reason) for kind, reason, _ in found]
    sections = _sections(model)
    if any(sections.values()):  # all missing is already a finding
        costs += [
            (_MISSING_SECTION, f"no {name} yet")
            for name, v in sections.items()
            if not v
        ]
    if not model.story:
        costs.append((_NO_STORY, "no story yet"))
    # The build already warns about a stale now block: a reason here, not a
    # second warning.
    if _stale_now(item, config):
        age = (config.now.date() - model.now.updated).days
        costs.append(
            (_STALE_NOW, f"now block is {age} days old (see the build warning)")
        )
    reasons = [f"-{points} {why}" for points, why in costs]
    language = language_of(model, settings)
    ran, skipped = checks_for(language)
    return VoiceReport(
        slug=model.slug or "",
        source=item.doc.source,
        score=max(100 - sum(points for points, _ in costs), 0),
        reasons=reasons or ["first person, plain words, personal details"],
        findings=[problem for _, _, problem in found],
        kinds=[kind for kind, _, _ in found],
        lang=language,
        checks=ran,
        skipped=skipped,
    )


def check_collection(
    collection: Any,
    render: Callable[[str], str],
    settings: dict[str, Any],
    *,
    config: Config | None = None,
) -> list[VoiceReport]:
    """A report for every profile of a build's Collection, in its order."""
    config = config or read_config(settings)
    by_profile: dict[Any, list[Any]] = {}
    for offer in collection.offers:  # once, not once per profile
        by_profile.setdefault(offer.model.profile, []).append(offer)
    return [
        check_profile(
            item, by_profile.get(item.model.slug, []), render, settings, config=config
        )
        for item in collection.profiles
    ]
