"""Field types shared by every kind of document, as pydantic types.

Each is built from a rule in rules.py (no pydantic there), which the fast
check (fast_check.py) calls too. Values stay plain Python here; escaping and
Markdown happen in ``render``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)

from .rules import (
    LANG_PATTERN,
    SLUG_MAX_LENGTH,
    SLUG_PATTERN,
    URL_MAX_LENGTH,
    check_markdown,
    check_url,
    content_file,
    parse_day,
    parse_moment,
    url_pattern,
)

# Markdown-free text: escaped when rendered, never interpreted. Editors read
# YAML 1.2, where `012` is a number; we keep it as text, so the schema says so.
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    WithJsonSchema({"type": ["string", "number"], "minLength": 1}),
]

# Markdown source: rendered with the site's MARKDOWN settings, then cleaned.
Markdown = Annotated[
    str, StringConstraints(min_length=1), AfterValidator(check_markdown)
]

Slug = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, pattern=SLUG_PATTERN, max_length=SLUG_MAX_LENGTH
    ),
]

# A BCP 47 language code, loosely (see rules.LANG_PATTERN).
Lang = Annotated[str, StringConstraints(strip_whitespace=True, pattern=LANG_PATTERN)]

Url = Annotated[
    str,
    StringConstraints(max_length=URL_MAX_LENGTH),
    AfterValidator(check_url),
    AfterValidator(content_file),
    WithJsonSchema(
        {"type": "string", "maxLength": URL_MAX_LENGTH, "pattern": url_pattern()}
    ),
]

Day = Annotated[dt.date, BeforeValidator(parse_day)]

Moment = Annotated[dt.date | dt.datetime, BeforeValidator(parse_moment)]


class Model(BaseModel):
    """Strict by default: unknown keys are mistakes, not silently ignored."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=False,
        coerce_numbers_to_str=True,
        strict=False,
        validate_default=False,
        # Built on first use: a profile's facets, links and photo are
        # validated inside the profile, never alone, so their own validators
        # are never built (about 12 ms of a build's 40 ms of model building).
        defer_build=True,
    )


def text_list(max_items: int = 200) -> Any:
    return Field(default_factory=list, max_length=max_items)
