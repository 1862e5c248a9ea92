"""Build real Pelican sites in tmp_path and read what they wrote."""

from __future__ import annotations

import json
import logging
import os
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pelican import Pelican
from pelican.log import LimitFilter
from pelican.settings import read_settings

REPO = Path(__file__).resolve().parent.parent
THEME = REPO / "themes" / "realself"


@pytest.fixture(autouse=True)
def _every_message_counts(monkeypatch):
    """Pelican hides repeated warnings; tests must see each one."""
    monkeypatch.setattr(LimitFilter, "LOGS_DEDUP_MIN_LEVEL", logging.DEBUG)
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()


@dataclass
class Site:
    root: Path
    settings: dict = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def output(self) -> Path:
        return self.root / "output"

    def write(self, name: str, text: str | bytes) -> Path:
        """Write a file under content/ (dedented when it is text)."""
        path = self.content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def build(self, **overrides) -> Site:
        """Run Pelican in-process, like `pelican content -s ...`."""
        base = {
            "PATH": str(self.content),
            "OUTPUT_PATH": str(self.output),
            "PLUGINS": ["pelican.plugins.realself"],
            "TIMEZONE": "UTC",
            "SITENAME": "Test site",
            "SITEURL": "",
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            "FEED_ALL_ATOM": None,
            "CATEGORY_FEED_ATOM": None,
            "AUTHOR_FEED_ATOM": None,
            "AUTHOR_FEED_RSS": None,
            "TRANSLATION_FEED_ATOM": None,
            "REALSELF_NOW": "2026-11-25T12:00:00",
        }
        base.update(self.settings)
        base.update(overrides)
        settings = read_settings(path=None, override=base)
        Pelican(settings).run()
        return self

    def html(self, path: str) -> BeautifulSoup:
        return BeautifulSoup(self.read(path), "html.parser")

    def read(self, path: str) -> str:
        return (self.output / path).read_text(encoding="utf-8")

    def exists(self, path: str) -> bool:
        return (self.output / path).exists()

    def json_ld(self, path: str) -> list[dict]:
        scripts = self.html(path).find_all("script", type="application/ld+json")
        return [json.loads(s.string) for s in scripts]


@pytest.fixture
def site(tmp_path, monkeypatch) -> Site:
    """An empty site; messages name files as content/realself/x.yaml."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    return Site(tmp_path)


@pytest.fixture
def problems(caplog):
    """Our located messages from the last build, as plain strings."""
    caplog.set_level(logging.INFO)

    def read(level: int = logging.WARNING) -> list[str]:
        return [
            r.getMessage()
            for r in caplog.records
            if r.name.startswith("pelican.plugins.realself") and r.levelno >= level
        ]

    return read


def pytest_configure(config):
    os.environ.setdefault("PYTHONHASHSEED", "0")
