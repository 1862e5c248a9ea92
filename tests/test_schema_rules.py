"""One rule, two readers: the JSON Schema editors use and the build's validators
accept and refuse the same URLs, slugs and language codes.

The schema's patterns are made from the constants the validators read
(models/fields.py, urls.py); this feeds both the same documents. The schema is
read twice: by jsonschema (Python's regexes) and by check-jsonschema with its
default ECMAScript regexes, the dialect of yaml-language-server and other
editors. Values have no spaces around them: the build trims every field, the
schema does not.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from pydantic import BaseModel, ValidationError

from pelican.plugins.realself import schema
from pelican.plugins.realself.models.note import Note
from pelican.plugins.realself.models.offer import Offer
from pelican.plugins.realself.models.profile import Profile

URLS = {
    "https://example.com/": True,
    "HTTP://example.com/x": True,
    "mailto:sam@example.com?subject=Sunday spot": True,
    "/about/": True,
    "/": True,
    "#top": True,
    "{static}/images/sam.jpg": True,
    "{filename}/pages/about.md": True,
    "{attach}photo.jpg": True,
    "javascript:alert(1)": False,
    "JaVaScRiPt:alert(1)": False,
    "java\tscript:alert(1)": False,
    "data:text/html,x": False,
    "ftp://example.com/": False,
    "//evil.example/": False,
    "/\\evil.example": False,
    "/\t/evil.example": False,
    "\\\\evil.example": False,
    "https://a\x00b.example": False,
    "https://example.com/a\\b": False,
    "example.com": False,
    "www.example.com/x": False,
    "https:example.com": False,
    "{static}": False,
    "{static}javascript:alert(1)": False,
    "{static}//evil.example/x.jpg": False,
    "{static} /x.jpg": False,
    "{STATIC}/x.jpg": False,
    "|static|/x.jpg": False,
    "https://example.com/" + "x" * 2000: False,
}
CLAIMS = {
    "https://example.com/claim": True,
    "MAILTO:sam@example.com": True,
    "{static}/forms/claim.pdf": True,
    "http://example.com/": False,
    "/claim/": False,
    "{filename}/pages/claim.md": False,
    "{static}javascript:alert(1)": False,
    "javascript:alert(1)": False,
}
SLUGS = {
    "sam": True,
    "sam-rivera": True,
    "five_free_spots": True,
    "2026": True,
    "a" * 100: True,
    "a" * 101: False,
    "Sam": False,
    "-sam": False,
    "sam rivera": False,
    "sam/../x": False,
    "": False,
    "☃": False,
}
LANGS = {
    "en": True,
    "EN": True,
    "pt-BR": True,
    "zh_Hant": True,
    "sr-Latn-RS": True,
    "fil": True,
    "english": False,
    "e": False,
    "en-": False,
    "en US": False,
    "../en": False,
    "en/x": False,
    "12": False,
    12: False,
}
MODELS: dict[str, type[BaseModel]] = {"profile": Profile, "note": Note, "offer": Offer}
BASE = {
    "profile": {"kind": "profile", "name": "Sam"},
    "note": {"kind": "note", "quote": "Thank you.", "who": "Priya"},
    "offer": {"kind": "offer", "title": "Free spots"},
}


def _cases():
    """(id, document, accepted by the rule) for every sample value."""
    for url, good in URLS.items():
        link = {"label": "a", "url": url}
        yield f"link {url!r}", {**BASE["profile"], "links": [link]}, good
        yield (
            f"photo {url!r}",
            {**BASE["profile"], "photo": {"src": url, "alt": "a"}},
            good,
        )
    for url, good in CLAIMS.items():
        yield f"claim {url!r}", {**BASE["offer"], "claim": url}, good
    for slug, good in SLUGS.items():
        yield f"profile slug {slug!r}", {**BASE["profile"], "slug": slug}, good
        yield f"offer slug {slug!r}", {**BASE["offer"], "slug": slug}, good
        yield f"note profile {slug!r}", {**BASE["note"], "profile": slug}, good
    for lang, good in LANGS.items():
        for kind in BASE:
            yield f"{kind} lang {lang!r}", {**BASE[kind], "lang": lang}, good


CASES = list(_cases())


def _validators_accept(document: dict) -> bool:
    try:
        MODELS[document["kind"]].model_validate(document)
    except ValidationError:
        return False
    return True


@pytest.fixture(scope="module")
def ecmascript_verdicts(tmp_path_factory) -> dict[str, bool]:
    """check-jsonschema's verdict on every case, from one run over them all."""
    folder = tmp_path_factory.mktemp("rule-samples")
    names = {}
    for number, (case, document, _) in enumerate(CASES):
        path = folder / f"{number:03}.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        names[path.name] = case
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--schemafile",
            schema.PACKAGED,
            "--output-format",
            "json",
            *sorted(str(folder / name) for name in names),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(run.stdout)
    assert report["parse_errors"] == []
    refused = {Path(error["filename"]).name for error in report["errors"]}
    return {case: name not in refused for name, case in names.items()}


def test_the_samples_hold_both_verdicts():
    verdicts = [good for _, _, good in CASES]
    assert verdicts.count(True) > 20 and verdicts.count(False) > 40


@pytest.mark.parametrize(("case", "document", "good"), CASES, ids=[c[0] for c in CASES])
def test_validators_and_schema_agree(case, document, good, ecmascript_verdicts):
    assert _validators_accept(document) is good
    python_schema = jsonschema.Draft202012Validator(schema.build())
    assert python_schema.is_valid(document) is good
    assert ecmascript_verdicts[case] is good
