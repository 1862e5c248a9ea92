"""pelican-realself: human About pages and give-first offers from YAML.

``register()`` connects a few small handlers; each does one thing.

Importing the plugin loads this module and host.py only: every `pelican` run
pays for what is imported here, whether the site has our YAML or not. Each
handler imports what it needs when Pelican first calls it, and the generator
imports the reading and rendering code only when there are documents.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from pelican import signals

from . import host

#: The same as pyproject.toml's version (tests/test_caching.py holds them
#: equal): read here, not from the installed metadata, which costs 2-3 ms of
#: CPU a process (it reads every installed distribution's folder).
__version__ = "0.1.0"

logger = logging.getLogger(__name__)
TEMPLATES = os.path.join(os.path.dirname(__file__), "templates")
# The context key our generator leaves a build's marker sections under
# (markers.Sections), for the feed handler of that build.
SECTIONS = "realself_sections"


def prepare_settings(pelican: Any) -> None:
    """Fill in defaults and keep our YAML away from Pelican's other readers."""
    from . import languages
    from . import settings as realself_settings

    settings = pelican.settings
    languages.remember_home(settings)
    for name in realself_settings.apply_defaults(settings):
        import difflib  # only for a misspelt setting

        close = difflib.get_close_matches(name, realself_settings.DEFAULTS, n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        logger.warning("realself: unknown setting %s%s", name, hint)
    for name, message in realself_settings.check(settings):
        default = realself_settings.DEFAULTS[name]
        logger.error("realself: %s; using %r", message, default)
    keep_yaml_private(settings)


def keep_yaml_private(settings: dict[str, Any]) -> None:
    """Keep our folders out of Pelican's articles, pages and static files."""
    from . import settings as realself_settings

    paths = realself_settings.read_one(settings, "REALSELF_PATHS")
    for key in ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES", "STATIC_EXCLUDES"):
        excluded = list(settings.get(key) or [])
        # Never publish the raw YAML: it can hold notes without consent.
        excluded += [p for p in paths if p not in excluded]
        settings[key] = excluded


def add_templates(generator: Any) -> None:
    """Let every generator find realself/*.html after the theme's own."""
    from jinja2 import ChoiceLoader, FileSystemLoader

    from . import caching, catalogs

    loader = generator.env.loader
    if TEMPLATES not in getattr(loader, "_realself_paths", ()):
        generator.env.loader = ChoiceLoader([loader, FileSystemLoader(TEMPLATES)])
        generator.env.loader._realself_paths = (TEMPLATES,)  # type: ignore[attr-defined]
    catalogs.install(generator.env, generator.settings)
    caching.keep_compiled_templates(generator.env, generator.settings)


def get_generators(pelican: Any) -> type:
    """A build starts: read our settings once for all of it, then generate."""
    from . import settings as realself_settings
    from .generator import RealselfGenerator

    realself_settings.start_build(pelican.settings)
    return RealselfGenerator


def replace_markers(generators: list[Any]) -> None:
    """Markers need every article read and every offer known: run at the end.

    Output paths are settled first: a card must link where the page really is.
    """
    from .generator import RealselfGenerator

    for generator in generators:
        if isinstance(generator, RealselfGenerator):
            problems = generator.settle_outputs(generators)
            if problems:  # problems.py is loaded when there is one to say
                from .problems import report

                report(problems, logger)
            generator.add_to_menu()
            generator.replace_markers(generators)


def link_sections_in_feed(context: dict[str, Any], feed: Any) -> None:
    """In feeds a section is its one-line link (markers.Sections.in_feed)."""
    sections = context.get(SECTIONS)
    if sections is not None:
        sections.in_feed(feed, context.get("SITEURL", ""))


def register() -> None:
    """Connect our handlers, once this Pelican has what they rely on."""
    host.check()  # raises PelicanChanged naming what is missing
    signals.initialized.connect(prepare_settings)
    signals.all_generators_finalized.connect(replace_markers)
    signals.feed_generated.connect(link_sections_in_feed)
    signals.generator_init.connect(add_templates)
    signals.get_generators.connect(get_generators)
    signals.static_generator_finalized.connect(keep_private)


def keep_private(generator: Any) -> None:
    """Our YAML is never copied as a static file (private.keep_private)."""
    from . import private

    private.keep_private(generator)
