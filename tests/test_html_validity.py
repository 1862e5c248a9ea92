"""The Nu HTML Checker (vnu, the W3C's validator) finds no error in what we write.

Every page of the showcase site in our theme, every page of the sample site in
content/, and the plugin's own pages and the marker article in Pelican's
simple and notmyidea themes. vnu.jar comes from the py-html-checker package on
PyPI; it needs a Java runtime (Debian's default-jre-headless).
"""

from __future__ import annotations

import importlib.resources
import json
import re
import runpy
import subprocess

import pytest
from pelican import Pelican
from pelican.settings import read_settings
from showcase import PAGES, PLUGIN_PAGES
from test_links import sample_output  # noqa: F401  (a fixture)

from conftest import ARTIFACTS, REPO, THEME, require


@pytest.fixture(scope="session")
def vnu():
    """``vnu(files)`` -> the checker's error messages, one string each."""
    java = require("java")
    require("html_checker")
    jar = importlib.resources.files("html_checker") / "vnujar" / "vnu.jar"
    with importlib.resources.as_file(jar) as path:

        def check(files, name: str) -> list[str]:
            run = subprocess.run(
                [
                    java,
                    "-Xss4m",
                    "-jar",
                    str(path),
                    "--format",
                    "json",
                    "--exit-zero-always",
                ]
                + [str(f) for f in files],
                capture_output=True,
                text=True,
                timeout=600,
            )
            report = json.loads(run.stderr or run.stdout)
            ARTIFACTS.mkdir(exist_ok=True)
            (ARTIFACTS / f"vnu-{name}.json").write_text(json.dumps(report, indent=2))
            return [
                f"{m.get('url', '').rsplit('/output/', 1)[-1]}:{m.get('lastLine')}: "
                f"{m['message']} [{m.get('extract', '').strip()}]"
                for m in report["messages"]
                if m["type"] in ("error", "non-document-error")
                or m.get("subType") == "fatal"
            ]

        yield check


def test_every_page_of_our_theme_is_valid(showcase, vnu):
    output = showcase("realself").output
    pages = sorted(output.rglob("*.html"))
    written = {p.relative_to(output).as_posix() for p in pages}
    assert set(PLUGIN_PAGES) | set(PAGES.values()) <= written
    assert vnu(pages, "realself") == []


def test_the_sample_site_is_valid(sample_output, vnu):  # noqa: F811
    pages = sorted(sample_output.rglob("*.html"))
    assert len(pages) > 10
    assert vnu(pages, "sample-site") == []


@pytest.mark.parametrize("theme", ["simple", "notmyidea"])
def test_our_pages_are_valid_in_builtin_themes(showcase, vnu, theme):
    output = showcase(theme).output
    pages = [output / p for p in sorted(set(PLUGIN_PAGES) | set(PAGES.values()))]
    assert vnu(pages, theme) == []


@pytest.fixture(scope="module")
def unpinned_output(tmp_path_factory):
    """The sample site built at the wall clock: no REALSELF_NOW, no epoch."""
    out = tmp_path_factory.mktemp("sample-unpinned")
    conf = runpy.run_path(str(REPO / "pelicanconf.py"))
    overrides = {k: v for k, v in conf.items() if k.isupper()}
    overrides.pop("REALSELF_NOW", None)
    overrides.update(
        PATH=str(REPO / "content"),
        OUTPUT_PATH=str(out),
        CACHE_PATH=str(out) + "-cache",  # kept templates, not in the checkout
        THEME=str(THEME),
        CACHE_CONTENT=False,
        LOAD_CONTENT_CACHE=False,
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        Pelican(read_settings(path=None, override=overrides)).run()
    return out


# HTML's valid date/time strings: a fraction of a second has one to three digits.
_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?$"
)


def test_datetimes_are_valid_at_the_wall_clock(unpinned_output):
    """A default build writes "as of" the current moment: whole seconds."""
    seen = []
    for page in unpinned_output.rglob("*.html"):
        for value in re.findall(r'datetime="([^"]*)"', page.read_text("utf-8")):
            seen.append(value)
            assert _DATETIME.match(value), (page, value)
    assert any("T" in value for value in seen)  # the build time is among them


def test_the_sample_site_is_valid_at_the_wall_clock(unpinned_output, vnu):
    pages = sorted(unpinned_output.rglob("*.html"))
    assert vnu(pages, "sample-site-unpinned") == []
