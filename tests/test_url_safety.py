"""Links and files a visitor must never get (issue 13, reproductions 1-4, 7).

Pelican rewrites ``{…}`` links after our HTML is cleaned, keeping the scheme
of whatever follows the braces: ``{self}javascript:alert(1)`` became a live
``javascript:`` link. A ``{static}`` link could publish our YAML, notes
without consent included. A hard link in the output let a second build write
our CSS into content/. Each reproduction is a test here; the hostile corpora
(tests/hostile.py, test_injection.py, test_fuzz.py) carry the families.
"""

from __future__ import annotations

import json
import os

import pytest
from hostile import (
    feed_problems,
    html_problems,
    json_url_problems,
    listening,
    url_problem,
    written,
)

from conftest import HELD_BACK, Site

XSS = "{self}javascript:alert(document.domain)"
LINK = f"[click]({XSS})"
TRICK = "{filename}javascript://%0aalert(1)%0a%2f%2f"

GOOD = f"""
kind: profile
slug: teo
primary: true
name: Teo Marsh
photo: {{src: "{{static}}/images/teo.jpg", alt: Teo}}
story: "See [the post]({{filename}}/post.md) and ![me]({{static}}/images/teo.jpg)."
links: [{{label: Home, url: "/contact/"}}]
---
kind: note
profile: teo
quote: Not yet, please. {HELD_BACK}
who: Rui
consent: false
"""

# Where each field's value goes in a document ({} is the value, as JSON).
MARKDOWN_FIELDS = {
    "story": ("kind: profile\nslug: s{n}\nname: A\nstory: {}\n", "story"),
    "facet": (
        "kind: profile\nslug: f{n}\nname: A\nfacets: [{{label: L, text: {}}}]\n",
        "facets[0].text",
    ),
    "now": (
        "kind: profile\nslug: w{n}\nname: A\nnow: {{updated: 2026-11-01, text: {}}}\n",
        "now.text",
    ),
    "reply": (
        "kind: note\nprofile: teo\nquote: Q\nwho: W\nconsent: true\nreply: {}\n",
        "reply",
    ),
    "summary": (
        "kind: offer\nslug: o{n}\nprofile: teo\ntitle: T\nsummary: {}\n",
        "summary",
    ),
}
MARKDOWN = [
    LINK,
    f"[click][x]\n\n[x]: {XSS}",  # a reference link
    f"![x]({XSS})",
    f'<a href="{XSS}">x</a>',
    "[click](|self|javascript:alert(1))",  # Pelican's other delimiters
    "[click](&#123;self}&#106;avascript:alert(1))",  # entities
    "[click]({tag}javascript:alert(1))",
    "[click]({index}javascript:alert(1))",
    "[click]({author}javascript:alert(1))",
    "[click]({category}//evil.example/x)",
    '<img src="{attach}">',  # the folder of the YAML itself
    "[notes]({static}notes.yaml)",
    "[notes]({attach}/realself/notes.yaml)",
]
URL_FIELDS = {
    "note-link": (
        "kind: note\nprofile: teo\nquote: Q\nwho: W\nconsent: true\nlink: {}\n",
        "link",
    ),
    "links-url": (
        "kind: profile\nslug: b{n}\nname: B\nlinks: [{{label: x, url: {}}}]\n",
        "links[0].url",
    ),
    "ask-url": (
        "kind: profile\nslug: c{n}\nname: C\n"
        "reciprocity: {{ask: {{question: Q, url: {}}}}}\n",
        "reciprocity.ask.url",
    ),
    "photo": (
        "kind: profile\nslug: d{n}\nname: D\nphoto: {{src: {}, alt: x}}\n",
        "photo.src",
    ),
    "claim": (
        "kind: offer\nslug: e{n}\nprofile: teo\ntitle: T\nclaim: {}\n",
        "claim",
    ),
}
URLS = [
    TRICK,
    "{static}javascript:alert(1)",
    "{attach}javascript:alert(1)",
    "{static}//evil.example/x.jpg",
    "/\\evil.example/a",
    "/\t/evil.example/b",
    "{static}",
    "{static}/realself/notes.yaml",
    "{static}notes.yaml",
    "{attach}../realself/notes.yaml",
]


def write_teo(site: Site) -> None:
    """The good profile, the files it links to and its held-back note."""
    site.write("images/teo.jpg", b"\xff\xd8\xff jpeg")
    site.write("post.md", "Title: Post\nDate: 2026-01-01\n\nHello.\n")
    site.write("realself/teo.yaml", GOOD)


def write(site: Site) -> dict[str, str]:
    """The whole set; returns file -> the start of the message it must get."""
    write_teo(site)
    site.write(
        "realself/notes.yaml",
        f"kind: note\nprofile: teo\nquote: {HELD_BACK}\nwho: R\nconsent: false\n",
    )
    expected = {}
    cases = [
        (f"md-{name}", MARKDOWN_FIELDS[name], MARKDOWN) for name in MARKDOWN_FIELDS
    ]
    cases += [(f"url-{name}", URL_FIELDS[name], URLS) for name in URL_FIELDS]
    for prefix, (template, field), values in cases:
        for number, value in enumerate(values):
            path = f"realself/{prefix}-{number}.yaml"
            quoted = json.dumps(value)  # a YAML double-quoted scalar
            text = template.format(quoted, n=number)
            site.write(path, text)
            before = text[: text.index(quoted)]
            line, column = before.count("\n") + 1, len(before.rsplit("\n", 1)[-1]) + 1
            expected[f"content/{path}"] = f"{line}:{column}: {field}: "
    return expected


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("url-safety")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        site = Site(root)
        expected = write(site)
        with listening() as log:
            site.build(SITEURL="https://site.example", FEED_ALL_ATOM="all.atom.xml")
    return site, expected, log


def test_every_refused_link_is_one_located_error(built):
    site, expected, log = built
    errors = log.ours()
    by_file: dict[str, list[str]] = {}
    for message in errors:
        by_file.setdefault(message.split(":", 1)[0], []).append(message)
    wrong = {}
    for source, where in expected.items():
        said = by_file.pop(source, [])
        if len(said) != 1 or not said[0].startswith(f"{source}:{where}"):
            wrong[source] = said
    assert wrong == {}
    assert by_file == {}  # and nothing else


def test_what_the_messages_say(built):
    _, _, log = built
    said = "\n".join(log.ours())
    assert (
        "md-reply-0.yaml:6:8: reply: the link "
        "'{self}javascript:alert(document.domain)': {self} must be followed by a "
        "path on this site (no scheme, no host)"
    ) in said
    assert (
        "url-note-link-0.yaml:6:7: link: {filename} must be followed by a path on "
        "this site (no scheme, no host)"
    ) in said
    assert (
        "url-claim-7.yaml:5:8: claim: content/realself/notes.yaml is in "
        "REALSELF_PATHS, which is never published"
    ) in said
    assert "url-photo-6.yaml:4:14: photo.src: name a file after {static}" in said
    assert "md-story-10.yaml:4:8: story: name a file after {attach}" in said
    assert "url-links-url-4.yaml:4:25: links[0].url: must not hold a backslash" in said


def test_a_refused_field_is_left_out_and_good_links_still_work(built):
    site, _, _ = built
    # field by field: the story with the bad link is not on its page
    assert "click" not in site.read("about/s0/index.html")
    assert "realself-claim" not in site.read("give/e7/index.html")
    story = site.html("about/teo/index.html").select_one(".realself-story")
    hrefs = [a["href"] for a in story.find_all("a")]
    srcs = [img["src"] for img in story.find_all("img")]
    assert hrefs == ["https://site.example/post.html"], hrefs
    assert srcs == ["https://site.example/images/teo.jpg"], srcs


def test_no_unsafe_url_in_any_output(built):
    site, _, _ = built
    found = {}
    for path in written(site.output):
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            problems = html_problems(text)
        elif path.suffix == ".xml":
            problems = feed_problems(path)
        elif path.suffix == ".json":
            problems = json_url_problems(json.loads(text))
        else:
            continue
        if problems:
            found[str(path)] = problems
    assert found == {}
    assert "javascript" not in site.read("realself.json")


def test_no_yaml_is_ever_copied(built):
    site, _, _ = built
    assert [p for p in written(site.output) if p.suffix in (".yaml", ".yml")] == []
    assert not (site.output / "realself" / "notes.yaml").exists()


# -- what validation cannot see: the URL Pelican finally writes ------------------


def test_a_link_that_slips_past_the_check_is_left_out_and_said(site, problems):
    """A backslash-escaped brace is no placeholder to a reader of the YAML, but
    Markdown drops the backslash and Pelican then rewrites the link."""
    write_teo(site)
    site.write(
        "realself/n.yaml",
        "kind: note\nprofile: teo\nquote: Q\nwho: W\nconsent: true\n"
        "reply: '[click](\\{self}javascript:alert(document.domain))'\n",
    )
    site.build(SITEURL="https://site.example", FEED_ALL_ATOM="all.atom.xml")
    page = site.read("about/teo/index.html")
    assert "click" in page
    assert "javascript" not in page
    assert html_problems(page) == []
    assert problems() == [
        "content/realself/n.yaml:6:8: reply: the link "
        "'{self}javascript:alert(document.domain)' would lead to "
        "'javascript:{self}javascript:alert(document.domain)', so it was left out: "
        "links go to https://, http:// or mailto: addresses or to pages and files "
        "of this site",
    ]


def test_realself_json_replies_are_the_text_the_page_shows(site):
    """Was: the raw Markdown source, HTML and all (<svg onload=...>)."""
    write_teo(site)
    site.write(
        "realself/n.yaml",
        "kind: note\nprofile: teo\nquote: Q\nwho: W\nconsent: true\n"
        "reply: '**Thanks**, <svg onload=alert(1)>Priya</svg>. [More](/more/)'\n",
    )
    site.build()
    (note,) = json.loads(site.read("realself.json"))["profiles"][0]["notes"]
    assert note["reply"] == "Thanks, Priya. More"


# -- our YAML is never a static file, whoever links to it ----------------------------


def test_articles_and_static_paths_cannot_publish_our_yaml(site, problems):
    write_teo(site)
    site.write("realself/keep.jpg", b"beside the YAML")
    site.write(
        "post.md",
        "Title: Post\nDate: 2026-01-01\n\n"
        "[notes]({static}/realself/teo.yaml) [all]({static}/realself) "
        "[root]({attach}/) [keep]({static}/realself/keep.jpg)\n",
    )
    site.build(STATIC_PATHS=["images", "realself"])
    assert [p.name for p in written(site.output) if "realself" in p.parts] == [
        "realself.css",
        "realself.js",
    ]
    names = [p.name for p in written(site.output)]
    assert "keep.jpg" not in names and "teo.yaml" not in names
    said = [m for m in problems() if "is not published" in m]
    assert said and all("REALSELF_PATHS" in m for m in said), problems()


def test_links_to_our_yaml_from_elsewhere_in_content_are_not_published(site):
    """A symbolic or hard link in images/ is our YAML under another name."""
    write_teo(site)
    notes = site.write("realself/notes.yaml", f"kind: note\nquote: {HELD_BACK}\n")
    os.symlink(notes, site.content / "images" / "soft.yaml")
    os.link(notes, site.content / "images" / "hard.txt")
    os.symlink(notes.parent, site.content / "images" / "folder")
    site.build(STATIC_PATHS=["images"])
    names = sorted(p.name for p in written(site.output / "images"))
    assert names == ["teo.jpg"]


def test_yaml_in_the_content_folder_itself_stays_private(site):
    """REALSELF_PATHS = [""]: the YAML files are ours, the images the site's."""
    site.write("teo.yaml", GOOD)
    site.write("images/teo.jpg", b"\xff\xd8\xff jpeg")
    site.write("post.md", "Title: P\nDate: 2026-01-01\n\n[y]({static}/teo.yaml)\n")
    site.build(REALSELF_PATHS=[""], STATIC_PATHS=[""])
    names = [p.name for p in written(site.output)]
    assert "teo.jpg" in names
    assert "teo.yaml" not in names


# -- 7. no write of ours goes through a link into content/ ------------------------


def test_output_links_into_content_are_replaced_not_written_through(site):
    """Was: the second build wrote our CSS into content/assets/my-realself.css."""
    write_teo(site)
    mine = site.write("assets/my-realself.css", "/* my own styles */\n")
    mine_js = site.write("assets/my.js", "// mine\n")
    settings = {
        "STATIC_PATHS": ["images", "assets"],
        "STATIC_CREATE_LINKS": True,
        "EXTRA_PATH_METADATA": {
            "assets/my-realself.css": {"path": "realself/realself.css"},
            "assets/my.js": {"path": "realself/realself.js"},
        },
    }
    site.build(**settings)
    site.build(**settings)
    assert mine.read_text() == "/* my own styles */\n"
    assert mine_js.read_text() == "// mine\n"


def test_symbolic_links_in_the_output_are_replaced_too(site):
    write_teo(site)
    victims = {
        "realself/realself.css": site.write("v/a.css", "a\n"),
        "realself.json": site.write("v/b.json", "{}\n"),
        "about/teo/index.html": site.write("v/c.html", "<p>c</p>\n"),
    }
    for name, victim in victims.items():
        link = site.output / name
        link.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(victim, link)
    site.build()
    for name in victims:
        assert not (site.output / name).is_symlink(), name
    assert [v.read_text() for v in victims.values()] == ["a\n", "{}\n", "<p>c</p>\n"]
    assert "Teo Marsh" in site.read("about/teo/index.html")


def test_the_checker_flags_what_the_issue_found():
    """The oracle the tests above rely on (a WHATWG URL parser) sees each
    reproduction as leaving the site or running script."""
    page = "https://site.example/about/teo/"
    for url in (
        "javascript:{self}javascript:alert(document.domain)",
        "javascript://%0aalert(1)%0a%2f%2f/{filename}javascript://%0aalert(1)",
        "/\\evil.example/a",
        "/\t/evil.example/b",
    ):
        assert url_problem(url, page), url
    assert url_problem("/about/", page) is None
