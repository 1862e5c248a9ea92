"""What is the user's stays theirs.

Our YAML folders (REALSELF_PATHS) can hold notes without consent, so nothing
in them is ever published as a static file or attachment, whatever link or
setting names it. And no file of ours is written through a link into the
source tree: with ``STATIC_CREATE_LINKS`` a file in the output can be a hard
link to one in content/, and writing into it would change the user's file.
"""

from __future__ import annotations

import functools
import logging
import os
import stat
import tempfile
from collections.abc import Iterable
from typing import Any

from . import settings as realself_settings
from .paths import identity, inside, site_relative

logger = logging.getLogger(__name__)
YAML = (".yaml", ".yml")


def folders(content_root: str, paths: Iterable[str] | str) -> list[str]:
    """REALSELF_PATHS as real paths (links resolved), inside the content folder."""
    paths = [paths] if isinstance(paths, str) else list(paths or [])
    return [
        os.path.realpath(os.path.join(content_root, path))
        for path in paths
        if isinstance(path, str)
    ]


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def is_private(path: str, content_root: str, paths: Iterable[str] | str) -> bool:
    """Whether ``path`` (absolute, or relative to the content folder) is in one
    of our YAML folders (``paths``), or is a folder holding one.

    When REALSELF_PATHS names the content folder itself, only its YAML files
    are ours: the images beside them are the site's.
    """
    root = os.path.realpath(content_root)
    full = os.path.realpath(os.path.join(root, path))
    for folder in folders(root, paths):
        if _within(root, folder):  # the whole content folder is "ours"
            if full.endswith(YAML) or (os.path.isdir(full) and _within(folder, full)):
                return True
        elif _within(full, folder) or _within(folder, full):
            return True
    return False


def keep_private(generator: Any) -> None:
    """``static_generator_finalized``: take our YAML out of what Pelican copies.

    A {static} or {attach} link in any article, or STATIC_PATHS, can name a
    file (or a folder) holding our YAML; Pelican would copy it as it is.
    Links to it stay unresolved (Pelican says so) and nothing is copied.
    """
    settings = generator.settings
    root, paths = settings["PATH"], realself_settings.of(settings).paths
    ours = _identities(root, paths) if generator.staticfiles else set()
    kept = []
    for static in generator.staticfiles:
        if (
            is_private(static.source_path, root, paths)
            or identity(static.source_path) in ours
        ):
            logger.warning(
                "realself: %s is not published: REALSELF_PATHS holds notes that "
                "may lack consent, so a {static} or {attach} link or STATIC_PATHS "
                "naming it is ignored",
                site_relative(static.source_path, root),
            )
            generator.context["static_content"].pop(
                static.get_relative_source_path(), None
            )
        else:
            kept.append(static)
    generator.staticfiles[:] = kept
    generator.context["staticfiles"] = generator.staticfiles


def _identities(content_root: str, paths: Iterable[str] | str) -> set:
    """(device, inode) of every file in our YAML folders: a hard link to one
    elsewhere in content/ is the same file under another name."""
    root = os.path.realpath(content_root)
    found = set()
    for folder in folders(root, paths):
        whole_root = _within(root, folder)
        for where, _, names in os.walk(folder):
            for name in names:
                if whole_root and not name.endswith(YAML):
                    continue
                found.add(identity(os.path.join(where, name)))
    found.discard(None)
    return found


def writable(path: str, output: str) -> bool:
    """Whether writing ``path`` stays in the ``output`` folder: its folder must
    be in there; a link at ``path`` itself is replaced (``detach``)."""
    path = os.path.normpath(path)
    name = os.path.basename(path)
    return name not in ("", ".", "..") and inside(os.path.dirname(path), output)


class OutputFolder:
    """``writable`` for many files of one build's output folder, faster.

    The folder's real path is worked out once; a file's folder is then
    inside it when the path names it below the folder and none of the parts
    below is a link (the usual case, a folder Pelican made or none yet): one
    lstat a part, where ``writable`` resolves every part of both paths.
    Anything else goes through ``writable``. For about/<slug>/index.html in
    an output folder six levels deep: 10 us a page instead of 60 (process_time;
    tests/test_private_output.py holds the two equal).
    """

    def __init__(self, output: str):
        self.output = output
        self._prefix = os.path.normpath(output) + os.sep
        self._real = os.path.realpath(output)

    def writable(self, path: str) -> bool:
        """``writable(path, output)``, for this output folder."""
        path = os.path.normpath(path)
        if not path.startswith(self._prefix):
            return writable(path, self.output)
        parts = path[len(self._prefix) :].split(os.sep)
        if parts[-1] in ("", ".", "..") or ".." in parts:
            return writable(path, self.output)
        here = self._real
        for part in parts[:-1]:
            here = os.path.join(here, part)
            try:
                if stat.S_ISLNK(os.lstat(here).st_mode):
                    return writable(path, self.output)
            except OSError:
                break  # nothing below a missing folder can be a link
        return True


def detach(path: str) -> None:
    """Before writing ``path``: a link (symbolic, or hard to a file elsewhere)
    is removed, so that the write makes a new file instead of going through."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode) or (stat.S_ISREG(info.st_mode) and info.st_nlink > 1):
        os.unlink(path)


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def replace_file(path: str, data: bytes) -> None:
    """Write a whole file by renaming a new one over ``path``: a link there is
    replaced, never written through."""
    folder = os.path.dirname(path) or "."
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".realself-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o666 & ~_umask())  # as open() would have made it
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
