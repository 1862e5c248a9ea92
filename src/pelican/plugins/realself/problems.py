"""Located problems: one line each, ``file:line:col: field: message``.

Every stage (load, models, build) returns problems instead of raising, so one
build can report every problem of every file and still build the rest.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from typing import NamedTuple

from .host import FatalStop

ERROR = "error"
WARNING = "warning"
INFO = "info"  # worth saying, nothing to fix: e.g. a note held back on purpose


class Problem(NamedTuple):
    """One thing wrong (or worth a look) in the user's content.

    A NamedTuple: ordered, compared and hashed by its fields, as a frozen
    ordered dataclass would be, for a tenth of the cost of defining it (2 ms
    of every build with our YAML). ``_replace`` makes a changed copy.
    """

    source: str  # path relative to the site, with forward slashes
    line: int  # 1-based
    column: int  # 1-based
    field: str  # e.g. "facets[2].text"; empty when it is about the document
    message: str
    level: str = ERROR

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}:{self.column}"
        if self.field:
            return one_line(f"{where}: {self.field}: {self.message}")
        return one_line(f"{where}: {self.message}")

    @property
    def is_error(self) -> bool:
        return self.level == ERROR


# Line breaks YAML and terminals know, and other invisible characters; a
# plain key name. Compiled with the first problem (0.55 ms of CPU that a
# build without one never needs).
@functools.cache
def _breaks() -> re.Pattern:
    return re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@functools.cache
def _name() -> re.Pattern:
    return re.compile(r"^[^\s.\[\]'\"]+$|^<key at line \d+>$")


def one_line(text: str) -> str:
    """A message stays on one line, whatever the YAML held."""
    return _breaks().sub(lambda m: repr(m.group(0))[1:-1], text)


def field_path(parts: Iterable[str | int]) -> str:
    """Turn ``("facets", 2, "text")`` into ``facets[2].text``.

    A key that is not a plain name (spaces, dots, line breaks, nothing at
    all) is shown quoted, the way Python would write it: ``facets[0]['\\r']``.
    """
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _name().match(part) or not part.isprintable():
            out += f"[{part!r}]"
        else:
            out += f".{part}" if out else str(part)
    return out


# Messages shown per file. A file with thousands of mistakes (a pasted dump, a
# generated file) would otherwise bury every other file's messages and take
# minutes to print: 99,000 lines took 94 s.
MAX_PER_FILE = 20
# How the count of the rest names them, when they are all of one sort.
_PLURALS = {"unknown field": "unknown fields"}


def capped(problems: Iterable[Problem], limit: int = MAX_PER_FILE) -> list[Problem]:
    """Each file's first ``limit`` problems, then one line counting the rest."""
    by_file: dict[str, set[Problem]] = {}
    for problem in problems:
        by_file.setdefault(problem.source, set()).add(problem)
    out: list[Problem] = []
    for source in sorted(by_file):
        # loaded with the first problem: 0.5 ms a build without one pays not
        import heapq

        found = by_file[source]
        # Not a full sort: comparing 99,000 problems took seconds.
        shown = heapq.nsmallest(limit + 1, found)
        out += shown[:limit]
        if len(found) > limit:
            rest = found.difference(shown[:limit])
            out.append(_the_rest(shown[limit], rest))
    return out


def _the_rest(first: Problem, rest: set[Problem]) -> Problem:
    """One line where the first problem not shown is, counting all of them."""
    heads = {re.split(r";| \(", p.message, maxsplit=1)[0] for p in rest}
    noun = _PLURALS.get(heads.pop(), "problems") if len(heads) == 1 else "problems"
    level = ERROR if any(p.is_error for p in rest) else first.level
    message = (
        f"... and {len(rest):,} more {noun} in this file "
        f"(the first {MAX_PER_FILE} are shown; fix them and build again)"
    )
    return Problem(first.source, first.line, first.column, "", message, level)


def report(problems: Iterable[Problem], logger: logging.Logger) -> int:
    """Log every problem through Pelican's logger; return the number of errors.

    At most MAX_PER_FILE a file: the rest are counted in one line.

    Under ``pelican --fatal errors`` Pelican's logger raises on the first error.
    We hold that back until every problem has been printed, then raise once,
    so the user sees all of them in one run.
    """
    errors = 0
    fatal: FatalStop | None = None
    for problem in capped(problems):
        log = {ERROR: logger.error, WARNING: logger.warning}.get(
            problem.level, logger.info
        )
        errors += problem.is_error
        try:
            log("%s", problem)
        except FatalStop as exc:  # Pelican's fatal mode
            fatal = fatal or exc
    if fatal is not None:
        raise fatal
    return errors
