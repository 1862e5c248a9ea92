"""Keeping work between builds: parsed YAML lives in the generator (a
FileStampDataCacher); rendered Markdown and the cache format live here.

Both follow Pelican's CACHE_CONTENT / LOAD_CONTENT_CACHE settings.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import os
import re
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from markupsafe import Markup
from pelican.cache import FileDataCacher

from . import host, render, urls


def keep_compiled_templates(env: Any, settings: dict[str, Any]) -> None:
    """With content caching on, keep compiled templates between builds.

    Pelican makes new Jinja environments for every build, so every rebuild
    (``--autoreload``) compiles every template again: ours, which every page
    of our theme imports, and the theme's. Jinja checks each cached template
    against its source; the folder is named after the Jinja options and
    version, which shape the compiled code too.
    """
    if not (settings.get("CACHE_CONTENT") and settings.get("LOAD_CONTENT_CACHE")):
        return
    if env.bytecode_cache is not None:  # the site chose its own
        return
    from jinja2 import FileSystemBytecodeCache

    options = repr((settings.get("JINJA_ENVIRONMENT"), _installed("jinja2")))
    options = re.sub(r" at 0x[0-9a-fA-F]+", "", options)  # same key every run
    key = hashlib.sha256(options.encode()).hexdigest()[:16]
    folder = os.path.join(settings["CACHE_PATH"], "RealselfTemplates", key)
    os.makedirs(folder, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(folder)


def compress_lightly(cacher: FileDataCacher) -> None:
    """Save a cache with gzip's fastest level instead of its slowest (9).

    The whole cache is written again on every build that changed a file;
    for 1,000 documents level 9 takes about 90 ms, level 1 about 25 ms, for a
    file a third larger. Reading is the same for any level.
    """
    if cacher.settings.get("GZIP_CACHE"):
        host.set_cache_opener(cacher, functools.partial(gzip.open, compresslevel=1))


@functools.cache
def _renderer_code() -> tuple[str, ...]:
    """The cleaning code as loaded (render.py and the URL rule it applies) and
    the versions of Markdown and nh3: read once per process, since a running
    process keeps the code it loaded (and looking up a version scans every
    installed distribution)."""
    code = hashlib.sha256()
    for module in (render, urls):
        with open(module.__file__, "rb") as handle:
            code.update(handle.read())
    return code.hexdigest(), _installed("markdown"), _installed("nh3")


@functools.cache
def _installed(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:  # pragma: no cover - vendored or renamed
        return "?"


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
