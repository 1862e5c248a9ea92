"""A page, static file or setting that already takes one of our output paths.

The site keeps what it had, the build finishes, and one located warning per
path names both sides and the ways out; ``realself check`` says the same.
"""

from __future__ import annotations

import json

import pytest
from hostile import listening

from pelican.plugins.realself import cli

from conftest import Site

PROFILE = """
kind: profile
slug: sam
primary: true
name: Sam Rivera
story: I fix bikes.
---
kind: offer
slug: circle
profile: sam
title: A free repair circle
opens: 2026-11-01
claim: "mailto:sam@example.com"
---
kind: offer
slug: tune
profile: sam
title: A free tune-up
opens: 2026-11-01
claim: "mailto:sam@example.com"
"""

PAGES = {
    # Slug "about" under PAGE_SAVE_AS = "{slug}/index.html": about/index.html
    "pages/about.md": "Title: About\nSlug: about\n\nMy own about page.\n",
    "pages/gifts.md": "Title: Gifts\nSave_as: give/index.html\n\nMy gifts.\n",
    "pages/circle.md": "Title: Circle\nSave_as: give/circle/index.html\n\nMine.\n",
    "pages/data.md": "Title: Data\nSave_as: realself.json\n\nnot json\n",
    "assets/mine.js": "/* mine */\n",
    "hello.md": (
        "Title: Hello\nDate: 2026-01-02\n\n"
        "[me]({filename}/realself/sam.yaml)\n\n[realself:profile sam]\n"
    ),
}
SETTINGS = {
    "PAGE_URL": "{slug}/",
    "PAGE_SAVE_AS": "{slug}/index.html",
    "STATIC_PATHS": ["assets"],
    "EXTRA_PATH_METADATA": {"assets/mine.js": {"path": "realself/realself.js"}},
    "SITEURL": "https://site.example",
}


def write(site: Site) -> None:
    site.write("realself/sam.yaml", PROFILE)
    for name, text in PAGES.items():
        site.write(name, text)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = Site(tmp_path_factory.mktemp("collisions"))
    (site.root / "content").mkdir()
    write(site)
    with listening() as log:
        site.build(**SETTINGS)
    return site, [r.getMessage() for r in log.records]


def about_us(messages: list[str], path: str) -> list[str]:
    return [m for m in messages if f" {path} is written by" in m]


@pytest.mark.parametrize(
    ("path", "theirs", "ours"),
    [
        ("about/index.html", "content/pages/about.md:2:1: slug:", "content/realself"),
        ("give/index.html", "content/pages/gifts.md:2:1: save_as:", "REALSELF_GIVE"),
        ("give/circle/index.html", "content/pages/circle.md:2:1:", "offer circle"),
        ("realself.json", "content/pages/data.md:2:1:", "REALSELF_JSON_SAVE_AS"),
        ("realself/realself.js", "content/assets/mine.js:1:1:", "realself.js"),
    ],
)
def test_one_located_warning_names_both_sides(built, path, theirs, ours):
    site, messages = built
    (message,) = about_us(messages, path)
    assert message.startswith(theirs)
    assert ours in message
    assert "Ways out:" in message


def test_the_site_keeps_its_own_pages(built):
    site, _ = built
    assert "My own about page." in site.read("about/index.html")
    assert "My gifts." in site.read("give/index.html")
    assert "Mine." in site.read("give/circle/index.html")
    assert "not json" in site.read("realself.json")
    assert site.read("realself/realself.js") == "/* mine */\n"


def test_everything_else_is_written(built):
    site, _ = built
    assert site.exists("hello.html")
    assert site.exists("give/tune/index.html")
    assert site.exists("realself/realself.css")
    assert site.html("about/sam/index.html").select_one("article.h-card")


def test_every_link_to_the_profile_points_where_it_really_is(built):
    site, _ = built
    # the article's own link and the marker's card (the menu has the page)
    links = [a["href"] for a in site.html("hello.html").select(".entry-content a")]
    assert "https://site.example/about/sam/" in links
    assert not [link for link in links if link.endswith("/about/")]
    page = site.html("about/sam/index.html")
    canonical = page.find("link", rel="canonical")["href"]
    assert canonical == "https://site.example/about/sam/"
    offer = json.dumps(site.json_ld("give/tune/index.html"))
    assert "https://site.example/about/sam/" in offer
    assert 'https://site.example/about/"' not in offer


def test_check_reports_the_same_collisions_before_any_build(tmp_path, monkeypatch):
    site = Site(tmp_path)
    (tmp_path / "content").mkdir()
    write(site)
    conf = ["PATH = 'content'"] + [f"{k} = {v!r}" for k, v in SETTINGS.items()]
    (tmp_path / "pelicanconf.py").write_text("\n".join(conf) + "\n")
    monkeypatch.chdir(tmp_path)
    problems, counts, _ = cli.run_check(cli.load_settings(None, None))
    shown = [cli._line(p) for p in problems if "is written by" in p.message]
    assert len(shown) == 5
    assert any(
        line.startswith("content/pages/about.md:2:1: warning: slug: about/index.html")
        for line in shown
    )
    assert not (tmp_path / "output").exists()  # nothing was written


def test_feeds_and_template_pages_named_in_settings(site, problems):
    site.write("realself/sam.yaml", PROFILE)
    site.write("pages/feed.md", "Title: Feed\n\nhello\n")
    site.build(
        FEED_ALL_ATOM="feeds/give.atom.xml",
        TEMPLATE_PAGES={"pages/feed.md": "realself.json"},
        SITEURL="https://site.example",
    )
    said = problems()
    assert any("feeds/give.atom.xml is written by the FEED_ALL_ATOM" in m for m in said)
    assert any("realself.json is written by the template page" in m for m in said)
    assert "A free repair circle" not in site.read("feeds/give.atom.xml")
    assert "hello" in site.read("realself.json")


def test_a_write_nobody_announced_is_left_out_not_a_crash(tmp_path, caplog):
    """Another plugin's generator wrote the path first: ours is left out."""
    from jinja2 import Template
    from pelican.writers import Writer

    from pelican.plugins.realself.inside_output import InsideOutput

    writer = InsideOutput(Writer(str(tmp_path), {}), str(tmp_path))
    writer.write_file("give/index.html", Template("theirs"), {})
    writer.write_file("give/index.html", Template("ours"), {})
    assert (tmp_path / "give/index.html").read_text() == "theirs"
    assert "give/index.html was already written" in caplog.text


def test_our_own_outputs_meeting(site, problems):
    """Two of our pages at one path: the first keeps it, no crash; the same
    profile saved twice at one path (profile and primary) is simply one file."""
    site.write("realself/sam.yaml", PROFILE.replace("slug: tune", "slug: index"))
    site.build(
        REALSELF_PROFILE_URL="about/",
        REALSELF_PROFILE_SAVE_AS="about/index.html",
        REALSELF_OFFER_URL="about/{slug}.html",
        REALSELF_OFFER_SAVE_AS="about/{slug}.html",
    )
    said = [m for m in problems() if "is written by" in m]
    assert len(said) == 1, said
    assert said[0].startswith("content/realself/sam.yaml:")
    assert "written by the profile sam, and the offer index" in said[0]
    assert (
        "Ways out: give the profile sam another slug; give the offer index" in (said[0])
    )
    page = site.html("about/index.html")
    assert page.select_one("article.h-card .p-name").get_text() == "Sam Rivera"
    assert site.exists("about/circle.html")


def test_save_as_about_and_a_static_realself_json(site, problems):
    """Issue 13, reproduction 6, as reported: default URL settings, a page with
    `Save_as: about/index.html`, a static file saved as realself.json and a page
    saved as realself/realself.js."""
    site.write("realself/sam.yaml", PROFILE)
    site.write("pages/me.md", "Title: Me\nSave_as: about/index.html\n\nMine.\n")
    site.write("pages/js.md", "Title: Js\nSave_as: realself/realself.js\n\nx\n")
    site.write("files/data.json", '{"mine": true}\n')
    site.build(
        STATIC_PATHS=["files"],
        EXTRA_PATH_METADATA={"files/data.json": {"path": "realself.json"}},
        SITEURL="https://site.example",
    )
    said = [m for m in problems() if "is written by" in m]
    assert len(said) == 3, said
    assert any(m.startswith("content/pages/me.md:2:1: save_as:") for m in said)
    assert any(m.startswith("content/files/data.json:1:1:") for m in said)
    assert "Mine." in site.read("about/index.html")
    assert json.loads(site.read("realself.json")) == {"mine": True}
    assert "<p>x</p>" in site.read("realself/realself.js")
    profile = site.html("about/sam/index.html")
    assert profile.find("link", rel="canonical")["href"].endswith("/about/sam/")
    offer = json.dumps(site.json_ld("give/circle/index.html"))
    assert "https://site.example/about/sam/" in offer
    assert 'https://site.example/about/"' not in offer
