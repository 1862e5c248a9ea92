"""Documents in, models or located problems out.

pydantic does the checking; this module turns its errors into sentences a
creator can act on, at the line and column of the offending key or value.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError

from .. import traps
from ..load import Document, Path
from ..problems import MAX_PER_FILE, Problem
from .note import Note
from .offer import Offer
from .profile import Profile
from .recover import model_at, to_leave_out, without
from .rules import DOCUMENT_MARKDOWN_BUDGET, SLUG_PATTERN, describe

KINDS: dict[str, type[BaseModel]] = {"profile": Profile, "note": Note, "offer": Offer}


def register_kind(name: str, model: type[BaseModel]) -> None:
    """Make a new ``kind:`` known to the loader."""
    KINDS[name] = model


def _fields_at(model: type[BaseModel], path: Path) -> list[str]:
    """Field names of the (nested) model a path points into, for 'did you mean'."""
    return list(getattr(model_at(model, path), "model_fields", {}) or [])


def _user_path(data: Any, loc: tuple[Any, ...]) -> Path:
    """Drop the list index pydantic adds when one mapping stood for a list."""
    out: list[str | int] = []
    current = data
    for part in loc:
        if isinstance(part, int) and not isinstance(current, list):
            continue  # the user wrote a single mapping here
        out.append(part)
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            current = None
    return tuple(out)


_TYPE_WORDS = {
    "string_type": "text",
    "bool_type": "true or false",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "list_type": "a list",
    "model_type": "a group of fields (key: value lines)",
    "dict_type": "a group of fields (key: value lines)",
    "model_attributes_type": "a group of fields (key: value lines)",
}


_REQUIRED_WHY = {
    "alt": "is required: a few words describing the photo, for people who "
    "cannot see it",
}


def _closest(value: Any, choices: list[str]) -> str | None:
    close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.6)
    return close[0] if close else None


def _did_you_mean(value: Any, choices: list[str]) -> str:
    close = _closest(value, choices)
    return f"; did you mean '{close}'?" if close else ""


def _message(
    err: dict[str, Any],
    model: type[BaseModel],
    path: Path,
    doc: Document,
    data: Any,
    *,
    hints: bool = True,
) -> str:
    """The sentence for one pydantic error; "" when another line says it."""
    kind = err["type"]
    given = err.get("input")
    if kind == "missing":
        return _REQUIRED_WHY.get(str(path[-1]) if path else "", "is required")
    if kind == "extra_forbidden":
        if not hints:  # past what is shown: a did-you-mean costs ~0.4 ms each
            return "unknown field"
        known = _fields_at(model, path[:-1])
        trap = traps.comma_split(doc, data, path)
        if trap is None:
            trap = traps.curly_key(str(path[-1]), known)
        if trap is not None:
            return trap
        hint = _did_you_mean(path[-1], known)
        if not hint and known:
            hint = f" (known fields: {', '.join(known)})"
        return f"unknown field{hint}"
    if given is None and kind in _TYPE_WORDS:
        return "must not be empty"
    if kind == "string_type" and isinstance(given, bool):
        word = "true" if given else "false"
        return f'must be text; write "{word}" in quotes if you mean the word'
    if kind == "bool_type" and str(given).lower() in ("true", "false"):
        return f"must be {str(given).lower()} without quotes"
    if kind == "string_type" and (colon := traps.colon_in_item(given)):
        return colon
    if kind in _TYPE_WORDS:
        return f"must be {_TYPE_WORDS[kind]}, got {describe(given)}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long (at most {err['ctx']['max_length']} characters)"
    if kind == "too_long":
        return f"has too many items (at most {err['ctx']['max_length']})"
    if kind == "string_pattern_mismatch" and path and path[-1] == "slug":
        return "use lowercase letters, digits and dashes only, like 'sam-rivera'"
    if kind == "string_pattern_mismatch" and path and path[-1] == "lang":
        return "use a language code like 'en' or 'pt-BR'"
    if kind == "string_pattern_mismatch" and _pattern(err) == SLUG_PATTERN:
        # ``profile:`` in a note or offer names a profile by its slug
        return "use the profile's slug (lowercase letters, digits and dashes)"
    if kind == "literal_error":
        expected = str(err["ctx"]["expected"])
        hint = _did_you_mean(given, re.findall(r"'([^']*)'", expected))
        return f"must be {expected}{hint}"
    if kind == "value_error":
        return str(err["ctx"]["error"])
    message = str(err.get("msg", "is not valid"))
    return message.replace("Input should be", "must be")


def _pattern(err: dict[str, Any]) -> str | None:
    return (err.get("ctx") or {}).get("pattern")


# Each round of validation leaves out what the last one found; independent
# mistakes all show in the first round, so a few rounds are plenty.
_ROUNDS = 8


def validate(
    doc: Document,
    model: type[BaseModel],
    *,
    check_file: Callable[[str], None] | None = None,
    markdown_budget: list[int] | None = None,
) -> tuple[BaseModel | None, list[Problem]]:
    """Validate one document; every error is located in the YAML file.

    A mistake costs the field or list item it is in (see ``recover``): the
    model is built from the rest, and each mistake is still an error. The
    model is None when the document cannot stand without what is wrong.
    ``markdown_budget`` (a one-item list) may be shared by several documents,
    e.g. all of one file; by default each document has its own.
    """
    if markdown_budget is None:
        markdown_budget = [DOCUMENT_MARKDOWN_BUDGET]
    budget = markdown_budget[0]
    context = {"check_file": check_file, "markdown_budget": markdown_budget}
    # What the loader refused (a duplicate key, a tag) goes the same way.
    removed = [to_leave_out(model, doc.data, path) for path in doc.reported]
    if None in removed:
        return None, []  # the loader has said why
    data = without(doc.data, removed) if removed else doc.data
    problems: list[Problem] = []
    for _ in range(_ROUNDS):
        markdown_budget[0] = budget  # a field left out gives its share back
        try:
            return model.model_validate(data, context=context), problems
        except ValidationError as exc:
            errors = [
                (err, _user_path(data, err["loc"]))
                for err in exc.errors(include_url=False)
            ]
        # Only the first messages of a file are shown (problems.capped): only
        # they get hints, so 9,000 unknown keys cost no 9,000 "did you mean".
        hinted = errors[:MAX_PER_FILE]
        for index, (err, path) in enumerate(errors):
            if err["type"] == "missing" and _misspelled(path, hinted, model):
                continue  # "did you mean" on the misspelled key says it all
            is_key = err["type"] == "extra_forbidden"
            hints = index < MAX_PER_FILE
            message = _message(err, model, path, doc, data, hints=hints)
            if message:
                problems.append(doc.problem(path, message, key=is_key))
        gone = [to_leave_out(model, data, path) for _, path in errors]
        if None in gone:
            return None, problems
        rest = without(data, gone)
        if rest == data:
            break  # nothing left to take out; should not happen
        data = rest
    return None, problems


def _misspelled(
    missing: Path, errors: list[tuple[dict[str, Any], Path]], model: type[BaseModel]
) -> bool:
    """Is a required field missing because a sibling key is its misspelling?"""
    return any(
        err["type"] == "extra_forbidden"
        and path[:-1] == missing[:-1]
        and _closest(path[-1], _fields_at(model, path[:-1])) == missing[-1]
        for err, path in errors
    )


def kind_of(doc: Document) -> tuple[type[BaseModel] | None, Problem | None]:
    """Pick the model named by ``kind:``."""
    if not isinstance(doc.data, dict):
        return None, doc.problem(
            (), f"a document must be a group of fields, got {describe(doc.data)}"
        )
    kinds = ", ".join(sorted(KINDS))
    kind = doc.data.get("kind")
    if kind is None:
        message = "is required; start the document with a line like 'kind: profile'"
        return None, doc.problem(("kind",), message)
    if not isinstance(kind, str):
        message = f"must be text, like 'kind: profile'; got {describe(kind)}"
        return None, doc.problem(("kind",), message)
    if kind not in KINDS:
        close = difflib.get_close_matches(kind, list(KINDS), n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"use one of: {kinds}"
        return None, doc.problem(("kind",), f"unknown kind {kind!r}; {hint}")
    return KINDS[kind], None
