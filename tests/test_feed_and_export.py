"""The offers feed and realself.json, read back by the programs that use them."""

from __future__ import annotations

import datetime as dt
import json

import feedparser
import pytest
from test_offers import OFFERS, PUBLISHED, UPCOMING_SLUGS

SITEURL = "https://sam.example"
NOTE = """
---
kind: note
quote: She asked about my kids first.
who: Priya
date: 2025-03-02
consent: true
reply: Thank *you*.
---
kind: note
quote: Not yet, please.
who: Rui
"""


def make(site, **settings):
    site.write("files/workbook.pdf", b"%PDF-1.4")
    site.write("realself/sam.yaml", OFFERS + NOTE)
    return site.build(SITEURL=SITEURL, **settings)


def feed(site):
    parsed = feedparser.parse(site.read("feeds/give.atom.xml"))
    assert not parsed.bozo, parsed.bozo_exception
    return parsed


def test_the_feed_lists_opened_offers_newest_first(site):
    make(site)
    parsed = feed(site)
    assert parsed.version == "atom10"
    assert parsed.feed.title == "Test site - New free offers"
    links = [entry.link for entry in parsed.entries]
    opened = [slug for slug in PUBLISHED if slug not in UPCOMING_SLUGS]
    # an upcoming gift joins the feed when it opens: no entries dated ahead
    assert sorted(links) == sorted(f"{SITEURL}/give/{slug}/" for slug in opened)
    # newest (by the day it opens) first; ties by slug, newest slug first
    published = [entry.published_parsed for entry in parsed.entries]
    assert published == sorted(published, reverse=True)
    assert links[0] == f"{SITEURL}/give/templates/"
    assert "secret-gift" not in str(links) and "half-written" not in str(links)


def test_a_feed_entry(site):
    make(site)
    (entry,) = [e for e in feed(site).entries if e.link.endswith("/circle/")]
    assert entry.title == "Six places in my letter circle"
    assert entry.published == "2026-11-01T00:00:00+00:00"
    assert entry.content[0].value == "<p>Four <em>Thursday</em> evenings.</p>"
    assert entry.author == "Sam Rivera"
    assert entry.id.startswith("tag:sam.example,2026-11-01:")


def test_feed_settings(site):
    make(site, REALSELF_FEED_ATOM="gifts.xml", REALSELF_FEED_TITLE="Gifts")
    assert not site.exists("feeds/give.atom.xml")
    parsed = feedparser.parse(site.read("gifts.xml"))
    assert parsed.feed.title == "Test site - Gifts"
    href = site.html("give/index.html").find("link", type="application/atom+xml")
    assert href["href"] == f"{SITEURL}/gifts.xml"


def test_no_feed_when_switched_off(site):
    make(site, REALSELF_FEED_ATOM=None)
    assert not site.exists("feeds/give.atom.xml")
    for path in ("give/index.html", "give/circle/index.html"):
        assert site.html(path).find("link", type="application/atom+xml") is None


@pytest.mark.parametrize(
    "path", ["give/index.html", "give/circle/index.html", "give/workbook/index.html"]
)
def test_the_give_pages_link_the_feed(site, path):
    make(site)
    links = site.html(path).find_all("link", rel="alternate")
    atom = [link for link in links if link.get("type") == "application/atom+xml"]
    assert [link["href"] for link in atom] == [f"{SITEURL}/feeds/give.atom.xml"]
    assert atom[0].get("title")


def test_the_feed_link_with_relative_urls(site):
    make(site, RELATIVE_URLS=True)
    link = site.html("give/circle/index.html").find("link", type="application/atom+xml")
    assert link["href"] == "../../feeds/give.atom.xml"


# -- realself.json ---------------------------------------------------------------


def export(site):
    return json.loads(site.read("realself.json"))


def test_export_offers(site):
    make(site)
    data = export(site)
    assert data["as_of"] == "2026-11-25T12:00:00+00:00"
    offers = {o["slug"]: o for o in data["offers"]}
    assert set(offers) == set(PUBLISHED)  # no hidden or draft offers
    circle = offers["circle"]
    assert circle == {
        "slug": "circle",
        "profile": "sam",
        "title": "Six places in my letter circle",
        "summary": "Four Thursday evenings.",
        "url": f"{SITEURL}/give/circle/",
        "state": "open",
        "status": "open",
        "availability": "https://schema.org/LimitedAvailability",
        "spots": 6,
        "claimed": 4,
        "spots_left": 2,
        "opens": "2026-11-01T00:00:00+00:00",
        "closes": "2027-06-30T18:00:00+00:00",
        "next_status_change": "2027-06-27T18:00:00+00:00",
        "claim": "mailto:sam@example.com?subject=Circle",
        "you_get": ["Four one-hour sessions", "A line-by-line read"],
        "asks": [],
        "how_chosen": "first come, first served",
        "tags": [],
    }
    states = {slug: offer["state"] for slug, offer in offers.items()}
    assert states == {
        "circle": "open",
        "templates": "open",
        "review": "closing-soon",
        "spring": "upcoming",
        "first-letter": "full",
        "workbook": "closed",
    }
    # "status" is the deprecated name of "state": the same value in every state
    assert {slug: offer["status"] for slug, offer in offers.items()} == states
    assert offers["templates"]["spots"] is None
    assert offers["templates"]["spots_left"] is None
    assert offers["workbook"]["claim"] == f"{SITEURL}/files/workbook.pdf"
    assert offers["workbook"]["next_status_change"] is None


def test_export_next_status_change(site):
    make(site)
    # the review closes at the end of 27 November: the soonest change of all
    assert export(site)["next_status_change"] == "2026-11-28T00:00:00+00:00"
    site.build(REALSELF_NOW="2026-11-28T00:00:00")
    # then the circle starts closing soon, three days before 30 June 18:00
    assert export(site)["next_status_change"] == "2027-06-27T18:00:00+00:00"
    site.build(REALSELF_NOW="2027-07-01T00:00:00")
    assert export(site)["next_status_change"] == "2027-09-01T00:00:00+00:00"
    site.build(REALSELF_NOW="2027-12-01T00:00:00")
    assert export(site)["next_status_change"] is None


def test_export_profiles_and_notes(site):
    make(site)
    (profile,) = export(site)["profiles"]
    assert profile["slug"] == "sam"
    assert profile["name"] == "Sam Rivera"
    assert profile["primary"] is True
    assert profile["url"] == f"{SITEURL}/about/"
    assert profile["notes"] == [
        {
            "quote": "She asked about my kids first.",
            "who": "Priya",
            "relationship": None,
            "date": "2025-03-02",
            "link": None,
            "reply": "Thank you.",  # the text the page shows, not the Markdown
        }
    ]
    assert "Not yet, please" not in site.read("realself.json")


def test_export_ledger(site):
    make(site)
    assert export(site)["ledger"] == {
        "offers_given": 5,
        "spots_given": 267,
        "spots_open": 4,
    }


def test_export_times_in_the_site_timezone(site):
    make(site, TIMEZONE="America/New_York", REALSELF_NOW="2026-11-25T12:00:00")
    data = export(site)
    assert data["as_of"] == "2026-11-25T12:00:00-05:00"
    circle = next(o for o in data["offers"] if o["slug"] == "circle")
    assert circle["opens"] == "2026-11-01T00:00:00-04:00"
    assert circle["closes"] == "2027-06-30T18:00:00-04:00"
    instant = dt.datetime.fromisoformat(circle["closes"])
    assert instant == dt.datetime(2027, 6, 30, 22, tzinfo=dt.UTC)


def test_export_settings(site):
    make(site, REALSELF_JSON_SAVE_AS="data/gifts.json")
    assert not site.exists("realself.json")
    assert json.loads(site.read("data/gifts.json"))["offers"]
    make(site, REALSELF_JSON_SAVE_AS=None, OUTPUT_PATH=str(site.root / "out2"))
    assert not (site.root / "out2" / "realself.json").exists()


def test_export_urls_are_resolved_unescaped_and_absolute(site):
    site.write("first.md", "Title: First\nDate: 2026-01-01\n\nHello.\n")
    site.write(
        "realself/sam.yaml",
        """
        kind: profile
        name: Sam
        links:
          - {label: Post, url: "{filename}/first.md"}
          - {label: Mail, url: "mailto:sam@example.com?subject=Hi&body=Yes"}
          - {label: Page, url: "/contact/"}
        ---
        kind: note
        quote: Thanks
        who: Priya
        link: "https://priya.example/?a=1&b=2"
        consent: true
        ---
        kind: offer
        slug: gift
        title: Gift
        claim: "mailto:sam@example.com?subject=Gift&body=Please"
        """,
    )
    for relative in (False, True):
        site.build(SITEURL=SITEURL, RELATIVE_URLS=relative)
        data = export(site)
        (profile,) = data["profiles"]
        assert [link["url"] for link in profile["links"]] == [
            f"{SITEURL}/first.html",
            "mailto:sam@example.com?subject=Hi&body=Yes",
            f"{SITEURL}/contact/",
        ]
        assert profile["notes"][0]["link"] == "https://priya.example/?a=1&b=2"
        (offer,) = data["offers"]
        assert offer["claim"] == "mailto:sam@example.com?subject=Gift&body=Please"
