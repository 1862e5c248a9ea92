"""Builds at the same SOURCE_DATE_EPOCH are byte-identical, file for file."""

from __future__ import annotations

import datetime as dt
import filecmp
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from test_offers import OFFERS

from conftest import THEME

EPOCH = int(dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC).timestamp())

CONF = f"""
AUTHOR = "Sam Rivera"
SITENAME = "Reproducible"
SITEURL = "https://sam.example"
PATH = "content"
TIMEZONE = "Europe/Lisbon"
DEFAULT_LANG = "en"
THEME = {str(THEME)!r}
PLUGINS = ["pelican.plugins.realself"]
STATIC_PATHS = ["images", "files"]
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{{slug}}.atom.xml"
TAG_FEED_ATOM = "feeds/tag-{{slug}}.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
RELATIVE_URLS = True
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DEFAULT_PAGINATION = 2
"""

NOTES = """
---
kind: note
quote: She asked about my kids first.
who: Priya
date: 2025-03-02
consent: true
reply: Thank you.
---
kind: note
quote: Not published.
who: Rui
"""


def write_site(root: Path) -> None:
    content = root / "content"
    (content / "realself").mkdir(parents=True)
    (content / "images").mkdir()
    (content / "files").mkdir()
    (content / "pages").mkdir()
    (content / "images" / "sam.jpg").write_bytes(b"\xff\xd8\xff not a jpeg")
    (content / "files" / "workbook.pdf").write_bytes(b"%PDF-1.4")
    profile = OFFERS.replace(
        "name: Sam Rivera",
        "name: Sam Rivera\nphoto: {src: '{static}/images/sam.jpg', alt: Sam}\n"
        "now: {updated: 2026-11-01, text: Baking rye.}",
    )
    (content / "realself" / "sam.yaml").write_text(profile + NOTES)
    for number, tags in enumerate(["a, b", "b, c", "c, a", "d, e, f"], start=1):
        (content / f"post-{number}.md").write_text(
            f"Title: Post {number}\nDate: 2026-0{number}-01 10:00\n"
            f"Tags: {tags}\nCategory: Cat {number % 2}\n\n"
            f"Hello {number}.\n\n[realself:offers]\n\n[realself:offer spring]\n"
        )
    (content / "pages" / "contact.md").write_text(
        "Title: Contact\n\n[realself:profile sam]\n"
    )
    (root / "pelicanconf.py").write_text(CONF)


def build(root: Path, hash_seed: str, tz: str) -> Path:
    env = {
        **os.environ,
        "SOURCE_DATE_EPOCH": str(EPOCH),
        "PYTHONHASHSEED": hash_seed,
        "TZ": tz,  # the machine's zone must not leak into the output
    }
    subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py"]
        + ["-o", "output", "--fatal", "errors"],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
    )
    return root / "output"


def files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def test_two_builds_are_byte_identical(tmp_path):
    first, second = tmp_path / "one", tmp_path / "elsewhere" / "two"
    write_site(first)
    shutil.copytree(first, second)
    out1 = build(first, "1", "UTC")
    out2 = build(second, "2", "Asia/Tokyo")
    assert files(out1) == files(out2)
    names = [n for n in files(out1) if (out1 / n).is_file()]
    assert len(names) > 30
    match, mismatch, errors = filecmp.cmpfiles(out1, out2, names, shallow=False)
    assert (mismatch, errors) == ([], [])
    # ... and the build clock really was SOURCE_DATE_EPOCH
    data = json.loads((out1 / "realself.json").read_text())
    assert data["as_of"] == "2026-11-25T12:00:00+00:00"
    assert {o["slug"]: o["state"] for o in data["offers"]}["review"] == ("closing-soon")


def test_no_placeholder_or_build_path_leaks(tmp_path):
    write_site(tmp_path)
    out = build(tmp_path, "3", "UTC")
    for path in out.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"__realself" not in data, path
            assert str(tmp_path).encode() not in data, path
            assert b"Not published." not in data, path
