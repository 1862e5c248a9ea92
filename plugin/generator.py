"""The Pelican generator: reads our YAML, writes profile pages.

It runs with Pelican's own generators, so the writer, the theme's Jinja
environment, URL settings and RELATIVE_URLS all behave as for pages.
"""

from __future__ import annotations

import logging
import os
import shutil
from itertools import chain
from typing import Any

from pelican.generators import Generator
from pelican.utils import order_content, process_translations

from . import settings as realself_settings
from . import structured
from .build import collect
from .contents import RealselfProfile
from .problems import report
from .render import MarkdownRenderer
from .template_api import RealselfContext

logger = logging.getLogger(__name__)
STYLESHEET = os.path.join(os.path.dirname(__file__), "static", "realself.css")


def copy_stylesheet(output_path: str) -> None:
    """Our small layout stylesheet, at realself/realself.css in the output."""
    target = os.path.join(output_path, "realself", "realself.css")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(STYLESHEET, target)


class RealselfGenerator(Generator):
    """Profiles (and the kinds that follow) from ``REALSELF_PATHS``."""

    def __init__(self, *args: Any, **kwargs: Any):
        self.profiles: list[RealselfProfile] = []
        self.translations: list[RealselfProfile] = []
        self.hidden_profiles: list[RealselfProfile] = []
        self.draft_profiles: list[RealselfProfile] = []
        self.primary: RealselfProfile | None = None
        super().__init__(*args, **kwargs)

    def generate_context(self) -> None:
        config = realself_settings.read(self.settings)
        self.config = config
        found = self.get_files(list(config.paths), extensions=("yaml", "yml"))
        files = [os.path.join(self.path, name) for name in found]
        collection = collect(files, self.path, config, self.settings)
        report(collection.problems, logger)

        render = MarkdownRenderer(self.settings)
        published, hidden, drafts = [], [], []
        for item in collection.profiles:
            profile = RealselfProfile(
                item.model,
                render,
                self.settings,
                item.path,
                self.context,
                today=config.now.date(),
                stale_days=config.stale_days,
            )
            if not profile.is_valid():
                continue
            profile.is_primary = item is collection.primary
            if profile.is_primary:
                self.primary = profile
            self.add_source_path(profile)
            self.add_static_links(profile)
            {"published": published, "hidden": hidden, "draft": drafts}[
                profile.status
            ].append(profile)

        self.profiles, self.translations = process_translations(published, "slug")
        self.profiles = order_content(self.profiles, "basename")
        self.hidden_profiles = hidden
        self.draft_profiles = drafts
        self.context["realself"] = RealselfContext(
            profiles=self.profiles, primary=self.primary, now=config.now
        )
        logger.info(
            "realself: %d profile(s) from %d file(s)",
            len(self.profiles),
            len({item.path for item in collection.profiles}),
        )

    def _write(self, writer: Any, profile: RealselfProfile, save_as: str, url: str):
        modified = (
            profile.model.now.updated if profile.model.now else self.config.now.date()
        )
        writer.write_file(
            save_as,
            self.get_template(profile.template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=url,
            profile=profile,
            profile_json_ld=structured.profile_json_ld(profile, modified),
            profile_open_graph=structured.profile_open_graph(profile),
            canonical_url=structured.absolute(
                self.settings.get("SITEURL", ""), profile.page_url
            ),
        )

    def generate_output(self, writer: Any) -> None:
        if self.settings.get("REALSELF_CSS", True):
            copy_stylesheet(self.output_path)
        everything = chain(
            self.profiles, self.translations, self.hidden_profiles, self.draft_profiles
        )
        for profile in everything:
            self._write(writer, profile, profile.save_as, profile.url)
        if self.primary is not None and self.primary.status == "published":
            self._write(
                writer,
                self.primary,
                self.settings["REALSELF_PRIMARY_SAVE_AS"],
                self.settings["REALSELF_PRIMARY_URL"],
            )
