"""Nothing a creator (or a pasted quote) writes can run in a visitor's browser."""

from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(2)</script>",
    "<a href='javascript:alert(3)'>x</a>",
    "<a href='JaVaScRiPt:alert(4)'>x</a>",
    '<a href="&#106;avascript:alert(5)">x</a>',
    "<svg onload=alert(6)>",
    "<iframe src='data:text/html,<script>alert(7)</script>'></iframe>",
    "[click](javascript:alert(8))",
    "[click](vbscript:msgbox(9))",
    "![x](data:image/svg+xml,<svg onload=alert(10)>)",
    "{{ 7 * 191 }} {% if true %}TEMPLATE{% endif %}",
    "' onmouseover='alert(11)",
]
TEXT_FIELDS = ["name", "pronouns", "pronunciation", "headline", "location"]


def profile_with(payload: str) -> str:
    quoted = json.dumps(payload)  # JSON strings are valid YAML strings
    lines = [
        "kind: profile",
        *(f"{field}: {quoted}" for field in TEXT_FIELDS),
        f"photo: {{src: '{{static}}/images/p.jpg', alt: {quoted}, caption: {quoted}}}",
        f"story: {quoted}",
        f"facets: [{{label: {quoted}, text: {quoted}}}]",
        f"values: [{quoted}]",
        f"honest: [{quoted}]",
        f"not_a_fit_if: [{quoted}]",
        f"now: {{updated: 2026-11-20, text: {quoted}}}",
        f"links: [{{label: {quoted}, url: 'https://example.social/@p', me: true}}]",
        f"reciprocity: {{gives: [{quoted}], hopes: [{quoted}],"
        f" ask: {{question: {quoted}, url: 'mailto:p@example.com'}}}}",
    ]
    return "\n".join(lines) + "\n"


def assert_no_live_script(html: str) -> None:
    page = BeautifulSoup(html, "html.parser")
    for script in page.find_all("script"):
        assert script.get("type") == "application/ld+json", script
        json.loads(script.string)  # our JSON-LD still parses: nothing broke out
        assert "</script" not in script.string.lower()
    for tag in page.find_all(True):
        for name, value in tag.attrs.items():
            assert not name.lower().startswith("on"), (tag.name, name)
            if name in ("href", "src", "action", "formaction"):
                scheme = urlparse(str(value).strip()).scheme.lower()
                assert scheme in ("", "http", "https", "mailto"), (tag.name, value)
    assert "<iframe" not in html and "<svg" not in html
    assert "1337" not in html  # template syntax in user text is never evaluated


@pytest.mark.parametrize("autoescape", [False, True])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_never_reach_the_page_as_live_html(site, payload, autoescape):
    site.write("images/p.jpg", b"jpeg")
    site.write("realself/p.yaml", profile_with(payload))
    jinja = {"extensions": [], "autoescape": autoescape}
    site.build(JINJA_ENVIRONMENT=jinja, SITEURL="https://p.example")
    html = site.read("about/p/index.html")
    assert_no_live_script(html)


@pytest.mark.parametrize("autoescape", [False, True])
def test_plain_text_is_escaped_exactly_once(site, autoescape):
    site.write("realself/p.yaml", "kind: profile\nname: Pat & Co <3\n")
    site.build(JINJA_ENVIRONMENT={"extensions": [], "autoescape": autoescape})
    page = site.html("about/p/index.html")
    assert page.select_one(".p-name").get_text() == "Pat & Co <3"
    og = page.find("meta", property="og:title")
    assert og["content"] == "Pat & Co <3"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,hi",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
    ],
)
def test_dangerous_link_urls_are_refused(site, problems, url):
    site.write(
        "realself/p.yaml",
        f"kind: profile\nname: P\nlinks: [{{label: x, url: {json.dumps(url)}}}]\n",
    )
    site.build()
    # The link is left out; the rest of the profile is built.
    page = site.html("about/p/index.html")
    assert [a for a in page.find_all("a") if a.get_text() == "x"] == []
    (message,) = problems()
    assert message.startswith("content/realself/p.yaml:3:")
    assert "links[0].url:" in message
