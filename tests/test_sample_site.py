"""The sample site in content/ builds and shows what the README promises."""

from __future__ import annotations

import json
import runpy

import mf2py
import pytest
from bs4 import BeautifulSoup
from pelican import Pelican
from pelican.settings import read_settings

from conftest import REPO


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample-output")
    conf = runpy.run_path(str(REPO / "pelicanconf.py"))
    overrides = {k: v for k, v in conf.items() if k.isupper()}
    overrides.update(
        PATH=str(REPO / "content"),
        OUTPUT_PATH=str(out),
        THEME=str(REPO / "themes" / "realself"),
        CACHE_CONTENT=False,
        LOAD_CONTENT_CACHE=False,
        # A fixed clock: the sample's offers are open, upcoming, full and closed.
        REALSELF_NOW="2026-11-25T12:00:00",
    )
    Pelican(read_settings(path=None, override=overrides)).run()
    return out


def page(output, path):
    return BeautifulSoup((output / path).read_text(encoding="utf-8"), "html.parser")


def test_about_page_is_a_person(output):
    html = (output / "about" / "index.html").read_text(encoding="utf-8")
    parsed = mf2py.parse(doc=html, url="https://example.com/about/")
    (card,) = [i for i in parsed["items"] if "h-card" in i["type"]]
    props = card["properties"]
    assert props["name"] == ["Teodora Marsh"]
    assert props["photo"] and props["note"] and props["url"]
    assert len(parsed["rels"]["me"]) == 2
    soup = BeautifulSoup(html, "html.parser")
    (data,) = [
        json.loads(s.string)
        for s in soup.find_all("script", type="application/ld+json")
    ]
    assert data["@type"] == "ProfilePage"
    assert data["mainEntity"]["@type"] == "Person"


def test_every_offer_status_is_shown(output):
    give = page(output, "give/index.html")
    states = {a["data-state"] for a in give.select("main [data-realself-offer]")}
    assert states == {"open", "upcoming", "full", "closed"}
    open_card = give.select_one('main [data-state="open"]')
    assert open_card.select_one("a.realself-claim") is not None
    for state in ("full", "closed"):
        assert give.select_one(f'main [data-state="{state}"] a.realself-claim') is None


def test_notes_with_consent_only(output):
    about = page(output, "about/index.html")
    notes = about.select(".realself-note")
    assert len(notes) == 3
    assert about.select(".realself-reply")
    everything = "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in output.rglob("*")
        if p.is_file() and p.suffix in (".html", ".xml", ".json")
    )
    assert "made me like writing" not in everything  # Rui has not said yes yet


def test_marker_in_article_and_giveaway_in_sidebar(output):
    article = page(output, "i-asked-you-one-question-here-is-what-you-said.html")
    assert "[realself:" not in article.get_text()
    assert article.select_one("main .realself-offer") is not None
    assert article.select_one("aside .sidebar-giveaway .realself-offer-line")


def test_no_yaml_in_output(output):
    assert not list(output.rglob("*.yaml"))
