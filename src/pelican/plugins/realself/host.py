"""Where we reach into Pelican beyond its public API: the one place.

Pelican's signals, its generators' public attributes and its content objects'
public attributes are used where they are needed. Everything else we rely on
(private methods and attributes, a memoizing descriptor, what the fatal logger
raises) is reached through the small functions here, and ``check()`` makes
sure at start-up that each of them is still there: a Pelican release that
moved one stops the build with one message naming it, instead of a site
that quietly publishes unresolved ``{static}`` links or raw markers.
"""

from __future__ import annotations

import copy
import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from markupsafe import Markup, escape
from pelican.contents import Content

#: What Pelican's logger raises under ``pelican --fatal warnings|errors``
#: (pelican.log.FatalLogger): held back by problems.report until every
#: problem has been printed.
FatalStop = RuntimeError


class PelicanChanged(RuntimeError):
    """This Pelican lacks an internal the plugin relies on."""


def _code_names(function: Any) -> set[str]:
    """The attribute names and constants a function's code uses."""
    code = getattr(function, "__code__", None)
    if code is None:
        return set()
    return set(code.co_names) | {c for c in code.co_consts if isinstance(c, str)}


def _takes(function: Any, name: str) -> bool:
    try:
        return name in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


def _requirements() -> Iterator[tuple[str, Callable[[], bool]]]:
    """Each internal we use, and how to see that it is still there."""
    from pelican import cache, log, utils

    content = Content
    yield (
        "Content._expand_settings(key, klass)",
        lambda: _takes(getattr(content, "_expand_settings", None), "klass"),
    )
    yield (
        "Content._update_content(content, siteurl)",
        lambda: _takes(getattr(content, "_update_content", None), "siteurl"),
    )
    yield (
        "Content._link_replacer(siteurl, m)",
        lambda: _takes(getattr(content, "_link_replacer", None), "siteurl"),
    )
    yield (
        "the markup, quote and path groups of Content._get_intrasite_link_regex",
        lambda: all(
            any(group in text for text in _code_names(regex))
            for regex in [getattr(content, "_get_intrasite_link_regex", None)]
            for group in ("(?P<markup>", "(?P<quote>", "(?P<path>")
        ),
    )
    yield (
        'Content._update_content writing <a href="{index}"> back as one <a href>',
        _rewrites_a_lone_href,
    )
    yield (
        "Content._content (a post's HTML)",
        lambda: "_content" in _code_names(content.__init__),
    )
    yield (
        "Content._summary (a summary plugins write)",
        lambda: "_summary" in _code_names(content.__init__),
    )
    yield (
        'context["localsiteurl"] read by Content.get_siteurl()',
        lambda: "localsiteurl" in _code_names(getattr(content, "get_siteurl", None)),
    )
    for name in ("get_content", "get_summary"):
        yield (
            f"Content.{name} memoized with a .cache",
            lambda name=name: isinstance(
                getattr(inspect.getattr_static(content, name, None), "cache", None),
                dict,
            ),
        )
    yield (
        "pelican.utils.memoized without __set__ (an object's own method wins)",
        lambda: hasattr(utils, "memoized") and not hasattr(utils.memoized, "__set__"),
    )
    yield (
        "Content._context (the context every generator shares)",
        lambda: "_context" in _code_names(content.__init__),
    )
    yield (
        "FileDataCacher._cache_open",
        lambda: "_cache_open" in _code_names(cache.FileDataCacher.__init__),
    )
    yield (
        "pelican.log.FatalLogger raising RuntimeError",
        lambda: any(  # in _log since 4.12, in warning and error before
            "RuntimeError" in _code_names(getattr(log.FatalLogger, name, None))
            for name in ("_log", "warning", "error")
        ),
    )


def _rewrites_a_lone_href() -> bool:
    """Whether Pelican still writes ``<a href="{index}">`` back as one
    ``<a href="URL">`` (what ``resolve_url`` reads), and through
    ``_link_replacer``'s markup, quote and URL (what ``_link_replacer`` cuts).

    Run on a bare object, so no signal is sent and nothing is logged.
    """
    from pelican.settings import DEFAULT_CONFIG

    probe = object.__new__(Content)
    probe.settings = {**DEFAULT_CONFIG, "RELATIVE_URLS": False}
    try:
        html = Content._update_content(probe, '<a href="{index}">', "https://s")
        match = _HREF.match(html)
        link = Content._get_intrasite_link_regex(probe).search('<a href="{index}">')
        written = Content._link_replacer(probe, "https://s", link)
    except Exception:  # any change in what these need or do
        return False
    url = "https://s/" + probe.settings["INDEX_SAVE_AS"]
    return bool(match) and match["url"] == url and written == f'<a href="{url}"'


def pelican_version() -> str:
    try:
        return version("pelican")
    except PackageNotFoundError:  # pragma: no cover - run from a checkout
        return "(unknown version)"


def check() -> None:
    """Stop with one clear message if this Pelican lacks an internal we use."""
    missing = [name for name, present in _requirements() if not present()]
    if missing:
        raise PelicanChanged(
            f"pelican-realself does not work with Pelican {pelican_version()}: "
            f"it relies on {', '.join(missing)}, which this Pelican no longer "
            "has. Install a Pelican release the plugin supports "
            "(see pyproject.toml) or a newer pelican-realself."
        )


# -- the content cache --------------------------------------------------------


def set_cache_opener(cacher: Any, opener: Callable[..., Any]) -> None:
    """Make a Pelican ``FileDataCacher`` open its file with ``opener``.

    Pelican picks ``gzip.open`` or ``open`` in ``__init__`` and keeps it in a
    private attribute; there is no setting for the compression level.
    """
    cacher._cache_open = opener


# -- content classes and a post's HTML ----------------------------------------


class PelicanContent(Content):
    """Pelican's Content class with the private hooks we need made public.

    Pelican names URL settings after the class, rewrites ``{static}`` links
    only in HTML and checks no URL it writes; its only ways in are private
    methods. Each override here calls a public method a subclass may define.
    """

    def settings_name(self) -> str:
        """The prefix of this object's ``*_URL`` / ``*_SAVE_AS`` settings."""
        return type(self).__name__

    def expand_setting(self, key: str) -> str:
        """The setting ``<settings_name>_<key>`` formatted for this object."""
        return Content._expand_settings(self, key, self.settings_name())

    def _expand_settings(self, key: str, klass: str | None = None) -> str:
        return self.expand_setting(key)  # what Pelican's get_url_setting calls

    def resolve_links(self, html: str, siteurl: str) -> str:
        """``html`` with its ``{static}``/``{filename}`` links made relative to
        ``siteurl`` (as Pelican does for a post), then ``links_rewritten``."""
        return self._update_content(html, siteurl)

    def links_rewritten(self, before: str, after: str) -> str:
        """What becomes of HTML once Pelican rewrote its links (``after``)."""
        return after

    def _update_content(self, content: str, siteurl: str) -> str:
        rewritten = Content._update_content(self, content, siteurl)
        return self.links_rewritten(content, rewritten)

    def resolve_url(self, url: str, siteurl: str) -> str | None:
        """``url`` (``{static}/x.jpg``) resolved as in ``resolve_links`` but
        without ``links_rewritten``; None when Pelican's result is not the one
        ``<a href>`` it was given. Still HTML-escaped."""
        html = Content._update_content(self, f'<a href="{escape(url)}">', siteurl)
        match = _HREF.match(html)
        return match.group("url") if match else None

    def link_ok(self, url: str) -> bool:
        """Whether a URL Pelican wrote for a ``{…}`` link may be kept."""
        return True

    def link_refused(self, source: str, url: str) -> None:
        """``source`` (as written, escaped) was left out: it led to ``url``."""

    def _link_replacer(self, siteurl: str, match: re.Match) -> str:
        markup, quote, source = match.group("markup", "quote", "path")
        try:
            written: str | None = Content._link_replacer(self, siteurl, match)
        except ValueError:  # urllib refuses some hosts (NFKC): no link at all
            written = None
        # Pelican writes markup, quote, URL, quote.
        url = Markup(source if written is None else written[len(markup) + 1 : -1])
        if written is not None and self.link_ok(url.unescape()):
            return written
        self.link_refused(source, url.unescape())
        return f"{markup}{quote}{quote}"

    def static_links_in(self, html: str) -> set[str]:
        """The ``{static}`` files ``html`` links to, as Pelican counts them for
        this object (it copies those): Pelican scans only ``_content``."""
        saved, self._content = self._content, html
        try:
            return Content.get_static_links(self)
        finally:
            self._content = saved


# Pelican only rewrites links inside HTML attributes; a lone URL goes in as
# the href of an empty <a> and is read back out of Pelican's result.
_HREF = re.compile(r'^<a href="(?P<url>[^"]*)">$')


def html_of(content: Any) -> str | None:
    """A post's HTML as read, before Pelican rewrites its links for a page.

    Pelican has no public setter or getter: content plugins read and write
    ``_content``, and Pelican reads it whenever the post is shown.
    """
    return getattr(content, "_content", None)


def says(content: Any, word: str) -> bool:
    """Whether a post's HTML as read (``html_of``) or any text of its metadata
    (its summary among them) holds ``word``: a quick look before reading it
    closely."""
    html = html_of(content)
    if isinstance(html, str) and word in html:
        return True
    # Asked of every post a few times a build: a plain loop, no list made.
    for text in (getattr(content, "metadata", None) or {}).values():
        if isinstance(text, str) and word in text:
            return True
    return False


def set_html(content: Any, html: str) -> None:
    """Replace a post's HTML (see ``html_of``)."""
    content._content = html


def set_summary(content: Any, summary: str) -> None:
    """Replace a post's ``summary`` metadata where Pelican will read it.

    Pelican keeps a copy in ``_summary`` and copies it back over the
    metadata when it refreshes a post's links.
    """
    content.metadata["summary"] = summary
    if hasattr(content, "_summary"):
        content._summary = summary


# -- what Pelican memoized, and whose siteurl links are made against ----------

_MEMOIZED = ("get_content", "get_summary")


def pelican_method(content: Any, name: str) -> Callable[[str], str]:
    """Pelican's own ``get_content`` or ``get_summary`` of ``content``, even
    where ``override`` replaced it for this object.

    Both are wrapped in Pelican's memoizing descriptor; looking the class
    attribute up statically and binding it with ``__get__`` calls it exactly
    as ``content.name`` would without the override.
    """
    kind = type(content)
    return inspect.getattr_static(kind, name).__get__(content, kind)


def forget_memoized(content: Any) -> None:
    """Drop what Pelican memoized of ``content``'s HTML and summary (a plugin
    may have read them before we changed the post)."""
    for name in _MEMOIZED:
        cache = getattr(pelican_method(content, name), "cache", None)
        if isinstance(cache, dict):
            for key in [k for k in cache if k and k[0] is content]:
                del cache[key]


def overridden(content: Any, name: str) -> Any:
    """What ``override`` set as ``content.name``, else None."""
    return vars(content).get(name)


def override(content: Any, name: str, method: Callable[[str], str]) -> None:
    """Make ``content.get_content`` (or ``get_summary``) call ``method`` for
    this object only: Pelican's memoizing descriptor has no ``__set__``, so an
    attribute of the object comes first. ``method`` must pickle (caching)."""
    setattr(content, name, method)


def copy_with_html(content: Any, html: str) -> Any:
    """A shallow copy of a post holding ``html``, with Pelican's own methods
    (not our overrides): for a summary Pelican should cut from other HTML."""
    post = copy.copy(content)
    for name in _MEMOIZED:
        vars(post).pop(name, None)
    set_html(post, html)
    return post


def page_siteurl(context: dict[str, Any]) -> str | None:
    """The SITEURL of the page being written (relative with RELATIVE_URLS):
    Pelican's writer keeps it in the shared context as ``localsiteurl``."""
    return context.get("localsiteurl")


@contextmanager
def links_rooted_at(content: Any, siteurl: str) -> Iterator[None]:
    """While inside, ``content`` and every content object sharing its context
    (Pelican gives all generators one) make their links against ``siteurl``:
    ``Content.get_siteurl()`` reads ``localsiteurl`` from that context."""
    context = getattr(content, "_context", None)
    if not isinstance(context, dict):
        yield
        return
    missing = object()
    saved = context.get("localsiteurl", missing)
    context["localsiteurl"] = siteurl
    try:
        yield
    finally:
        if saved is missing:
            del context["localsiteurl"]
        else:
            context["localsiteurl"] = saved


# -- the build: its shared context, generators, writer and logger -------------


def shared_context(settings: dict[str, Any]) -> dict[str, Any]:
    """The context every generator of one build shares, as ``Pelican.run``
    makes it (for running Pelican's generators outside ``pelican``)."""
    return {
        **settings,
        "generated_content": {},
        "static_links": set(),
        "static_content": {},
        "localsiteurl": settings["SITEURL"],
    }


# Pelican keeps what its article and page generators read in these lists.
_CONTENT_LISTS = (
    "articles",
    "translations",
    "drafts",
    "drafts_translations",
    "hidden_articles",
    "hidden_translations",
    "pages",
    "hidden_pages",
    "draft_pages",
    "draft_translations",
)


def contents_of(generators: Iterable[Any]) -> Iterator[Any]:
    """Every article and page Pelican read, in every status and language, from
    its article and page generators (subclasses too)."""
    from pelican.generators import ArticlesGenerator, PagesGenerator

    seen: set[int] = set()
    for generator in generators:
        if not isinstance(generator, (ArticlesGenerator, PagesGenerator)):
            continue
        for name in _CONTENT_LISTS:
            for content in getattr(generator, name, []) or []:
                if id(content) not in seen:
                    seen.add(id(content))
                    yield content


def what_writes(item: Any, default: str | None = None) -> str:
    """What a Pelican object with a ``save_as`` is, in a message's words:
    "static file", "category page", "tag page", else ``default`` or its class
    name ("article", "page")."""
    from pelican.contents import Static
    from pelican.urlwrappers import Category, Tag

    for kind, words in (
        (Static, "static file"),
        (Category, "category page"),
        (Tag, "tag page"),
    ):
        if isinstance(item, kind):
            return words
    return default or type(item).__name__.lower()


#: What Pelican's writer raises when it refuses a write (FileOverwriteFailedError)
#: and what its logger raises under ``--fatal`` (both are RuntimeErrors).
WriterError = RuntimeError


def refused_overwrite(exc: BaseException) -> bool:
    """Whether the writer refused to write a path already written in this
    build: FileOverwriteFailedError, a plain RuntimeError saying so before
    Pelican 4.10."""
    said = str(exc)
    return type(exc).__name__ == "FileOverwriteFailedError" or (
        "to be overwritten" in said or "overridden twice" in said
    )
