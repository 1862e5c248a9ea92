"""``kind: offer``: something given first, with limited spots and a window."""

from __future__ import annotations

import re
from typing import Annotated, ClassVar, Literal

from pydantic import (
    AfterValidator,
    Field,
    StrictInt,
    StringConstraints,
    WithJsonSchema,
)

from .fields import (
    Markdown,
    Model,
    Moment,
    Slug,
    Text,
    check_url,
    content_file,
    text_list,
)

_CLAIM = re.compile(r"^(https://|mailto:|\{static\})", re.IGNORECASE)


def check_claim(value: str) -> str:
    """Claims go somewhere safe: https, mailto, or a file we publish."""
    if not _CLAIM.match(value.strip()):
        raise ValueError("use an https:// address, a mailto: link or a {static} file")
    return value


# The claim rule speaks first, so a refused URL gets the claim's own advice.
ClaimUrl = Annotated[
    str,
    StringConstraints(max_length=2000),
    AfterValidator(check_claim),
    AfterValidator(check_url),
    AfterValidator(content_file),
    WithJsonSchema(
        {
            "type": "string",
            "maxLength": 2000,
            "pattern": r"^(?:[hH][tT][tT][pP][sS]://|[mM][aA][iI][lL][tT][oO]:|"
            r"\{static\})[^\s]+$",
        }
    ),
]


class Offer(Model):
    # A mistake in one of these leaves the offer out; anywhere else it costs
    # only that field or list item (recover.py). Without its window and
    # spots an offer could look open, or unlimited, when it is not.
    essential: ClassVar[frozenset[str]] = frozenset(
        {
            "kind",
            "slug",
            "profile",
            "status",
            "lang",
            "title",
            "spots",
            "claimed",
            "opens",
            "closes",
        }
    )
    kind: Literal["offer"]
    slug: Slug | None = None
    profile: Slug | None = None  # may be left out when the site has one profile
    status: Literal["published", "hidden", "draft"] = "published"
    lang: Text | None = None
    title: Text
    summary: Markdown | None = None
    you_get: list[Text] = text_list()
    spots: Annotated[StrictInt, Field(ge=0, le=1_000_000)] | None = None
    claimed: Annotated[StrictInt, Field(ge=0, le=1_000_000)] = 0
    opens: Moment | None = None
    closes: Moment | None = None
    claim: ClaimUrl | None = None
    asks: list[Text] = text_list()
    how_chosen: Text | None = None
    tags: list[Text] = text_list(50)
