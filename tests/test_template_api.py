"""The ``realself`` object in every template, macros for sidebars, plugin_enabled."""

from __future__ import annotations

import pytest
from test_offers import OFFERS
from test_themes import MINIMAL

BASE = """<!doctype html><html lang="en"><head><title>{% block title %}{% endblock %}
</title>{% block head %}{% endblock %}</head><body>
{% block content %}{% endblock %}
<aside id="sidebar">
{% if "pelican.plugins.realself" is plugin_enabled %}
  <p id="enabled">{{ "realself" is plugin_enabled }}</p>
  <p id="sidebar-count">{{ realself.sidebar_offers|length }}</p>
  <p id="open">{{ realself.open_offers|map(attribute="slug")|join(" ") }}</p>
  <p id="upcoming">{{ realself.upcoming_offers|map(attribute="slug")|join(" ") }}</p>
  <p id="past">{{ realself.past_offers|map(attribute="slug")|join(" ") }}</p>
  <p id="primary">{{ realself.primary.name }}</p>
  {% import "realself/macros.html" as realself_macros with context %}
  {{ realself_macros.giveaway_section(realself.sidebar_offers, heading="h3") }}
  {{ realself_macros.profile_card(realself.primary) }}
{% else %}
  <p id="disabled">no realself here</p>
{% endif %}
</aside></body></html>
"""
THREE_OPEN = ["review", "circle", "templates"]


@pytest.fixture
def theme(tmp_path):
    """A small theme whose every page has a giveaway sidebar."""
    folder = tmp_path / "sidebar-theme"
    (folder / "templates").mkdir(parents=True)
    (folder / "static").mkdir()
    for name, text in {**MINIMAL, "base.html": BASE}.items():
        (folder / "templates" / name).write_text(text)
    return folder


def make(site, theme, **settings):
    site.write("files/workbook.pdf", b"%PDF-1.4")
    site.write("realself/sam.yaml", OFFERS)
    site.write("post.md", "Title: Post\nDate: 2026-01-01\n\nHello.\n")
    site.write("pages/contact.md", "Title: Contact\n\nWrite to me.\n")
    return site.build(THEME=str(theme), **settings)


def every_page(site):
    pages = sorted(site.output.rglob("*.html"))
    names = {p.relative_to(site.output).as_posix() for p in pages}
    assert {
        "index.html",
        "post.html",
        "pages/contact.html",
        "about/index.html",
        "about/sam/index.html",
        "give/index.html",
        "give/circle/index.html",
        "give/workbook/index.html",
    } <= names
    return [(name, site.html(name)) for name in sorted(names)]


def test_realself_is_in_every_template(site, theme):
    make(site, theme)
    for name, page in every_page(site):
        assert page.select_one("#enabled").get_text() == "True", name
        assert page.select_one("#open").get_text().split() == THREE_OPEN, name
        assert page.select_one("#upcoming").get_text() == "spring", name
        assert page.select_one("#past").get_text() == "workbook first-letter", name
        assert page.select_one("#primary").get_text() == "Sam Rivera", name


@pytest.mark.parametrize(("limit", "shown"), [(None, 3), (2, 2), (1, 1), (0, 0)])
def test_the_sidebar_is_capped(site, theme, limit, shown):
    settings = {} if limit is None else {"REALSELF_SIDEBAR_OFFERS": limit}
    make(site, theme, **settings)
    for name, page in every_page(site):
        assert page.select_one("#sidebar-count").get_text() == str(shown), name
        cards = page.select("#sidebar [data-realself-offer]")
        assert [c.a["href"].split("/")[-2] for c in cards] == THREE_OPEN[:shown]


def test_sidebar_links_work_from_every_depth(site, theme):
    make(site, theme, RELATIVE_URLS=True)
    for name, page in every_page(site):
        card = page.select_one("#sidebar .h-card a.p-name")
        depth = name.count("/")
        expected = "../" * depth + "about/" if depth else "./about/"
        assert card["href"] == expected, name


def test_a_theme_can_check_the_plugin_is_there(site, theme):
    site.write("post.md", "Title: Post\nDate: 2026-01-01\n\nHello.\n")
    site.build(THEME=str(theme), PLUGINS=[])
    page = site.html("post.html")
    assert page.select_one("#disabled") is not None
    assert page.select_one("#enabled") is None


def test_macros_from_any_template(site, theme):
    make(site, theme, REALSELF_SIDEBAR_OFFERS=1)
    page = site.html("post.html")
    section = page.select_one("#sidebar .realself-giveaway")
    assert section.h3.get_text() == "Free, before anything else"
    offer = section.select_one("[data-realself-offer]")
    assert offer.h4 is not None  # one level below the section's heading
    assert offer["data-state"] == "closing-soon"
