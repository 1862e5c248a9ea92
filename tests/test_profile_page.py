"""A profile written in YAML becomes an About page that machines can read."""

from __future__ import annotations

import mf2py

PROFILE = """
kind: profile
name: Sam Rivera
pronouns: she/her
pronunciation: SAM ree-VAIR-ah
headline: I build websites for people doing good work, and planes still scare me.
photo: {src: "{static}/images/sam.jpg", alt: Sam on a ridge at sunrise}
location: a small town in the hills
story: |
  I grew up by the sea and moved inland for *quiet*.
  Read [my first post]({filename}/first.md).
facets:
  - {label: Mornings, text: Coffee on the back step before any screen.}
  - {label: My dog, text: "Biscuit, who is afraid of **bicycles**."}
values: [Say what I mean, Give before I ask]
honest: [I am slow to answer on Fridays.]
not_a_fit_if: [You want a brand voice with nobody behind it.]
now: {updated: 2026-11-01, text: Learning to bake rye bread.}
links:
  - {label: Mastodon, url: "https://example.social/@sam", me: true}
  - {label: Code, url: "https://code.example/sam", me: true}
  - {label: My bakery friend, url: "https://bakery.example/"}
reciprocity:
  gives: [I answer every email within two working days.]
  hopes: [If something here helped, tell one friend.]
  ask: {question: What could I make that would make your week easier?,
        url: "mailto:sam@example.com"}
"""


def make(site):
    site.write("images/sam.jpg", b"\xff\xd8\xff not really a jpeg")
    site.write("first.md", "Title: First\nDate: 2026-01-01\n\nHello.\n")
    site.write("realself/sam.yaml", PROFILE)
    return site.build()


def test_every_field_reaches_the_page(site):
    page = make(site).html("about/sam/index.html")
    card = page.select_one("article.h-card")
    words = card.get_text(" ")
    for expected in (
        "Sam Rivera",
        "she/her",
        "SAM ree-VAIR-ah",
        "planes still scare me",
        "a small town in the hills",
        "moved inland for",
        "Coffee on the back step",
        "Biscuit",
        "Say what I mean",
        "Give before I ask",
        "slow to answer on Fridays",
        "brand voice with nobody behind it",
        "Learning to bake rye bread",
        "answer every email",
        "tell one friend",
        "What could I make",
        "Mastodon",
        "My bakery friend",
    ):
        assert expected in words, expected
    assert card.select_one(".realself-story em").get_text() == "quiet"
    assert card.select_one(".realself-facets strong").get_text() == "bicycles"
    labels = [dt.get_text() for dt in card.select(".realself-facets dt")]
    assert labels == ["Mornings", "My dog"]  # the creator's order
    assert card.select_one("time")["datetime"] == "2026-11-01"
    ask = card.select_one(".realself-ask a")
    assert ask["href"] == "mailto:sam@example.com"


def test_static_and_filename_links_resolve(site):
    page = make(site).html("about/sam/index.html")
    assert page.select_one("img.u-photo")["src"] == "/images/sam.jpg"
    assert site.exists("images/sam.jpg")
    story_link = page.select_one(".realself-story a")
    assert story_link["href"] == "/first.html"


def test_primary_profile_is_also_served_at_about(site):
    make(site)
    assert site.exists("about/index.html")
    assert site.exists("about/sam/index.html")
    canonical = site.html("about/sam/index.html").find("link", rel="canonical")
    assert canonical["href"] == "/about/"


def test_h_card_and_rel_me(site):
    make(site)
    html = site.read("about/index.html")
    parsed = mf2py.parse(doc=html, url="https://sam.example/about/")
    # notmyidea's footer is a legacy "vcard" with nothing in it; ours is the one.
    cards = [i for i in parsed["items"] if "h-card" in i["type"] and i["properties"]]
    assert len(cards) == 1
    props = cards[0]["properties"]
    assert props["name"] == ["Sam Rivera"]
    assert props["photo"][0]["value"] == "https://sam.example/images/sam.jpg"
    assert props["photo"][0]["alt"] == "Sam on a ridge at sunrise"
    assert "https://sam.example/about/" in props["url"]
    assert props["note"][0].startswith("I build websites")
    assert props["pronouns"] == ["she/her"]
    assert props["locality"] == ["a small town in the hills"]
    assert sorted(parsed["rels"]["me"]) == [
        "https://code.example/sam",
        "https://example.social/@sam",
    ]


def test_json_ld_is_a_profile_page_about_a_person(site):
    make(site)
    (data,) = site.json_ld("about/sam/index.html")
    assert data["@type"] == "ProfilePage"
    assert data["dateModified"] == "2026-11-01"
    person = data["mainEntity"]
    assert person["@type"] == "Person"
    assert person["name"] == "Sam Rivera"
    assert person["image"] == "/images/sam.jpg"
    assert person["url"] == "/about/"
    assert person["description"].startswith("I build websites")
    assert person["sameAs"] == [
        "https://example.social/@sam",
        "https://code.example/sam",
    ]


def test_absolute_urls_with_siteurl(site):
    make(site)
    site.build(SITEURL="https://sam.example")
    (data,) = site.json_ld("about/index.html")
    assert data["mainEntity"]["image"] == "https://sam.example/images/sam.jpg"
    page = site.html("about/index.html")
    assert page.find("link", rel="canonical")["href"] == "https://sam.example/about/"
    og = {m["property"]: m["content"] for m in page.find_all("meta", property=True)}
    assert og["og:type"] == "profile"
    assert og["og:url"] == "https://sam.example/about/"
    assert og["og:image"] == "https://sam.example/images/sam.jpg"
    assert og["profile:first_name"] == "Sam"


def test_sections_appear_only_when_filled(site):
    site.write("realself/lee.yaml", "kind: profile\nname: Lee\n")
    page = site.build().html("about/lee/index.html")
    card = page.select_one("article.h-card")
    assert card.select_one(".p-name").get_text() == "Lee"
    assert card.select(".realself-section") == []
    assert card.select("img") == []


def test_relative_urls(site):
    make(site)
    site.build(RELATIVE_URLS=True)
    page = site.html("about/sam/index.html")
    assert page.select_one("img.u-photo")["src"] == "../../images/sam.jpg"


def test_custom_url_settings(site):
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\n")
    site.build(
        REALSELF_PROFILE_URL="people/{slug}.html",
        REALSELF_PROFILE_SAVE_AS="people/{slug}.html",
        REALSELF_PRIMARY_SAVE_AS="about.html",
        REALSELF_PRIMARY_URL="about.html",
    )
    assert site.exists("people/sam.html")
    assert site.exists("about.html")


def test_statuses_like_pelican_pages(site):
    site.write("realself/a.yaml", "kind: profile\nname: A\nstatus: hidden\n")
    site.write("realself/b.yaml", "kind: profile\nname: B\nstatus: draft\n")
    site.write("realself/c.yaml", "kind: profile\nname: C\nprimary: true\n")
    site.build()
    assert site.exists("about/a/index.html")
    assert site.exists("drafts/about/b/index.html")
    assert not site.exists("about/b/index.html")
    assert "C" in site.html("about/index.html").select_one(".p-name").get_text()


def test_yaml_is_never_copied_to_the_output(site):
    make(site)
    site.build(STATIC_PATHS=[""])
    assert not list(site.output.rglob("*.yaml"))


def test_stale_now_block_warns(site, problems):
    site.write(
        "realself/sam.yaml",
        "kind: profile\nname: Sam\nnow: {updated: 2026-01-01, text: x}\n",
    )
    site.build()
    assert problems() == [
        "content/realself/sam.yaml:3:16: now.updated: is 328 days old "
        "(REALSELF_NOW_STALE_DAYS is 90); a fresh line about what you are doing "
        "now keeps the page true"
    ]
    assert site.exists("about/sam/index.html")
