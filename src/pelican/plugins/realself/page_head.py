"""Our head markup and one clean title on our pages, whatever the theme's blocks.

Our page templates extend the theme's ``base.html``, and themes name their
blocks as they like: many have no ``head`` block, so anything put there is
dropped without a word, and some print the site name before or after the
``title`` block (or print that block again as the page's banner). So our
templates keep their head markup and full title in blocks no theme has,
``realself_head`` and ``realself_title``, and each page is finished here
after rendering, in the writer's path: the head block goes just before
``</head>``, the first ``<title>`` says exactly what ``realself_title`` says
(any other is dropped), and the theme's own canonical link and Open Graph
tags that would contradict ours give way.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from .head_scan import scan

logger = logging.getLogger(__name__)

_OG_PROPERTY = re.compile(r'<meta property="([^"]+)"')


def _words(text: str) -> str:
    return " ".join(text.split())


def finish(page: str, head: str, title: str | None) -> str:
    """``page`` with ``head`` before ``</head>`` and ``title`` as its one title.

    ``title`` is the text our ``realself_title`` block gave (None: leave
    titles alone, as in a theme's own override of our templates).
    """
    found = scan(page)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    if 'rel="canonical"' in head:
        edits += [(start, end, "") for start, end in found.canonicals]
    ours = set(_OG_PROPERTY.findall(head))
    edits += [(start, end, "") for prop, start, end in found.metas if prop in ours]
    if title is not None:
        wanted = _words(title)
        for number, (start, opened, closing, end) in enumerate(found.titles):
            if number:
                edits.append((start, end, ""))  # one <title> only
            elif _words(page[opened:closing]) != wanted:
                edits.append((opened, closing, wanted))
        if not found.titles:
            head = f"<title>{wanted}</title>\n{head}"
    if head.strip():
        edits.append((found.end, found.end, head.strip() + "\n"))
    for start, end, text in sorted(edits, reverse=True):
        page = page[:start] + text + page[end:]
    return page


def render_block(template: Any, name: str, context: dict[str, Any]) -> str | None:
    """One block of ``template`` alone, or None when the template has none."""
    block = template.blocks.get(name)
    return None if block is None else _render(block, template.new_context(context))


def _render(block: Any, context: Any) -> str | None:
    """A block's text in a Jinja ``context`` (None: no such block)."""
    return None if block is None else "".join(block(context))


def _page_context(template: Any, context: dict[str, Any]) -> Any:
    """``template.new_context(context)``, without the names of its globals.

    Jinja keeps those names so that a template imported without context sees
    the importer's globals it lacks; it works that out on every such import
    (our head and title blocks have one each: ~20 us, a set difference with
    a ChainMap's keys). A template whose globals are the environment's alone
    (every template Pelican loads) has none to give, so the imports are the
    same without the names: the cached module. Any other goes Jinja's way.
    """
    env = template.environment
    layers = getattr(template.globals, "maps", None)
    if not (layers and len(layers) == 2 and not layers[0] and layers[1] is env.globals):
        return template.new_context(context)
    return env.context_class(
        env, dict(env.globals, **context), template.name, template.blocks
    )


class FinishedPage:
    """A page template whose output gets our head markup and one clean title.

    Pelican's writer only calls ``render``; it renders the ``realself_head`` and
    ``realself_title`` blocks alone and then the page, all with the same context
    (so SITEURL is the page's, relative or not), and hands them to ``finish``.
    """

    def __init__(self, template: Any, warned: set[str]):
        self.template = template
        self.warned = warned

    def render(self, context: dict[str, Any]) -> str:
        # One Jinja context for the two blocks and then the page, instead of
        # one each: a block only reads its context (its sets and imports are
        # its own), and the page, which writes to it, comes last. Each
        # context is a copy of Pelican's, every setting included.
        template = self.template
        shared = _page_context(template, context)
        head = _render(template.blocks.get("realself_head"), shared) or ""
        title = _render(template.blocks.get("realself_title"), shared)
        try:
            page = template.environment.concat(template.root_render_func(shared))
        except Exception:
            template.environment.handle_exception()  # as Template.render does
        if "realself-" not in page:  # every page of ours has such a class
            content = render_block(self.template, "content", context)
            if content and content.strip():
                page = self._place_content(page, content)
        if not head.strip() and title is None:
            return page
        return finish(page, head, title)

    def _place_content(self, page: str, content: str) -> str:
        """The theme's base.html has no content block: put ours before </body>."""
        if "content" not in self.warned:
            self.warned.add("content")
            logger.warning(
                "realself: the theme's base.html has no %s, so our pages' "
                "content is placed just before </body>; override realself/*.html "
                "in the theme to place it yourself",
                "{% block content %}",
            )
        end = page.lower().rfind("</body")
        if end < 0:
            end = len(page)
        return page[:end] + content + page[end:]
