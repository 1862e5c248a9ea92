"""Give-first offers: located errors, offer pages, the giveaway index, JSON-LD."""

from __future__ import annotations

import functools

import pytest
from jinja2 import StrictUndefined
from markupsafe import escape
from test_themes import MINIMAL

# At the test clock (2026-11-25T12:00 UTC) these are, in order:
# open (limited), open (unlimited), closing soon, upcoming, full, closed,
# and two that are not published at all.
OFFERS = """
kind: profile
name: Sam Rivera
---
kind: offer
slug: circle
title: Six places in my letter circle
summary: Four *Thursday* evenings.
you_get: [Four one-hour sessions, A line-by-line read]
spots: 6
claimed: 4
opens: 2026-11-01
closes: 2027-06-30T18:00
claim: "mailto:sam@example.com?subject=Circle"
how_chosen: first come, first served
---
kind: offer
slug: templates
title: My letter templates
spots: ~
claimed: 40
opens: 2026-11-01
claim: "https://sam.example/templates.zip"
asks: [Tell me which template helped, "A postcard, if you like"]
---
kind: offer
slug: review
title: A free read of your letter
spots: 3
claimed: 1
opens: 2026-11-01
closes: 2026-11-27
claim: "mailto:sam@example.com?subject=Review"
---
kind: offer
slug: spring
title: Spring coaching
spots: 4
opens: 2027-09-01
closes: 2027-10-15
claim: "mailto:sam@example.com?subject=Spring"
---
kind: offer
slug: first-letter
title: First letter review
spots: 10
claimed: 10
opens: 2026-06-01
claim: "mailto:sam@example.com?subject=First%20letter"
---
kind: offer
slug: workbook
title: The workbook
opens: 2026-06-01
closes: 2026-08-31
claimed: 212
claim: "{static}/files/workbook.pdf"
---
kind: offer
slug: secret-gift
title: Not announced yet
status: hidden
---
kind: offer
slug: half-written
title: Still writing this one
status: draft
"""
OPEN_SLUGS = ["review", "circle", "templates"]  # soonest to close first
UPCOMING_SLUGS = ["spring"]
PAST_SLUGS = ["workbook", "first-letter"]
PUBLISHED = OPEN_SLUGS + UPCOMING_SLUGS + PAST_SLUGS


def make(site, **settings):
    site.write("files/workbook.pdf", b"%PDF-1.4 not really")
    site.write("realself/sam.yaml", OFFERS)
    return site.build(SITEURL="https://sam.example", **settings)


def card(site, slug):
    page = site.html(f"give/{slug}/index.html")
    return page.select_one(".realself-offer-page [data-realself-offer]")


# -- located errors --------------------------------------------------------------

BAD = """
kind: profile
name: Sam
---
kind: offer
slug: too-many
title: Too many
spots: 2
claimed: 3
---
kind: offer
slug: backwards
title: Backwards
opens: 2026-12-05
closes: 2026-12-01T10:00
---
kind: offer
slug: no-file
title: Missing file
claim: "{static}/files/nope.pdf"
---
kind: offer
slug: plain-http
title: Http
claim: "http://example.com/x"
---
kind: offer
slug: script
title: Script
claim: "javascript:alert(1)"
---
kind: offer
slug: orphan
title: Unknown profile
profile: nobody
---
kind: offer
slug: fine
title: The one that is fine
"""


def test_every_offer_problem_is_located(site, problems):
    site.write("realself/sam.yaml", BAD)
    site.build()
    assert problems() == [
        "content/realself/sam.yaml:8:10: claimed: is 3, more than the 2 spots offered",
        "content/realself/sam.yaml:14:9: closes: is not after 'opens'",
        "content/realself/sam.yaml:19:8: claim: file not found: content/files/nope.pdf",
        "content/realself/sam.yaml:24:8: claim: use an https:// address, "
        "a mailto: link or a {static} file",
        "content/realself/sam.yaml:29:8: claim: use an https:// address, "
        "a mailto: link or a {static} file",
        "content/realself/sam.yaml:34:10: profile: no profile 'nobody' (known: sam)",
    ]
    # A bad claim costs the claim: the offer is shown without a claim button.
    # Spots or a window that cannot be trusted leave the offer out, as does
    # an unknown profile; the rest of the site is built.
    written = sorted(p.name for p in (site.output / "give").iterdir() if p.is_dir())
    assert written == ["fine", "no-file", "plain-http", "script"]
    for slug in ("no-file", "plain-http", "script"):
        assert card(site, slug).select_one(".realself-claim") is None
        assert "javascript" not in site.read(f"give/{slug}/index.html")


def test_closes_equal_to_opens_is_refused(site, problems):
    site.write(
        "realself/sam.yaml",
        "kind: profile\nname: Sam\n---\nkind: offer\nslug: x\ntitle: X\n"
        "opens: 2026-12-01T10:00\ncloses: 2026-12-01T10:00\n",
    )
    site.build()
    assert problems() == ["content/realself/sam.yaml:8:9: closes: is not after 'opens'"]


def test_a_duplicate_slug_names_both_places(site, problems):
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\n")
    site.write("realself/a.yaml", "kind: offer\nslug: gift\ntitle: First\n")
    site.write("realself/more/b.yaml", "kind: offer\ntitle: Second\nslug: gift\n")
    site.build()
    assert problems() == [
        "content/realself/more/b.yaml:3:7: slug: 'gift' is already used by "
        "content/realself/a.yaml:2:7; give this offer its own slug"
    ]
    title = card(site, "gift").select_one(".realself-offer-title")
    assert title.get_text() == "First"


def test_a_slug_from_the_file_name_can_clash_too(site, problems):
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\n")
    site.write("realself/gift.yaml", "kind: offer\ntitle: First\n")
    site.write("realself/z.yaml", "kind: offer\nslug: gift\ntitle: Second\n")
    site.build()
    assert problems() == [
        "content/realself/z.yaml:2:7: slug: 'gift' is already used by "
        "content/realself/gift.yaml (from its file name); give this offer its own slug"
    ]


# -- what every offer shows ----------------------------------------------------


def test_spots_left_and_as_of_on_every_offer(site):
    make(site)
    spots = {
        "circle": "2 of 6 spots left",
        "templates": "Unlimited spots",
        "review": "2 of 3 spots left",
        "spring": "4 of 4 spots left",
        "first-letter": "No spots left (10 given)",
        "workbook": "212 spots taken",  # closed, unlimited: what was given
    }
    index = site.html("give/index.html")
    for slug, expected in spots.items():
        for offer in (card(site, slug), index.select_one(f'a[href$="/give/{slug}/"]')):
            offer = offer.find_parent("article") or offer
            assert offer.select_one(".realself-spots").get_text() == expected, slug
            as_of = offer.select_one(".realself-as-of time")
            assert as_of["datetime"] == "2026-11-25T12:00:00+00:00"
            assert as_of.get_text() == "November 25, 2026, 12:00\u202fPM UTC"


def test_no_strings_attached_or_the_asks(site):
    make(site)
    circle = card(site, "circle")
    assert (
        circle.select_one(".realself-no-strings")
        .get_text()
        .startswith("No strings attached")
    )
    assert circle.select(".realself-asks li") == []
    templates = card(site, "templates")
    assert templates.select_one(".realself-no-strings") is None
    asks = [li.get_text() for li in templates.select(".realself-asks li")]
    assert asks == ["Tell me which template helped", "A postcard, if you like"]


def test_the_offer_page_shows_the_offer(site):
    make(site)
    page = card(site, "circle")
    assert page.h1.get_text() == "Six places in my letter circle"
    assert page.select_one(".realself-offer-summary em").get_text() == "Thursday"
    got = [li.get_text() for li in page.select(".realself-you-get li")]
    assert got == ["Four one-hour sessions", "A line-by-line read"]
    assert "first come, first served" in page.select_one(".realself-how-chosen").text
    assert page.select_one(".realself-window").get_text() == (
        "Opened November 1, 2026. Closes June 30, 2027, 6:00\u202fPM UTC."
    )
    assert card(site, "workbook").select_one(".realself-window").get_text() == (
        "Opened June 1, 2026. Closed at the end of August 31, 2026."
    )
    assert card(site, "spring").select_one(".realself-window").get_text() == (
        "Opens September 1, 2027. Closes at the end of October 15, 2027."
    )


@pytest.mark.parametrize(
    ("slug", "state", "label"),
    [
        ("circle", "open", "Open"),
        ("templates", "open", "Open"),
        ("review", "closing-soon", "Closing soon"),
        # nine months away: the date, not "soon"
        ("spring", "upcoming", "Opens September 1, 2027"),
        ("first-letter", "full", "All spots taken"),
        ("workbook", "closed", "Closed"),
    ],
)
def test_status_and_data_for_the_visitor_clock(site, slug, state, label):
    make(site)
    offer = card(site, slug)
    assert offer["data-state"] == state
    assert offer.select_one("[data-realself-status]").get_text() == label
    # what the visitor's clock script shows when the state changes
    words = {"upcoming": "Opens soon"}.get(state, label)
    assert offer[f"data-label-{state}"] == words
    assert offer["data-closing-soon-days"] == "3"
    assert offer["data-full"] == ("true" if slug == "first-letter" else "false")


@pytest.mark.parametrize(
    ("opens", "label"),
    [("2026-12-01", "Opens soon"), ("2026-12-09", "Opens December 9, 2026")],
)
def test_opens_soon_only_within_a_week(site, opens, label):
    site.write(
        "realself/sam.yaml",
        f"kind: profile\nname: Sam\n---\nkind: offer\nslug: gift\ntitle: Gift\n"
        f"opens: {opens}\n",
    )
    site.build()  # at 2026-11-25 12:00
    assert card(site, "gift").select_one("[data-realself-status]").get_text() == label


def test_claim_button_only_while_a_spot_can_be_had(site):
    make(site)
    for slug in ("circle", "templates", "review"):
        button = card(site, slug).select_one("a.realself-claim")
        assert button is not None and not button.has_attr("hidden"), slug
    assert card(site, "circle").select_one("a.realself-claim")["href"] == (
        "mailto:sam@example.com?subject=Circle"
    )
    # upcoming: in the page for the script to show when the window opens
    button = card(site, "spring").select_one("a.realself-claim")
    assert button.has_attr("hidden")
    assert button["href"] == "mailto:sam@example.com?subject=Spring"
    # full or closed: gone from the HTML altogether
    for slug, claim in (
        ("first-letter", "subject=First%20letter"),
        ("workbook", "files/workbook.pdf"),
    ):
        html = site.read(f"give/{slug}/index.html")
        assert "realself-claim" not in html, slug
        assert "data-realself-claim" not in html, slug
        assert claim not in html, slug
    index = site.read("give/index.html")
    assert "subject=First%20letter" not in index
    assert "files/workbook.pdf" not in index


def test_a_static_claim_file_is_published_and_linked(site):
    site.write("files/guide.pdf", b"%PDF-1.4")
    site.write(
        "realself/sam.yaml",
        "kind: profile\nname: Sam\n---\nkind: offer\nslug: guide\ntitle: Guide\n"
        'claim: "{static}/files/guide.pdf"\n',
    )
    site.build(RELATIVE_URLS=True)
    assert site.exists("files/guide.pdf")
    assert card(site, "guide").select_one("a.realself-claim")["href"] == (
        "../../files/guide.pdf"
    )


def test_the_giveaway_index_in_order_with_the_ledger(site):
    make(site)
    page = site.html("give/index.html")
    sections = page.select(".realself-give > section")
    titles = [s.h2.get_text() for s in sections]
    assert titles == ["Open now", "Coming up", "Already given"]
    slugs = [
        [a["href"].split("/")[-2] for a in s.select(".realself-offer-title a")]
        for s in sections
    ]
    assert slugs == [OPEN_SLUGS, UPCOMING_SLUGS, PAST_SLUGS]
    assert page.select_one(".realself-ledger").get_text() == (
        # given: everything whose window has opened; taken: 4+40+1+10+212;
        # still open: 2 in the circle and 2 reviews (templates are unlimited)
        "So far: 5 offers given, 267 spots taken, 4 spots still open."
    )
    # past offers are listed without their summary
    past = sections[2]
    assert past.select(".realself-offer-summary") == []


def test_hidden_and_draft_offers_are_written_but_not_listed(site):
    make(site)
    assert site.exists("give/secret-gift/index.html")
    assert site.exists("drafts/give/half-written/index.html")
    assert not site.exists("give/half-written/index.html")
    index = site.read("give/index.html")
    assert "secret-gift" not in index and "Still writing" not in index


def test_offer_url_settings(site):
    make(
        site,
        REALSELF_OFFER_URL="gifts/{slug}.html",
        REALSELF_OFFER_SAVE_AS="gifts/{slug}.html",
        REALSELF_GIVE_URL="gifts/",
        REALSELF_GIVE_SAVE_AS="gifts/index.html",
    )
    assert site.exists("gifts/circle.html")
    assert not site.exists("give/circle/index.html")
    links = site.html("gifts/index.html").select(".realself-offer-title a")
    assert links[0]["href"] == "https://sam.example/gifts/review.html"


def test_offers_with_a_strict_theme(site, tmp_path):
    """Our offer templates use only variables they are given."""
    theme = tmp_path / "strict-theme" / "templates"
    theme.mkdir(parents=True)
    for name, text in MINIMAL.items():
        (theme / name).write_text(text)
    (theme / "article.html").write_text(
        '{% extends "base.html" %}{% block content %}{{ article.content }}'
        "{% endblock %}"
    )
    (tmp_path / "strict-theme" / "static").mkdir()
    site.write("post.md", "Title: Post\nDate: 2026-01-01\n\n[realself:offers]\n")
    make(
        site,
        THEME=str(tmp_path / "strict-theme"),
        JINJA_ENVIRONMENT={"undefined": StrictUndefined, "extensions": []},
    )
    assert "Six places" in site.read("give/circle/index.html")
    assert "Six places" in site.read("post.html")


# -- Offer JSON-LD -----------------------------------------------------------------


def offer_ld(site, slug):
    (data,) = site.json_ld(f"give/{slug}/index.html")
    return data


@pytest.mark.parametrize(
    ("slug", "availability", "valid_from", "valid_through", "inventory"),
    [
        (
            "circle",
            "LimitedAvailability",
            "2026-11-01T00:00:00+00:00",
            "2027-06-30T18:00:00+00:00",
            2,
        ),
        ("templates", "InStock", "2026-11-01T00:00:00+00:00", None, None),
        (
            "review",
            "LimitedAvailability",
            "2026-11-01T00:00:00+00:00",
            "2026-11-28T00:00:00+00:00",  # the end of the closing day
            2,
        ),
        (
            "spring",
            "PreOrder",
            "2027-09-01T00:00:00+00:00",
            "2027-10-16T00:00:00+00:00",
            4,
        ),
        ("first-letter", "SoldOut", "2026-06-01T00:00:00+00:00", None, 0),
        (
            "workbook",
            "SoldOut",
            "2026-06-01T00:00:00+00:00",
            "2026-09-01T00:00:00+00:00",
            None,
        ),
    ],
)
def test_offer_json_ld(site, slug, availability, valid_from, valid_through, inventory):
    make(site)
    data = offer_ld(site, slug)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Offer"
    assert data["price"] == "0"
    assert data["priceCurrency"] == "USD"
    assert data["availability"] == f"https://schema.org/{availability}"
    assert data["url"] == f"https://sam.example/give/{slug}/"
    assert data["validFrom"] == valid_from
    assert data.get("validThrough") == valid_through
    if inventory is None:
        assert "inventoryLevel" not in data
    else:
        assert data["inventoryLevel"] == {
            "@type": "QuantitativeValue",
            "value": inventory,
        }
    assert data["offeredBy"] == {
        "@type": "Person",
        "name": "Sam Rivera",
        "url": "https://sam.example/about/",
    }


def test_offer_json_ld_details(site):
    make(site, REALSELF_CURRENCY="EUR")
    data = offer_ld(site, "circle")
    assert data["priceCurrency"] == "EUR"
    assert data["name"] == "Six places in my letter circle"
    assert data["description"] == "Four Thursday evenings."
    assert data["itemOffered"] == {
        "@type": "Service",
        "name": "Six places in my letter circle",
    }


def test_offer_json_ld_in_the_site_timezone(site):
    site.write(
        "realself/sam.yaml",
        "kind: profile\nname: Sam\n---\nkind: offer\nslug: x\ntitle: X\n"
        "opens: 2026-11-01\ncloses: 2026-12-05T23:59\n",
    )
    site.build(TIMEZONE="America/New_York")
    data = offer_ld(site, "x")
    assert data["validFrom"] == "2026-11-01T00:00:00-04:00"  # still summer time
    assert data["validThrough"] == "2026-12-05T23:59:00-05:00"


def written_offers(site, monkeypatch, **settings) -> list:
    """The offers whose pages a build of OFFERS wrote, as the writer had them."""
    from pelican.plugins.realself import write

    written = []
    original = write._Writer.offer

    def offer(self, item):
        written.append(item)
        return original(self, item)

    monkeypatch.setattr(write._Writer, "offer", offer)
    make(site, **settings)
    return written


def test_an_offer_keeps_nothing_per_page_it_shows_on():
    """Peak memory per offer does not grow with what its pages ask (the
    growth benchmark): an offer's labels, as-of and window text are worked
    out on each page, not kept on every one of thousands of offers."""
    from pelican.plugins.realself.pages import RealselfContent, RealselfOffer

    kept = [
        name
        for cls in (RealselfOffer, RealselfContent)
        for name, value in vars(cls).items()
        if isinstance(value, functools.cached_property)
    ]
    assert kept == []


def test_a_link_with_nothing_to_resolve_is_escaped_or_refused(
    site, monkeypatch, problems
):
    """Links without a {…} placeholder skip the resolving (every card asks for
    its claim link twice): a safe one comes back escaped, an unsafe one is
    still refused and said, naming the document."""
    item = written_offers(site, monkeypatch)[0]
    problems()  # only what follows
    for url in ["mailto:sam@example.com?subject=A&b=1", "https://x.example/", "/give/"]:
        assert item.link(url) == escape(url)
    assert item.link("") is None
    assert item.link("javascript:alert(1)", field=("claim",)) is None
    (said,) = problems()
    assert "sam.yaml" in said and "claim" in said and "javascript" in said
