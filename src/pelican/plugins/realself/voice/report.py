"""A profile's voice report: the score, the reasons for it and located warnings."""

from __future__ import annotations

from typing import Any

from ..problems import Problem
from . import words
from .person import reading

# The kinds of finding, as `realself check --format json` names them.
THIRD_PERSON = "third-person"
BUZZWORDS = "buzzwords"
NOTHING_PERSONAL = "nothing-personal"
CREDENTIALS_ONLY = "credentials-only"
ASKS_BEFORE_GIVES = "asks-before-gives"
# What `realself check` names for each check that ran, or did not.
CHECKS = {
    THIRD_PERSON: "third person",
    BUZZWORDS: "corporate phrases",
    CREDENTIALS_ONLY: "credentials",
    ASKS_BEFORE_GIVES: "asks before gives",
    NOTHING_PERSONAL: "nothing personal",
}
# What each finding costs. A finding is a real drift; a missing section on an
# otherwise personal page costs a little, so human pages still score high.
COST = {
    THIRD_PERSON: 25,
    BUZZWORDS: 20,
    CREDENTIALS_ONLY: 25,
    NOTHING_PERSONAL: 25,
    ASKS_BEFORE_GIVES: 15,
}
MISSING_SECTION = 3
NO_STORY = 10
STALE_NOW = 5


class VoiceReport:
    """How human one profile reads: a score, why, and what to look at.

    A plain class, as the other records a build makes (load.Document says
    why)."""

    def __init__(
        self,
        *,
        slug: str,
        source: str,
        score: int,
        reasons: list[str],
        findings: list[Problem],  # all WARNING
        kinds: list[str],  # kind of each finding
        lang: str,
        checks: list[str],  # what ran for this language
        skipped: list[str],  # what could not, fairly
    ):
        self.slug = slug
        self.source = source
        self.score = score
        self.reasons = reasons
        self.findings = findings
        self.kinds = kinds
        self.lang = lang
        self.checks = checks
        self.skipped = skipped

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


def checks_for(language: str) -> tuple[list[str], list[str]]:
    """(checks that run, checks that do not) for a language, by name."""
    how = reading(language)
    ran = [CHECKS[NOTHING_PERSONAL], CHECKS[ASKS_BEFORE_GIVES]]
    skipped = []
    (ran if how.first_person else skipped).append(CHECKS[THIRD_PERSON])
    (ran if words.shipped(language) else skipped).append(CHECKS[BUZZWORDS])
    (ran if how.english else skipped).append(CHECKS[CREDENTIALS_ONLY])
    if not how.english:
        ran[1] += " (hopes without gives only)"
    return ran, skipped


def sections(model: Any) -> dict[str, Any]:
    """The parts of a profile that only a person can fill."""
    return {
        "facets": model.facets,
        "honest notes": model.honest,
        "now block": model.now,
        "values": model.values,
    }


def costs(
    kinds_and_reasons: list[tuple[str, str]], model: Any, now_age: int | None
) -> list[tuple[int, str]]:
    """(points, reason) for each finding and each gap of a profile.

    ``now_age``: the age in days of a stale now block (the build already warns
    about it: a reason here, not a second warning), else None.
    """
    found = [(COST[kind], reason) for kind, reason in kinds_and_reasons]
    gaps = sections(model)
    if any(gaps.values()):  # all missing is already a finding
        found += [
            (MISSING_SECTION, f"no {name} yet") for name, v in gaps.items() if not v
        ]
    if not model.story:
        found.append((NO_STORY, "no story yet"))
    if now_age is not None:
        found.append(
            (STALE_NOW, f"now block is {now_age} days old (see the build warning)")
        )
    return found


def report(
    item: Any, found: list[tuple[str, str, Problem]], language: str, now_age: int | None
) -> VoiceReport:
    """The report of one profile from its findings: (kind, reason, problem)."""
    model = item.model
    points = costs([(kind, reason) for kind, reason, _ in found], model, now_age)
    ran, skipped = checks_for(language)
    return VoiceReport(
        slug=model.slug or "",
        source=item.doc.source,
        score=max(100 - sum(cost for cost, _ in points), 0),
        reasons=[f"-{cost} {why}" for cost, why in points]
        or ["first person, plain words, personal details"],
        findings=[problem for _, _, problem in found],
        kinds=[kind for kind, _, _ in found],
        lang=language,
        checks=ran,
        skipped=skipped,
    )
