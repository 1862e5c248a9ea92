"""Shared material for the hostile-input tests: valid documents of every kind,
hypothesis strategies that break them, and checks on what the plugin says.

Not a test module itself (pytest collects test_*.py only); the fuzz,
injection and limits tests import from here.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from bs4 import BeautifulSoup
from hypothesis import strategies as st
from pelican.log import LimitFilter

from pelican.plugins.realself.problems import Problem

from conftest import HELD_BACK

# -- valid documents, every field filled --------------------------------------

PROFILE: dict[str, Any] = {
    "kind": "profile",
    "slug": "sam",
    "primary": True,
    "status": "published",
    "lang": "en",
    "name": "Sam Rivera",
    "pronouns": "she/her",
    "pronunciation": "SAM ree-VAIR-ah",
    "headline": "I build websites for people doing good work.",
    "photo": {
        "src": "{static}/images/sam.jpg",
        "alt": "Sam on a ridge at sunrise",
        "caption": "Before the coffee.",
    },
    "location": "a small town in the hills",
    "story": "I grew up *above* a shop.\n\n[The post]({filename}/post.md) says more.",
    "facets": [
        {"label": "Mornings", "text": "Coffee on the **back step**."},
        {"label": "My dog", "text": "Biscuit, afraid of bicycles."},
    ],
    "values": ["Say what I mean", "Give before I ask"],
    "honest": ["I am slow to answer on Fridays."],
    "not_a_fit_if": ["You want a brand voice with nobody behind it."],
    "now": {"updated": "2026-11-01", "text": "Learning to bake rye bread."},
    "links": [
        {"label": "Mastodon", "url": "https://example.social/@sam", "me": True},
        {"label": "Contact", "url": "/contact/"},
    ],
    "reciprocity": {
        "gives": ["I answer every email within two working days."],
        "hopes": ["If something here helped, tell one friend."],
        "ask": {
            "question": "What could I make that would make your week easier?",
            "url": "mailto:sam@example.com",
        },
    },
}

NOTE: dict[str, Any] = {
    "kind": "note",
    "profile": "good",
    "quote": "She asked about my kids before she asked about my website.",
    "who": "Priya, bakery owner",
    "relationship": "client since 2022",
    "date": "2025-03-02",
    "link": "https://priyasbakes.example/",
    "consent": True,
    "reply": "It was the *best* part of the call, Priya.",
    "lang": "en",
}

OFFER: dict[str, Any] = {
    "kind": "offer",
    "slug": "five-free-spots",
    "profile": "good",
    "status": "published",
    "lang": "en",
    "title": "Five free spots in my Sunday sessions",
    "summary": "Four weekly calls about the **website** you keep putting off.",
    "you_get": ["Four weekly one-hour calls", "A written plan to keep"],
    "spots": 5,
    "claimed": 2,
    "opens": "2026-11-20",
    "closes": "2026-12-05T23:59",
    "claim": "mailto:sam@example.com?subject=Sunday%20spot",
    "asks": ["Tell me what helped"],
    "how_chosen": "first come",
    "tags": ["coaching"],
}

OFFER_WITH_FILE: dict[str, Any] = {
    **OFFER,
    "slug": "workbook",
    "claim": "{static}/files/gift.pdf",
    "spots": None,
    "closes": "2027-01-31",
}

BASES: dict[str, dict[str, Any]] = {
    "profile": PROFILE,
    "note": NOTE,
    "offer": OFFER,
    "offer-file": OFFER_WITH_FILE,
}

# The files the valid documents point at: write them into every test site.
SUPPORT_FILES = {
    "images/sam.jpg": b"\xff\xd8\xff not really a jpeg",
    "files/gift.pdf": b"%PDF-1.4 a gift",
    "post.md": b"Title: A post\nDate: 2026-01-01\n\nHello.\n",
}
# A valid sibling that must always be built, whatever happens next to it;
# the notes and offers above belong to it.
GOOD = "kind: profile\nslug: good\nname: Good Sibling\n"
# A note held back (no consent): conftest's Site.build() searches every file
# of every build for HELD_BACK; the documents above link to this file too.
HELD_BACK_NOTE = (
    f"kind: note\nprofile: good\nquote: {HELD_BACK}\nwho: Rui\nconsent: false\n"
)
SUPPORT_FILES["realself/held-back.yaml"] = HELD_BACK_NOTE.encode("utf-8")


def paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path in a document, containers included (the root is ())."""
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out += paths(value, (*prefix, index))
    return out


def get(data: Any, path: tuple) -> Any:
    for part in path:
        data = data[part]
    return data


def put(data: Any, path: tuple, value: Any) -> Any:
    """Return ``data`` with the node at ``path`` replaced (the root too)."""
    if not path:
        return value
    get(data, path[:-1])[path[-1]] = value
    return data


def delete(data: Any, path: tuple) -> Any:
    if not path:
        return None
    parent = get(data, path[:-1])
    del parent[path[-1]]
    return data


# -- strategies ---------------------------------------------------------------

# Any character YAML can carry (no lone surrogates); YAML's own punctuation,
# often, since that is what breaks a hand-edited file.
unicode_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30
)
YAML_PUNCTUATION = ":-[]{}#&*!|>'\"%@`,?~=<\\\t\n "
yamlish_text = st.text(alphabet=YAML_PUNCTUATION + "ab1", max_size=16)
huge_text = st.builds(
    lambda char, size: char * size,
    st.sampled_from(["x", "é", "🙂", "a ", "*", "[", "\n", "<b>"]),
    st.integers(min_value=1_000, max_value=60_000),
)
TRICKY = [
    "",
    " ",
    "\t",
    "~",
    "null",
    "true",
    "false",
    "yes",
    "no",
    "on",
    "012",
    "1.10",
    "-0",
    "+1",
    "1e3",
    ".inf",
    ".nan",
    "0x1F",
    "2026-02-30",
    "2026-13-01",
    "0001-01-01",
    "9999-12-31",
    "9999-12-31T23:59",
    "0001-01-01T00:00+14:00",
    "9999-12-31T23:59-14:00",
    "2026-12-05T24:00",
    "2026-12-05T23:59+25:00",
    "2026-12-05 23:59:59Z",
    "{static}",
    "{static}/",
    "{attach}",
    "{static}/../secret.jpg",
    # Pelican's placeholders keep the scheme and host of what follows them
    "{self}javascript:alert(1)",
    "{filename}javascript://%0aalert(1)%0a%2f%2f",
    "{static}JaVaScRiPt:alert(1)",
    "{attach}data:text/html,x",
    "{tag}vbscript:x",
    "{static}//evil.example/x.jpg",
    "|filename|javascript:alert(1)",
    "[x]({self}javascript:alert(1))",
    "[x][r]\n\n[r]: {category}javascript:alert(1)",
    "[x](\\{self}javascript:alert(1))",
    "[x](&#123;self}&#106;avascript:alert(1))",
    '<a href="{index}javascript:alert(1)">x</a>',
    '<img src="{attach}">',
    # our YAML, named as a file to publish
    "{static}/realself/good.yaml",
    "{static}good.yaml",
    "{attach}../realself/held-back.yaml",
    "![n]({static}/realself/held-back.yaml)",
    # paths a browser reads as another host
    "/\\evil.example/a",
    "/\t/evil.example/b",
    "\\\\evil.example/x",
    "[x](/\\evil.example/a)",
    "{static}/images/missing.jpg",
    "{static}/images/sam.jpg?x#y",
    "{static}%2e%2e/secret.jpg",
    "{filename}/post.md",
    "{attach}/files/gift.pdf",
    "/",
    "//evil.example",
    "#",
    "https://",
    "https:x",
    "http://a",
    "mailto:",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,x",
    "vbscript:x",
    "file:///etc/passwd",
    "<script>alert(1)</script>",
    "[realself:offers]",
    "{{ 7 * 7 }}",
    "{% raw %}",
    "\u202e\u200b\ufeff",
    "\x85\u2028\u2029",
    # separators and controls that read as structure or show as nothing
    "I fix bikes.\u2029primary: true",
    "x\u2028kind: offer",
    "a\x85- b",
    "Xav\x9bier",
    "del\x7f",
    "\x80\x9f",
    "a" * 101,
]
scalars = st.one_of(
    unicode_text,
    yamlish_text,
    huge_text,
    st.sampled_from(TRICKY),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.integers(min_value=-3, max_value=2_000_000),
    st.booleans(),
    st.none(),
    st.floats(),
    st.dates().map(str),
    st.datetimes().map(lambda d: d.isoformat()),
)
keys = st.one_of(
    st.sampled_from(sorted({k for base in BASES.values() for k in base})),
    st.sampled_from(["kind", "<<", "?", "", "headlin", "Name", "text", "url"]),
    unicode_text,
    st.integers(min_value=-5, max_value=5),
    st.none(),
    st.booleans(),
)
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(keys, children, max_size=4),
    ),
    max_leaves=8,
)


_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: much faster


def dump(data: Any, style: str) -> str:
    """YAML text the way people (and tools) write it."""
    if style == "json":  # JSON is YAML too
        return json.dumps(data, ensure_ascii=False, default=str) + "\n"
    flow = {"block": False, "flow": True, "mixed": None}[style]
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=flow,
        width=60,
    )


@st.composite
def data_mutation(draw, data: Any) -> tuple[Any, str]:
    """One change to a document's data: a random value, a deletion, a swap."""
    where = draw(st.sampled_from(paths(data)))
    how = draw(
        st.sampled_from(
            ["scalar", "value", "delete", "wrap-list", "wrap-map", "swap", "add-key"]
        )
    )
    if how == "scalar":
        data = put(data, where, draw(scalars))
    elif how == "value":
        data = put(data, where, draw(values))
    elif how == "delete":
        data = delete(data, where)
    elif how == "wrap-list":
        data = put(data, where, [copy.deepcopy(get(data, where))])
    elif how == "wrap-map":
        data = put(data, where, {draw(keys): copy.deepcopy(get(data, where))})
    elif how == "swap":
        other = draw(st.sampled_from(paths(data)))
        a, b = copy.deepcopy(get(data, where)), copy.deepcopy(get(data, other))
        # Only when neither contains the other: a swap, not a cycle.
        if where[: len(other)] != other and other[: len(where)] != where:
            data = put(data, where, b)
            data = put(data, other, a)
    elif how == "add-key":
        target = get(data, where)
        if isinstance(target, dict):
            target[draw(keys)] = draw(values)
    return data, f"{how} at {where!r}"


EDITS = ["insert", "delete", "replace", "duplicate-line", "drop-line", "indent"]
EDITS += ["dedent", "swap-lines", "truncate", "crlf", "bom", "tab", "separator"]
# Line breaks for YAML that editors do not show (and a lone CR, which they do)
SEPARATORS = ["\x85", "\u2028", "\u2029", "\r"]


@st.composite
def text_edit(draw, text: str) -> tuple[str, str]:
    """One change to a document's text: what a slip in an editor does."""
    how = draw(st.sampled_from(EDITS))
    at = draw(st.integers(min_value=0, max_value=len(text)))
    lines = text.split("\n")
    line = draw(st.integers(min_value=0, max_value=max(len(lines) - 1, 0)))
    junk = draw(st.one_of(yamlish_text, unicode_text, st.sampled_from(TRICKY)))
    if how == "insert":
        text = text[:at] + junk + text[at:]
    elif how == "delete":
        size = draw(st.integers(min_value=1, max_value=40))
        text = text[:at] + text[at + size :]
    elif how == "replace":
        text = text[:at] + junk + text[at + len(junk) :]
    elif how == "duplicate-line":
        lines.insert(line, lines[line])
        text = "\n".join(lines)
    elif how == "drop-line":
        del lines[line]
        text = "\n".join(lines)
    elif how == "indent":
        lines[line] = " " * draw(st.integers(1, 9)) + lines[line]
        text = "\n".join(lines)
    elif how == "dedent":
        lines[line] = lines[line].lstrip()
        text = "\n".join(lines)
    elif how == "swap-lines":
        other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        lines[line], lines[other] = lines[other], lines[line]
        text = "\n".join(lines)
    elif how == "truncate":  # an editor that saved half a file
        text = text[:at]
    elif how == "crlf":
        text = text.replace("\n", "\r\n")
    elif how == "bom":
        text = "\ufeff" + text
    elif how == "tab":
        lines[line] = "\t" + lines[line]
        text = "\n".join(lines)
    elif how == "separator" and line + 1 < len(lines):  # a pasted line break
        lines[line : line + 2] = [
            lines[line] + draw(st.sampled_from(SEPARATORS)) + lines[line + 1]
        ]
        text = "\n".join(lines)
    return text, f"{how} at {at}/line {line + 1}"


@st.composite
def documents(draw, kind: str | None = None) -> str:
    """One YAML document, starting from a valid one of ``kind`` (any if None),
    with data changes, then text edits, in varying numbers (zero included)."""
    kind = kind or draw(st.sampled_from(sorted(BASES)))
    data = copy.deepcopy(BASES[kind])
    for _ in range(draw(st.sampled_from([0, 1, 1, 1, 2, 3]))):
        data, _how = draw(data_mutation(data))
    text = dump(data, draw(st.sampled_from(["block", "flow", "mixed", "json"])))
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 1, 2]))):
        text, _how = draw(text_edit(text))
    return text


@st.composite
def files(draw, kind: str | None = None) -> list[str]:
    """The documents of one YAML file: one to three (mostly one)."""
    count = draw(st.sampled_from([1, 1, 1, 2, 3]))
    return [draw(documents(kind)) for _ in range(count)]


def join(docs: list[str]) -> str:
    """One file's text from its documents."""
    return "---\n".join(d if d.endswith("\n") else d + "\n" for d in docs)


# -- what a located message looks like -----------------------------------------

LOCATED = re.compile(r"^(?P<file>[^:\n]+\.ya?ml):(?P<line>\d+):(?P<col>\d+): [^\n]+$")


def assert_located(problem: Problem, text: str | None = None) -> None:
    """A problem names its file, a real line and column, and says something."""
    assert isinstance(problem, Problem), problem
    assert problem.level in ("error", "warning", "info"), problem
    assert problem.source.endswith((".yaml", ".yml")), problem
    assert problem.line >= 1 and problem.column >= 1, problem
    assert problem.message.strip(), problem
    line = str(problem)
    assert "\n" not in line and "\r" not in line, line
    assert "Traceback" not in line, line
    assert LOCATED.match(line), line
    if text is not None:
        # Lines as editors count them: YAML's NEL, LS and PS are refused, so
        # they never shift a line number.
        lines = re.split("\r\n|[\r\n]", text)
        assert problem.line <= len(lines) + 1, (problem, len(lines))
        if problem.line <= len(lines):
            assert problem.column <= len(lines[problem.line - 1]) + 1, problem


# -- running a build and listening to it ---------------------------------------


class Records(logging.Handler):
    """Every log record of a build, whoever wrote it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def ours(self, level: int = logging.WARNING) -> list[str]:
        return [
            r.getMessage()
            for r in self.records
            if r.name.startswith("pelican.plugins.realself") and r.levelno >= level
        ]

    def others(self, level: int = logging.ERROR) -> list[str]:
        return [
            f"{r.name}: {r.getMessage()}"
            for r in self.records
            if not r.name.startswith("pelican.plugins.realself") and r.levelno >= level
        ]


@contextlib.contextmanager
def listening(level: int = logging.WARNING) -> Iterator[Records]:
    """Collect log records (Pelican's repeat filter emptied first)."""
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()
    handler = Records()
    root = logging.getLogger()
    saved = root.level
    root.addHandler(handler)
    root.setLevel(min(level, saved))
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(saved)


# Any located message of ours, about a YAML file or an article with a marker.
ANY_LOCATED = re.compile(r"^content/[^:\n]+:\d+:\d+: [^\n]+$")


def written(output: Path) -> list[Path]:
    return sorted(p for p in output.rglob("*") if p.is_file())


def inside(path: Path, folder: Path) -> bool:
    """Path-aware containment: output-other is not inside output."""
    path, folder = Path(os.path.realpath(path)), Path(os.path.realpath(folder))
    return path == folder or folder in path.parents


# -- what a visitor's browser would run ----------------------------------------

# Attributes a browser follows or fetches.
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "data",
    "cite",
    "background",
    "longdesc",
    "manifest",
    "ping",
    "xlink:href",
    "srcset",
}
# Elements that run, embed or redirect; none of our templates writes them.
ACTIVE_ELEMENTS = {
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "base",
    "form",
    "portal",
}
SAFE_SCHEMES = {"http:", "https:", "mailto:"}
OUR_SCRIPT = re.compile(r"^(?:https?://[^/]+)?(?:[./]*/)?realself/realself\.js$")
# The page a URL is read from, when the test does not say: relative URLs
# must stay on its host.
PAGE = "https://site.example/about/sam/"


def url_problem(url: str, page: str = PAGE) -> str | None:
    """What is wrong with following ``url`` from ``page``, as a browser reads it.

    ada (the WHATWG URL standard, as browsers implement it) parses the URL;
    tabs, line breaks, backslashes and leading controls are its business,
    not a list of ours. Absolute URLs may be http, https or mailto; a relative
    one must stay on the page's own host.
    """
    from ada_url import URL, check_url

    if check_url(url):  # absolute: whatever host, but only these schemes
        scheme = URL(url).protocol
        return None if scheme in SAFE_SCHEMES else f"{scheme} URL {url!r}"
    try:
        resolved = URL(url, page)
    except ValueError:
        return None  # a browser cannot follow it at all
    here = URL(page)
    if (resolved.protocol, resolved.host) != (here.protocol, here.host):
        return f"{url!r} leaves the site for {resolved.href!r}"
    return None


def url_is_safe(value: str) -> bool:
    """http, https, mailto or a path on the site, as a browser reads it."""
    return url_problem(value) is None


# Keys whose values are URLs in realself.json and in our JSON-LD.
JSON_URL_KEYS = {"url", "link", "claim", "image", "sameAs", "@id", "logo"}


def json_url_problems(data: Any, page: str = PAGE) -> list[str]:
    """Every URL value in a JSON document that a browser should not follow."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in JSON_URL_KEYS:
                for url in value if isinstance(value, list) else [value]:
                    if isinstance(url, str) and (problem := url_problem(url, page)):
                        found.append(f"{key}: {problem}")
            else:
                found += json_url_problems(value, page)
    elif isinstance(data, list):
        for value in data:
            found += json_url_problems(value, page)
    return found


def html_problems(html: str) -> list[str]:
    """Everything in a page that could run script or leave for a bad URL.

    Parsed with html5lib, the way a browser parses it (entities decoded,
    broken markup repaired), so a payload cannot hide in a parser quirk.
    """
    page = BeautifulSoup(html, "html5lib")
    found = []
    for script in page.find_all("script"):
        if script.get("type") == "application/ld+json":
            try:
                found += json_url_problems(json.loads(script.string or ""))
            except ValueError:
                found.append(f"JSON-LD does not parse: {script!s:.200}")
            continue
        src = script.get("src") or ""
        if not OUR_SCRIPT.match(src) or (script.string or "").strip():
            found.append(f"script we did not write: {script!s:.200}")
    for tag in page.find_all(True):
        if tag.name in ACTIVE_ELEMENTS:
            found.append(f"<{tag.name}> element: {tag!s:.200}")
        if tag.name == "meta" and str(tag.get("http-equiv", "")).lower() == "refresh":
            found.append(f"meta refresh: {tag!s:.200}")
        for name, value in tag.attrs.items():
            values = value if isinstance(value, list) else [value]
            if name.lower().startswith("on"):
                found.append(f"{name} attribute on <{tag.name}>: {tag!s:.200}")
            if name.lower() not in URL_ATTRIBUTES:
                continue
            for one in values:
                urls = [u.split()[0] for u in one.split(",") if u.split()]
                urls = urls if name.lower() == "srcset" else [one]
                for url in urls:
                    if not url_is_safe(url):
                        found.append(f"{name}={url!r} on <{tag.name}>")
    return found


ATOM = "{http://www.w3.org/2005/Atom}"


def feed_problems(path: Path) -> list[str]:
    """An Atom feed: entries' HTML as html_problems sees it, and every link."""
    import xml.etree.ElementTree as ET

    found = []
    for node in ET.parse(path).getroot().iter():
        if node.tag in (f"{ATOM}content", f"{ATOM}summary"):
            found += html_problems(node.text or "")
        if node.tag == f"{ATOM}link" and (problem := url_problem(node.get("href"))):
            found.append(f"link: {problem}")
    return found
