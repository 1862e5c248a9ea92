"""Links to an About page that is gone: the ``{filename}`` links a retired
About page leaves behind, found once every generator has read its content.

Its own module, not migrate.py's (``realself new profile --from``): a build
with a profile runs this check, and loading the migration's code with it cost
about 1 ms of CPU (a dataclass and three patterns it never uses).
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable
from typing import Any

from . import host
from .paths import site_relative
from .problems import WARNING, Problem

_FILENAME_LINK = re.compile(r"(?:\{filename\}|\|filename\|)([^\s\"')>#?]+)")
ABOUT_STEMS = {"about", "about-me", "aboutme", "about-us", "me"}


def _may_link(content: Any) -> bool:
    """Whether Pelican will resolve a ``{filename}`` link of ``content``: one
    in its HTML or in its metadata's text (the summary and other formatted
    fields; ``%7Bfilename%7D`` as reST writes it counts too). Only then is its
    source file read again, to locate the link: rereading all 300 sources of a
    blog cost a cold build 6-10 ms. tests/test_migrate.py holds the warnings
    equal to reading every source; only a link that reaches no page (a
    Markdown reference nobody uses) goes unsaid, as Pelican never follows it."""
    return host.says(content, "filename")


def dead_about_links(
    contents: Iterable[Any], known: Any, content_root: str
) -> list[Problem]:
    """``{filename}`` links to an About page that no longer exists, located.

    Pelican only says "Unable to find ..." without naming the file that holds
    the link. These are the links a retired About page leaves behind; the
    ``replaces:`` line of a profile makes them lead to it.
    """
    problems = []
    for content in contents:
        source = getattr(content, "source_path", None)
        if not source or not _may_link(content):
            continue
        try:
            with open(source, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        except OSError:
            continue
        if "filename" not in text:
            continue
        folder = posixpath.dirname(
            os.path.relpath(source, content_root).replace(os.sep, "/")
        )
        for number, line in enumerate(text.splitlines(), 1):
            for match in _FILENAME_LINK.finditer(line):
                target = match.group(1)
                path = posixpath.normpath(
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.join(folder, target)
                )
                stem = posixpath.splitext(posixpath.basename(path))[0].casefold()
                if stem not in ABOUT_STEMS or path in known:
                    continue
                if os.path.exists(os.path.join(content_root, path)):
                    continue
                problems.append(
                    Problem(
                        site_relative(source, content_root),
                        number,
                        match.start() + 1,
                        "",
                        f"{match.group(0)} links to an About page that is gone; "
                        f"add `replaces: {path}` to your profile and the link "
                        "leads to it",
                        WARNING,
                    )
                )
    return problems
