"""``kind: offer``: something given first, with limited spots and a window."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import (
    AfterValidator,
    Field,
    StrictInt,
    StringConstraints,
    WithJsonSchema,
)

from .fields import Lang, Markdown, Model, Moment, Slug, Text, text_list
from .rules import (
    CLAIM_PLACEHOLDERS,
    CLAIM_SCHEMES,
    URL_MAX_LENGTH,
    check_claim,
    check_url,
    content_file,
    url_pattern,
)

# The claim rule speaks first, so a refused URL gets the claim's own advice.
ClaimUrl = Annotated[
    str,
    StringConstraints(max_length=URL_MAX_LENGTH),
    AfterValidator(check_claim),
    AfterValidator(check_url),
    AfterValidator(content_file),
    WithJsonSchema(
        {
            "type": "string",
            "maxLength": URL_MAX_LENGTH,
            "pattern": url_pattern(CLAIM_SCHEMES, CLAIM_PLACEHOLDERS, site_paths=False),
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
    lang: Lang | None = None
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
