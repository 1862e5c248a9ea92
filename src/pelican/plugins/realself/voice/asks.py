"""Asks before gives: a page that asks for something before it gives anything.

Hopes with no gives; an offer that says it is free but asks for something
that costs the reader; asking for money while every offer is closed or full.
The checks that read words ("free", money) run on English text only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from ..offer_state import CLOSED, FULL
from ..problems import WARNING, Problem
from ..settings import Config
from .sentences import QUOTES, visible_text

HOPES = ("reciprocity", "hopes")
_MONEY = re.compile(
    r"\b(pay|paid|buy|purchase|donat\w*|tip|tips|money|sponsor\w*|patreon|ko-fi"
    r"|fee|fees|price|hire|invoice|premium)\b|[$€£¥]",
    re.IGNORECASE,
)


# Claims that nothing is asked, and asks that cost the recipient something
# (money, contact details, promotion). Honest feedback is not a price. Read
# only for an offer that asks for something (most ask nothing): compiled then,
# not on every build with a profile (0.7 ms of CPU).
@functools.cache
def _no_strings() -> re.Pattern:
    return re.compile(
        r"\b(no strings(?: attached)?|nothing in return|no catch|no obligation"
        r"|(?:completely|totally|absolutely|100%) free)\b",
        re.IGNORECASE,
    )


@functools.cache
def _free() -> re.Pattern:
    return re.compile(r"\bfree\b", re.IGNORECASE)


@functools.cache
def _costly_ask() -> re.Pattern:
    return re.compile(
        r"\b(e-?mail|sign(?:ing)?[- ]?up|subscri\w+|join|follow|share|like|review"
        r"|testimonial|refer\w*|tag|pay|paid|fee|deposit|card|purchase|buy|upgrade"
        r"|phone|post about|leave a|mailing list|newsletter)\b|[$€£¥]",
        re.IGNORECASE,
    )


def _offer_claim(offer: Any, render: Callable[[str], str]) -> str | None:
    """The words by which an offer says it is free, if it does."""
    text = f"{offer.title}\n{visible_text(render, offer.summary)}".translate(QUOTES)
    for pattern in (_no_strings(), _free()):
        found = pattern.search(text)
        if found:
            return found.group(0).lower()
    return None


def asks_problems(
    item: Any,
    offers: list[Any],
    render: Callable[[str], str],
    config: Config,
    english: bool = True,
) -> list[tuple[str, Problem]]:
    """(reason, problem) for each way the page asks before it gives."""
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
        found.append(("hopes but no gives", doc.problem(HOPES, message, level=WARNING)))
    for offer in offers if english else []:
        claim = _offer_claim(offer.model, render) if offer.model.asks else None
        strict = claim is not None and _no_strings().fullmatch(claim)
        for index, ask in enumerate(offer.model.asks):
            if claim and (strict or _costly_ask().search(ask)):
                message = (
                    f'says "{claim}" but asks for "{ask.rstrip(".")}"; '
                    "drop the ask, or say plainly what it costs"
                )
                reason = f"offer {offer.model.slug} says {claim} but asks"
                problem = offer.doc.problem(("asks", index), message, level=WARNING)
                found.append((reason, problem))
                break
    published = [o for o in offers if o.model.status != "draft"]
    money = [i for i, hope in enumerate(hopes) if english and _MONEY.search(hope)]
    states = {o.window.state(config.now, config.closing_soon_days) for o in published}
    if money and published and states <= {CLOSED, FULL}:
        message = (
            "asks for money while every offer is closed or full; open "
            "something to give first, or hold this ask until you do"
        )
        problem = doc.problem((*HOPES, money[0]), message, level=WARNING)
        found.append(("asks for money with every offer closed", problem))
    return found
