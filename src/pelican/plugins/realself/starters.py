"""Starter documents written by ``realself new``: commented, and valid as is."""

from __future__ import annotations

import datetime as dt

DEFAULT_SLUGS = {"profile": "me", "note": "notes", "offer": "first-gift"}


PROFILE = """\
# yaml-language-server: $schema={schema_ref}
# Your About page, in your own words. Write like you talk to a friend, in the
# first person. Every section shows up only when you fill it in.
kind: profile
slug: {slug}
name: Your Name
# pronouns: she/her
# pronunciation: YOUR NAME, said slowly
headline: One honest sentence about what you do, and one human detail.
# photo:
#   src: "{{static}}/images/me.jpg"
#   alt: What the photo shows, for people who can't see it
story: |
  Where you come from, why you do this work, what you care about.
  Markdown works here, and so do links like [a post]({{filename}}/my-post.md).
facets:
  # The things a polished bio leaves out: habits, pets, causes, a book.
  - label: Mornings
    text: What the first hour of your day looks like.
# One item per line: a comma inside [ ] or {{ }} would split a sentence.
values:
  - Something you try to live by
honest:
  - Something you are still bad at
not_a_fit_if:
  - Who you'd rather not work with, said kindly
now:
  updated: {today}
  text: What you are doing these weeks.
links:
  # me: true marks the links that are also you (rel="me").
  - label: My newsletter
    url: "https://example.com/"
    me: true
reciprocity:
  gives:
    - What you give freely
  hopes:
    - What you hope for back
  ask:
    question: What could I make for you?
    url: "mailto:you@example.com"
"""

NOTE = """\
# yaml-language-server: $schema={schema_ref}
# Words of care that came back to you. Ask before you publish anyone's words:
# with consent: false the note stays out of the site (the build says so once).
kind: note
profile: {profile}
quote: Their words, exactly as they said them.
who: First name, what they do
relationship: client since {year}
date: {today}
consent: false  # set to true once they have said yes
reply: Your answer to them, so care shows both ways.
"""

OFFER = """\
# yaml-language-server: $schema={schema_ref}
# Something you give before you ask. Its status (upcoming, open, closing soon,
# full, closed) is worked out at build time from the dates and spots.
kind: offer
slug: {slug}
profile: {profile}
title: Three free spots for ...
summary: |
  What it is, who it is for, and what happens after someone claims it.
you_get:
  - One thing they get
spots: 3  # leave out for unlimited
claimed: 0
opens: {today}
closes: {closes}
claim: "mailto:you@example.com?subject=Free%20spot"
asks: []  # what you ask in return; empty shows "No strings attached"
how_chosen: first come, first served
"""

_TEXTS = {"profile": PROFILE, "note": NOTE, "offer": OFFER}


def starter(
    kind: str, *, slug: str, profile: str | None, today: dt.date, schema_ref: str
) -> str:
    """The starter text for one kind of document."""
    return _TEXTS[kind].format(
        slug=slug,
        profile=profile or "",
        today=today.isoformat(),
        year=today.year,
        closes=(today + dt.timedelta(days=30)).isoformat(),
        schema_ref=schema_ref,
    )
