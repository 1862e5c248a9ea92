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
