"""What a visitor reads of a text, cut into the creator's own sentences.

The check reads the rendered page, not the Markdown: a link's address, code
and block quotes are not the creator's words, and neither is anything in
quotation marks (a quoted client, or an old bio held at arm's length).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..render import visible_text as text_of_html

# Someone else's words (a quoted client, a code sample) are not the creator's voice.
NOT_THEIRS = frozenset(("blockquote", "q", "code", "pre"))
# Where a reader's line ends: the end of a paragraph, list item, heading or cell.
BLOCKS = frozenset(
    ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th")
)
BLOCK_END = "\u2029"  # Unicode's paragraph separator, which Markdown never writes
QUOTES = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
# "double" or 'single' quotes; an apostrophe inside a word (I'm) is not a quote.
# At most 500 characters between them, and a span stops at the next quote mark,
# so a stray quote mark costs a short scan rather than the rest of the text.
# Each branch starts with its quote mark ('(?<!\w') is "a ' with no letter
# before it"), so re skips to the next quote mark instead of trying every
# position: 28 -> 8 us on a bench profile's story.
_QUOTED = re.compile(
    r"\"[^\"\n]{0,500}\"|'(?<!\w')(?:[^'\n]|(?<=\w)'(?=\w)){0,500}'(?!\w)"
)
# A sentence ends at the spaces after . ! ? ; or : (and at a line break).
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")
WORD = re.compile(r"\w+(?:['-]\w+)*")


def visible_text(render: Callable[[str], str], markdown: str | None) -> str:
    """What a reader sees of a Markdown field: text only, one block per line."""
    if not markdown:
        return ""
    html = str(render(markdown))
    # Mark the ends of blocks in the HTML as render.clean() writes it
    # (lower-case names, end tags always written; a "<" in text is "&lt;").
    for tag in BLOCKS:
        html = html.replace(f"</{tag}>", f"</{tag}>{BLOCK_END}")
    html = html.replace("<br>", f"<br>{BLOCK_END}")
    text = text_of_html(html, leave_out=NOT_THEIRS)
    # A line break inside a paragraph is not the end of a sentence; the end
    # of a paragraph or list item is.
    return text.replace("\n", " ").replace(BLOCK_END, "\n")


def sentences(text: str) -> list[str]:
    """The creator's own sentences, with quoted words taken out."""
    unquoted = _QUOTED.sub(" ", text.translate(QUOTES))
    found = []
    # Line by line: one pattern for both ends, "\s*\n\s*" among them, would
    # scan a long run of spaces once per space.
    for line in unquoted.split("\n"):
        found += _SENTENCE_END.split(line.strip())
    return [sentence for sentence in found if WORD.search(sentence)]
