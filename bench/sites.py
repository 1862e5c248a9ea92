"""Synthetic sites for the benchmark: articles, pages, profiles, notes, offers.

Everything is deterministic (no randomness), valid (``realself check`` finds no
errors) and sized by arguments, so two runs build the same sites.
"""

from __future__ import annotations

import os
from pathlib import Path

# fmt: off
WORDS = [
    "coffee", "garden", "letter", "bakery", "morning", "river", "bicycle", "kitchen",
    "window", "market", "notebook", "harbour", "orchard", "village", "workshop",
    "lantern", "library", "meadow", "thread", "pottery", "bridge", "station",
    "ladder", "blanket", "kettle", "compass", "pencil", "basket",
]
# fmt: on


def sentence(seed: int, length: int = 12) -> str:
    words = [WORDS[(seed * 7 + i * 13) % len(WORDS)] for i in range(length)]
    return " ".join(words).capitalize() + "."


def paragraph(seed: int, sentences: int = 4) -> str:
    return " ".join(sentence(seed + i, 10 + (seed + i) % 6) for i in range(sentences))


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# -- articles -------------------------------------------------------------------
def article(i: int, marker: bool = False) -> str:
    body = [f"Post {i}. " + paragraph(i), paragraph(i + 1)]
    body.append("Some *emphasis* and a [link](/about/).")
    if marker:
        body.append("[realself:offers]")
    body.append(paragraph(i + 2))
    return (
        f"Title: Post number {i}\n"
        f"Date: 2026-{1 + i % 12:02d}-{1 + i % 28:02d} 10:{i % 60:02d}\n"
        f"Category: topic-{i % 8}\n"
        f"Tags: {WORDS[i % 20]}, {WORDS[(i + 3) % 20]}\n"
        f"Slug: post-{i}\n"
        f"Author: Writer {i % 3}\n\n" + "\n\n".join(body) + "\n"
    )


def write_articles(content: Path, count: int, marker_every: int = 0) -> None:
    for i in range(count):
        marker = bool(marker_every) and i % marker_every == marker_every - 1
        write(content / "posts" / f"post-{i:05d}.md", article(i, marker))


# -- profiles and the same text as plain pages ---------------------------------------
def profile_fields(i: int) -> dict:
    """Every text is unique (as on a real site): nothing renders from a memo."""
    return {
        "name": f"Person Number{i}",
        "headline": sentence(i, 14),
        "story": "\n\n".join(
            [
                f"I am person {i}. " + paragraph(i, 5),
                "I like **bold** things and `code` too.",
                paragraph(i + 9),
            ]
        ),
        "facets": [
            ("Mornings", f"Morning {i}. " + paragraph(i + 1, 2)),
            ("My dog", f"Dog {i}. " + paragraph(i + 2, 2)),
            ("Where I give my time", f"Time {i}. " + paragraph(i + 3, 2)),
        ],
        "values": [sentence(i + 4, 5), sentence(i + 5, 5)],
        "honest": [sentence(i + 6, 8)],
        "now": f"Now {i}. " + paragraph(i + 7, 2),
    }


def _yaml_text(value: str, indent: int) -> str:
    pad = " " * indent
    return "|\n" + "\n".join(pad + line if line else "" for line in value.split("\n"))


def profile_yaml(i: int, primary: bool = False) -> str:
    f = profile_fields(i)
    lines = [
        "kind: profile",
        f"slug: person-{i}",
        f"name: {f['name']}",
        "pronouns: they/them",
        f"headline: {f['headline']}",
        f"story: {_yaml_text(f['story'], 2)}",
        "facets:",
    ]
    if primary:
        lines.insert(2, "primary: true")
    for label, text in f["facets"]:
        lines += [f"  - label: {label}", f"    text: {text}"]
    lines += ["values:"] + [f"  - {v}" for v in f["values"]]
    lines += ["honest:"] + [f"  - {v}" for v in f["honest"]]
    lines += ["now:", "  updated: 2026-11-01", f"  text: {f['now']}"]
    lines += [
        "links:",
        f"  - {{label: Mastodon, url: 'https://example.social/@p{i}', me: true}}",
        "reciprocity:",
        "  gives:",
        "    - I answer every email within two working days.",
        "  hopes:",
        "    - If something here helped, tell one friend.",
    ]
    return "\n".join(lines) + "\n"


def profile_page_markdown(i: int) -> str:
    """The same text as ``profile_yaml(i)``, as a plain Pelican page."""
    f = profile_fields(i)
    parts = [f"Title: {f['name']}\nSlug: person-{i}\n", f["headline"], f["story"]]
    parts.append("## A few things about me")
    parts += [f"**{label}**: {text}" for label, text in f["facets"]]
    parts.append("## Values\n\n" + "\n".join(f"- {v}" for v in f["values"]))
    parts.append("## Honest\n\n" + "\n".join(f"- {v}" for v in f["honest"]))
    parts.append("## Now\n\n" + f["now"])
    parts.append(f"[Mastodon](https://example.social/@p{i})")
    parts.append(
        "I answer every email within two working days. "
        "If something here helped, tell one friend."
    )
    return "\n\n".join(parts) + "\n"


def write_profiles(content: Path, count: int) -> None:
    for i in range(count):
        write(content / "realself" / f"person-{i:05d}.yaml", profile_yaml(i, i == 0))


def write_profile_pages(content: Path, count: int) -> None:
    for i in range(count):
        write(content / "pages" / f"person-{i:05d}.md", profile_page_markdown(i))


# -- notes and offers --------------------------------------------------------------
def note_yaml(i: int, profile: str) -> str:
    return (
        "kind: note\n"
        f"profile: {profile}\n"
        f"quote: {sentence(i, 16)}\n"
        f"who: Reader {i}, shop owner\n"
        f"date: 2026-{1 + i % 12:02d}-{1 + i % 28:02d}\n"
        "consent: true\n"
        f"reply: Reply {i}. {sentence(i + 1, 10)}\n"
    )


# Offers cycle through the states a real site has, in fixed proportions, so
# every size has the same mix: 1/4 open, 1/4 upcoming, 1/4 closed, 1/4 full.
def offer_yaml(i: int, profile: str) -> str:
    kind = i % 4
    if kind == 0:  # open
        window, claimed = "opens: 2026-10-01\ncloses: 2027-03-01\n", 3
    elif kind == 1:  # upcoming
        window, claimed = "opens: 2027-02-01\ncloses: 2027-04-01\n", 0
    elif kind == 2:  # closed
        window, claimed = "opens: 2026-01-01\ncloses: 2026-02-01\n", 4
    else:  # full
        window, claimed = "opens: 2026-10-01\n", 10
    return (
        "kind: offer\n"
        f"slug: offer-{i}\n"
        f"profile: {profile}\n"
        f"title: Free offer number {i}\n"
        f"summary: Offer {i}. {paragraph(i, 2)} With *some* Markdown.\n"
        f"you_get: [{sentence(i, 6)[:-1]}, {sentence(i + 1, 5)[:-1]}]\n"
        f"spots: 10\nclaimed: {claimed}\n" + window + "claim: "
        f'"mailto:give@example.com?subject=Offer%20{i}"\n'
        "asks: []\nhow_chosen: first come\n"
        f"tags: [{WORDS[i % 5]}]\n"
    )


def write_offers(content: Path, count: int, profile: str = "person-0") -> None:
    for i in range(count):
        write(
            content / "realself" / "offers" / f"offer-{i:05d}.yaml",
            offer_yaml(i, profile),
        )


def write_notes(content: Path, count: int, profiles: int) -> None:
    for i in range(count):
        write(
            content / "realself" / "notes" / f"note-{i:05d}.yaml",
            note_yaml(i, f"person-{i % max(profiles, 1)}"),
        )


def make_site(
    root: Path,
    *,
    articles: int = 0,
    marker_every: int = 0,
    profiles: int = 0,
    profile_pages: int = 0,
    notes: int = 0,
    offers: int = 0,
) -> Path:
    """Write a site under ``root``/content and return the content folder."""
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    write_articles(content, articles, marker_every)
    write_profiles(content, profiles)
    write_profile_pages(content, profile_pages)
    write_notes(content, notes, profiles)
    write_offers(content, offers)
    return content


# -- a typical blog: articles of a real length, one real-looking profile ---------------
def long_article(i: int, marker: str = "") -> str:
    """About 900 words, as a blog post is: headings, a list, links, a quote,
    a code block; every text unique."""
    section = [
        "## " + sentence(i + 20, 5)[:-1],
        paragraph(i + 3, 5),
        "\n".join(f"- {sentence(i + k, 7)}" for k in range(4)),
        paragraph(i + 4, 6),
        f"> {sentence(i + 30, 18)}",
    ]
    body = [
        f"Post {i}. " + paragraph(i, 6),
        paragraph(i + 1, 5) + f" See [the last one](/post-{max(i - 1, 0)}/) and "
        "[a friend's shop](https://shop.example.net/notes).",
        *section,
        paragraph(i + 5, 6),
        "```\nprint('" + WORDS[i % len(WORDS)] + "')\n```",
        "## " + sentence(i + 40, 4)[:-1],
        paragraph(i + 6, 7),
        "1. " + sentence(i + 7, 9) + "\n2. " + sentence(i + 8, 11),
        paragraph(i + 9, 6),
        paragraph(i + 10, 5),
    ]
    if marker:
        body.insert(4, marker)
    return (
        f"Title: {sentence(i + 50, 6)[:-1]} ({i})\n"
        f"Date: 20{20 + i % 7}-{1 + i % 12:02d}-{1 + i % 28:02d} 09:{i % 60:02d}\n"
        f"Category: {WORDS[i % 6]}\n"
        f"Tags: {WORDS[i % 20]}, {WORDS[(i + 3) % 20]}, {WORDS[(i + 7) % 24]}\n"
        f"Slug: post-{i}\n"
        f"Summary: {sentence(i + 60, 20)}\n\n" + "\n\n".join(body) + "\n"
    )


# Shaped after the sample site's profile (content/realself/teo.yaml): every
# field a real one fills in, with Markdown in the story and facets.
TYPICAL_PROFILE = """\
kind: profile
slug: june
primary: true
name: June Okafor
pronouns: she/her
pronunciation: JOON oh-KAH-for
headline: >-
  I repair bicycles for people who ride to work, and I still fall off mine
  about once a winter.
photo:
  src: "{static}/images/june.svg"
  alt: June in a workshop apron, holding a wheel up to the window light.
location: a railway arch in Bristol, next door to a bakery
story: |
  For eleven years I sold insurance over the phone. I was good at it and I
  dreaded every Monday. The only part of the week I liked was Saturday
  morning, when I fixed my neighbours' bikes on the pavement.

  In 2020 I rented a railway arch with money I had saved for a kitchen, and
  started fixing bikes for people who ride to work. Most of them are nurses,
  cleaners and students who cannot be without their bike for a day, so I
  try to finish every repair the day it comes in. [Here is how I price a
  repair]({filename}/posts/post-00003.md), and why I stopped charging for
  punctures.

  If you have read this far: hello. Come by on a Thursday and I will show you
  how to true a wheel. Nobody has ever left without grease on their sleeve.
facets:
  - label: Mornings
    text: >-
      I ride the long way in, along the river, and count the herons. The
      record is seven.
  - label: My dog
    text: >-
      Pip is a small brown terrier who sleeps in a tyre by the door and barks
      only at *scooters*.
  - label: Where I give my time
    text: >-
      Wednesday evenings at a community workshop where refugees build a bike
      from parts and keep it. I make the tea and hand over spanners.
  - label: A book I keep giving away
    text: >-
      *Zen and the Art of Motorcycle Maintenance*, though I have never
      finished it myself.
  - label: What I'm learning
    text: Welding, slowly, with the door open and a bucket of sand nearby.
values:
  - Fix it the day it comes in.
  - Explain the repair, so you need me less.
  - Charge what it cost, not what you would pay.
honest:
  - I am slow to answer emails in summer, when the arch is full.
  - I talk too much about gear ratios.
  - My bookkeeping is a shoebox.
not_a_fit_if:
  - You want a carbon racing bike tuned to the gram.
  - You need a bike back within the hour.
now:
  updated: 2026-11-10
  text: |
    Teaching a free six-week course in basic repairs for new riders. Riding
    less, because of the rain. Learning to weld.
links:
  - {label: Mastodon, url: "https://example.social/@june", me: true}
  - {label: The Arch Letter, url: "https://letters.example.net/june", me: true}
  - {label: The Wednesday workshop, url: "https://workshop.example.org/"}
reciprocity:
  gives:
    - I answer every email myself, within three working days.
    - Every spring I fix ten bikes for free for people starting a new job.
  hopes:
    - If a post helped, tell me which one.
    - If you know someone who rides to work, send them my way.
  ask:
    question: What is the one repair you wish you could do yourself?
    url: "mailto:june@example.com?subject=One%20repair"
"""

TYPICAL_NOTES = """\
kind: note
profile: june
quote: >-
  June fixed my chain in ten minutes and then showed me how to do it myself,
  which nobody had ever bothered to do.
who: Amara, night nurse
relationship: customer since 2021
date: 2025-05-14
consent: true
reply: >-
  Amara, you did it faster than me the second time. Keep the chain tool.
---
kind: note
profile: june
quote: She refused to sell me a new wheel when the old one only needed truing.
who: Tom, student
date: 2026-02-03
consent: true
"""

TYPICAL_OFFER = """\
kind: offer
slug: spring-repairs
profile: june
title: Ten free repairs for people starting a new job
summary: |
  Starting a job you will ride to? Bring your bike in the week before and I
  will get it road-worthy for free: brakes, gears, tyres and lights.
you_get:
  - A full safety check and every repair it needs
  - A lock and a set of lights if you have none
spots: 10
claimed: 3
opens: 2026-11-01
closes: 2027-03-31
claim: "mailto:june@example.com?subject=Spring%20repair"
asks: []
how_chosen: first come, first served
tags: [repairs]
"""

PHOTO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    '<circle cx="5" cy="5" r="4"/></svg>\n'
)


def make_typical(root: Path, articles: int = 300, plugin: bool = True) -> Path:
    """A blog of ``articles`` posts of about 900 words; with ``plugin`` it also
    has one real-looking profile (with a photo), two notes, one offer, and the
    offer's marker in one article. Without, the same posts and nothing else."""
    content = root / "content"
    for i in range(articles):
        marker = "[realself:offer spring-repairs]" if plugin and i == 7 else ""
        write(content / "posts" / f"post-{i:05d}.md", long_article(i, marker))
    if plugin:
        write(content / "realself" / "june.yaml", TYPICAL_PROFILE)
        write(content / "realself" / "notes.yaml", TYPICAL_NOTES)
        write(content / "realself" / "offers.yaml", TYPICAL_OFFER)
    write(content / "images" / "june.svg", PHOTO)  # a blog has images either way
    return content


# The sites the benchmark's comparisons build, by kind and size, so that
# bench/profile_build.py profiles exactly what bench/benchmark.py measures.
SHAPES = {
    "idle": lambda n: {"articles": n},
    "profiles": lambda n: {"articles": 10, "profiles": n},
    "pages": lambda n: {"articles": 10, "profile_pages": n},
    "growth": lambda n: {
        "articles": 500,
        "marker_every": 100,
        "profiles": 1,
        "offers": n,
    },
    "incremental": lambda n: {
        "articles": 100,
        "profiles": 200,
        "notes": 200,
        "offers": 600,
    },
    "check": lambda n: {"profiles": 250, "notes": 250, "offers": 500},
}


def make_shaped(root: Path, kind: str, size: int = 0) -> Path:
    """The site of one of SHAPES, with ``size`` where the shape has one."""
    return make_site(root, **SHAPES[kind](size))


def count_files(folder: Path, suffix: str) -> int:
    return sum(
        name.endswith(suffix) for _, _, names in os.walk(folder) for name in names
    )
