"""Malformed YAML: one located, kind message per problem; the rest still builds.

Every case writes one bad file next to a valid profile (``good.yaml``), builds
the site and pins the exact message(s), and what was built: a mistake in a
field the profile can do without costs only that field (``KEPT``), anything
else leaves the document out. Messages read:
``content/realself/<file>.yaml:LINE:COL: field.path: message``, with line and
column of the offending node (the key for an unknown key, else the value).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field

import pytest

GOOD = "kind: profile\nname: Good Sibling\n"


@dataclass
class Bad:
    """One malformed file and what the build must say about it."""

    id: str
    text: str | bytes
    expected: list[str]  # "LINE:COL: field: message", after the file's name
    file: str = "bad"  # content/realself/<file>.yaml
    settings: dict = field(default_factory=dict)
    others: dict[str, str] = field(default_factory=dict)  # more valid files
    pages: list[str] = field(default_factory=list)  # slugs written besides good
    unseen: str | None = None  # text of the bad document found on no page

    def param(self):
        return pytest.param(self, id=self.id)


def bomb() -> str:
    """Billion laughs: nine levels of nine aliases each."""
    lines = ["kind: profile", "name: Sam"]
    lines.append("a: &a [" + ", ".join(["lol"] * 9) + "]")
    for name, previous in zip("bcdefghi", "abcdefgh", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def link(url: str) -> str:
    return f"kind: profile\nname: Sam\nlinks:\n  - {{label: Home, url: {url}}}\n"


NOT_ALLOWED = (
    "links are not allowed; use https://, http://, mailto: or a path on this site"
)
NO_JS = f"4:24: links[0].url: javascript: {NOT_ALLOWED}"
NO_SCHEME = (
    "4:24: links[0].url: must start with https://, http://, mailto: or / "
    "(a page of this site)"
)

CASES = [
    # -- YAML syntax ---------------------------------------------------------
    Bad(
        "syntax-unclosed-bracket",
        "kind: profile\nname: Sam\nvalues: [Say what I mean, Give first\n",
        ["3:9: YAML syntax: this '[' is never closed; end the list with ']'"],
    ),
    Bad(
        "syntax-unclosed-quote",
        'kind: profile\nname: "Sam Rivera\npronouns: she/her\n',
        ['2:7: YAML syntax: this " is never closed; end the text with "'],
    ),
    Bad(
        "syntax-bad-indentation",
        "kind: profile\nname: Sam\n  pronouns: she/her\n",
        [
            "3:3: YAML syntax: this line is indented more than the line above; "
            "line it up with the other keys"
        ],
    ),
    Bad(
        "syntax-bad-indentation-nested",
        "kind: profile\nname: Sam\nnow:\n  updated: 2026-11-01\n text: Baking.\n",
        ["5:2: YAML syntax: expected a 'key: value' line here; check the indentation"],
    ),
    Bad(
        "syntax-tab",
        "kind: profile\nname: Sam\nnow:\n\tupdated: 2026-11-01\n",
        ["4:1: YAML syntax: a tab here; indent with spaces, not tabs"],
    ),
    Bad(
        "syntax-at-sign",
        "kind: profile\nname: @sam\n",
        ["2:7: YAML syntax: text cannot start with '@'; put the whole value in quotes"],
    ),
    Bad(
        "syntax-colon-in-value",
        "kind: profile\nname: Sam\nheadline: Note to self: breathe\n",
        ["3:23: YAML syntax: a value with ': ' in it needs quotes"],
    ),
    # -- unknown keys ----------------------------------------------------------
    Bad(
        "unknown-key",
        "kind: profile\nname: Sam\nheadlin: Hello\n",
        ["3:1: headlin: unknown field; did you mean 'headline'?"],
    ),
    Bad(
        "unknown-key-nested",
        "kind: profile\nname: Sam\nreciprocity:\n"
        "  gives: [Time]\n  hops: [Tell one friend]\n",
        ["5:3: reciprocity.hops: unknown field; did you mean 'hopes'?"],
    ),
    Bad(
        "unknown-key-in-list-item",
        "kind: profile\nname: Sam\nfacets:\n  - {label: Dog, text: Biscuit}\n"
        "  - {lable: Cat, text: Miso}\n",
        ["5:6: facets[1].lable: unknown field; did you mean 'label'?"],
    ),
    # -- wrong types -----------------------------------------------------------
    Bad(
        "text-given-a-list",
        "kind: profile\nname: Sam\nfacets:\n"
        "  - label: Mornings\n    text: [Coffee, Quiet]\n",
        ["5:11: facets[0].text: must be text, got a list"],
    ),
    Bad(
        "list-given-text",
        "kind: profile\nname: Sam\nvalues: Say what I mean\n",
        ["3:9: values: must be a list, got the text 'Say what I mean'"],
    ),
    Bad(
        "group-given-text",
        "kind: profile\nname: Sam\nnow: baking bread\n",
        [
            "3:6: now: must be a group of fields (key: value lines), "
            "got the text 'baking bread'"
        ],
    ),
    Bad(
        "text-given-true",
        "kind: profile\nname: true\n",
        ['2:7: name: must be text; write "true" in quotes if you mean the word'],
    ),
    Bad(
        "bool-given-yes",
        "kind: profile\nname: Sam\nprimary: yes\n",
        ["3:10: primary: must be true or false, got the text 'yes'"],
    ),
    Bad(
        "bool-given-on",
        "kind: profile\nname: Sam\nprimary: on\n",
        ["3:10: primary: must be true or false, got the text 'on'"],
    ),
    Bad(
        "bool-given-no",
        "kind: profile\nname: Sam\nlinks:\n"
        "  - {label: Mastodon, url: 'https://example.social/@sam', me: no}\n",
        ["4:63: links[0].me: must be true or false, got the text 'no'"],
    ),
    Bad(
        "bool-given-quoted-true",
        'kind: profile\nname: Sam\nprimary: "true"\n',
        ["3:10: primary: must be true without quotes"],
    ),
    Bad(
        "status-typo",
        "kind: profile\nname: Sam\nstatus: publish\n",
        [
            "3:9: status: must be 'published', 'hidden' or 'draft'; "
            "did you mean 'published'?"
        ],
    ),
    # -- duplicate keys ----------------------------------------------------------
    Bad(
        "duplicate-key",
        "kind: profile\nname: Sam\npronouns: she/her\nname: Samantha\n",
        ["4:1: name: duplicate key (first at line 2, again at line 4)"],
    ),
    Bad(
        "duplicate-key-nested",
        "kind: profile\nname: Sam\nnow:\n  text: a\n  updated: 2026-11-01\n  text: b\n",
        ["6:3: now.text: duplicate key (first at line 4, again at line 6)"],
    ),
    # -- dates -----------------------------------------------------------------
    Bad(
        "impossible-date",
        "kind: profile\nname: Sam\nnow:\n  updated: 2024-02-30\n  text: Baking.\n",
        [
            "4:12: now.updated: 2024-02-30 is not a real date "
            "(February 2024 has 29 days)"
        ],
    ),
    Bad(
        "impossible-month",
        "kind: profile\nname: Sam\nnow: {updated: 2026-13-01, text: Baking.}\n",
        ["3:16: now.updated: 2026-13-01 is not a real date (there is no month 13)"],
    ),
    Bad(
        "not-a-date",
        "kind: profile\nname: Sam\nnow: {updated: last Tuesday, text: Baking.}\n",
        [
            "3:16: now.updated: must be a date like 2026-11-01, "
            "got the text 'last Tuesday'"
        ],
    ),
    # -- links -----------------------------------------------------------------
    Bad("javascript-url", link("'javascript:alert(1)'"), [NO_JS]),
    Bad("javascript-mixed-case", link("'JaVaScRiPt:alert(1)'"), [NO_JS]),
    Bad("javascript-leading-space", link("' javascript:alert(1)'"), [NO_JS]),
    Bad("javascript-leading-tab", link('"\\tjavascript:alert(1)"'), [NO_JS]),
    Bad("javascript-inner-tab", link('"java\\tscript:alert(1)"'), [NO_JS]),
    Bad("javascript-inner-newline", link('"java\\nscript:alert(1)"'), [NO_JS]),
    Bad("javascript-zero-width", link('"java\\u200bscript:alert(1)"'), [NO_JS]),
    Bad("javascript-entity", link("'javascript&colon;alert(1)'"), [NO_SCHEME]),
    Bad("javascript-numeric-entity", link("'&#106;avascript:alert(1)'"), [NO_SCHEME]),
    Bad(
        "data-url",
        link("'data:text/html,<script>alert(1)</script>'"),
        [f"4:24: links[0].url: data: {NOT_ALLOWED}"],
    ),
    Bad(
        "vbscript-url",
        link("'VBScript:msgbox(1)'"),
        [f"4:24: links[0].url: vbscript: {NOT_ALLOWED}"],
    ),
    Bad(
        "url-without-scheme",
        link("example.com/sam"),
        ["4:24: links[0].url: write the whole address, starting with https://"],
    ),
    Bad(
        "url-https-without-slashes",
        link("'https:example.com'"),
        ["4:24: links[0].url: write the whole address, like https://example.com/"],
    ),
    Bad(
        "ask-url-javascript",
        "kind: profile\nname: Sam\nreciprocity:\n"
        "  ask: {question: What would help?, url: 'javascript:alert(1)'}\n",
        [f"4:42: reciprocity.ask.url: javascript: {NOT_ALLOWED}"],
    ),
    # -- photos ----------------------------------------------------------------
    Bad(
        "photo-without-alt",
        "kind: profile\nname: Sam\nphoto:\n  src: https://example.com/sam.jpg\n",
        [
            "4:3: photo.alt: is required: a few words describing the photo, "
            "for people who cannot see it"
        ],
    ),
    Bad(
        "photo-outside-content",
        "kind: profile\nname: Sam\nphoto: {src: '{static}/../secret.jpg', alt: Sam}\n",
        ["3:14: photo.src: points outside the content folder"],
    ),
    Bad(
        "photo-outside-content-relative",
        "kind: profile\nname: Sam\n"
        "photo: {src: '{static}../../secret.jpg', alt: Sam}\n",
        ["3:14: photo.src: points outside the content folder"],
    ),
    Bad(
        "photo-missing",
        "kind: profile\nname: Sam\nphoto: {src: '{static}/images/sam.jpg', alt: Sam}\n",
        ["3:14: photo.src: file not found: content/images/sam.jpg"],
    ),
    Bad(
        "photo-javascript",
        "kind: profile\nname: Sam\nphoto: {src: 'javascript:alert(1)', alt: Sam}\n",
        [f"3:14: photo.src: javascript: {NOT_ALLOWED}"],
    ),
    # -- hostile files -----------------------------------------------------------
    Bad(
        "alias-bomb",
        bomb(),
        [
            "7:8: e[0]: this alias would grow the document past 10,000 values; "
            "write the values out instead"
        ],
    ),
    Bad(
        "too-many-aliases",
        "kind: profile\nname: &n Sam\nvalues:\n" + "  - *n\n" * 33,
        ["36:5: values[32]: more than 32 aliases; write the values out instead"],
    ),
    Bad(
        "undefined-alias",
        "kind: profile\nname: *sam\n",
        ["2:7: name: *sam has no &sam above it; define the anchor before using it"],
    ),
    Bad(
        "oversized-file",
        "kind: profile\nname: Sam\nstory: " + "x" * (200 - 31) + "\n",
        ["1:1: file is 201 bytes; the limit is 200 (REALSELF_MAX_FILE_BYTES)"],
        settings={"REALSELF_MAX_FILE_BYTES": 200},
    ),
    Bad(
        "not-utf8",
        b"kind: profile\nname: Ren\xe9e\n",
        ["2:10: file is not UTF-8 text; save it as UTF-8"],
    ),
    Bad(
        "nul-byte",
        b"kind: profile\nname: Sam\x00\n",
        ["2:10: file contains a NUL byte; save it as plain UTF-8 text"],
    ),
    Bad(
        "python-tag",
        "kind: profile\nname: Sam\nstory: !!python/object/apply:os.system [ls]\n",
        [
            "3:8: story: YAML tags like !!python/object/apply:os.system are not "
            "allowed; remove the tag"
        ],
    ),
    Bad(
        "python-tag-on-document",
        "!!python/object:__main__.Exploit\nkind: profile\nname: Sam\n",
        [
            "1:1: YAML tags like !!python/object:__main__.Exploit are not allowed; "
            "remove the tag"
        ],
    ),
    Bad(
        "merge-key",
        "kind: profile\nname: Sam\nnow: {<<: {text: x}, updated: 2026-11-01}\n",
        [
            "3:6: now.text: is required",
            "3:7: now.<<: merge keys (<<) are not supported",
        ],
    ),
    Bad(
        "key-that-is-a-list",
        "kind: profile\nname: Sam\n? [a, b]\n: c\n",
        ["3:3: a key must be a plain name, not a list or group"],
    ),
    Bad(
        "deep-nesting",
        "kind: profile\nname: Sam\nstory: " + "[" * 41 + "]" * 41 + "\n",
        ["3:47: nested more than 40 levels deep"],
    ),
    # -- document shape ----------------------------------------------------------
    Bad(
        "list-not-mapping",
        "- kind: profile\n- name: Sam\n",
        ["1:1: a document must be a group of fields, got a list"],
    ),
    Bad(
        "missing-kind",
        "name: Sam\npronouns: she/her\n",
        ["1:1: kind: is required; start the document with a line like 'kind: profile'"],
    ),
    Bad(
        "unknown-kind",
        "kind: profil\nname: Sam\n",
        ["1:7: kind: unknown kind 'profil'; did you mean 'profile'?"],
    ),
    Bad(
        "kind-given-a-list",
        "kind: [profile]\nname: Sam\n",
        ["1:7: kind: must be text, like 'kind: profile'; got a list"],
    ),
    Bad(
        "missing-name",
        "kind: profile\npronouns: she/her\n",
        ["1:1: name: is required"],
    ),
    Bad("empty-name", "kind: profile\nname: ''\n", ["2:7: name: must not be empty"]),
    Bad("blank-name", "kind: profile\nname:\n", ["2:6: name: must not be empty"]),
    Bad(
        "bad-slug",
        "kind: profile\nslug: Sam Rivera!\nname: Sam\n",
        ["2:7: slug: use lowercase letters, digits and dashes only, like 'sam-rivera'"],
    ),
    Bad(
        "slug-with-path",
        "kind: profile\nslug: ../../etc\nname: Sam\n",
        ["2:7: slug: use lowercase letters, digits and dashes only, like 'sam-rivera'"],
    ),
    Bad(
        "bad-lang",
        "kind: profile\nname: Sam\nlang: English!\n",
        ["3:7: lang: use a language code like 'en' or 'pt-BR'"],
    ),
    # -- across documents --------------------------------------------------------
    Bad(
        "slug-taken-by-file-name",
        "kind: profile\nslug: good\nname: Twin\n",
        [
            "2:7: slug: 'good' is already used by content/realself/good.yaml "
            "(from its file name); give this profile its own slug"
        ],
        file="twin",
        unseen="Twin",
    ),
    Bad(
        "slug-taken",
        "kind: profile\nslug: sam\nname: Zed\n",
        [
            "2:7: slug: 'sam' is already used by content/realself/ann.yaml:2:7; "
            "give this profile its own slug"
        ],
        file="zed",
        others={"ann": "kind: profile\nslug: sam\nname: Ann\n"},
        pages=["sam"],
        unseen="Zed",
    ),
    Bad(
        "two-primary",
        "kind: profile\nname: Zoe\nprimary: true\n",
        [
            "3:10: primary: only one profile can be primary; "
            "content/realself/alex.yaml:3:10 already is"
        ],
        file="zoe",
        others={"alex": "kind: profile\nname: Alex\nprimary: true\n"},
        pages=["alex"],
        unseen="Zoe",
    ),
    Bad(
        "several-documents-one-bad",
        "kind: profile\nslug: pat\nname: Pat\n---\n"
        "kind: profile\nslug: kim\nname: Kim\npronouns: [she, her]\n",
        ["8:11: pronouns: must be text, got a list"],
        file="people",
        pages=["pat"],
    ),
    Bad(
        "several-documents-syntax-error-in-second",
        "kind: profile\nslug: pat\nname: Pat\n---\n"
        "kind: profile\nslug: kim\nname: [Kim\n",
        ["7:7: YAML syntax: this '[' is never closed; end the list with ']'"],
        file="people",
        pages=["pat"],
        unseen="Kim",
    ),
    Bad(
        "several-documents-without-slugs",
        "kind: profile\nslug: pat\nname: Pat\n---\nkind: profile\nname: Kim\n",
        ["5:1: slug: is required when a file holds several of this kind"],
        file="people",
        pages=["pat"],
        unseen="Kim",
    ),
]


# Cases whose profile is still built, without the bad field or list item
# (id -> slug). The others are not valid YAML, lack a kind or a name, or
# have a bad slug, status or lang: the page would be wrong or elsewhere.
KEPT = {
    case: "bad"
    for case in (
        "unknown-key",
        "unknown-key-nested",
        "unknown-key-in-list-item",
        "text-given-a-list",
        "list-given-text",
        "group-given-text",
        "bool-given-yes",
        "bool-given-on",
        "bool-given-no",
        "bool-given-quoted-true",
        "duplicate-key-nested",
        "impossible-date",
        "impossible-month",
        "not-a-date",
        "javascript-url",
        "javascript-mixed-case",
        "javascript-leading-space",
        "javascript-leading-tab",
        "javascript-inner-tab",
        "javascript-inner-newline",
        "javascript-zero-width",
        "javascript-entity",
        "javascript-numeric-entity",
        "data-url",
        "vbscript-url",
        "url-without-scheme",
        "url-https-without-slashes",
        "ask-url-javascript",
        "photo-without-alt",
        "photo-outside-content",
        "photo-outside-content-relative",
        "photo-missing",
        "photo-javascript",
        "python-tag",
        "merge-key",
        "key-that-is-a-list",
    )
} | {"several-documents-one-bad": "kim"}


def written_profiles(site) -> set[str]:
    """Slugs of the profile pages in the output (about/<slug>/index.html)."""
    return {p.parent.name for p in (site.output / "about").glob("*/index.html")}


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_malformed_file_costs_only_its_mistake(site, problems, case: Bad):
    (site.root / "secret.jpg").write_bytes(b"not for the web")
    site.write("realself/good.yaml", GOOD)
    for name, text in case.others.items():
        site.write(f"realself/{name}.yaml", text)
    site.write(f"realself/{case.file}.yaml", case.text)
    site.build(**case.settings)

    where = f"content/realself/{case.file}.yaml:"
    assert problems() == [where + message for message in case.expected]
    assert "Good Sibling" in site.read("about/good/index.html")
    # The bad document is built without its mistake, or not at all (not even
    # under another slug).
    kept = {KEPT[case.id]} if case.id in KEPT else set()
    assert written_profiles(site) == {"good", *case.pages, *kept}
    for path in site.output.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        if case.unseen:
            assert case.unseen not in html, path
        assert "alert(1)" not in html and "script:" not in html.lower(), path
    assert not list(site.output.rglob("secret.jpg"))


def test_yaml_1_1_look_alikes_are_text(site, problems):
    """Only true/false are booleans; 'no', '012', '1.10', 'on' stay as written."""
    site.write(
        "realself/sam.yaml",
        """
        kind: profile
        name: no
        pronouns: 012
        pronunciation: NO
        headline: 1.10
        location: on
        values: [yes, off, 0o14, 1e3, 0x1F, 1_000, 2026-11-01, .inf]
        """,
    )
    page = site.build().html("about/sam/index.html")
    assert problems() == []
    card = page.select_one("article.h-card")
    assert card.select_one(".p-name").get_text() == "no"
    assert card.select_one(".p-pronouns").get_text() == "012"
    assert card.select_one(".p-note").get_text() == "1.10"
    assert card.select_one(".p-locality").get_text() == "on"
    words = card.get_text(" ")
    for value in ("NO", "yes", "off", "0o14", "1e3", "0x1F", "1_000", "2026-11-01"):
        assert re.search(rf"(^|\s){re.escape(value)}(\s|$)", words), value
    assert ".inf" in words


def test_every_bad_file_gives_its_message(site, problems):
    """N bad files in one build: N messages, and the good page still builds."""
    bad = {
        "a-syntax": (
            "kind: profile\nname: [Sam\n",
            "2:7: YAML syntax: this '[' is never closed; end the list with ']'",
        ),
        "b-unknown": (
            "kind: profile\nname: B\nhedline: x\n",
            "3:1: hedline: unknown field; did you mean 'headline'?",
        ),
        "c-type": (
            "kind: profile\nname: C\nvalues: x\n",
            "3:9: values: must be a list, got the text 'x'",
        ),
        "d-url": (link("'javascript:x'"), NO_JS),
        "e-date": (
            "kind: profile\nname: E\nnow: {updated: 2025-02-29, text: x}\n",
            "3:16: now.updated: 2025-02-29 is not a real date "
            "(February 2025 has 28 days)",
        ),
        "f-kind": (
            "name: F\n",
            "1:1: kind: is required; start the document with a line like "
            "'kind: profile'",
        ),
        "g-bytes": (
            b"kind: profile\nname: \xff\n",
            "2:7: file is not UTF-8 text; save it as UTF-8",
        ),
    }
    site.write("realself/good.yaml", GOOD)
    for name, (text, _) in bad.items():
        site.write(f"realself/{name}.yaml", text)
    site.build()
    assert problems() == [
        f"content/realself/{name}.yaml:{message}"
        for name, (_, message) in sorted(bad.items())
    ]
    # a misspelled field, a list given text, a bad link or date cost that field
    assert written_profiles(site) == {"good", "b-unknown", "c-type", "d-url", "e-date"}


def test_one_document_with_several_problems_gives_them_all(site, problems):
    site.write("realself/good.yaml", GOOD)
    site.write(
        "realself/sam.yaml",
        """
        kind: profile
        name: ''
        primary: yes
        links:
          - {label: Home, url: 'javascript:alert(1)'}
        reciprocity: {hops: [x]}
        """,
    )
    site.build()
    where = "content/realself/sam.yaml:"
    assert problems() == [
        where + "2:7: name: must not be empty",
        where + "3:10: primary: must be true or false, got the text 'yes'",
        where + f"5:24: links[0].url: javascript: {NOT_ALLOWED}",
        where + "6:15: reciprocity.hops: unknown field; did you mean 'hopes'?",
    ]
    assert written_profiles(site) == {"good"}


# -- Pelican's real command line ---------------------------------------------

PELICANCONF = """
PATH = "content"
OUTPUT_PATH = "output"
PLUGINS = ["pelican.plugins.realself"]
SITENAME = "CLI test"
SITEURL = ""
TIMEZONE = "UTC"
REALSELF_NOW = "2026-11-25T12:00:00"
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
"""

CLI_MESSAGES = [
    "content/realself/broken.yaml:3:1: headlin: unknown field; "
    "did you mean 'headline'?",
    f"content/realself/evil.yaml:4:24: links[0].url: javascript: {NOT_ALLOWED}",
]


@pytest.fixture
def cli_site(tmp_path):
    (tmp_path / "pelicanconf.py").write_text(PELICANCONF, encoding="utf-8")
    folder = tmp_path / "content" / "realself"
    folder.mkdir(parents=True)
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "broken.yaml").write_text(
        "kind: profile\nname: Broken\nheadlin: Hello\n", encoding="utf-8"
    )
    (folder / "evil.yaml").write_text(link("'javascript:alert(1)'"), encoding="utf-8")
    return tmp_path


def pelican(cwd, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="400", TERM="dumb", NO_COLOR="1")
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def one_line(output: str) -> str:
    """Rich may wrap long log lines; join them back for searching."""
    return re.sub(r"\s+", " ", output)


def test_cli_fatal_errors_exits_1_and_reports_every_problem(cli_site):
    result = pelican(cli_site, "--fatal", "errors")
    output = one_line(result.stdout + result.stderr)
    assert result.returncode == 1, output
    for message in CLI_MESSAGES:
        assert message in output


def test_cli_without_fatal_builds_the_good_page(cli_site):
    result = pelican(cli_site)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for message in CLI_MESSAGES:
        assert message in one_line(output)
    assert (cli_site / "output" / "about" / "good" / "index.html").exists()
    # each mistake cost its field; the pages are built without them
    broken = cli_site / "output" / "about" / "broken" / "index.html"
    assert "Hello" not in broken.read_text(encoding="utf-8")
    evil = cli_site / "output" / "about" / "evil" / "index.html"
    assert "javascript" not in evil.read_text(encoding="utf-8")
    assert "Traceback" not in output
    for frame in re.findall(r'File "([^"]+)"', output):
        assert "realself" not in frame and "src/pelican/" not in frame, frame


def test_messages_fit_on_one_line():
    """Every pinned message is a single line, as the design asks."""
    for case in CASES:
        for message in case.expected:
            assert "\n" not in message, case.id
            assert re.match(r"\d+:\d+: ", message), case.id
