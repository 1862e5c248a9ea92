"""JSON Schema (draft 2020-12) for our YAML, made from the same models.

Editors that speak yaml-language-server complete fields and underline
mistakes from it. ``realself schema`` writes it; a copy ships in the package
(plugin/realself.schema.json) and a test fails when that copy is stale.
"""

from __future__ import annotations

import json
import os
from typing import Annotated, Any

FILENAME = "realself.schema.json"
PACKAGED = os.path.join(os.path.dirname(__file__), FILENAME)
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def build() -> dict[str, Any]:
    """The schema as a dict."""
    # pydantic and the models only here: `realself check` of valid documents
    # imports neither (models/fast_check.py).
    from pydantic import Field, TypeAdapter

    from .models.note import Note
    from .models.offer import Offer
    from .models.profile import Profile

    document = Annotated[Profile | Note | Offer, Field(discriminator="kind")]
    schema = TypeAdapter(document).json_schema()
    # A single photo mapping may stand where the list goes (one_or_many).
    photo = schema["$defs"]["Profile"]["properties"]["photo"]
    schema["$defs"]["Profile"]["properties"]["photo"] = {
        "anyOf": [{"$ref": "#/$defs/Photo"}, photo],
        "title": photo.get("title", "Photo"),
    }
    return {
        "$schema": DIALECT,
        "$id": FILENAME,
        "title": "pelican-realself document",
        "description": "One YAML document of kind profile, note or offer.",
        **schema,
    }


def text() -> str:
    """The schema as stable JSON text (sorted keys, trailing newline)."""
    return json.dumps(build(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
