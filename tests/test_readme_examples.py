"""Every YAML example in the README, and every `realself new` starter, builds
without an error or a warning: a new user copies them first.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
# (line in README.md, text) of each ```yaml block
EXAMPLES = [
    (README[: m.start()].count("\n") + 2, m.group(1))
    for m in re.finditer(r"^```yaml\n(.*?)^```", README, re.S | re.M)
]
# The voice check's "before" example is there to show its warnings.
VOICE_BEFORE = "Results-driven"


def test_the_readme_has_examples():
    assert len(EXAMPLES) >= 6
    assert any("kind: profile" in text for _, text in EXAMPLES)


def _site_for(site, text: str) -> None:
    """What the examples refer to: Sam's photo and post, and Sam."""
    site.write("images/sam.jpg", b"\xff\xd8\xff\xd9")
    site.write("posts/shop.md", "Title: The shop\nDate: 2026-01-01\n\nA post.\n")
    site.write("realself/example.yaml", text)
    if "kind: profile" not in text:
        site.write(
            "realself/sam.yaml",
            "kind: profile\nname: Sam Rivera\nstory: I fix websites and bikes.\n"
            "values:\n  - Say what I mean\n",
        )


@pytest.mark.parametrize(
    "line, text", [pytest.param(*e, id=f"README.md:{e[0]}") for e in EXAMPLES]
)
def test_a_readme_example_builds_clean(site, problems, line, text):
    _site_for(site, text)
    site.build(REALSELF_VOICE_WARNINGS=VOICE_BEFORE not in text)
    assert problems() == [], f"README.md:{line}"
    if "kind: profile" in text:
        assert list((site.output / "about").glob("*/index.html"))
    if "kind: offer" in text:
        assert site.exists("give/five-free-spots/index.html")
    if "kind: note" in text:
        assert "She asked about my kids" in site.read("about/sam/index.html")


def test_the_starters_build_clean(site, problems):
    from pelican.plugins.realself.starters import starter

    today = dt.date(2026, 11, 25)
    for kind in ("profile", "note", "offer"):
        text = starter(
            kind, slug=f"my-{kind}", profile="my-profile", today=today, schema_ref="x"
        )
        site.write(f"realself/my-{kind}.yaml", text)
    site.build(REALSELF_VOICE_WARNINGS=True)
    # the note starter says consent: false on purpose: held back, no warning
    assert problems() == []
    assert site.exists("about/my-profile/index.html")
    assert site.exists("give/my-offer/index.html")
