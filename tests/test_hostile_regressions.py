"""Crashes and holes the hostile-input tests found, kept as plain tests.

Each one broke a whole build (an exception, or a message spread over several
lines) or let a value out where it must not go, before it was fixed.
"""

from __future__ import annotations

import json
import os
import time

import pytest
from hostile import html_problems, inside, written

from pelican.plugins.realself.problems import MAX_PER_FILE

GOOD = "kind: profile\nslug: good\nname: Good\n"
WHERE = "content/realself/bad.yaml:"


def build_with(site, text: str, **settings):
    site.write("realself/good.yaml", GOOD)
    site.write("realself/bad.yaml", text.encode("utf-8"))
    site.build(**settings)
    assert "Good" in site.read("about/good/index.html")
    return site


def test_a_raw_control_character_is_one_located_line(site, problems):
    """Was: 'YAML: unacceptable character #x001f ...' over two lines at 1:1."""
    build_with(site, "kind: profile\nname: Sa\x1fm\n")
    assert problems() == [
        WHERE + "2:9: YAML: the invisible character U+001F is not allowed here; "
        "delete it (it often comes from copying text out of another program)"
    ]


def test_a_raw_control_character_after_wide_characters_is_located(site, problems):
    """Was: libyaml counts UTF-8 bytes, so after 'é🙂' the column (or, at the
    end of a line, the line) was wrong."""
    build_with(site, "kind: profile\nname: Sé🙂\x1fm\n")
    assert problems() == [
        WHERE + "2:10: YAML: the invisible character U+001F is not allowed here; "
        "delete it (it often comes from copying text out of another program)"
    ]


def test_an_escaped_control_character_is_refused(site, problems):
    """Was: the Atom feed writer raised UnserializableContentError and the
    whole build stopped, for one "\\x01" in an offer's title."""
    build_with(
        site,
        'kind: offer\nprofile: good\ntitle: "Gift\\x01"\nopens: 2026-01-01\n',
        FEED_ALL_ATOM="feeds/all.atom.xml",
    )
    assert problems() == [
        WHERE + "3:8: title: the invisible character U+0001 is not allowed; remove it"
    ]
    assert not site.exists("give/bad/index.html")


def test_a_key_with_a_line_break_stays_on_one_line(site, problems):
    """Was: 'facets[0].<CR>: unknown field' printed over two lines."""
    build_with(
        site,
        'kind: profile\nname: Sam\nfacets:\n- label: x\n  text: y\n  "\\r": z\n',
    )
    (message,) = problems()
    assert "\n" not in message and "\r" not in message
    assert message.startswith(WHERE + "6:3: facets[0]['\\r']: unknown field")


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("closes", "9999-12-31", "9999-12-31 is too far ahead (years up to 9000)"),
        ("opens", "0001-01-01", "0001-01-01 is too long ago (years from 1000)"),
        ("closes", "9999-12-31T23:59-14:00", "is too far ahead"),
    ],
)
def test_dates_at_the_ends_of_the_calendar(site, problems, field, value, words):
    """Was: OverflowError from the end of the closing day (9999-12-31 + 1)."""
    build_with(site, f"kind: offer\nprofile: good\ntitle: T\n{field}: {value}\n")
    (message,) = problems()
    assert message.startswith(WHERE + f"4:{len(field) + 3}: {field}: "), message
    assert words in message


@pytest.mark.parametrize(
    "lang",
    [
        '"en\\" onmouseover=\\"alert(1)"',
        "../output-other",
        "../../elsewhere",
        "en/../../x",
    ],
)
@pytest.mark.parametrize("kind", ["offer", "note"])
def test_lang_is_a_language_code_in_every_kind(site, problems, lang, kind):
    """Was: an offer's free-text lang went into its URL (an href breakout on
    every page listing it) and its output path ({lang}/give/...), which
    Pelican's startswith check let into output-other next to output."""
    other = site.root / "output-other"
    other.mkdir()
    if kind == "offer":
        doc = f"kind: offer\nslug: o\nprofile: good\ntitle: T\nlang: {lang}\n"
    else:
        doc = "kind: note\nprofile: good\nquote: q\nwho: w\nconsent: true\n"
        doc += f"lang: {lang}\n"
    build_with(site, doc, SITEURL="https://s.example")
    line = 5 if kind == "offer" else 6
    assert problems() == [
        WHERE + f"{line}:7: lang: use a language code like 'en' or 'pt-BR'"
    ]
    assert list(other.iterdir()) == []
    for path in written(site.output):
        assert inside(path, site.output)
        if path.suffix == ".html":
            assert html_problems(path.read_text(encoding="utf-8")) == [], path


def test_lang_codes_still_work(site, problems):
    build_with(
        site,
        "kind: offer\nslug: o\nprofile: good\ntitle: T\nlang: pt-BR\n"
        "---\nkind: note\nprofile: good\nquote: q\nwho: w\nconsent: true\nlang: de\n",
    )
    assert [m for m in problems() if "lang" in m] == []


def test_a_note_naming_its_profile_wrongly_hears_why(site, problems):
    """Was pydantic's own words: "String should match pattern '^[a-z0-9]...'"."""
    build_with(site, "kind: note\nprofile: Good Sibling\nquote: q\nwho: w\n")
    assert problems() == [
        WHERE + "2:10: profile: use the profile's slug "
        "(lowercase letters, digits and dashes)"
    ]


def test_markdown_that_would_take_minutes_is_refused_at_once(site, problems):
    """Was: a story of 8,000 '[' kept Python-Markdown busy for 23 seconds
    (each '[' scans to the end of its paragraph); 60,000 for far longer."""
    start = time.perf_counter()
    build_with(site, "kind: profile\nslug: b\nname: B\nstory: '" + "[" * 60_000 + "'\n")
    assert time.perf_counter() - start < 10
    assert problems() == [
        WHERE + "4:8: story: is too tangled for Markdown to read quickly (60,000 '[' "
        "or '<' in a paragraph of 60,000 characters); split long paragraphs with a "
        "blank line, or write \\[ for a bracket that is not a link"
    ]


def test_many_tangled_fields_share_one_budget(site, problems):
    facet = "  - {label: x, text: '" + "[" * 900 + "'}\n"
    build_with(site, "kind: profile\nslug: b\nname: B\nfacets:\n" + facet * 4)
    assert [m.split(": ", 2)[1] for m in problems()] == [
        "facets[2].text",
        "facets[3].text",
    ]
    assert "with the Markdown above it in this document" in problems()[0]


def test_a_long_story_with_many_links_is_fine(site, problems):
    """Thirty paragraphs, each with eight links and some inline HTML."""
    words = "I wrote about this before, and people wrote back kindly. " * 4
    links = " ".join(f"[post {n}](https://example.com/{n})" for n in range(8))
    paragraph = f"{words}{links} <em>Thank you</em>, <b>all</b>. {words}"
    story = "\n\n".join([paragraph] * 30)
    build_with(site, f"kind: profile\nslug: b\nname: B\nstory: {json.dumps(story)}\n")
    assert problems() == []
    assert len(site.html("about/b/index.html").select(".realself-story a")) == 240


# -- issue 13: bounded cost, true positions, no invisible structure -------------
#
# One real build of a site holding every hostile file and folder shape at once,
# in a subprocess: a regression here is a hang (a FIFO, a link loop) or work
# that grows with the square of the file (hours at these sizes), so the build
# must finish within a generous timeout. Fixed, it takes a few seconds.

BUILD_TIMEOUT = 300

RUN_BUILD = """
import json, logging, sys
from pelican import Pelican
from pelican.log import LimitFilter
from pelican.settings import read_settings

LimitFilter.LOGS_DEDUP_MIN_LEVEL = logging.DEBUG
records = []
class Keep(logging.Handler):
    def emit(self, record):
        if record.name.startswith("pelican.plugins.realself"):
            records.append([record.levelname, record.getMessage()])
logging.getLogger().addHandler(Keep(logging.WARNING))
settings = read_settings(path=None, override=json.loads(sys.argv[1]))
Pelican(settings).run()
print(json.dumps(records))
"""

NINE_QUIET_STORIES = "---\n".join(
    f"kind: profile\nslug: quiet-{n}\nname: Quiet {n}\n"
    f'story: "I fix bikes{" " * 99_000}and ride."\n'
    for n in range(9)
)
# A slug from the file name follows the slug rule, 100 characters at most.
LONG_NAME = "a" * 101 + ".yaml"
HOSTILE = {
    "good.yaml": GOOD + "primary: true\n",
    "☃.yaml": "kind: profile\nname: Snow\n",
    "!!!.yaml": "kind: profile\nname: Bang\n",
    LONG_NAME: "kind: profile\nname: Long\n",
    # 900,000 blank lines, then a mis-indented key: each blank line was
    # looked at again for each line above the mistake.
    "indented.yaml": "kind: profile\nname: X\n" + "\n" * 900_000 + "  headline: a: b\n",
    "quiet.yaml": NINE_QUIET_STORIES,
    "flood.yaml": "---\n".join(
        f"kind: profile\nslug: flood-{n}\nname: X\n"
        + "".join(f"k{key:03d}x: v\n" for key in range(300))
        for n in range(2)
    ),
    # the issue's own: a typo on line 5 of a 5-line file was put on line 6
    "separator.yaml": 'kind: profile\nname: X\nheadline: "I\u2028fix"\nstory: s\n'
    "nmae: typo\n",
    "nel.yaml": 'kind: profile\nname: X\nheadline: "I\x85fix"\nstory: s\nnmae: typo\n',
    "hidden-key.yaml": "kind: profile\nslug: hid\nname: Hid\n"
    "story: I fix bikes.\u2029primary: true\n",
    "c1.yaml": 'kind: profile\nslug: c1\nname: "Xav\\x9bier"\n',
    "del.yaml": 'kind: profile\nslug: del\nname: "Xav\\x7fier"\n',
    "true-key.yaml": "kind: profile\nslug: tk\nname: T\ntrue: 1\n",
    "offset.yaml": "kind: offer\nslug: late\nprofile: good\ntitle: Late\n"
    "opens: 2026-11-01\ncloses: 2026-12-05T23:59+24:00\n",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """(site, {file: [messages]}) after one build of every hostile case."""
    import subprocess
    import sys

    from conftest import Site

    site = Site(tmp_path_factory.mktemp("hostile"))
    for name, text in HOSTILE.items():
        site.write(f"realself/{name}", text.encode("utf-8"))
    folder = site.content / "realself"
    os.mkfifo(folder / "fifo.yaml")  # open() waited for a writer forever
    os.symlink(".", folder / "a")  # two links back up: os.walk never ended
    os.symlink(".", folder / "b")
    settings = {
        "PATH": str(site.content),
        "OUTPUT_PATH": str(site.output),
        "PLUGINS": ["pelican.plugins.realself"],
        "TIMEZONE": "UTC",
        "CACHE_CONTENT": False,
        "LOAD_CONTENT_CACHE": False,
        "FEED_ALL_ATOM": None,
        "CATEGORY_FEED_ATOM": None,
        "REALSELF_NOW": "2026-11-25T12:00:00",
    }
    done = subprocess.run(
        [sys.executable, "-c", RUN_BUILD, json.dumps(settings)],
        capture_output=True,
        text=True,
        cwd=site.root,
        timeout=BUILD_TIMEOUT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    said: dict[str, list[str]] = {}
    for level, message in json.loads(done.stdout.splitlines()[-1]):
        name = message.split(":", 1)[0].removeprefix("content/realself/")
        said.setdefault(name, []).append(f"{level} {message}")
    return site, said


def errors_of(said, name: str) -> list[str]:
    where = f"ERROR content/realself/{name}:"
    return [m.removeprefix(where) for m in said.get(name, []) if m.startswith(where)]


def test_the_hostile_site_builds_the_good_profile(hostile):
    site, said = hostile
    assert "Good" in site.read("about/good/index.html")
    # nothing but the files themselves is named: no path through a link loop
    assert set(said) <= {*HOSTILE, "fifo.yaml"}, sorted(said)


def test_a_fifo_is_refused_not_waited_for(hostile):
    assert errors_of(hostile[1], "fifo.yaml") == [
        "1:1: is a named pipe (FIFO), not a file; remove it"
    ]


def test_links_back_up_the_tree_are_walked_once(hostile):
    """Was: os.walk followed realself/a/b/a/... (one loop: 450 duplicate-slug
    errors; two: a hang and over a GB of memory)."""
    site, said = hostile
    assert not [m for ms in said.values() for m in ms if "already used" in m]
    built = {p.name for p in (site.output / "about").iterdir()}
    assert {"good", "index.html", *[f"quiet-{n}" for n in range(9)]} <= built


@pytest.mark.parametrize("name", ["☃.yaml", "!!!.yaml", LONG_NAME])
def test_a_file_name_without_a_slug_is_a_located_error(hostile, name):
    """Was: both slugified to '' and the build stopped with
    FileOverwriteFailedError on about//index.html."""
    assert errors_of(hostile[1], name) == [
        f"1:1: slug: is required: the file name {name!r} gives no usable slug; "
        "add a line like 'slug: sam-rivera'"
    ]


def test_a_mis_indented_key_after_many_blank_lines(hostile):
    """Was: 18 s for 16,000 blank lines (the message scanned every line above
    it again for each line); 900,000 would take hours."""
    assert errors_of(hostile[1], "indented.yaml") == [
        # YAML reads the blank lines and the indented line as part of X
        "2:7: name: text is 900,009 characters long; the limit is 100,000",
        "900003:3: YAML syntax: this line is indented more than the line above; "
        "line it up with the other keys",
    ]


def test_long_runs_of_spaces_are_read_in_linear_time(hostile):
    """Was: 15 s per story of 99,000 spaces in the voice check's sentence
    split; nine of them would take minutes."""
    site, _ = hostile
    assert "I fix bikes" in site.read("about/quiet-8/index.html")


def test_messages_per_file_are_capped_with_a_count(hostile):
    """Was: one line per unknown key (99,000 lines, 94 s, for a 978 KB file)."""
    said = hostile[1]["flood.yaml"]
    assert len(said) == MAX_PER_FILE + 1
    # 600 unknown keys, and a voice hint for each of the two profiles
    assert said[-1].endswith(
        f": ... and {602 - MAX_PER_FILE:,} more problems in this file "
        f"(the first {MAX_PER_FILE} are shown; fix them and build again)"
    )
    assert said[1].startswith(
        "ERROR content/realself/flood.yaml:4:1: k000x: unknown field (known fields:"
    )


@pytest.mark.parametrize(
    ("name", "char"), [("separator.yaml", "U+2028"), ("nel.yaml", "U+0085")]
)
def test_a_hidden_line_break_keeps_the_lines_an_editor_shows(hostile, name, char):
    """Was: the typo on line 5 of a 5-line file was reported at 6:1. The
    break costs the value it is in, as any refused value does."""
    site, said = hostile
    assert errors_of(said, name) == [
        f"3:13: headline: the invisible line break {char} "
        f"({'line separator' if char == 'U+2028' else 'next line'}) is not "
        "allowed: YAML would start a new line here that your editor does not "
        "show; replace it with a real line break or a space",
        "5:1: nmae: unknown field; did you mean 'name'?",
    ]
    page = site.html(f"about/{name.split('.')[0]}/index.html")
    assert "fix" not in page.get_text()


def test_a_hidden_line_break_cannot_start_a_key(hostile):
    """Was: `story: I fix bikes.<U+2029>primary: true` made the profile primary."""
    site, said = hostile
    assert errors_of(said, "hidden-key.yaml") == [
        "4:20: the invisible line break U+2029 (paragraph separator) is not "
        "allowed: YAML would start a new line here that your editor does not "
        "show; replace it with a real line break or a space"
    ]
    assert not site.exists("about/hid/index.html")
    assert "Good" in site.read("about/index.html")


@pytest.mark.parametrize(("name", "code"), [("c1.yaml", "009B"), ("del.yaml", "007F")])
def test_c1_controls_and_del_are_refused(hostile, name, code):
    """Was: "\\x9b" and "\\x7f" reached the page and realself.json."""
    site, said = hostile
    assert errors_of(said, name) == [
        f"3:7: name: the invisible character U+{code} is not allowed; remove it"
    ]
    assert chr(int(code, 16)) not in site.read("realself.json")
    assert not site.exists(f"about/{name.split('.')[0]}/index.html")


def test_a_yes_no_word_as_a_key_is_named_as_written(hostile):
    """Was: 'True: unknown field'."""
    (message,) = errors_of(hostile[1], "true-key.yaml")
    assert message.startswith("4:1: true: unknown field")


def test_an_offset_past_23_59_is_named_as_the_offset(hostile):
    """Was: '... is not a real time of day' for a time that is."""
    assert errors_of(hostile[1], "offset.yaml") == [
        "6:9: closes: +24:00 is not a real UTC offset (from -23:59 to +23:59, "
        "like +02:00)"
    ]


def test_a_flood_of_unknown_keys_costs_only_the_hints_shown(monkeypatch):
    """Each "did you mean" costs ~0.4 ms: only the messages shown get one."""
    import difflib

    from pelican.plugins.realself.load import load_text
    from pelican.plugins.realself.models.profile import Profile
    from pelican.plugins.realself.models.validate import validate

    calls = []
    real = difflib.get_close_matches
    monkeypatch.setattr(
        difflib, "get_close_matches", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    keys = "".join(f"k{key:04d}x: v\n" for key in range(5_000))
    (doc,), _ = load_text(f"kind: profile\nname: X\n{keys}", "x.yaml")
    _, found = validate(doc, Profile)
    assert len(found) == 5_000
    assert len(calls) <= MAX_PER_FILE


def test_capped_keeps_the_first_and_counts_the_rest():
    from pelican.plugins.realself.problems import Problem, capped

    many = [Problem("a.yaml", n, 1, "x", "unknown field") for n in range(1, 30)]
    other = [Problem("b.yaml", 1, 1, "", "bad"), Problem("b.yaml", 2, 1, "", "worse")]
    out = capped(reversed(many + other), limit=3)
    assert [str(p) for p in out] == [
        "a.yaml:1:1: x: unknown field",
        "a.yaml:2:1: x: unknown field",
        "a.yaml:3:1: x: unknown field",
        f"a.yaml:4:1: ... and 26 more unknown fields in this file (the first "
        f"{MAX_PER_FILE} are shown; fix them and build again)",
        "b.yaml:1:1: bad",
        "b.yaml:2:1: worse",
    ]
