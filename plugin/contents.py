"""Pelican Content classes for our documents.

Being real Content objects means Pelican's machinery applies: URL settings
(``REALSELF_PROFILE_URL`` ...), statuses, languages, and ``{static}`` /
``{filename}`` links resolved at write time relative to each output file.

Everything a template reads from here is ``Markup``: escaped plain text or
cleaned Markdown. Templates print it as is, with or without autoescape.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape
from pelican.contents import Content

from .models.profile import Profile
from .render import MarkdownRenderer, text


@dataclass(frozen=True)
class Photo:
    src: Markup
    alt: Markup
    caption: Markup | None


@dataclass(frozen=True)
class Facet:
    label: Markup
    text: Markup


@dataclass(frozen=True)
class Link:
    label: Markup
    url: Markup
    me: bool


@dataclass(frozen=True)
class NowBlock:
    updated: dt.date
    text: Markup
    stale: bool


@dataclass(frozen=True)
class Ask:
    question: Markup
    url: Markup | None


@dataclass(frozen=True)
class Reciprocity:
    gives: list[Markup]
    hopes: list[Markup]
    ask: Ask | None


_HREF = re.compile(r'^<a href="(?P<url>[^"]*)">$')


class RealselfContent(Content):
    """Shared by our content kinds: link resolution for every HTML fragment."""

    allowed_statuses = ("published", "hidden", "draft")
    default_status = "published"
    kind = ""

    def _expand_settings(self, key: str) -> str:  # type: ignore[override]
        klass = f"realself_draft_{self.kind}" if self.status == "draft" else None
        return super()._expand_settings(key, klass or f"realself_{self.kind}")

    def html(self, fragment: Markup) -> Markup:
        """Resolve {static}/{filename} links for the file being written now."""
        if "{" not in fragment:
            return fragment
        return Markup(self._update_content(str(fragment), self.get_siteurl()))

    def link(self, url: str | None, siteurl: str | None = None) -> Markup | None:
        """A URL field, escaped, with {static}/{filename} resolved.

        ``siteurl=""`` gives the site-relative path, for absolute URLs.
        """
        if url is None:
            return None
        if url.startswith("{"):
            base = self.get_siteurl() if siteurl is None else siteurl
            resolved = self._update_content(f'<a href="{escape(url)}">', base)
            match = _HREF.match(resolved)
            if match:
                return Markup(match.group("url"))
        return escape(url)

    def _all_html(self) -> str:
        return self._content

    def get_static_links(self) -> set[str]:
        # Pelican scans only _content; our {static} links live in every field.
        saved, self._content = self._content, self._all_html()
        try:
            return super().get_static_links()
        finally:
            self._content = saved


class RealselfProfile(RealselfContent):
    """A profile page: ``profile`` in realself/profile.html."""

    mandatory_properties = ("title",)
    default_template = "realself/profile"
    kind = "profile"

    def __init__(
        self,
        model: Profile,
        render: MarkdownRenderer,
        settings: dict[str, Any],
        source_path: str,
        context: dict[str, Any],
        *,
        today: dt.date,
        stale_days: int,
    ):
        metadata: dict[str, Any] = {
            "title": model.name,
            "slug": model.slug,
            "status": model.status,
        }
        if model.lang:
            metadata["lang"] = model.lang
        self.model = model
        self.is_primary = False
        self._story = render(model.story)
        self._facets = [(text(f.label), render(f.text)) for f in model.facets]
        self._now = render(model.now.text) if model.now else Markup("")
        self._today = today
        self._stale_days = stale_days
        super().__init__(str(self._story), metadata, settings, source_path, context)

    def _all_html(self) -> str:
        parts = [str(self._story), str(self._now)]
        parts += [str(html) for _, html in self._facets]
        parts += [f'<img src="{escape(p.src)}">' for p in self.model.photo]
        parts += [f'<a href="{escape(link.url)}">' for link in self.model.links]
        return "\n".join(parts)

    # -- what templates read -------------------------------------------------
    @property
    def name(self) -> Markup:
        return text(self.model.name)

    @property
    def pronouns(self) -> Markup | None:
        return text(self.model.pronouns) if self.model.pronouns else None

    @property
    def pronunciation(self) -> Markup | None:
        return text(self.model.pronunciation) if self.model.pronunciation else None

    @property
    def headline(self) -> Markup | None:
        return text(self.model.headline) if self.model.headline else None

    @property
    def location(self) -> Markup | None:
        return text(self.model.location) if self.model.location else None

    @property
    def photos(self) -> list[Photo]:
        return [
            Photo(
                src=self.link(p.src) or Markup(""),
                alt=text(p.alt),
                caption=text(p.caption) if p.caption else None,
            )
            for p in self.model.photo
        ]

    @property
    def story(self) -> Markup:
        return self.html(self._story)

    @property
    def facets(self) -> list[Facet]:
        return [Facet(label, self.html(html)) for label, html in self._facets]

    @property
    def values(self) -> list[Markup]:
        return [text(v) for v in self.model.values]

    @property
    def honest(self) -> list[Markup]:
        return [text(v) for v in self.model.honest]

    @property
    def not_a_fit_if(self) -> list[Markup]:
        return [text(v) for v in self.model.not_a_fit_if]

    @property
    def now(self) -> NowBlock | None:
        if self.model.now is None:
            return None
        updated = self.model.now.updated
        stale = (self._today - updated).days > self._stale_days
        return NowBlock(updated, self.html(self._now), stale)

    @property
    def links(self) -> list[Link]:
        return [
            Link(text(link.label), self.link(link.url) or Markup(""), link.me)
            for link in self.model.links
        ]

    @property
    def reciprocity(self) -> Reciprocity | None:
        rec = self.model.reciprocity
        if rec is None or not (rec.gives or rec.hopes or rec.ask):
            return None
        ask = None
        if rec.ask is not None:
            ask = Ask(text(rec.ask.question), self.link(rec.ask.url))
        return Reciprocity(
            [text(g) for g in rec.gives], [text(h) for h in rec.hopes], ask
        )

    @property
    def page_url(self) -> str:
        """The address this profile is known by: about/ for the primary one."""
        if self.is_primary:
            return self.settings["REALSELF_PRIMARY_URL"]
        return self.url
