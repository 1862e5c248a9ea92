"""Voice findings show up in the build as warnings, and never stop it."""

from __future__ import annotations

SANITIZED = """
kind: profile
name: Jordan Blake
headline: Jordan Blake is a results-driven, award-winning strategy consultant.
story: |
  Jordan Blake is a results-driven consultant with over 15 years of experience
  leveraging best-in-class synergies for Fortune 500 clients.
"""


def test_findings_are_build_warnings(site, problems):
    site.write("realself/jordan.yaml", SANITIZED)
    site.build(REALSELF_VOICE_WARNINGS=True)
    found = problems()
    assert any(
        m.startswith("content/realself/jordan.yaml:3:11: headline:") for m in found
    ), found
    assert site.exists("about/jordan/index.html")  # a hint, not an error


def test_voice_warnings_can_be_turned_off(site, problems):
    site.write("realself/jordan.yaml", SANITIZED)
    site.build(REALSELF_VOICE_WARNINGS=False)
    assert problems() == []
