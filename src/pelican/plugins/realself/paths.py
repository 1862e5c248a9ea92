"""Paths in the content folder: where our YAML files are, whether a path
stays inside a folder, and how a message names a file.

Its own small module: every build looks for our files, and a site without
them stops there, without loading the code that reads and checks documents
(collect.py).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable


def site_relative(path: str, content_root: str) -> str:
    """How to name a file in a message: relative to where the user works."""
    path = os.path.abspath(path)
    for base in (os.getcwd(), os.path.dirname(os.path.abspath(content_root))):
        rel = os.path.relpath(path, base)
        if not rel.startswith(".."):
            return rel.replace(os.sep, "/")
    return path


def inside(path: str, folder: str) -> bool:
    """Path-aware containment (a sibling 'content-secret' is not 'content')."""
    path, folder = os.path.realpath(path), os.path.realpath(folder)
    return os.path.commonpath([path, folder]) == folder


def identity(path: str) -> tuple[int, int] | None:
    """The device and inode ``path`` leads to, or None if it leads nowhere."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def find_files(
    content_root: str, paths: Iterable[str], ignores: Iterable[str] = ("**/.*",)
) -> list[str]:
    """Every .yaml/.yml file under REALSELF_PATHS, as Pelican walks content."""
    ignores = list(ignores)

    def ignored(name: str) -> bool:
        return any(fnmatch.fnmatch(name, pattern) for pattern in ignores)

    found: set[str] = set()
    walked: set[tuple[int, int]] = set()  # folders, by device and inode
    for path in paths:
        root = os.path.join(content_root, path) if path else content_root
        if os.path.isfile(root) and root.endswith((".yaml", ".yml")):
            found.add(os.path.abspath(root))
        # Links are followed, as Pelican does, but each folder is read once:
        # a link back up the tree (ln -s . again) would be walked forever.
        for folder, dirs, files in os.walk(root, followlinks=True):
            folder_id = identity(folder)
            if folder_id in walked:
                dirs[:] = []
                continue
            if folder_id is not None:
                walked.add(folder_id)
            dirs[:] = sorted(d for d in dirs if not ignored(d))
            for name in files:
                if name.endswith((".yaml", ".yml")) and not ignored(name):
                    found.add(os.path.abspath(os.path.join(folder, name)))
    return _once_each(sorted(found))


def _once_each(paths: list[str]) -> list[str]:
    """Drop a path that leads to a file already listed (a link, say)."""
    seen: set[tuple[int, int]] = set()
    out = []
    for path in paths:
        same = identity(path)
        if same is None or same not in seen:
            out.append(path)  # a dangling link is reported when read
        if same is not None:
            seen.add(same)
    return out
