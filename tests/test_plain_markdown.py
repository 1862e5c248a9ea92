"""Plain paragraphs skip Markdown only where Markdown would give the same HTML."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown import Markdown
from pelican.readers import MarkdownReader
from pelican.settings import DEFAULT_CONFIG, read_settings

from pelican.plugins.realself.plain_markdown import plain_paragraphs
from pelican.plugins.realself.render import MarkdownRenderer


def _pelicans_markdown() -> Markdown:
    """Markdown as our renderer builds it from Pelican's default settings."""
    return MarkdownRenderer({"MARKDOWN": copy.deepcopy(DEFAULT_CONFIG["MARKDOWN"])})._md


MARKDOWN = _pelicans_markdown()


def markdown(source: str) -> str:
    MARKDOWN.reset()
    return MARKDOWN.convert(source)


# Text the fast path may take, and the same with every character that starts
# a construct mixed in, so both sides of its test are tried often.
_PLAIN = "abcxyzABZ éßЖ019 .,;:!?'\"()/%-\n"
_MARKS = "*_`[]<>&\\#|~{}=+^\t\r\u00a0"
_lines = st.lists(
    st.text(alphabet=st.sampled_from(_PLAIN[:-1]), max_size=30).map("W".__add__),
    max_size=5,
)
texts = st.one_of(
    st.tuples(_lines, st.sampled_from(["\n", "\n\n", "\n\n\n"])).map(
        lambda lines_and_break: lines_and_break[1].join(lines_and_break[0])
    ),
    st.text(alphabet=st.sampled_from(_PLAIN), max_size=80),
    st.text(alphabet=st.sampled_from(_PLAIN * 3 + _MARKS), max_size=80),
)


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_plain_paragraphs_are_what_markdown_makes_of_them(source):
    html = plain_paragraphs(source)
    if html is not None:
        assert html == markdown(source)


def test_sentences_paragraphs_and_line_breaks():
    source = (
        "Morning 4. I walk the dog (slowly) at 6.\nThen coffee!\n\n\n"
        "It's 50% tea: yes/no?\n"
    )
    assert plain_paragraphs(source) == markdown(source)
    assert plain_paragraphs(source) == (
        "<p>Morning 4. I walk the dog (slowly) at 6.\nThen coffee!</p>\n"
        "<p>It's 50% tea: yes/no?</p>"
    )


def test_anything_markdown_reads_goes_to_markdown():
    for source in (
        "I like **bold** things.",
        "A line with a break  \nhere.",
        "1. a list",
        "- a list",
        "  Indented.",
        "A [link](https://example.com).",
        "Fish & chips.",
        "Title\n=====",
        "Term\n: its definition",
        "",
        "\n\n",
    ):
        assert plain_paragraphs(source) is None, source


def test_only_with_pelicans_default_markdown_settings():
    # smarty turns the plain quote into &rsquo;: the fast path must stay off.
    smarty = {"extensions": ["markdown.extensions.smarty"], "output_format": "html5"}
    source = "It's mine."
    assert (
        str(MarkdownRenderer({"MARKDOWN": smarty})(source)) == "<p>It\u2019s mine.</p>"
    )
    default = {"MARKDOWN": copy.deepcopy(DEFAULT_CONFIG["MARKDOWN"])}
    assert str(MarkdownRenderer(default)(source)) == "<p>It's mine.</p>"
    assert MarkdownRenderer(default)._plain
    assert not MarkdownRenderer({"MARKDOWN": smarty})._plain


def test_on_in_a_build_with_pelicans_settings():
    # Pelican's Markdown reader writes the extension list into the settings.
    settings = read_settings(path=None, override={"PATH": "."})
    MarkdownReader(settings)
    assert "extensions" in settings["MARKDOWN"]
    assert MarkdownRenderer(settings)._plain


# -- paragraphs apart: plain ones skip Markdown, the others go through it ----------
RENDERER = MarkdownRenderer({"MARKDOWN": copy.deepcopy(DEFAULT_CONFIG["MARKDOWN"])})
_INLINE = [
    "**bold**",
    "*em*",
    "_under_",
    "`code`",
    "``a ` b``",
    "```x```",
    "[link](https://example.com)",
    "[ref][id]",
    "[id]",
    "[^1]",
    "![alt](/i.png)",
    "<https://example.com>",
    "&amp;",
    "&",
    "\\*",
    "  \n",
    "{: .x}",
    "HTML",
    "~~s~~",
    "<span>x</span>",
]
_LINE_STARTS = [
    "- ",
    "* ",
    "1. ",
    "> ",
    "# ",
    "    ",
    "```\n",
    ": ",
    "[id]: https://example.com/\n",
    "[^1]: note\n",
    "*[HTML]: Hypertext\n",
    "| a |\n|---|\n",
    "---\n",
    "<div>\n",
    "\t",
]
_words = st.text(alphabet=st.sampled_from(_PLAIN[:-1]), max_size=20).map("W".__add__)


def _paragraphs(starts: list[str]) -> st.SearchStrategy[str]:
    line = st.tuples(
        st.sampled_from(starts),
        _words,
        st.lists(st.tuples(st.sampled_from(_INLINE), _words), max_size=3),
    ).map(lambda t: t[0] + t[1] + "".join(a + b for a, b in t[2]))
    return st.lists(line, min_size=1, max_size=3).map("\n".join)


def _stories(paragraph: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(paragraph, _words), min_size=2, max_size=5).flatmap(
        lambda ps: st.lists(
            st.sampled_from(["\n\n", "\n\n\n", "\n"]),
            min_size=len(ps),
            max_size=len(ps),
        ).map(lambda breaks: "".join(p + b for p, b in zip(ps, breaks, strict=True)))
    )


# Stories whose lines all start with a letter (the way is often taken), and
# stories with any line start mixed in (the way must be refused).
stories = st.one_of(
    _stories(_paragraphs([""])),
    _stories(_paragraphs(["", "", "", *_LINE_STARTS])),
)


@settings(max_examples=400, deadline=None)
@given(stories)
def test_by_paragraph_is_what_markdown_makes_of_the_whole_text(source):
    assert RENDERER.html(source) == markdown(source)


def test_by_paragraph_takes_its_way_on_a_story():
    source = (
        "I fix bikes. Mostly old ones.\n\nI like **bold** things and `code`.\n\n"
        "Then [a link](https://example.com) and *more*.\n\nThe end, plainly."
    )
    calls = []
    convert = RENDERER._convert

    def counting(text):
        calls.append(text)
        return convert(text)

    RENDERER._convert = counting
    try:
        html = RENDERER.html(source)
    finally:
        del RENDERER._convert
    assert html == markdown(source)
    # one Markdown pass, for the two marked paragraphs together
    assert calls == [
        "I like **bold** things and `code`.\n\n"
        "Then [a link](https://example.com) and *more*."
    ]


def test_paragraphs_that_reach_into_others_go_to_markdown_whole():
    for source in (
        "Plain words.\n\nSee [the shop][shop].\n\n[shop]: https://example.com/",
        "Plain words.\n\nA note[^1].\n\n[^1]: the note",
        "Plain words.\n\nThe HTML spec.\n\n*[HTML]: Hypertext Markup Language",
        "Plain words.\n\n- a\n\nMore plain.\n\n- b",
        "Plain words.\n\n```\ncode\n\nPlain inside code\n```",
        "Plain words.\n\n<div>\n\nPlain inside html\n\n</div>",
        "Plain words.\n\n    code\n\nMore plain.",
    ):
        assert RENDERER._by_paragraph(source) is None, source
        assert RENDERER.html(source) == markdown(source), source
