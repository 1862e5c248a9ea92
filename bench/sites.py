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
