"""Text to safe HTML: Markdown through the site's settings, then nh3.

Pelican's Jinja environment does not autoescape, so nothing the user wrote may
reach a template as a plain ``str``: plain values become escaped ``Markup`` and
Markdown becomes cleaned ``Markup``. Templates can then print either as is.
"""

from __future__ import annotations

import copy
import functools
from html import unescape
from typing import Any

import nh3
from markdown import Markdown
from markupsafe import Markup, escape
from pelican.settings import DEFAULT_CONFIG

from .plain_markdown import paragraphs_apart, plain_paragraphs
from .urls import SCHEMES, is_safe

_TAGS = set(nh3.ALLOWED_TAGS) | {"figure", "figcaption", "mark", "s", "del", "ins"}
_ATTRIBUTES: dict[str, set[str]] = {
    tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()
}
for _tag in ("code", "pre", "span", "div", "table", "td", "th", "sup", "li", "ol"):
    _ATTRIBUTES.setdefault(_tag, set()).update({"class", "id"})
for _tag in ("h1", "h2", "h3", "h4", "h5", "h6", "a", "p"):
    _ATTRIBUTES.setdefault(_tag, set()).update({"id"})
# Attributes of the tags above that browsers follow or fetch.
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})


def _keep_safe_url(element: str, attribute: str, value: str) -> str | None:
    """nh3's url_schemes lets every relative URL through, "/\\evil.example"
    included; our rule (urls.is_safe) decides instead."""
    if attribute in URL_ATTRIBUTES and not is_safe(value):
        return None
    return value


@functools.cache
def _cleaner() -> nh3.Cleaner:
    # One cleaner for the process: passing the allow-lists on every call
    # converts them again each time, which costs more than small texts do.
    return nh3.Cleaner(
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=set(SCHEMES),
        link_rel=None,
        strip_comments=True,
        attribute_filter=_keep_safe_url,
    )


@functools.lru_cache(maxsize=4)
def _text_cleaner(dropped: frozenset[str]) -> nh3.Cleaner:
    return nh3.Cleaner(tags=set(), clean_content_tags=set(dropped), attributes={})


_NEVER_SHOWN = frozenset({"script", "style", "template"})


def visible_text(html: str, leave_out: frozenset[str] = frozenset()) -> str:
    """The text of an HTML fragment as a browser shows it, entities decoded.

    html5ever (through nh3) reads the HTML; the elements in ``leave_out`` are
    dropped with everything inside them, as are script, style and template.
    """
    return unescape(_text_cleaner(_NEVER_SHOWN | leave_out).clean(html))


def clean(html: str) -> Markup:
    """Keep harmless markup only: no script, no on* attributes, no odd URLs."""
    return Markup(_cleaner().clean(html))


def text(value: Any) -> Markup:
    """Escape a plain value for HTML."""
    return escape("" if value is None else value)


def markdown_config(markdown_settings: dict[str, Any] | None) -> dict[str, Any]:
    """Markdown's arguments from a MARKDOWN setting, as Pelican's reader reads
    it (every configured extension is on), without the meta extension."""
    config = copy.deepcopy(markdown_settings or {})
    configs = config.setdefault("extension_configs", {})
    extensions = list(config.get("extensions", []))
    extensions += [name for name in configs if name not in extensions]
    # The meta extension would swallow a story's first "Word: text" lines.
    extensions = [e for e in extensions if "meta" not in str(e).rsplit(".", 1)[-1]]
    configs.pop("markdown.extensions.meta", None)
    config["extensions"] = extensions
    return config


class MarkdownRenderer:
    """One Markdown instance per build, reset between fields (it is costly)."""

    def __init__(self, settings: dict[str, Any]):
        config = markdown_config(settings.get("MARKDOWN"))
        self._md = Markdown(**config)
        # Plain paragraphs skip Markdown only with the settings they are held
        # equal to (another extension may read plain words: smarty's quotes,
        # nl2br's line breaks, an abbreviation glossary).
        self._plain = config == markdown_config(DEFAULT_CONFIG["MARKDOWN"])

    def __call__(self, source: str | None) -> Markup:
        if not source:
            return Markup("")
        return clean(self.html(source))

    def html(self, source: str) -> str:
        """Markdown's HTML for ``source``, before cleaning."""
        html = plain_paragraphs(source) if self._plain else None
        if html is None and self._plain:
            html = self._by_paragraph(source)
        return self._convert(source) if html is None else html

    def _convert(self, source: str) -> str:
        self._md.reset()
        return self._md.convert(source)

    def _by_paragraph(self, source: str) -> str | None:
        """Plain paragraphs as they are and each run of the others through
        Markdown, when the paragraphs stand apart (plain_markdown); None when
        that would not save a Markdown pass. The five texts of a bench/sites.py
        profile (a story of three paragraphs, one with emphasis and code):
        0.43 ms instead of 0.69 (process_time, alternating runs)."""
        paragraphs = paragraphs_apart(source)
        if not paragraphs or len(paragraphs) < 2:
            return None
        plain = [plain_paragraphs(p) for p in paragraphs]
        if not any(plain):
            return None
        out: list[str] = []
        others: list[str] = []  # a run of paragraphs Markdown must read
        for paragraph, html in zip(paragraphs, plain, strict=True):
            if html is None:
                others.append(paragraph)
                continue
            if others:
                out.append(self._convert("\n\n".join(others)))
                others = []
            out.append(html)
        if others:
            out.append(self._convert("\n\n".join(others)))
        return "\n".join(out)

    def inline(self, source: str | None) -> Markup:
        """Render a short text and drop a lone wrapping paragraph."""
        html = self(source)
        if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
            return Markup(html[3:-4])
        return html
