"""Our page sits inside whatever theme the site already uses."""

from __future__ import annotations

from pathlib import Path

import pelican
import pytest
from jinja2 import StrictUndefined

from conftest import THEME

BUILTIN = Path(pelican.__file__).parent / "themes"
PROFILE = """
kind: profile
name: Robin Example
headline: I fix bikes and write about it.
story: I like *mornings*.
facets: [{label: Dog, text: Pepper}]
links: [{label: Fedi, url: "https://example.social/@robin", me: true}]
reciprocity: {gives: [Free repairs on Sundays], ask: {question: What breaks most?}}
"""


@pytest.mark.parametrize(
    ("theme", "header", "footer"),
    [
        (BUILTIN / "simple", "body > header h1", "body > footer address"),
        (BUILTIN / "notmyidea", "header#banner h1", "footer#contentinfo"),
        (THEME, "header .site-title, header h1, header a", "footer"),
    ],
    ids=["simple", "notmyidea", "realself"],
)
def test_profile_inside_theme(site, theme, header, footer):
    site.write("realself/robin.yaml", PROFILE)
    site.build(THEME=str(theme))
    page = site.html("about/robin/index.html")
    assert page.select_one(header) is not None, "theme header missing"
    assert page.select_one(footer) is not None, "theme footer missing"
    card = page.select_one("article.h-card")
    assert card is not None
    # our content comes after the theme's header and before its footer
    order = [
        tag for tag in page.find_all(True) if tag in (card, page.select_one(footer))
    ]
    assert order[0] is card
    assert page.title.get_text().startswith("Robin Example")
    assert page.find("script", type="application/ld+json") is not None


def test_theme_overrides_our_template(site, tmp_path):
    overrides = tmp_path / "overrides" / "realself"
    overrides.mkdir(parents=True)
    (overrides / "profile.html").write_text(
        '{% extends "base.html" %}{% block content %}'
        '<p id="mine">{{ profile.name }}</p>{% endblock %}'
    )
    site.write("realself/robin.yaml", PROFILE)
    site.build(THEME_TEMPLATES_OVERRIDES=[str(tmp_path / "overrides")])
    page = site.html("about/robin/index.html")
    assert page.select_one("#mine").get_text() == "Robin Example"
    assert page.select_one("article.h-card") is None


MINIMAL = {
    "base.html": '<!doctype html><html lang="{% block html_lang %}en{% endblock %}">'
    "<head>{% block head %}<title>{% block title %}{% endblock %}</title>"
    "{% endblock %}</head><body>{% block content %}{% endblock %}</body></html>",
}
for _name in (
    "index",
    "tags",
    "categories",
    "authors",
    "archives",
    "article",
    "page",
    "category",
    "tag",
    "author",
    "period_archives",
):
    MINIMAL[f"{_name}.html"] = '{% extends "base.html" %}'


def test_our_templates_use_only_defined_variables(site, tmp_path):
    theme = tmp_path / "strict-theme" / "templates"
    theme.mkdir(parents=True)
    for name, text in MINIMAL.items():
        (theme / name).write_text(text)
    (tmp_path / "strict-theme" / "static").mkdir()
    site.write("realself/robin.yaml", PROFILE)
    site.write("realself/lee.yaml", "kind: profile\nname: Lee\n")
    site.build(
        THEME=str(tmp_path / "strict-theme"),
        JINJA_ENVIRONMENT={"undefined": StrictUndefined, "extensions": []},
    )
    assert "Free repairs on Sundays" in site.read("about/robin/index.html")
    assert "Lee" in site.read("about/lee/index.html")
