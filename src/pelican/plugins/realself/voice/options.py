"""Everything the voice check reads from the site's settings, in one place."""

from __future__ import annotations

from typing import Any, NamedTuple

from .. import settings as realself_settings
from ..languages import Sites, key
from ..settings import Config
from . import words


class Options(NamedTuple):
    """The voice settings of one build, read once.

    A NamedTuple, not a frozen dataclass: pages.Photo says why.
    """

    extra: tuple[str, ...]  # REALSELF_VOICE_BUZZWORDS_EXTRA
    ignore: tuple[str, ...]  # REALSELF_VOICE_BUZZWORDS_IGNORE
    sites: Sites  # DEFAULT_LANG and the translations' sites
    config: Config  # the build clock and the offers' closing-soon days

    @classmethod
    def read(cls, settings: dict[str, Any], config: Config | None = None) -> Options:
        """Read the settings; ``config`` is the build's (settings.of by default)."""
        config = config or realself_settings.of(settings)
        return cls(
            extra=config.voice_buzzwords_extra,
            ignore=config.voice_buzzwords_ignore,
            sites=Sites.of(settings),
            config=config,
        )

    def language_of(self, model: Any) -> str:
        """A profile's language, as its code's first part: "pt" for pt-BR."""
        return key(self.sites.lang_of(model.lang)).split("-")[0]

    def phrases(self, language: str) -> frozenset[str]:
        """The corporate phrases looked for in a language, with the site's own."""
        return words.phrases(language, self.extra, self.ignore)


def minimum(settings: dict[str, Any]) -> int | None:
    """REALSELF_VOICE_MIN as a score, or None when the gate is off."""
    return realself_settings.of(settings).voice_min
