"""The Pelican generator: our YAML in, profile and giveaway pages out.

It runs with Pelican's own generators, so the writer, the theme's Jinja
environment, URL settings and RELATIVE_URLS all behave as for pages. Each
step lives in its own module; this class calls them in order:

- generate_context: collect (find, load, check) -> assemble (Content
  objects) -> authors -> voice -> template_api (the ``realself`` object);
- once every generator has read its content (__init__.replace_markers):
  our_outputs (which paths are ours) -> menu -> markers with marker_render;
- generate_output: write.
"""

from __future__ import annotations

import functools
import logging
import os
import posixpath
from typing import TYPE_CHECKING, Any

from pelican.cache import FileDataCacher, FileStampDataCacher
from pelican.generators import Generator

from . import SECTIONS, caching, collisions, host, our_outputs
from . import settings as realself_settings
from .collisions import normal
from .languages import Sites
from .paths import find_files
from .template_api import realself_context

# What only a site with our YAML needs (reading, checking, rendering, the
# voice check, summary lines) is imported where it is used: every `pelican`
# run of a site without it would pay for the import (see __init__.py).
if TYPE_CHECKING:
    from .collect import Collection
    from .pages import RealselfProfile

logger = logging.getLogger(__name__)


def _nothing_skipped(kind: str, slug: str | None) -> None:
    """Why a document was left out, when none was read."""
    return None


class RealselfGenerator(Generator, FileStampDataCacher):
    """Profiles, notes and offers from ``REALSELF_PATHS``."""

    def __init__(self, *args: Any, **kwargs: Any):
        self.parsed_files = 0  # files read from disk (not from the cache)
        self.summary_line = ""  # the line the build ends with (summary.py)
        self.pages = our_outputs.Pages()  # filled when there are documents
        self.settled = our_outputs.Settled()  # which of our writes are ours
        self.why_skipped = _nothing_skipped  # collect.Collection.why_skipped
        self.render: Any = None  # rendered.RememberingRenderer, with documents
        self.writes = True  # False for a site without our YAML (_left_an_export)
        Generator.__init__(self, *args, **kwargs)
        self.config = realself_settings.of(self.settings)  # read as the build began
        # Parsed YAML is cached with Pelican's CACHE_CONTENT/LOAD_CONTENT_CACHE,
        # keyed by file stamp (CHECK_MODIFIED_METHOD), whatever the caching
        # layer: parsing is our costly step, and it depends on one file only.
        FileStampDataCacher.__init__(
            self,
            self.settings,
            caching.PARSED,
            self.settings["CACHE_CONTENT"],
            self.settings["LOAD_CONTENT_CACHE"],
        )
        caching.compress_lightly(self)

    def _load(self, path: str, source: str, limits: Any) -> Any:
        cached = self.get_cached_data(path, None)
        if cached is not None:
            docs, problems = cached
            # Messages name files as seen from where Pelican runs now.
            for doc in docs:
                doc.source = source
            return docs, [p._replace(source=source) for p in problems]
        from .load import load_file

        self.parsed_files += 1
        docs, problems = load_file(path, source, limits)
        self.cache_data(path, (docs, problems))
        return docs, problems

    # -- reading -------------------------------------------------------------
    def generate_context(
        self, collection: Collection | None = None, render: Any = None
    ) -> None:
        """Read our documents; ``realself check`` passes what it has read.

        With ``collection`` and ``render`` given (check's dry run, which only
        needs output paths) nothing is read or rendered twice.
        """
        config = self.config
        self.sites = Sites.of(self.settings)
        files: list[str] = []  # read here; none when check passes its own
        if collection is None:
            files = find_files(self.path, config.paths, self.settings["IGNORE_FILES"])
        if files or collection is not None:
            self._read(files, collection, render)
        self.writes = bool(files) or collection is not None or self._left_an_export()
        self.realself = realself_context(self.pages, config.now, config.sidebar_offers)
        self.context["realself"] = self.realself

    def _left_an_export(self) -> bool:
        """Whether an earlier build left our export in the output folder.

        A site without our YAML gets no file from us: nothing links to our
        stylesheet or script, and its export would be empty. Only an export
        left from when it had YAML is written again (emptied, unless the site
        keeps a file of its own there), so it never lists what is gone.
        """
        save_as = self.config.json_save_as
        if not save_as:
            return False
        return os.path.lexists(os.path.join(self.output_path, normal(save_as)))

    def _read(
        self, files: list[str], collection: Collection | None, render: Any
    ) -> None:
        """Collect our documents (unless check gave them) and assemble pages."""
        from . import summary
        from .collect import collect
        from .problems import report

        if collection is None:
            collection = collect(
                files, self.path, self.config, self.settings, self._load
            )
            self.save_cache()
        self.why_skipped = collection.why_skipped  # for markers naming them
        # Without a valid document (every file has an error, say) there is
        # nothing to render: no Markdown, no Content classes.
        if collection.profiles or collection.notes or collection.offers:
            self._documents(collection, render)
        report(collection.problems, logger)
        if files:  # not for check's dry run
            self.summary_line = summary.of_build(
                self.pages, collection, self.config.timezone
            )

    def _documents(self, collection: Collection, render: Any = None) -> None:
        from . import assemble, authors, rendered

        if render is None:
            kept = FileDataCacher(
                self.settings,
                "RealselfRendered",
                self.settings["CACHE_CONTENT"],
                self.settings["LOAD_CONTENT_CACHE"],
            )
            caching.compress_lightly(kept)
            render = rendered.RememberingRenderer(self.settings, kept)
        self.render = render
        inputs = assemble.Inputs(
            render=render,
            settings=self.settings,
            context=self.context,
            sites=self.sites,
            now=self.config.now,
            stale_days=self.config.now_stale_days,
            closing_soon_days=self.config.closing_soon_days,
        )
        self.pages = assemble.assemble(
            collection, inputs, self._register_profile, self.add_static_links
        )
        authors.link_authors(self.pages.profiles, self.context, self.settings)
        # The human-voice findings are gentle hints: warnings, never errors.
        if self.config.voice_warnings and collection.profiles:
            from . import voice  # only loaded when there is a profile

            for voice_report in voice.check_collection(
                collection, self.render, self.settings, config=self.config
            ):
                collection.problems += voice_report.findings
        self.render.save()

    def _register_profile(self, profile: RealselfProfile) -> None:
        """Pelican's bookkeeping for a profile: its source and static links.

        ``{filename}`` links to the page a profile replaces lead to it, once
        that page is gone (while it exists, links still reach it).
        """
        self.add_source_path(profile)
        replaces = profile.model.replaces
        if replaces:
            path = posixpath.normpath(str(replaces).lstrip("/"))
            self.context["generated_content"].setdefault(path, profile)
        self.add_static_links(profile)

    # -- when every generator has read its content (plugin's replace_markers) --
    def settle_outputs(self, generators: list[Any]) -> list[Any]:
        """Leave out our outputs that another part of the build writes.

        Called before anything renders a link: when a page keeps about/, the
        primary profile's links must already point at its own address.
        Returns the problems.
        """
        if not self.writes:  # nothing of ours can meet what the site writes
            return []
        others = [g for g in generators if g is not self]
        theirs = collisions.their_claims(others, self.settings, self.path)
        self.settled, problems = our_outputs.settle(self.pages, self.config, theirs)
        if self.pages.profiles:
            from .about_links import dead_about_links

            problems += dead_about_links(
                host.contents_of(others), self.context["generated_content"], self.path
            )
        return problems

    def add_to_menu(self) -> None:
        """The profile (and give/ while an offer is open) in the site's menu."""
        from . import menu

        open_offers = bool(self.realself.open_offers)
        menu.add_ours(
            self.context,
            self.settings,
            self.sites.here,
            self.pages.primary,
            open_offers,
            self.settled,
        )

    def replace_markers(self, generators: list[Any]) -> None:
        """Markers in every article and page become our sections."""
        # Only posts that name us can hold a marker: the rest are not read
        # again (300 posts: about 2.5 ms a build).
        holding = [c for c in host.contents_of(generators) if _may_hold_markers(c)]
        if not holding:
            # Nothing to replace, and nothing for feeds to link: the marker
            # code is not even imported (most sites, most builds).
            return
        from . import markers
        from .catalogs import page_words
        from .marker_render import MarkerRenderer

        render = MarkerRenderer(
            self.realself,
            self.pages.elsewhere,
            self.get_template,
            self.context,
            functools.partial(page_words, config=self.config),
            self.sites.here,
        )
        sections = markers.Sections(render, self.path, self.why_skipped)
        # The feed handler finds this build's sections in the shared context.
        self.context[SECTIONS] = sections
        sections.replace_all(holding)

    # -- writing ---------------------------------------------------------------
    def generate_output(self, writer: Any) -> None:
        if not self.writes:
            return
        from . import write  # most `pelican` runs of a site without YAML write nothing

        write.write_all(
            writer,
            pages=self.pages,
            realself=self.realself,
            settled=self.settled,
            settings=self.settings,
            config=self.config,
            context=self.context,
            get_template=self.get_template,
            output_path=self.output_path,
            lang=self.sites.here,
        )
        if self.summary_line:
            from . import summary

            summary.show(self.summary_line)


def _may_hold_markers(content: Any) -> bool:
    """Whether an article or page names us at all, in its HTML or metadata.

    Markers (``[realself:...]``) and the sections a summary plugin may have
    copied both say "realself"; a post that does not is left as it is.
    """
    return host.says(content, "realself")
