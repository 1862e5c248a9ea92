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
        CACHE_PATH=str(out) + "-cache",  # kept templates, not in the checkout
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


# -- the Portuguese translation (content/realself/teo.pt.yaml, one offer) ------

PORTUGUESE = ("pt-PT/about/teo/index.html", "pt-PT/give/letter-circle/index.html")


def english_labels() -> list[str]:
    """Our English labels, as the pieces around their placeholders."""
    import re

    from babel.messages.pofile import read_po

    from pelican.plugins.realself.catalogs import LOCALE_DIR

    with open(f"{LOCALE_DIR}/realself.pot", "rb") as handle:
        ids = [m.id for m in read_po(handle) if m.id]
    pieces = set()
    for message in ids:
        for text in message if isinstance(message, tuple) else (message,):
            for piece in re.split(r"%\(\w+\)s", text):
                piece = piece.strip(" .,:;()")
                if len(piece) > 3:
                    pieces.add(piece)
    return sorted(pieces)


@pytest.mark.parametrize("path", PORTUGUESE)
def test_the_portuguese_pages_have_no_english_label(output, path):
    import re

    from conftest import readable_text

    html = page(output, path)
    assert html.html["lang"] == "pt-PT"
    said = readable_text(html)
    found = [
        label
        for label in english_labels()
        if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", said)
    ]
    assert not found, f"{path}: English labels {found}"


def test_the_portuguese_pages_speak_portuguese(output):
    about = page(output, "pt-PT/about/teo/index.html")
    headings = [h.get_text() for h in about.select(".realself-profile h2")]
    assert headings[:2] == ["Algumas coisas sobre mim", "O que ando a fazer agora"]
    assert about.select_one(".realself-updated").get_text() == (
        "Atualizado a 10 de novembro de 2026"
    )
    # the quoted notes stay in their own words, marked as English
    assert {n["lang"] for n in about.select(".realself-note")} == {"en"}
    offer = page(output, "pt-PT/give/letter-circle/index.html")
    assert offer.select_one(".realself-spots").get_text() == "2 de 6 vagas livres"
    assert offer.select_one(".realself-window").get_text() == (
        "Abriu a 1 de novembro de 2026. Fecha a 31 de janeiro de 2027, 18:00 WET."
    )
    assert (
        offer.select_one(".realself-claim").get_text().startswith("Reservar uma vaga")
    )
    # the Portuguese offer is given by the Portuguese profile
    card = offer.select_one(".realself-offered-by a.p-name")
    assert card["href"].endswith("pt-PT/about/teo/")


def test_translations_link_both_ways_in_a_browser(output, browser, served):
    from conftest import ARTIFACTS

    shots = ARTIFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        tab = context.new_page()
        tab.goto(f"{served(output)}/about/", wait_until="load")
        tab.get_by_role("link", name="português (Portugal)").first.click()
        tab.wait_for_load_state("load")
        assert tab.url.endswith("/pt-PT/about/teo/")
        assert tab.locator("html").get_attribute("lang") == "pt-PT"
        assert tab.get_by_role("heading", name="Algumas coisas sobre mim").is_visible()
        tab.screenshot(path=str(shots / "sample-pt-profile-1280.png"), full_page=True)
        tab.get_by_role("link", name="English").first.click()
        tab.wait_for_load_state("load")
        assert tab.url.endswith("/about/")
        tab.goto(f"{served(output)}/pt-PT/give/letter-circle/", wait_until="load")
        claim = tab.locator(".realself-claim").first
        assert claim.is_visible() and claim.inner_text().startswith("Reservar")
        tab.screenshot(path=str(shots / "sample-pt-offer-1280.png"), full_page=True)
    finally:
        context.close()


# the months a season's offer may close in (northern hemisphere)
SEASONS = {"spring": (1, 2, 3, 4, 5), "winter": (12, 1, 2, 3)}


def test_the_sample_reads_true(output):
    """A season in an offer's title matches its dates: a "winter" circle is
    over by the end of winter, "spring" coaching is taken up before spring;
    a note's relationship does not repeat the year its date shows."""
    data = json.loads((output / "realself.json").read_text(encoding="utf-8"))
    for offer in data["offers"]:
        title = offer["title"].lower()
        closes = offer.get("closes")
        for season, months in SEASONS.items():
            if season in title and closes:
                assert int(closes[5:7]) in months, (title, closes)
    for note in page(output, "about/index.html").select(".realself-note"):
        relationship = note.select_one(".realself-relationship")
        time = note.select_one("time")
        if relationship is not None and time is not None:
            year = time["datetime"][:4]
            assert year not in relationship.get_text(), relationship
    # the ledger says what is still open
    ledger = page(output, "give/index.html").select_one(".realself-ledger")
    assert "spots still open" in ledger.get_text()


def test_an_offer_page_shows_its_giver_once(output):
    """On a phone the sidebar follows the page: the "Offered by" card and the
    sidebar's "Who writes here" card were the same person twice in a row."""
    offer = page(output, "give/letter-circle/index.html")
    cards = offer.select(".realself-card")
    assert len(cards) == 1, [c.get_text(" ", strip=True)[:40] for c in cards]
    assert cards[0].find_parent(class_="realself-offered-by") is not None
    # other pages still say who writes here
    assert page(output, "give/index.html").select(".sidebar-profile")
