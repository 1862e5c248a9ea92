"""Every file we write stays inside OUTPUT_PATH, and never overwrites silently.

Pelican's writer checks a path by its string prefix and raises when another
generator wrote the same file first; these guards compare whole path parts
and turn that clash into one warning.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from . import host, private

logger = logging.getLogger(__name__)


class InsideOutput:
    """Pelican's writer, but a path must really be inside OUTPUT_PATH.

    Pelican compares path prefixes, so a save_as of ../output-other/x passes
    its check when OUTPUT_PATH is output; we compare whole path parts.
    """

    def __init__(self, writer: Any, output_path: str):
        self._writer = writer
        self._output_path = output_path
        self._folder = private.OutputFolder(output_path)

    def _inside(self, name: str) -> bool:
        if self._folder.writable(os.path.join(self._output_path, name)):
            return True
        logger.error("realself: refusing to write %s outside the output folder", name)
        return False

    def write_file(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if name and self._inside(name):
            private.detach(os.path.join(self._output_path, name))
            try:
                return self._writer.write_file(name, *args, **kwargs)
            except host.WriterError as exc:
                written_already(name, exc)
        return None

    def write_feed(self, elements: Any, context: Any, path: Any = None, *args, **kw):
        if path is None or self._inside(path):
            if path is not None:
                private.detach(os.path.join(self._output_path, path))
            try:
                return self._writer.write_feed(elements, context, path, *args, **kw)
            except host.WriterError as exc:
                written_already(path, exc)
        return None


def written_already(name: str, exc: Exception) -> None:
    """A write nobody announced beforehand (another plugin's generator).

    Any other error from the writer, such as ``--fatal`` stopping the
    build, goes on.
    """
    if not host.refused_overwrite(exc):
        raise exc
    logger.warning(
        "realself: %s was already written by another part of the build; it is "
        "kept and ours is left out. Set the REALSELF_*_SAVE_AS setting for it "
        "(or the other plugin's) to a free path",
        name,
    )


def target(output_path: str, relative: str) -> str | None:
    """A path inside ``output_path`` (its folder made), or None (logged)."""
    target = os.path.join(output_path, relative)
    if not private.writable(target, output_path):
        logger.error("realself: refusing to write %s outside the output", relative)
        return None
    os.makedirs(os.path.dirname(target), exist_ok=True)
    return target
