"""The profile and give/ are found from the site's menu, in the themes people use."""

from __future__ import annotations

from pathlib import Path

import pelican
import pytest

from conftest import Site

BUILTIN = Path(pelican.__file__).parent / "themes"
PROFILE = """
kind: profile
slug: sam
name: Sam Rivera
story: I fix bikes.
---
kind: offer
slug: circle
profile: sam
title: A free repair circle
opens: 2026-11-01
claim: "mailto:sam@example.com"
"""
HELLO = "Title: Hello\nDate: 2026-01-02\nSlug: hello\n\nHi.\n"
NAV = {"simple": "header nav a", "notmyidea": "header#banner nav a"}


def menu(site: Site, path: str, theme: str) -> list[tuple[str, str]]:
    return [
        (a.get_text(strip=True), a["href"]) for a in site.html(path).select(NAV[theme])
    ]


@pytest.fixture(scope="module", params=["simple", "notmyidea"])
def themed(request, tmp_path_factory):
    site = Site(tmp_path_factory.mktemp(f"menu-{request.param}"))
    site.write("realself/sam.yaml", PROFILE)
    site.write("hello.md", HELLO)
    site.write("pages/now.md", "Title: Now\n\nWhat I do now.\n")
    site.build(
        THEME=str(BUILTIN / request.param),
        RELATIVE_URLS=True,
        ARTICLE_URL="posts/{slug}/",
        ARTICLE_SAVE_AS="posts/{slug}/index.html",
    )
    return site, request.param


@pytest.mark.parametrize(
    ("path", "prefix"),
    [
        ("index.html", "."),
        ("posts/hello/index.html", "../.."),
        ("about/sam/index.html", "../.."),
        ("give/circle/index.html", "../.."),
    ],
)
def test_menu_leads_to_the_profile_and_give_everywhere(themed, path, prefix):
    site, theme = themed
    entries = menu(site, path, theme)
    assert ("About", f"{prefix}/about/") in entries
    assert ("Free offers", f"{prefix}/give/") in entries
    assert ("Now", f"{prefix}/pages/now.html") in entries  # the site's own stay
    assert len([e for e in entries if e[0] == "About"]) == 1


def build(site: Site, **settings) -> list[tuple[str, str]]:
    site.write("realself/sam.yaml", PROFILE)
    site.write("hello.md", HELLO)
    site.build(THEME=str(BUILTIN / "simple"), **settings)
    return menu(site, "hello.html", "simple")


def test_an_about_entry_the_site_has_is_not_doubled(site):
    site.write("pages/about-me.md", "Title: About me\n\nMy page.\n")
    entries = build(site)
    assert [title for title, _ in entries if "About" in title] == ["About me"]
    assert ("Free offers", "/give/") in entries


def test_menuitems_about_is_not_doubled(site):
    entries = build(site, MENUITEMS=[("About", "/about/")], DISPLAY_PAGES_ON_MENU=True)
    assert [e for e in entries if e[0] == "About"] == [("About", "/about/")]


def test_a_menu_of_menuitems_gets_entries_shaped_like_its_own(site):
    """DISPLAY_PAGES_ON_MENU off: MENUITEMS, as long as the site's own."""
    site.write("pages/x.md", "Title: X\n\nx\n")
    entries = build(
        site,
        DISPLAY_PAGES_ON_MENU=False,
        MENUITEMS=(("Archives", "/archives.html", "icon"),),
        THEME_TEMPLATES_OVERRIDES=[str(write_three_value_nav(site.root))],
        SITEURL="https://site.example",
    )
    assert ("About", "https://site.example/about/") in entries
    assert ("Free offers", "https://site.example/give/") in entries
    assert not [e for e in entries if e[0] == "X"]


def write_three_value_nav(root: Path) -> Path:
    """A base.html whose menu unpacks three values, as some themes' do."""
    folder = root / "overrides"
    folder.mkdir()
    (folder / "base.html").write_text(
        "<!doctype html><html><head><title>{% block title %}{% endblock %}"
        "</title>{% block head %}{% endblock %}</head><body><header><nav>"
        "{% for title, link, icon in MENUITEMS %}"
        '<a href="{{ link }}">{{ title }}</a>{% endfor %}</nav></header>'
        "{% block content %}{% endblock %}</body></html>"
    )
    return folder


def test_one_setting_turns_it_off(site):
    entries = build(site, REALSELF_MENU=False)
    assert not [e for e in entries if e[0] in ("About", "Free offers")]


def test_labels_and_no_give_entry_without_an_open_offer(site):
    site.write("realself/sam.yaml", PROFILE.replace("2026-11-01", "2027-01-01"))
    site.write("hello.md", HELLO)
    site.build(
        THEME=str(BUILTIN / "simple"),
        REALSELF_MENU={"profile": "Who I am", "give": "Gifts"},
    )
    entries = menu(site, "hello.html", "simple")
    assert ("Who I am", "/about/") in entries
    assert not [e for e in entries if e[0] == "Gifts"]


def test_menuitems_with_the_link_last(site):
    """Some themes take (title, icon, link): our entries follow that shape."""
    folder = site.root / "overrides"
    folder.mkdir()
    (folder / "base.html").write_text(
        "<!doctype html><html><head><title>{% block title %}{% endblock %}"
        "</title>{% block head %}{% endblock %}</head><body><header><nav>"
        "{% for title, icon, link in MENUITEMS %}"
        '<a href="{{ link }}">{{ title }}</a>{% endfor %}</nav></header>'
        "{% block content %}{% endblock %}</body></html>"
    )
    entries = build(
        site,
        DISPLAY_PAGES_ON_MENU=False,
        MENUITEMS=(("Archives", "archive", "pages/archives.html"),),
        THEME_TEMPLATES_OVERRIDES=[str(folder)],
    )
    assert ("About", "/about/") in entries
    assert ("Archives", "pages/archives.html") in entries
