"""The injection corpus: hostile strings in every text, Markdown and URL field
of every kind of document, and what a browser would find in the output.

All payloads go into one site, built once with Pelican's default Jinja
settings and once with autoescape on. Every file written is parsed the way a
browser parses it (html5lib): no script element we did not write, no on*
attribute, no URL outside http, https, mailto and the site's own paths, and
no template syntax evaluated.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from hostile import (
    ANY_LOCATED,
    HELD_BACK_NOTE,
    feed_problems,
    html_problems,
    inside,
    json_url_problems,
    listening,
    written,
)

from conftest import Site

PAYLOADS = [
    # -- script elements ------------------------------------------------------
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<scr<script>ipt>alert(1)</script>",
    "<<script>alert(1);//<</script>",
    "<script/xss src=https://evil.example/x.js></script>",
    "<script\ttype='text/javascript'>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "</script ><script>alert(2)</script >",
    "<!--<script>alert(1)//--></script>",
    # -- event handlers and active elements -------------------------------------
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x OnErRoR=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert(1)>",
    "<div onmouseover='alert(1)'>hover</div>",
    "<a href='#' onclick='alert(1)'>click</a>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<iframe src='https://evil.example'></iframe>",
    "<iframe srcdoc='&lt;script&gt;alert(1)&lt;/script&gt;'></iframe>",
    "<object data='javascript:alert(1)'></object>",
    "<embed src='javascript:alert(1)'>",
    "<math><a xlink:href='javascript:alert(1)'>x</a></math>",
    "<svg><a xlink:href='javascript:alert(1)'><text>x</text></a></svg>",
    "<base href='https://evil.example/'>",
    "<meta http-equiv='refresh' content='0;url=javascript:alert(1)'>",
    "<form action='javascript:alert(1)'><button>go</button></form>",
    "<button formaction='javascript:alert(1)'>go</button>",
    "<style>@import 'https://evil.example/x.css';</style>",
    "<p style='background:url(javascript:alert(1))'>styled</p>",
    # -- dangerous URLs, plain, mixed case, disguised, entity-encoded -------------
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "java\u200bscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;&#x61;vascript:alert(1)",
    "javascript&colon;alert(1)",
    "jav&#x09;ascript:alert(1)",
    "%6Aavascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "vbscript:msgbox(1)",
    "VbScRiPt:msgbox(1)",
    "<a href='javascript:alert(1)'>x</a>",
    "<a href='&#106;avascript:alert(1)'>x</a>",
    "<a href='data:text/html,x'>x</a>",
    "<a href='vbscript:msgbox(1)'>x</a>",
    # -- the same in Markdown ------------------------------------------------------
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](  javascript:alert(1) )",
    "[click](<javascript:alert(1)>)",
    "[click](&#106;avascript:alert(1))",
    "[click](data:text/html,hi)",
    "[click](vbscript:msgbox(1))",
    "![pic](javascript:alert(1))",
    '![pic](x" onerror="alert(1))',
    "<javascript:alert(1)>",
    "[ref][x]\n\n[x]: javascript:alert(1)",
    '[click](https://ok.example "title" onmouseover="alert(1)")',
    # -- breaking out of quotes, attributes, elements, comments ------------------------
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "--><script>alert(1)</script><!--",
    "]]><script>alert(1)</script>",
    "\u2028\u2029</script><script>alert(1)</script>",
    '{"@context": "x"}</script><script>alert(1)</script>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "\u202etxt.exe",
    # -- template syntax: shown, never evaluated -----------------------------------
    "{{ 7 * 191 }}",
    "{{ 'TEMPL' ~ 'ATERAN' }}",
    "{% if true %}TEMPLATE-IF{% endif %}{% raw %}",
    "{{ config.__class__.__init__.__globals__ }}",
    "{% include 'base.html' %}",
    "{# a comment that would hide the rest",
    "${7*191} #{7*191} <%= 7*191 %>",
    "{{ SITENAME }} {{ realself.primary.name }}",
    # -- markers, and markers inside markers -----------------------------------------
    "[realself:offers]",
    "[realself:offer [realself:offers]]",
    "[realself:profile [realself:profile good]]",
    "[realself:offer o00]",
    # -- Pelican's own link syntax, pointing out -------------------------------------
    "[x]({filename}/../../../etc/passwd)",
    # -- Pelican's placeholders, rewritten after cleaning, keep what follows ------
    "{self}javascript:alert(document.domain)",
    "{filename}javascript://%0aalert(1)%0a%2f%2f",
    "{static}JaVaScRiPt:alert(1)",
    "{attach}data:text/html,x",
    "{tag}vbscript:msgbox(1)",
    "{static}//evil.example/x.jpg",
    "[x](\\{self}javascript:alert(1))",  # a Markdown escape: seen only at the end
    "[x](\\{static}//evil.example/x)",
    # -- paths a browser reads as another host -----------------------------------------
    "/\\evil.example/a",
    "/\t/evil.example/b",
    "\\\\evil.example/x",
    "[x](/\\evil.example/a) ![y](/\t/evil.example/b)",
    # -- our YAML named as a file to publish ----------------------------------------
    "{static}",
    "{static}/realself/good.yaml",
    "{attach}held-back.yaml",
]
# Markdown links Pelican would rewrite into something unsafe, or that name our
# YAML: the Markdown fields refuse them (their documents are built without).
REFUSED_IN_MARKDOWN = [
    "[click]({self}javascript:alert(document.domain))",
    "[click][r]\n\n[r]: {self}javascript:alert(2)",
    "[x]({tag}javascript:alert(1)) [y]({category}JAVASCRIPT:alert(1))",
    "[x]({index}data:text/html,x) [y]({author}vbscript:x)",
    "[x](|filename|javascript:alert(1))",
    "[x](&#123;self}&#106;avascript:alert(1))",
    "<a href='{self}javascript:alert(1)'>x</a><img src='{x}javascript:alert(1)'>",
    '<img src="{attach}">',
    "[n]({static}/realself/good.yaml)",
    "![n]({attach}held-back.yaml)",
    "![x]({static}/../secret.jpg)",
]
PAYLOADS += REFUSED_IN_MARKDOWN

EVALUATED = ["1337", "TEMPLATERAN"]  # what evaluated template syntax would leave


def refused_everywhere(payload: str) -> bool:
    """Control characters are refused in any field (XML cannot carry them),
    and so are line breaks an editor does not show (NEL, LS, PS)."""
    return bool(re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x85\u2028\u2029]", payload))


# The payloads whose text-and-Markdown documents are built.
BUILT = [(n, p) for n, p in enumerate(PAYLOADS) if not refused_everywhere(p)]

# Every field that takes text, by kind and by what the field is.
TEXT = {
    "profile": [
        "name",
        "pronouns",
        "pronunciation",
        "headline",
        "location",
        "photo.alt",
        "photo.caption",
        "facets[].label",
        "values[]",
        "honest[]",
        "not_a_fit_if[]",
        "links[].label",
        "reciprocity.gives[]",
        "reciprocity.hopes[]",
        "reciprocity.ask.question",
        "authors[]",
        "replaces",
    ],
    "note": ["quote", "who", "relationship"],
    "offer": ["title", "you_get[]", "asks[]", "how_chosen", "tags[]"],
}
MARKDOWN = {
    "profile": ["story", "facets[].text", "now.text"],
    "note": ["reply"],
    "offer": ["summary"],
}
URLS = {
    "profile": ["photo.src", "links[].url", "reciprocity.ask.url"],
    "note": ["link"],
    "offer": ["claim"],
}
# Fields with a fixed shape (slugs, language codes): the payload is refused.
SHAPED = {
    "profile": ["slug", "lang"],
    "note": ["profile", "lang"],
    "offer": ["slug", "profile", "lang"],
}


def profile(slug: str, value: str, fields: list[str]) -> dict:
    """A valid profile with ``value`` in each of ``fields``."""
    doc = {
        "kind": "profile",
        "slug": slug,
        "name": f"Name {slug}",
        "photo": {"src": "{static}/images/p.jpg", "alt": "A photo"},
        "facets": [{"label": "Label", "text": "Text"}],
        "links": [{"label": "Home", "url": "https://ok.example/", "me": True}],
        "reciprocity": {"gives": ["x"], "ask": {"question": "Q?", "url": "/c/"}},
        "now": {"updated": "2026-11-20", "text": "Now."},
    }
    return fill(doc, value, fields)


def note(owner: str, value: str, fields: list[str]) -> dict:
    doc = {"kind": "note", "profile": owner, "quote": "Q", "who": "W"}
    doc |= {"consent": True, "date": "2026-01-01"}
    return fill(doc, value, fields)


def offer(slug: str, owner: str, value: str, fields: list[str]) -> dict:
    doc = {"kind": "offer", "slug": slug, "profile": owner, "title": f"Offer {slug}"}
    doc |= {"opens": "2026-11-01", "closes": "2027-01-01", "spots": 3}
    doc |= {"claim": "mailto:me@example.com"}
    return fill(doc, value, fields)


def fill(doc: dict, value: str, fields: list[str]) -> dict:
    """Put ``value`` at each field path: ``now.text``, ``values[]`` (an item
    of a list), ``facets[].text`` (a field of the first group in a list)."""
    for name in fields:
        target = doc
        *parents, last = name.split(".")
        for part in parents:
            if part.endswith("[]"):
                items = target.setdefault(part[:-2], [])
                if not items:
                    items.append({})
                target = items[0]
            else:
                target = target.setdefault(part, {})
        if last.endswith("[]"):
            target.setdefault(last[:-2], []).append(value)
        else:
            target[last] = value
    return doc


def documents(number: int, payload: str) -> list[dict]:
    """One payload in every field of every kind: text and Markdown fields all
    at once (they never cause a refusal), each URL and shaped field alone."""
    tag = f"{number:02d}"
    docs = [
        profile(f"p{tag}", payload, TEXT["profile"] + MARKDOWN["profile"]),
        note(f"p{tag}", payload, TEXT["note"] + MARKDOWN["note"]),
        offer(f"o{tag}", f"p{tag}", payload, TEXT["offer"] + MARKDOWN["offer"]),
    ]
    for kind in ("profile", "note", "offer"):
        for name in URLS[kind] + SHAPED[kind]:
            alone = re.sub(r"\W+", "-", name).strip("-")
            slug = f"{kind[0]}{tag}-{alone}"
            if kind == "profile":
                docs.append(profile(slug, payload, [name]))
            elif kind == "note":
                docs.append(note("good", payload, [name]))
            else:
                docs.append(offer(slug, "good", payload, [name]))
    return docs


ARTICLE = """Title: Every marker
Date: 2026-11-02
Category: Giving

All open offers:

[realself:offers]

{offers}

{profiles}
"""


def write_site(site: Site) -> int:
    """The whole corpus as one site; returns the number of documents."""
    site.write("images/p.jpg", b"\xff\xd8\xff jpeg")
    site.write("realself/good.yaml", "kind: profile\nslug: good\nname: Good\n")
    site.write("realself/held-back.yaml", HELD_BACK_NOTE)
    (site.root / "secret.jpg").write_bytes(b"not for the web")
    count = 0
    for number, payload in enumerate(PAYLOADS):
        docs = documents(number, payload)
        count += len(docs)
        text = "---\n".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
        site.write(f"realself/p{number:02d}.yaml", text.encode("utf-8"))
    site.write(
        "every-marker.md",
        ARTICLE.format(
            offers="\n\n".join(
                f"[realself:offer o{n:02d}]" for n in range(len(PAYLOADS))
            ),
            profiles="\n\n".join(
                f"[realself:profile p{n:02d}]" for n in range(len(PAYLOADS))
            ),
        ),
    )
    return count


@pytest.fixture(scope="module", params=[False, True], ids=["default", "autoescape"])
def corpus(request, tmp_path_factory):
    site = Site(tmp_path_factory.mktemp("injection"))
    count = write_site(site)
    jinja = {"trim_blocks": True, "lstrip_blocks": True, "extensions": []}
    if request.param:
        jinja["autoescape"] = True
    with listening() as log:
        site.build(
            SITEURL="https://site.example",
            JINJA_ENVIRONMENT=jinja,
            FEED_ALL_ATOM="feeds/all.atom.xml",
        )
    return site, log, count


def test_no_live_script_anywhere(corpus):
    site, _, _ = corpus
    pages = [p for p in written(site.output) if p.suffix == ".html"]
    assert len(pages) > 2 * len(BUILT)  # every built payload's pages were written
    found = {}
    for path in pages:
        problems = html_problems(path.read_text(encoding="utf-8"))
        if problems:
            found[str(path.relative_to(site.output))] = problems[:3]
    assert found == {}


def test_feeds_carry_only_clean_html(corpus):
    """Feed readers render entry content as HTML: it gets the same check."""
    site, _, _ = corpus
    atom = "{http://www.w3.org/2005/Atom}"
    feeds = list(site.output.rglob("*.xml"))
    assert feeds
    for feed in feeds:
        root = ET.parse(feed).getroot()  # well-formed, whatever the payloads
        for entry in root.iter(f"{atom}entry"):
            for part in ("content", "summary"):
                for node in entry.iter(f"{atom}{part}"):
                    assert html_problems(node.text or "") == [], (feed, node.text)
        assert feed_problems(feed) == [], feed  # links as well


def test_export_is_json_with_no_refused_document(corpus):
    site, _, _ = corpus
    data = json.loads(site.read("realself.json"))
    slugs = {p["slug"] for p in data["profiles"]}
    # A refused field is left out and the rest of its document built
    # (models/recover.py), so the URL documents are there too.
    assert {"good"} | {f"p{number:02d}" for number, _ in BUILT} <= slugs
    for offer_data in data["offers"]:
        claim = offer_data["claim"]
        assert claim is None or claim.startswith(("mailto:", "https://")), claim
    assert json_url_problems(data, "https://site.example/") == []


def test_plain_text_is_shown_exactly_as_written(corpus):
    """Escaped once: the page's visible name is the payload, character for
    character (less the surrounding spaces YAML text loses)."""
    site, _, _ = corpus
    for number, payload in BUILT:
        page = BeautifulSoup(site.read(f"about/p{number:02d}/index.html"), "html5lib")
        shown = page.select_one("article.h-card .p-name").get_text()
        assert shown == payload.strip(), (number, payload)
        values = [li.get_text() for li in page.select(".realself-values li")]
        assert values == [payload.strip()]


def test_a_refused_markdown_link_costs_its_field(corpus):
    """The story, facet, now block, reply and summary holding an unsafe
    {…} link are left out; the rest of the profile, note and offer is built."""
    site, _, _ = corpus
    for payload in REFUSED_IN_MARKDOWN:
        number = PAYLOADS.index(payload)
        page = BeautifulSoup(site.read(f"about/p{number:02d}/index.html"), "html5lib")
        assert page.select_one(".realself-story") is None, payload
        assert page.select_one("article.h-card .p-name").get_text() == payload
        offer = site.read(f"give/o{number:02d}/index.html")
        assert "realself-offer" in offer, payload


def test_template_syntax_is_never_evaluated(corpus):
    site, _, _ = corpus
    for path in written(site.output):
        if path.suffix in (".html", ".xml", ".json"):
            data = path.read_text(encoding="utf-8")
            for sign in EVALUATED:
                assert sign not in data, (path, sign)
    for number, payload in enumerate(PAYLOADS):
        if payload.startswith("{{"):
            page = site.read(f"about/p{number:02d}/index.html")
            assert html.escape(payload, quote=False) in page, payload


def test_every_refusal_is_located_and_nothing_leaves_the_output(corpus):
    site, log, count = corpus
    messages = log.ours()
    assert messages, "the shaped fields alone must be refused"
    for message in messages:
        assert ANY_LOCATED.match(message), message
    assert log.others() == []
    for path in written(site.output):
        assert inside(path, site.output), path
    assert not list(site.output.rglob("secret.jpg"))
    refused_files = {
        m.split(":", 1)[0] for m in messages if m.startswith("content/realself/")
    }
    assert len(refused_files) == len(PAYLOADS)  # each payload file said something
    # Only the markers naming an offer that was refused stay unknown.
    unknown = [m for m in messages if m.startswith("content/every-marker.md")]
    assert len(unknown) == 2 * (len(PAYLOADS) - len(BUILT)), unknown
    print(f"\ninjection build: {count} documents, {len(messages)} messages")


NOT_TEXT = {
    "profile": {"kind", "primary", "status", "now.updated", "links[].me"},
    "note": {"kind", "date", "consent"},
    "offer": {"kind", "status", "spots", "claimed", "opens", "closes"},
}


def model_fields(model, prefix: str = "") -> set[str]:
    """Every field path of a model, nested groups included."""
    from pelican.plugins.realself.models.recover import inner_model

    out = set()
    for name, info in model.model_fields.items():
        inner = inner_model(info.annotation)
        many = "list[" in str(info.annotation) or name == "photo"
        path = f"{prefix}{name}{'[]' if many else ''}"
        if inner is None:
            out.add(path)
        else:
            out |= model_fields(inner, path + ".")
    return out


def test_every_field_of_every_kind_gets_the_payloads():
    from pelican.plugins.realself.models.validate import KINDS

    for kind in ("profile", "note", "offer"):
        covered = {f for group in (TEXT, MARKDOWN, URLS, SHAPED) for f in group[kind]}
        covered = {f.replace("[]", "") for f in covered}
        expected = model_fields(KINDS[kind]) - NOT_TEXT[kind]
        assert {f.replace("[]", "") for f in expected} == covered, kind


@pytest.mark.parametrize(
    "bad",
    [
        "<script>alert(1)</script>",
        "<script src='https://evil.example/realself/realself.js.evil'></script>",
        "<p><img src=x onerror=alert(1)></p>",
        "<a href='&#106;avascript:alert(1)'>x</a>",
        "<a href='java&#x09;script:alert(1)'>x</a>",
        "<a href=' JAVASCRIPT:alert(1)'>x</a>",
        "<img src='data:image/svg+xml,x'>",
        "<img srcset='ok.jpg 1x, javascript:alert(1) 2x'>",
        "<a href='vbscript:x'>x</a>",
        "<iframe></iframe>",
        "<meta http-equiv=refresh content='0;url=https://evil.example'>",
        "<form action='https://evil.example'></form>",
        "<svg><a xlink:href='https://ok.example'>x</a></svg>",
        "<script type='application/ld+json'>{\"a\": </script>",
        "<SCRIPT>alert(1)</SCRIPT>",
        "<svg><script>alert(1)</script></svg>",
    ],
)
def test_the_checker_sees_what_a_browser_would_run(bad):
    """The check above is only as good as this: it must flag each of these."""
    assert html_problems(f"<!DOCTYPE html><html><body>{bad}</body></html>")


def test_the_checker_accepts_our_own_output():
    good = (
        '<script type="application/ld+json">{"a": "\\u003c/script\\u003e"}</script>'
        '<script src="https://site.example/realself/realself.js" defer></script>'
        '<script src="../../realself/realself.js" defer></script>'
        '<a href="mailto:me@example.com">m</a><a href="/about/">a</a>'
        '<a href="#top">t</a><img src="images/p.jpg" alt="x">'
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1)</p>"
    )
    assert html_problems(good) == []
