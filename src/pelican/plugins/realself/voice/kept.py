"""The voice check's findings kept between builds, with content caching on.

An --autoreload rebuild after an edit to one file would otherwise check every
profile again (about 0.4 ms each; working out a key costs about half that:
the check of the bench's 200 profiles in a second build takes 40-52 ms
instead of 88). A profile's findings are kept under a key
made of everything they are worked out from, so a profile whose key is the
same as in the last build gets the same findings without the check:

- the profile's and its offers' models, as validated (every field, nested
  ones too);
- where each of those documents is (file, positions of its values and keys),
  since a finding is a located Problem;
- the rendered story and offer summaries (the check reads what a visitor
  reads, so the MARKDOWN settings count through them);
- the profile's language, the site's extra and ignored phrases, and each
  offer's state at the build clock (the only thing the check reads from the
  clock);
- the code and word lists of the check, and the plugin's version.

A key that differs in any of them means the profile is checked afresh. The
key is a digest of their pickle: unlike a repr, a pickle loses nothing, so
two different inputs never give the same one (the same inputs may, at worst,
give another pickle, and then the profile is only checked again).
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pelican.cache import FileDataCacher

from ..problems import Problem
from .check import findings
from .options import Options

Found = list[tuple[str, str, Problem]]  # (kind, reason, problem), as findings gives
PACKAGE = Path(__file__).resolve().parent.parent


@functools.cache
def _code() -> str:
    """Our Python code and word lists as loaded, and our version: read once a
    process (a running process keeps the code it loaded). All of the
    package's modules, not only the check's: a helper it calls may move."""
    from .. import __version__

    code = hashlib.sha256(__version__.encode())
    for path in sorted([*PACKAGE.rglob("*.py"), *(PACKAGE / "data").glob("*.txt")]):
        code.update(str(path.relative_to(PACKAGE)).encode())
        code.update(path.read_bytes())
    return code.hexdigest()


def _where(doc: Any) -> tuple[Any, ...]:
    return doc.source, doc.index, doc.start, doc.positions, doc.key_positions


def inputs(
    item: Any, offers: list[Any], render: Callable[[str], str], options: Options
) -> str:
    """The key of one profile's findings: a digest of everything they read."""
    model, config = item.model, options.config
    parts = [
        model,
        _where(item.doc),
        str(render(model.story or "")),
        options.language_of(model),
        options.extra,
        options.ignore,
    ]
    for offer in offers:
        state = offer.window.state(config.now, config.closing_soon_days)
        summary = str(render(offer.model.summary or ""))
        parts.append((offer.model, _where(offer.doc), summary, state))
    return hashlib.sha256(pickle.dumps(parts, protocol=5)).hexdigest()


class KeptFindings:
    """``findings`` that remembers, between builds, what each profile gave.

    With content caching off (Pelican's CACHE_CONTENT / LOAD_CONTENT_CACHE)
    the cacher keeps nothing and every profile is checked as before.
    """

    def __init__(self, cacher: FileDataCacher, keeping: bool = True):
        self._cacher = cacher
        # ``keeping`` False (content caching off: nothing is loaded or saved)
        # checks every profile without working out a key: reading the
        # package's code for it alone costs about 7 ms of CPU a build.
        self._keeping = keeping
        self._key = "voice:" + _code() if keeping else ""
        self._before: dict[str, Found] = (
            cacher.get_cached_data(self._key, {}) if keeping else {}
        )
        self._now: dict[str, Found] = {}
        self.checked = 0  # profiles checked in this build (not kept)

    def __call__(
        self,
        item: Any,
        offers: list[Any],
        render: Callable[[str], str],
        options: Options,
    ) -> Found:
        if not self._keeping:
            self.checked += 1
            return findings(item, offers, render, options)
        key = inputs(item, offers, render, options)
        found = self._before.get(key)
        if found is None:
            self.checked += 1
            found = findings(item, offers, render, options)
        self._now[key] = found
        return list(found)

    def save(self) -> None:
        """Keep this build's findings (and only those) for the next build."""
        if not self._keeping:
            return
        self._cacher.cache_data(self._key, self._now)
        self._cacher.save_cache()
