"""Check a plainly valid document without pydantic.

Importing pydantic and building our models' validators costs a cold build
about 130 ms of CPU (half of the plugin's own time in a 300-post blog with
one profile), while almost every document a blogger writes is valid. This
reads each model's shape (shapes.py, made from the models) and calls the
same rules (rules.py) pydantic calls. Whenever it is not sure (a key it does
not know, a number where text goes, a rule refusing, whitespace pydantic
might trim otherwise) it says nothing and the document goes to pydantic
(validate.py), which gives every message. tests/test_fast_check.py holds
each result equal to pydantic's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..load import Document
from .records import RECORDS, Record
from .rules import (
    DOCUMENT_MARKDOWN_BUDGET,
    LANG_PATTERN,
    URL_MAX_LENGTH,
    check_claim,
    check_markdown,
    check_url,
    content_file,
    is_slug,
    parse_day,
    parse_moment,
)
from .shapes import KINDS, MODELS


class Unsure(Exception):
    """The fast check cannot tell; pydantic will."""


class _Info:
    """What the rules read of pydantic's ValidationInfo: its context."""

    __slots__ = ("context",)

    def __init__(self, context: dict[str, Any]) -> None:
        self.context = context


def check(
    doc: Document,
    check_file: Callable[..., None] | None = None,
    markdown_budget: list[int] | None = None,
) -> Record | None:
    """The record pydantic would make of ``doc``, or None when not sure.

    None says nothing about the document: validate.py decides. The
    ``markdown_budget`` is as validate() takes it, and left as it was on None.
    """
    data = doc.data
    if doc.reported or type(data) is not dict:
        return None  # the loader refused part of it, or no mapping at all
    kind = data.get("kind")
    if type(kind) is not str or kind not in KINDS:
        return None
    if markdown_budget is None:
        markdown_budget = [DOCUMENT_MARKDOWN_BUDGET]
    before = markdown_budget[0]
    info = _Info({"check_file": check_file, "markdown_budget": markdown_budget})
    try:
        return _model(data, ("model", KINDS[kind]), info)
    except Exception:  # Unsure, or a rule refusing: pydantic will say why
        markdown_budget[0] = before
        return None


_NAMES = {name: {field[0] for field in fields} for name, fields in MODELS.items()}


def _model(data: Any, kind: tuple, info: _Info) -> Record:
    name = kind[1]
    if type(data) is not dict or not _NAMES[name].issuperset(data):
        raise Unsure  # not a mapping, or a key the model does not know
    values = {}
    for field, field_kind, nullable, required, default in MODELS[name]:
        if field in data:
            value = data[field]
            if value is None and nullable:
                values[field] = None
            else:
                values[field] = _CHECKS[field_kind[0]](value, field_kind, info)
        elif required:
            raise Unsure
        else:
            values[field] = list(default) if type(default) is list else default
    return RECORDS[name](**values)


def _text_of(value: Any) -> str:
    """``value`` when it is plain text pydantic reads as it is."""
    if type(value) is not str:
        raise Unsure  # numbers become text in pydantic; that is for it to do
    if not value.isascii():
        value.encode()  # a lone surrogate: pydantic refuses it
    return value


# pydantic trims what Rust's str::trim does (Unicode White_Space), a subset
# of what str.strip() trims; both agree on these.
_PLAIN_SPACE = " \t\n\r"


def _stripped(value: Any) -> str:
    text = _text_of(value).strip(_PLAIN_SPACE)
    if text.strip() != text:
        raise Unsure  # other whitespace at an end: trimmed one way or another
    return text


def _text(value: Any, kind: tuple, info: _Info) -> str:
    text = _stripped(value)
    if not text:
        raise Unsure
    return text


def _markdown(value: Any, kind: tuple, info: _Info) -> str:
    text = _text_of(value)
    if not text:
        raise Unsure
    return check_markdown(text, info)


def _slug(value: Any, kind: tuple, info: _Info) -> str:
    text = _stripped(value)
    if not is_slug(text):
        raise Unsure
    return text


_LANG = re.compile(LANG_PATTERN)


def _lang(value: Any, kind: tuple, info: _Info) -> str:
    text = _stripped(value)
    if not _LANG.fullmatch(text):
        raise Unsure
    return text


def _url(value: Any, kind: tuple, info: _Info) -> str:
    text = _text_of(value)
    if len(text) > URL_MAX_LENGTH:
        raise Unsure
    if kind[0] == "claim_url":
        text = check_claim(text)
    return content_file(check_url(text), info)


def _day(value: Any, kind: tuple, info: _Info) -> Any:
    return parse_day(value)


def _moment(value: Any, kind: tuple, info: _Info) -> Any:
    return parse_moment(value)


def _bool(value: Any, kind: tuple, info: _Info) -> bool:
    if type(value) is not bool:
        raise Unsure
    return value


def _int(value: Any, kind: tuple, info: _Info) -> int:
    if type(value) is not int or not kind[1] <= value <= kind[2]:
        raise Unsure
    return value


def _literal(value: Any, kind: tuple, info: _Info) -> str:
    if type(value) is not str or value not in kind[1]:
        raise Unsure
    return value


def _list(value: Any, kind: tuple, info: _Info) -> list[Any]:
    _, most, one_or_many, item = kind
    if one_or_many and type(value) is dict:
        value = [value]
    if type(value) is not list or len(value) > most:
        raise Unsure
    check_item = _CHECKS[item[0]]
    return [check_item(one, item, info) for one in value]


_CHECKS: dict[str, Callable[[Any, tuple, _Info], Any]] = {
    "text": _text,
    "markdown": _markdown,
    "slug": _slug,
    "lang": _lang,
    "url": _url,
    "claim_url": _url,
    "day": _day,
    "moment": _moment,
    "bool": _bool,
    "int": _int,
    "literal": _literal,
    "model": _model,
    "list": _list,
}
