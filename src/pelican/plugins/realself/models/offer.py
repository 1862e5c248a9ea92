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
    URL_MAX_LENGTH,
    Lang,
    Markdown,
    Model,
    Moment,
    Slug,
    Text,
    check_url,
    content_file,
    text_list,
    url_pattern,
    url_start,
)

# A claim is one of the URLs check_url accepts, and of these kinds only.
CLAIM_SCHEMES = ("https", "mailto")
CLAIM_PLACEHOLDERS = ("static",)
_CLAIM = re.compile(
    "|".join(
        [re.escape(url_start(s)) for s in CLAIM_SCHEMES]
        + [re.escape(f"{{{p}}}") for p in CLAIM_PLACEHOLDERS]
    ),
    re.IGNORECASE,
)


def check_claim(value: str) -> str:
    """Claims go somewhere safe: https, mailto, or a file we publish."""
    if not _CLAIM.match(value.strip()):
        raise ValueError("use an https:// address, a mailto: link or a {static} file")
    return value


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
