"""Markers in articles and pages: ``[realself:offer SLUG]``, ``[realself:offers]``,
``[realself:profile SLUG]`` become rendered sections.

When: on ``all_generators_finalized``, once every article, page, offer and
static file is known. Summary plugins work on the same signal and Pelican
(blinker) calls its handlers in no set order, so either way must come out the
same: a summary copied before us has its markers replaced by links, one copied
after us has its sections replaced by links, and a post whose HTML another
handler read before us is read afresh (Pelican memoizes ``get_content``).

Where: in the HTML Pelican's readers produced, where marker_html.py finds
them (after Typogrify and smarty too) and replaces only their own text.

What: in the post, the section itself, inside a comment pair and a ``div``
that name it. In summaries and feeds, where a card would be cut short, lose its
stylesheet or go stale in a feed reader, one line linking to the offer, the
giveaway page or the profile (``realself/marker_link.html``).

A section's links are written against ``ROOT``, a placeholder for SITEURL; the
post's ``get_content(siteurl)`` and ``get_summary(siteurl)`` put in the root of
each file it is shown in, the way Pelican resolves ``{static}`` links.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from typing import Any

from . import host
from .marker_html import Skipped, locate, slugs, splice
from .problems import Problem, report

logger = logging.getLogger(__name__)

ROOT = "__realself_siteurl__"
# A placed section, between its comments: <!--realself:offer circle-->...
_REGION = re.compile(
    r"<!--realself:(?P<key>[^>]*?)-->.*?<!--/realself:(?P=key)-->", re.DOTALL
)
_WRAPPER = re.compile(r"\n?<!--/?realself:[^>]*?-->\n?")

# (what, slug, content, form) -> HTML, or None when the slug is unknown;
# form is "section" (in the post) or "link" (in summaries and feeds).
Renderer = Callable[[str, str | None, Any, str], str | None]


# -- Pelican's content, seen with its sections ---------------------------------


class _Rooted:
    """``get_content`` of a post holding sections: ROOT becomes the SITEURL of
    whichever file shows it. A class, not a closure, so content still pickles."""

    def __init__(self, content: Any):
        self.content = content

    def __call__(self, siteurl: str) -> str:
        return host.pelican_method(self.content, "get_content")(siteurl).replace(
            ROOT, siteurl or ""
        )


class _Summarized:
    """``get_summary`` of a post holding sections: a link line for each.

    Pelican makes the summary from a copy of the post whose sections are
    already links (so its word count counts no card), unless the summary is the
    whole post (SUMMARY_MAX_LENGTH = None), where the sections show in full. A
    ``summary`` set in the post's metadata, or by a summary plugin from the
    post's HTML, gets each section in it replaced by its link.
    """

    def __init__(self, content: Any, links: dict[str, str]):
        self.content = content
        self.links = links
        self._linked: Any = None

    def __call__(self, siteurl: str) -> str:
        content = self.content
        if "summary" in content.metadata:
            summary = link_sections(
                content.metadata["summary"], self.links, host.html_of(content)
            )
        elif _whole_post(content.settings):
            summary = host.pelican_method(content, "get_summary")(siteurl)
        else:
            summary = host.pelican_method(self._linked_post(), "get_summary")(siteurl)
        return summary.replace(ROOT, siteurl or "")

    def _linked_post(self) -> Any:
        html = link_sections(host.html_of(self.content) or "", self.links)
        if self._linked is None or host.html_of(self._linked) != html:
            self._linked = host.copy_with_html(self.content, html)
        return self._linked


def _whole_post(settings: dict[str, Any]) -> bool:
    return (
        settings.get("SUMMARY_MAX_LENGTH") is None
        and settings.get("SUMMARY_MAX_PARAGRAPHS") is None
    )


def link_sections(html: str, links: dict[str, str], post: str | None = None) -> str:
    """``html`` (a summary, a feed entry) with every section in it as its link.

    ``post`` is the post's own HTML: a summary cut from inside one section (its
    first paragraph, say) is that section's link.
    """
    if "realself" not in html:
        return html
    html = _REGION.sub(lambda m: links.get(m["key"], m[0]), html)
    if "data-realself-marker" in html:
        # A plugin that copied the post's elements but not its comments.
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(html, "html.parser")
        for div in soup.find_all("div", attrs={"data-realself-marker": True}):
            link = links.get(div["data-realself-marker"], "")
            div.replace_with(BeautifulSoup(link, "html.parser"))
        html = str(soup)
    # A section cut before its div began (a summary truncated there) is gone.
    html = _WRAPPER.sub("", html)
    if post and ROOT in html:
        at = post.find(html.strip())
        for region in _REGION.finditer(post):
            if region.start() < at < region.end():
                return links.get(region["key"], "")
    return html


def _wrap(key: str, section: str) -> str:
    """A section in the post, named so summaries and feeds can find it."""
    return (
        f'\n<!--realself:{key}-->\n<div data-realself-marker="{key}">'
        f"{section}</div>\n<!--/realself:{key}-->\n"
    )


def _render_rooted(
    render: Renderer, what: str, slug: str | None, content: Any, form: str
) -> str | None:
    """Render a section with every link against ROOT, {static} ones included
    (offers and profiles share the post's context, so theirs too)."""
    with host.links_rooted_at(content, ROOT):
        return render(what, slug, content, form)


# -- one build's sections ------------------------------------------------------


class Sections:
    """What the markers of one build became.

    The generator leaves it in Pelican's shared context (under the package's
    ``SECTIONS`` key), so the feed handler of that build, and not of another
    one (i18n_subsites runs several), finds it.
    """

    def __init__(
        self,
        render: Renderer,
        content_root: str,
        skipped: Skipped = lambda kind, slug: None,
    ):
        self.render = render
        self.content_root = content_root
        self.skipped = skipped  # why a document a marker names was left out
        self.links: dict[str, str] = {}  # "offer circle" -> its link, on ROOT

    def replace_all(self, contents: Iterable[Any]) -> None:
        """Replace the markers of every post; warn about those that name nothing."""
        problems: set[Problem] = set()
        for content in contents:
            problems.update(self.replace_in(content))
        report(sorted(problems), logger)

    def replace_in(self, content: Any) -> list[Problem]:
        """Replace the markers of one article or page; return what could not be."""
        problems: list[Problem] = []
        placed = False

        def place(match: re.Match, form: str) -> str | None:
            nonlocal placed
            what = match.group("what")
            for slug in slugs(match.group("slug")):
                html = _render_rooted(self.render, what, slug, content, form)
                if html is not None:
                    break
            else:
                problems.append(locate(content, match, self.content_root, self.skipped))
                return None
            placed = True
            key = what if what == "offers" else f"{what} {slug}"
            if key not in self.links:
                self.links[key] = (
                    html
                    if form == "link"
                    else _render_rooted(self.render, what, slug, content, "link") or ""
                )
            return html if form == "link" else _wrap(key, html)

        html = host.html_of(content)
        if html:
            host.set_html(content, splice(html, lambda m: place(m, "section")))
        summary = content.metadata.get("summary")
        if isinstance(summary, str):
            summary = splice(summary, lambda m: place(m, "link"))
            host.set_summary(content, summary)
        if placed:
            host.forget_memoized(content)
            if ROOT in (host.html_of(content) or "") and not isinstance(
                host.overridden(content, "get_content"), _Rooted
            ):
                host.override(content, "get_content", _Rooted(content))
            if not isinstance(host.overridden(content, "get_summary"), _Summarized):
                host.override(content, "get_summary", _Summarized(content, self.links))
        return problems

    def in_feed(self, feed: Any, siteurl: str) -> None:
        """Feed entries carry each section as its link: a feed reader drops the
        stylesheet and script and keeps an entry for ever, so a card's "2 of 6
        spots left" would go stale there, while the link stays true."""
        for item in getattr(feed, "items", []):
            for field in ("content", "description"):
                text = item.get(field)
                if text and "realself" in text:
                    item[field] = link_sections(text, self.links).replace(
                        ROOT, siteurl or ""
                    )
            # Pelican leaves out an Atom summary that equals the content.
            if item.get("content") and item.get("description") == item["content"]:
                item["description"] = None
