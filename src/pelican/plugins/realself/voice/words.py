"""The corporate phrases the voice check looks for, per language.

The shipped lists are data (data/buzzwords.txt for English, starter lists in
data/buzzwords.<language>.txt); a site adds phrases or drops some with
REALSELF_VOICE_BUZZWORDS_EXTRA and REALSELF_VOICE_BUZZWORDS_IGNORE.
"""

from __future__ import annotations

import functools
from pathlib import Path

DATA = Path(__file__).parent.parent / "data"
WORDLIST = DATA / "buzzwords.txt"  # English


def norm(phrase: str) -> str:
    """One spelling per phrase: lower case, hyphens as spaces, single spaces."""
    return " ".join(phrase.lower().replace("’", "'").replace("-", " ").split())


@functools.cache
def shipped(language: str = "en") -> tuple[str, ...]:
    """The phrases shipped for a language (none for most), normalised."""
    path = WORDLIST if language == "en" else DATA / f"buzzwords.{language}.txt"
    if not path.exists():
        return ()
    lines = [
        line.split("#", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()
    ]
    return tuple(norm(line) for line in lines if line.strip())


@functools.lru_cache(maxsize=16)  # asked once a profile; a build has a few languages
def phrases(
    language: str, extra: tuple[str, ...] = (), ignore: tuple[str, ...] = ()
) -> frozenset[str]:
    """The shipped phrases plus the site's extra ones, less the ignored ones.

    A trailing "*" (any ending) does not make a phrase another one: ignoring
    "synergy" also drops "synergy*".
    """
    dropped = {norm(p).rstrip("*") for p in ignore}
    found = {norm(p) for p in (*shipped(language), *extra)}
    return frozenset(p for p in found if p.rstrip("*") not in dropped and p.strip("* "))
