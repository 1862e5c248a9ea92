"""Everything the voice check reads from the site's settings, in one place."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from ..languages import Sites, key
from ..settings import Config
from ..settings import read as read_config
from . import words

logger = logging.getLogger(__name__)


def _texts(settings: dict[str, Any], name: str) -> tuple[str, ...]:
    value = settings.get(name) or ()
    if isinstance(value, str):
        value = [value]
    return tuple(str(v) for v in value)


@dataclass(frozen=True)
class Options:
    """The voice settings of one build, read once."""

    extra: tuple[str, ...]  # REALSELF_VOICE_BUZZWORDS_EXTRA
    ignore: tuple[str, ...]  # REALSELF_VOICE_BUZZWORDS_IGNORE
    sites: Sites  # DEFAULT_LANG and the translations' sites
    config: Config  # the build clock and the offers' closing-soon days

    @classmethod
    def read(cls, settings: dict[str, Any], config: Config | None = None) -> Options:
        """Read the settings; pass the build's ``config`` not to read it again."""
        return cls(
            extra=_texts(settings, "REALSELF_VOICE_BUZZWORDS_EXTRA"),
            ignore=_texts(settings, "REALSELF_VOICE_BUZZWORDS_IGNORE"),
            sites=Sites.of(settings),
            config=config or read_config(settings),
        )

    def language_of(self, model: Any) -> str:
        """A profile's language, as its code's first part: "pt" for pt-BR."""
        return key(self.sites.lang_of(model.lang)).split("-")[0]

    def phrases(self, language: str) -> frozenset[str]:
        """The corporate phrases looked for in a language, with the site's own."""
        return words.phrases(language, self.extra, self.ignore)


def minimum(settings: dict[str, Any]) -> int | None:
    """REALSELF_VOICE_MIN as a score, or None when the gate is off."""
    value = settings.get("REALSELF_VOICE_MIN")
    if value is None or value is False:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        logger.warning("REALSELF_VOICE_MIN must be a whole number 0-100; ignoring it")
        return None
    return value
