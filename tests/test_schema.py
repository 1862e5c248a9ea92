"""The JSON Schema for editors: current, valid 2020-12, agrees with our samples."""

from __future__ import annotations

import json

import jsonschema
import pytest

from pelican.plugins.realself import schema
from pelican.plugins.realself.load import load_text

from conftest import REPO


def packaged() -> dict:
    return json.loads(open(schema.PACKAGED, encoding="utf-8").read())


def test_packaged_schema_is_current():
    # Refresh with:
    # realself schema -o src/pelican/plugins/realself/realself.schema.json
    with open(schema.PACKAGED, encoding="utf-8") as handle:
        assert handle.read() == schema.text()


def test_schema_is_valid_draft_2020_12():
    data = packaged()
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(data)


def sample_documents():
    for path in sorted((REPO / "content" / "realself").glob("*.yaml")):
        docs, problems = load_text(path.read_text(encoding="utf-8"), path.name)
        assert problems == []
        for doc in docs:
            yield pytest.param(doc.data, id=f"{path.name}#{doc.index}")


@pytest.mark.parametrize("document", list(sample_documents()))
def test_every_sample_document_validates(document):
    jsonschema.Draft202012Validator(packaged()).validate(document)


@pytest.mark.parametrize(
    "document",
    [
        {
            "kind": "profile",
            "name": "x",
            "links": [{"label": "a", "url": "javascript:x"}],
        },
        {
            "kind": "profile",
            "name": "x",
            "links": [{"label": "a", "url": "JaVaScRiPt:x"}],
        },
        {"kind": "profile", "name": "x", "photo": {"src": "data:image/png;base64,x"}},
        {"kind": "offer", "title": "x", "claim": "http://example.com/"},
        {"kind": "profile", "name": "x", "nmae": "typo"},
        {"kind": "profile"},
        {"kind": "gift", "name": "x"},
    ],
)
def test_schema_refuses_what_the_build_refuses(document):
    validator = jsonschema.Draft202012Validator(packaged())
    assert list(validator.iter_errors(document))
