"""Plain paragraphs: text that Markdown would only wrap in <p> tags.

Most facets, now blocks and replies are a sentence or two of plain words.
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


def plain_paragraphs(source: str) -> str | None:
    """The HTML Markdown makes of ``source`` when it is plain paragraphs;
    None when it may hold anything else (then Markdown must read it)."""
    paragraphs: list[list[str]] = [[]]
    for line in source.split("\n"):
        if not line:
            if paragraphs[-1]:
                paragraphs.append([])
        elif _LINE.fullmatch(line):
            paragraphs[-1].append(line)
        else:
            return None
    found = ["<p>" + "\n".join(lines) + "</p>" for lines in paragraphs if lines]
    return "\n".join(found) or None
