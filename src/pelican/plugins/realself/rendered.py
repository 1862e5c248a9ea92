"""Rendered Markdown kept within a build, and between builds with content
caching on (Pelican's CACHE_CONTENT / LOAD_CONTENT_CACHE).

Its own module: only a build with documents renders anything, and a site
without our YAML should not load Markdown's cleaning code (render.py, nh3).
"""

from __future__ import annotations

import functools
import hashlib
from typing import Any

import markdown
import nh3
from markupsafe import Markup
from pelican.cache import FileDataCacher

from . import render, urls
from .caching import module_version


@functools.cache
def _renderer_code() -> tuple[str, ...]:
    """The cleaning code as loaded (render.py and the URL rule it applies) and
    the versions of Markdown and nh3: read once per process, since a running
    process keeps the code it loaded (and looking up a version scans every
    installed distribution: the modules' own ``__version__`` instead)."""
    code = hashlib.sha256()
    for module in (render, urls):
        with open(module.__file__, "rb") as handle:
            code.update(handle.read())
    return (
        code.hexdigest(),
        module_version(markdown, "markdown"),
        module_version(nh3, "nh3"),
    )


def _render_key(settings: dict[str, Any]) -> str:
    """Everything that shapes rendered HTML: the MARKDOWN setting, the cleaning
    code and the versions of Markdown and nh3."""
    parts = (repr(settings.get("MARKDOWN")), *_renderer_code())
    return "rendered:" + hashlib.sha256(repr(parts).encode()).hexdigest()


class RememberingRenderer(render.MarkdownRenderer):
    """The build's Markdown renderer (one instance, reset between fields) that
    renders each text once.

    Within a build, a text already rendered is not rendered again (the voice
    check reads the stories the pages rendered). With content caching on, the
    HTML is also kept for the next build, under a key that changes with
    everything that shapes it (``_render_key``): an unchanged story, facet or
    summary is not rendered again until its text or one of those changes.
    """

    def __init__(self, settings: dict[str, Any], cacher: FileDataCacher):
        super().__init__(settings)
        self._cacher = cacher
        self._key = _render_key(settings)
        self._before: dict[str, Markup] = cacher.get_cached_data(self._key, {})
        self._now: dict[str, Markup] = {}
        self.rendered = 0  # texts that went through Markdown in this build

    def __call__(self, source: str | None) -> Markup:
        if not source:
            return Markup("")
        html = self._now.get(source)
        if html is None:
            html = self._before.get(source)
            if html is None:
                self.rendered += 1
                html = super().__call__(source)
            self._now[source] = html
        return html

    def save(self) -> None:
        """Keep what this build rendered (and only that) for the next one."""
        self._cacher.cache_data(self._key, self._now)
        self._cacher.save_cache()
