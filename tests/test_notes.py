"""Reciprocity notes: care that came back, published only with consent."""

from __future__ import annotations

import json
import logging

import mf2py

SECRET = "Honestly the first person who made me like writing"
NOTES = f"""
kind: profile
name: Sam Rivera
reciprocity:
  gives: [I answer every email within two working days.]
  hopes: ["If something here helped, tell one friend."]
  ask: {{question: What could I make for you?, url: "mailto:sam@example.com"}}
---
kind: note
quote: She asked about my kids before she asked about my website.
who: Priya, bakery owner
relationship: client since 2022
date: 2025-03-02
consent: true
reply: Priya, your *sourdough* got me through that winter.
---
kind: note
quote: I read her letter on the tram every second Friday.
who: Inês, reader
link: "https://ines.example/"
date: 2026-09-21
consent: true
---
kind: note
quote: Undated, and still true.
who: Ana
consent: true
---
kind: note
quote: {SECRET}.
who: Rui, florist
date: 2026-10-30
consent: false
---
kind: note
quote: {SECRET}, again, with no consent line at all.
who: Rita
---
kind: offer
slug: gift
title: A gift
summary: Something free.
"""


def make(site):
    site.write("realself/sam.yaml", NOTES)
    return site.build(
        SITEURL="https://sam.example",
        FEED_ALL_ATOM="feeds/all.atom.xml",
        STATIC_PATHS=[""],  # even when everything is static, the YAML is not
    )


def test_a_note_without_consent_is_a_located_warning(site, problems):
    make(site)
    # Rita's note has no consent line: probably forgotten, so a warning.
    assert problems() == [
        "content/realself/sam.yaml:34:1: note from Rita is not published without "
        "'consent: true'; ask them first, then add it",
    ]


def test_consent_false_is_held_back_quietly(site, problems):
    # Rui's says `consent: false`: a decision, said once at info level, so
    # --fatal warnings never pushes anyone to delete a note kept for later.
    make(site)
    held_back = (
        "content/realself/sam.yaml:32:10: consent: note from Rui, florist is "
        "held back until consent is true"
    )
    assert held_back in problems(logging.INFO)
    assert not any("Rui" in message for message in problems())


def test_a_note_without_consent_is_nowhere_in_the_output(site):
    make(site)
    files = [path for path in site.output.rglob("*") if path.is_file()]
    names = {path.relative_to(site.output).as_posix() for path in files}
    # the outputs that could carry a note are all there...
    assert {"about/index.html", "about/sam/index.html", "realself.json"} <= names
    assert {"feeds/give.atom.xml", "feeds/all.atom.xml", "give/index.html"} <= names
    # ...and none of them holds the quote, its author, or the YAML it came from
    for path in files:
        data = path.read_bytes()
        for secret in (b"the first person who made me", b"Rui, florist", b"Rita"):
            assert secret not in data, (path, secret)
        assert not path.name.endswith((".yaml", ".yml")), path


def test_notes_with_consent_show_newest_first_with_the_reply(site):
    make(site)
    page = site.html("about/sam/index.html")
    notes = page.select(".realself-notes .realself-note")
    who = [note.select_one(".p-author").get_text() for note in notes]
    assert who == ["Inês, reader", "Priya, bakery owner", "Ana"]  # undated last
    ines, priya, _ = notes
    assert ines.select_one(".p-author a")["href"] == "https://ines.example/"
    assert ines.select_one(".realself-reply") is None
    assert priya.select_one("blockquote").get_text().strip() == (
        "She asked about my kids before she asked about my website."
    )
    assert "client since 2022" in priya.get_text()
    assert priya.select_one("time")["datetime"] == "2025-03-02"
    reply = priya.select_one(".realself-reply")
    assert reply.select_one("em").get_text() == "sourdough"  # Markdown in replies


def test_notes_are_h_reviews(site):
    make(site)
    parsed = mf2py.parse(doc=site.read("about/sam/index.html"))
    reviews = []

    def walk(items):
        for item in items:
            if "h-review" in item["type"]:
                reviews.append(item)
            walk(item.get("children", []))
            for values in item["properties"].values():
                walk([v for v in values if isinstance(v, dict) and "type" in v])

    walk(parsed["items"])
    authors = [r["properties"]["author"][0]["properties"]["name"] for r in reviews]
    assert authors == [["Inês, reader"], ["Priya, bakery owner"], ["Ana"]]


def test_a_quote_is_text_never_markup(site):
    site.write(
        "realself/sam.yaml",
        "kind: profile\nname: Sam\n---\nkind: note\nwho: X\nconsent: true\n"
        "quote: 'I *loved* it <b>so</b> much'\n",
    )
    site.build()
    quote = site.html("about/sam/index.html").select_one(".realself-note blockquote")
    assert quote.get_text().strip() == "I *loved* it <b>so</b> much"
    assert quote.find("b") is None and quote.find("em") is None


def test_reciprocity_is_its_own_section(site):
    make(site)
    section = site.html("about/sam/index.html").select_one(".realself-reciprocity")
    assert [li.get_text() for li in section.select(".realself-gives li")] == [
        "I answer every email within two working days."
    ]
    assert [li.get_text() for li in section.select(".realself-hopes li")] == [
        "If something here helped, tell one friend."
    ]
    ask = section.select_one(".realself-ask a")
    assert (ask.get_text(), ask["href"]) == (
        "What could I make for you?",
        "mailto:sam@example.com",
    )


def test_published_notes_are_exported(site):
    make(site)
    (profile,) = json.loads(site.read("realself.json"))["profiles"]
    assert [n["who"] for n in profile["notes"]] == [
        "Inês, reader",
        "Priya, bakery owner",
        "Ana",
    ]
    priya = profile["notes"][1]
    assert priya["date"] == "2025-03-02"
    assert priya["relationship"] == "client since 2022"
    assert priya["reply"].startswith("Priya, your")
    assert "consent" not in priya  # only published notes are exported at all


def test_a_note_for_an_unknown_profile_is_an_error(site, problems):
    site.write(
        "realself/sam.yaml",
        "kind: profile\nname: Sam\n---\nkind: note\nprofile: lee\n"
        "quote: Hi\nwho: X\nconsent: true\n",
    )
    site.build()
    assert problems() == [
        "content/realself/sam.yaml:5:10: profile: no profile 'lee' (known: sam)"
    ]
    assert site.html("about/sam/index.html").select(".realself-note") == []
