"""How much one YAML file may ask of the build.

Its own module so that both the settings (REALSELF_MAX_FILE_BYTES) and the
loader can name it without the settings depending on the loader.
"""

from __future__ import annotations

from typing import NamedTuple


class Limits(NamedTuple):
    """How much a single file may ask of the build.

    A NamedTuple, not a frozen dataclass: pages.Photo says why.
    """

    max_bytes: int = 1_000_000
    max_depth: int = 40
    max_aliases: int = 32
    max_nodes: int = 10_000  # values in one document, aliases expanded
    max_documents: int = 1_000  # documents in one file
    max_text: int = 100_000  # characters in one value (a long story is ~20,000)


DEFAULT_LIMITS = Limits()  # what a file may ask when the settings say nothing
