"""What machines read: microformats, JSON-LD and the Atom feed, by their own parsers.

mf2py (IndieWeb tools) must find the representative h-card and the rel=me
links; every JSON-LD block of every page must parse and carry the types the
design notes name; feedparser (feed readers) must read the offers feed without
complaint. In all three themes, since the theme must not get in the way.
"""

from __future__ import annotations

import json
from urllib.parse import urljoin

import feedparser
import mf2py
import pytest
from showcase import THEMES

BASE = "https://sam.example/"
ME = ["https://example.social/@sam", "https://code.example/sam"]


def representative_hcard(parsed: dict, page_url: str) -> dict | None:
    """https://microformats.org/wiki/representative-h-card-parsing, as IndieWeb
    tools do it: uid and url equal to the page, else a url that is also rel=me,
    else the page's only h-card when its url is the page."""
    cards = [item for item in parsed["items"] if "h-card" in item["type"]]
    props = [card["properties"] for card in cards]
    for card, p in zip(cards, props, strict=True):
        if page_url in p.get("uid", []) and page_url in p.get("url", []):
            return card
    me = set(parsed["rels"].get("me", []))
    for card, p in zip(cards, props, strict=True):
        if me & set(p.get("url", [])):
            return card
    if len(cards) == 1 and page_url in props[0].get("url", []):
        return cards[0]
    return None


def parse(site, path: str) -> tuple[dict, str]:
    page_url = urljoin(BASE, path.removesuffix("index.html"))
    return mf2py.parse(doc=site.read(path), url=page_url), page_url


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("path", ["about/index.html", "about/sam/index.html"])
def test_representative_h_card_and_rel_me(showcase, theme, path):
    site = showcase(theme)
    parsed, page_url = parse(site, path)
    card = representative_hcard(parsed, page_url)
    assert card is not None, "no representative h-card"
    props = card["properties"]
    assert props["name"] == ["Sam Rivera"]
    assert props["pronouns"] == ["she/her"]
    (photo,) = props["photo"]
    src = photo["value"] if isinstance(photo, dict) else photo
    assert src == urljoin(BASE, "images/sam.svg")
    assert photo["alt"].startswith("Drawing of Sam")
    assert props["note"] == [
        "I build websites for people doing good work, and planes still scare me."
    ]
    assert urljoin(BASE, "about/") in props["url"]
    assert set(ME) <= set(props["url"])
    # rel=me: exactly the links marked me, not "My old blog"
    assert sorted(parsed["rels"]["me"]) == sorted(ME)
    # only one person on a profile page: the theme adds no second h-card
    # (notmyidea's footer is an empty legacy "vcard": no properties at all)
    people = [i for i in parsed["items"] if "h-card" in i["type"] and i["properties"]]
    assert people == [card]


@pytest.mark.parametrize("theme", THEMES)
def test_a_second_profile_is_its_own_representative_card(showcase, theme):
    parsed, page_url = parse(showcase(theme), "about/lee/index.html")
    card = representative_hcard(parsed, page_url)
    assert card["properties"]["name"] == ["Lee Okafor"]
    assert parsed["rels"]["me"] == ["https://lee.example/"]


def json_ld(site, path: str) -> list[dict]:
    page = site.html(path)
    blocks = page.find_all("script", type="application/ld+json")
    return [json.loads(block.string) for block in blocks]


def expected_types(path: str) -> list[str]:
    if path.startswith("about/"):
        return ["ProfilePage"]
    if path.startswith("give/") and path != "give/index.html":
        return ["Offer"]
    return []


@pytest.mark.parametrize("theme", THEMES)
def test_json_ld_of_every_page_parses_with_its_type(showcase, theme):
    site = showcase(theme)
    pages = sorted(
        p.relative_to(site.output).as_posix() for p in site.output.rglob("*.html")
    )
    offers_seen = 0
    for path in pages:
        data = json_ld(site, path)  # json.loads raises on anything malformed
        assert [d["@type"] for d in data] == expected_types(path), path
        for block in data:
            assert block["@context"] == "https://schema.org", path
            if block["@type"] == "ProfilePage":
                person = block["mainEntity"]
                assert person["@type"] == "Person"
                assert person["name"] in ("Sam Rivera", "Lee Okafor")
                if person["name"] == "Sam Rivera":
                    assert person["sameAs"] == ME
                    assert person["image"] == "/images/sam.svg"
            else:
                offers_seen += 1
                assert block["price"] == "0" and block["priceCurrency"] == "USD"
                assert block["availability"].startswith("https://schema.org/")
                assert block["url"] == "/" + path.removesuffix("index.html")
                assert block["offeredBy"] == {
                    "@type": "Person",
                    "name": "Sam Rivera",
                    "url": "/about/",
                }
    assert offers_seen == 6


def test_offer_availability_matches_what_a_person_reads(showcase):
    site = showcase("realself")
    availability = {
        slug: json_ld(site, f"give/{slug}/index.html")[0]["availability"]
        for slug in ("circle", "templates", "spring", "letters", "workbook")
    }
    # spots left (2 of 6) is limited; unlimited spots are simply in stock
    assert availability["circle"] == "https://schema.org/LimitedAvailability"
    assert availability["templates"] == "https://schema.org/InStock"
    assert availability["letters"] == "https://schema.org/SoldOut"
    assert availability["spring"] == "https://schema.org/PreOrder"
    assert availability["workbook"] == "https://schema.org/SoldOut"


@pytest.mark.parametrize("theme", THEMES)
def test_the_offers_feed_reads_in_a_feed_reader(showcase, theme):
    site = showcase(theme)
    feed = feedparser.parse(site.read("feeds/give.atom.xml"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title.endswith("New free offers")
    slugs = sorted(entry.link.rstrip("/").rsplit("/", 1)[-1] for entry in feed.entries)
    # every offer that has opened; the upcoming one joins when it opens
    assert slugs == sorted(["circle", "review", "templates", "letters", "workbook"])
    for entry in feed.entries:
        assert entry.title and entry.id and entry.updated_parsed
        target = entry.link.split("://", 1)[-1].split("/", 1)[-1]
        assert site.exists(target.lstrip("/") + "index.html"), entry.link
    # and the giveaway pages tell feed readers where it is
    for path in ("give/index.html", "give/circle/index.html"):
        (link,) = site.html(path).select(
            'link[rel=alternate][type="application/atom+xml"]'
        )
        assert site.exists(link["href"].lstrip("/")), link
