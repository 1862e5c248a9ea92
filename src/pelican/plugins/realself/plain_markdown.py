"""Plain paragraphs: text that Markdown would only wrap in <p> tags.

Most facets, now blocks and replies are a sentence or two of plain words,
and most paragraphs of a story too (a story with a link or some emphasis in
one paragraph: only that paragraph goes through Markdown, paragraphs_apart).
Python-Markdown costs about 150 us a call before it reads a word (its
preprocessors, block parser, tree and inline processors run on every text),
against a few microseconds here: with Pelican's Markdown settings, a profile
of bench/sites.py renders four of its five texts this way.

The text qualifies only when no construct of Pelican's default Markdown
(Python-Markdown with "extra" and "codehilite") can start in it: every line
starts with a letter and holds only letters, digits, spaces and a few marks
(no * _ ` [ < & \\ # | ~ { and no trailing space). render.MarkdownRenderer
takes this way only with Pelican's default MARKDOWN setting;
tests/test_plain_markdown.py holds the result equal to Markdown's there.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\W\d_](?:[^\W_]|[ .,;:!?'\"()/%-])*(?<! )")


def _paragraphs(source: str, line: re.Pattern) -> list[str] | None:
    """The paragraphs of ``source`` (split at empty lines) when every line
    matches ``line``; else None."""
    paragraphs: list[list[str]] = [[]]
    for text in source.split("\n"):
        if not text:
            if paragraphs[-1]:
                paragraphs.append([])
        elif line.fullmatch(text):
            paragraphs[-1].append(text)
        else:
            return None
    return ["\n".join(lines) for lines in paragraphs if lines]


def plain_paragraphs(source: str) -> str | None:
    """The HTML Markdown makes of ``source`` when it is plain paragraphs;
    None when it may hold anything else (then Markdown must read it)."""
    paragraphs = _paragraphs(source, _LINE)
    return "\n".join(f"<p>{p}</p>" for p in paragraphs or ()) or None


# A line Markdown can only read as text of a paragraph, whatever it holds
# inline: it starts with a letter (no list, quote, heading, rule, table row,
# fence, indented code, definition, reference, footnote or abbreviation can
# start there), and has no control character (tabs, the placeholders
# Markdown uses) and no "<" (raw HTML is read across the whole text).
_INLINE_LINE = re.compile(r"[^\W\d_][^\x00-\x1f\x7f<]*")


def paragraphs_apart(source: str) -> list[str] | None:
    """The paragraphs of ``source`` when Markdown reads each of them alone
    the same as in the whole text; None when one may reach into another.

    Every line must be an _INLINE_LINE: then nothing can define what another
    paragraph uses (references, footnotes and abbreviations are defined on
    lines of their own, starting with "[" or "*["), and no block spans an
    empty line. Markdown's HTML for the text is then its HTML for each
    paragraph, one per line (tests/test_plain_markdown.py holds it equal).
    """
    return _paragraphs(source, _INLINE_LINE)
