"""One small site with every page kind the plugin writes, for real clients.

Built once per theme (ours, Pelican's simple and notmyidea) and read by the
browser, accessibility, validity, machine-reader and link tests.

The build clock is in the past (REALSELF_NOW, March 2024), so the offers are,
at build time and then on the browser's real clock:

    circle     open (2 of 6 left)        open (closes in 2099)
    review     open (closes 2024-03-20)  closed: realself.js must flip it
    templates  open, unlimited           open
    spring     upcoming (2098)           upcoming
    letters    full (10 of 10 taken)     full
    workbook   closed (summer 2023)      closed
"""

from __future__ import annotations

from pathlib import Path

import pelican

from conftest import REPO, THEME, Site

BUILTIN = Path(pelican.__file__).parent / "themes"
THEMES = {
    "realself": THEME,
    "simple": BUILTIN / "simple",
    "notmyidea": BUILTIN / "notmyidea",
}
BUILD_NOW = "2024-03-01T12:00:00"

PROFILE = """
kind: profile
slug: sam
primary: true
name: Sam Rivera
pronouns: she/her
pronunciation: SAM ree-VAIR-ah
headline: I build websites for people doing good work, and planes still scare me.
photo:
  src: "{static}/images/sam.svg"
  alt: Drawing of Sam grinning in round glasses, the sea behind her.
location: a small town in the hills
story: |
  I grew up above my parents' hardware shop, where nobody was ever sold
  anything they did not need. Here is
  [the post where I give something away]({filename}/giving.md), and here is
  [how to reach me]({filename}/pages/contact.md).
facets:
  - {label: Mornings, text: Coffee on the back step before any screen.}
  - {label: My dog, text: "Biscuit, who is afraid of **bicycles**."}
  - {label: Where I give my time, text: The Thursday soup kitchen.}
values: [Say what I mean, Give before I ask]
honest: [I am slow to answer on Fridays.]
not_a_fit_if: [You want a brand voice with nobody behind it.]
now: {updated: 2024-02-20, text: Learning to bake rye bread.}
links:
  - {label: Mastodon, url: "https://example.social/@sam", me: true}
  - {label: Code, url: "https://code.example/sam", me: true}
  - {label: My old blog, url: "https://old.example/"}
reciprocity:
  gives: [I answer every email within two working days.]
  hopes: ["If something here helped, tell one friend."]
  ask: {question: What could I make that would make your week easier?,
        url: "mailto:sam@example.com"}
---
kind: note
profile: sam
quote: She asked about my kids before she asked about my website.
who: Priya, bakery owner
relationship: client since 2022
date: 2024-01-12
link: "https://priyasbakes.example/"
consent: true
reply: It was the best part of the call, Priya.
---
kind: note
profile: sam
quote: The page finally sounds like us.
who: Jonas
date: 2023-11-02
consent: true
"""

SECOND = """
kind: profile
name: Lee Okafor
headline: I keep the soup kitchen's books.
links: [{label: Website, url: "https://lee.example/", me: true}]
"""

OFFERS = """
kind: offer
slug: circle
profile: sam
title: Six places in my letter circle
summary: Four *Thursday* evenings, six shop owners, one letter each by the end.
you_get: [Four one-hour sessions, A line-by-line read of your letter]
spots: 6
claimed: 4
opens: 2024-02-01
closes: 2099-06-30T18:00
claim: "mailto:sam@example.com?subject=Circle"
how_chosen: first come, first served
---
kind: offer
slug: review
profile: sam
title: A free read of your website
summary: Send me your site and I send back three kind, specific notes.
spots: 3
claimed: 1
opens: 2024-02-01
closes: 2024-03-20
claim: "mailto:sam@example.com?subject=Review"
asks: [Tell me which note helped]
---
kind: offer
slug: templates
profile: sam
title: My letter templates
summary: Twelve pages of prompts to start a letter to your customers.
opens: 2024-02-01
claim: "{static}/files/templates.pdf"
---
kind: offer
slug: spring
profile: sam
title: Spring coaching
summary: Four shop owners, six calls, no upsell at the end.
spots: 4
opens: 2098-09-01
closes: 2098-10-15
claim: "mailto:sam@example.com?subject=Spring"
---
kind: offer
slug: letters
profile: sam
title: A free read of your first newsletter
spots: 10
claimed: 10
opens: 2024-01-01
claim: "mailto:sam@example.com?subject=First%20letter"
---
kind: offer
slug: workbook
profile: sam
title: The workbook (free PDF)
summary: It was free for the summer; thank you to the 212 people who took it.
opens: 2023-06-01
closes: 2023-08-31
claimed: 212
"""

ARTICLE = """
Title: Something I give away
Date: 2024-02-15 09:30
Category: Letters
Tags: giving, letters
Summary: Six places, no strings.

Every winter I run a small letter-writing circle for free.

[realself:offer circle]

If it is full, [tell me anyway]({filename}/pages/contact.md).
"""

OTHER_ARTICLE = """
Title: Saying what I am bad at
Date: 2024-01-10 08:00
Category: Notes
Tags: honesty

A short post, so the index and archives have more than one entry.
"""

PAGE = """
Title: Contact
Slug: contact

Write to me at <sam@example.com>. I answer within two working days.
"""

# Every page kind, by what a test calls it, and where it is written.
PAGES = {
    "profile": "about/sam/index.html",
    "give": "give/index.html",
    "offer": "give/circle/index.html",
    "article": "something-i-give-away.html",
}
# Every page the plugin itself writes for this content.
PLUGIN_PAGES = [
    "about/index.html",
    "about/sam/index.html",
    "about/lee/index.html",
    "give/index.html",
    *(
        f"give/{slug}/index.html"
        for slug in ("circle", "review", "templates", "spring", "letters", "workbook")
    ),
]


def build_showcase(
    root: Path, theme: str, photo: bytes | None = None, **settings
) -> Site:
    """The showcase in one of THEMES, or in any theme given as THEME= settings."""
    site = Site(root)
    site.content.mkdir(parents=True)
    photo = photo or (REPO / "content" / "images" / "teo.svg").read_bytes()
    site.write("images/sam.svg", photo)
    site.write("files/templates.pdf", b"%PDF-1.4\n% prompts\n")
    site.write("realself/sam.yaml", PROFILE)
    site.write("realself/lee.yaml", SECOND)
    site.write("realself/offers.yaml", OFFERS)
    site.write("giving.md", ARTICLE)
    site.write("honesty.md", OTHER_ARTICLE)
    site.write("pages/contact.md", PAGE)
    settings.setdefault("THEME", str(THEMES.get(theme, "")))
    settings.setdefault("SITENAME", "Sam's workshop")
    return site.build(
        REALSELF_NOW=BUILD_NOW,
        STATIC_PATHS=["images", "files"],
        AUTHOR="Sam Rivera",
        DEFAULT_PAGINATION=10,
        **settings,
    )
