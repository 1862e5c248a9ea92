"""Build real Pelican sites in tmp_path and read what they wrote."""

from __future__ import annotations

import json
import logging
import os
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, settings
from pelican import Pelican
from pelican.log import LimitFilter
from pelican.settings import read_settings

REPO = Path(__file__).resolve().parent.parent
THEME = REPO / "themes" / "realself"

# Strings that must never reach any file a test build writes: the plugin's
# internal placeholders (markers.py), and HELD_BACK, the phrase tests plant in
# notes without consent (tests/hostile.py, test_url_safety.py): consent is
# absolute, so every build of every test checks it.
HELD_BACK = "Quokka-held-back-9f3"
NEVER_IN_OUTPUT = ["__realself_", HELD_BACK]


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

    def cached_settings(self, **extra) -> dict:
        """Settings for Pelican run by hand, content caching on (as --autoreload)."""
        return {
            "PATH": str(self.content),
            "OUTPUT_PATH": str(self.output),
            "PLUGINS": ["pelican.plugins.realself"],
            "TIMEZONE": "UTC",
            "CACHE_CONTENT": True,
            "LOAD_CONTENT_CACHE": True,
            "CACHE_PATH": str(self.root / "cache"),
            "REALSELF_NOW": "2026-11-25",
            "FEED_ALL_ATOM": None,
            "CATEGORY_FEED_ATOM": None,
            "AUTHOR_FEED_ATOM": None,
            "AUTHOR_FEED_RSS": None,
            "TRANSLATION_FEED_ATOM": None,
            **extra,
        }

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
            # compiled templates are kept here (caching.keep_compiled_templates),
            # not in the folder the tests run from
            "CACHE_PATH": str(self.root / "cache"),
            "FEED_ALL_ATOM": None,
            "CATEGORY_FEED_ATOM": None,
            "AUTHOR_FEED_ATOM": None,
            "AUTHOR_FEED_RSS": None,
            "TRANSLATION_FEED_ATOM": None,
            "REALSELF_NOW": "2026-11-25T12:00:00",
            # Voice hints have their own tests; here they would crowd the
            # messages each test pins.
            "REALSELF_VOICE_WARNINGS": False,
        }
        base.update(self.settings)
        base.update(overrides)
        settings = read_settings(path=None, override=base)
        Pelican(settings).run()
        assert_never_written(self.output)
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


def assert_never_written(output: Path) -> None:
    """Fail when any file under ``output`` holds a NEVER_IN_OUTPUT string."""
    needles = [n.encode() for n in NEVER_IN_OUTPUT]
    for path in output.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found = [n.decode() for n in needles if n in data]
            assert not found, f"{path.relative_to(output)} holds {found}"


def touch(path: Path, text: str) -> None:
    """Edit a file with a clearly newer mtime, whatever the clock's grain."""
    path.write_text(text)
    stamp = time.time() + 5
    os.utime(path, (stamp, stamp))


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


# ---- Real clients: browsers, validators, tools the suite may lack ---------------

# What a missing tool is called, how to find it and how to get it.
TOOLS = {
    "chromium": (
        ("/usr/bin/chromium", "chromium", "chromium-browser"),
        "Debian's chromium (apt-get install chromium; ./dev test does it as root)",
    ),
    "java": (
        ("java",),
        "a Java runtime for the Nu HTML Checker "
        "(apt-get install default-jre-headless; ./dev test does it as root)",
    ),
    "node": (("node",), "Node.js (apt-get install nodejs)"),
}
PYTHON_TOOLS = {
    "playwright": "playwright (pip install -e '.[test]')",
    "axe_playwright_python": "axe-playwright-python (pip install -e '.[test]')",
    "html_checker": "py-html-checker (pip install -e '.[test]')",
}


def missing(reason: str) -> None:
    """Skip with ``reason`` on a user's machine; fail in CI, where nothing may hide."""
    if os.environ.get("CI"):
        pytest.fail(f"CI is set, so this cannot be skipped: {reason}", pytrace=False)
    pytest.skip(reason)


def require(name: str) -> str:
    """The path of a program (or the name of a Python module) the test needs.

    On a user's machine without it the test is skipped with a stated reason;
    when the environment variable CI is set it fails instead, so CI can never
    go green by skipping the browser, the validator or Node.
    """
    import importlib.util
    import shutil

    if name in PYTHON_TOOLS:
        if importlib.util.find_spec(name) is None:
            missing(f"needs {PYTHON_TOOLS[name]}")
        return name
    candidates, how = TOOLS[name]
    for candidate in candidates:
        found = shutil.which(candidate)
        if found:
            return found
    missing(f"needs {how}")
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def showcase(tmp_path_factory):
    """``showcase(theme)``: the site of tests/showcase.py built in that theme.

    Built once per theme per test session and shared, so read it, never
    write to it.
    """
    from showcase import build_showcase

    built: dict[str, Site] = {}

    def get(theme: str) -> Site:
        if theme not in built:
            root = tmp_path_factory.mktemp(f"showcase-{theme}")
            built[theme] = build_showcase(root, theme)
        return built[theme]

    return get


# -- hypothesis: random on a laptop, the same examples every time in CI --------

settings.register_profile(
    "dev",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "ci",
    parent=settings.get_profile("dev"),
    derandomize=True,  # CI runs the same examples on every run
    database=None,
    print_blob=True,
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


# -- golden files: ./dev test -k golden --update-golden --------------------------


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ from the current output instead of comparing",
    )


ARTIFACTS = REPO / "test-artifacts"

# Debian's chromium, headless, on a machine with no network but the registries:
# without the background-networking flags it keeps trying Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def served(showcase):
    """``served(theme)``: the origin (http://127.0.0.1:PORT) serving that showcase
    (or, given a Path, that output folder).

    A plain static file server over the output folder, as a host would serve
    it; 404 for anything that is not there.
    """
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    servers: dict[str, ThreadingHTTPServer] = {}

    def get(theme: str | Path) -> str:
        if theme not in servers:
            folder = theme if isinstance(theme, Path) else showcase(theme).output
            handler = functools.partial(Quiet, directory=str(folder))
            server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers[theme] = server
        host, port = servers[theme].server_address[:2]
        return f"http://{host}:{port}"

    yield get
    for server in servers.values():
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright (never a browser it downloads)."""
    executable = require("chromium")
    require("playwright")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@dataclass
class Visit:
    """One page open in the browser, and every request its context made."""

    page: object
    origin: str
    requests: list[str]

    def goto(self, path: str) -> Visit:
        """Open another page of the same site in the same tab."""
        self.page.goto(f"{self.origin}/{path}", wait_until="load")
        self.page.evaluate("() => document.fonts.ready.then(() => true)")
        return self


@pytest.fixture
def visit(browser, served):
    """``visit(theme, path, width=1280, scheme="light", js=True)`` -> Visit.

    Phone and tablet widths are emulated as mobile devices, so the page's
    viewport meta tag counts as it does on a real phone. Requests leaving the
    local server are recorded, then refused (this machine has no network).
    """
    contexts = []

    def open_page(theme, path, width=1280, scheme="light", js=True) -> Visit:
        origin = served(theme)
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            is_mobile=width < 1024,
            has_touch=width < 1024,
            color_scheme=scheme,
            java_script_enabled=js,
        )
        contexts.append(context)
        requests: list[str] = []

        def route(route):
            url = route.request.url
            requests.append(url)
            if url.startswith(origin + "/"):
                route.continue_()
            else:
                route.abort()

        context.route("**/*", route)
        return Visit(context.new_page(), origin, requests).goto(path)

    yield open_page
    for context in contexts:
        context.close()


# -- labels in the page's language (tests/test_languages.py, test_sample_site.py) --


def english_label_words() -> set[str]:
    """Every word of our English labels (from the catalog template)."""
    import re

    from babel.messages.pofile import read_po

    from pelican.plugins.realself.catalogs import LOCALE_DIR

    with open(f"{LOCALE_DIR}/realself.pot", "rb") as handle:
        ids = [m.id for m in read_po(handle) if m.id]
    text = " ".join(" ".join(i) if isinstance(i, tuple) else i for i in ids)
    text = re.sub(r"%\(\w+\)s", " ", text)
    return {w.lower() for w in re.findall(r"[A-Za-z’']+", text) if len(w) > 2}


def readable_text(page) -> str:
    """What a reader sees and hears of our parts of a page."""
    parts = [page.title.get_text()] if page.title else []
    # Words marked as another language (a quoted note, a language's own
    # name in the language links) are someone else's, not our labels.
    page_lang = page.html.get("lang") if page.html else None
    for other in page.select("[lang]"):
        if other.decomposed or other.name == "html" or not page_lang:
            continue  # inside one already taken out
        if other["lang"] != page_lang:
            other.decompose()
    for box in page.select(
        ".realself-profile, .realself-give, .realself-offer-page, .realself-marker,"
        " .realself-giveaway, .realself-card"
    ):
        parts.append(box.get_text(" "))
        for element in box.find_all(True):
            for name, value in element.attrs.items():
                if name in ("aria-label", "title", "alt") or name.startswith(
                    "data-label-"
                ):
                    parts.append(str(value))
    for link in page.select("link[title]"):
        parts.append(link["title"])
    return " ".join(parts)
