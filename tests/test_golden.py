"""Golden files: the sample site's pages, exactly as they were last approved.

The sample site (content/ with pelicanconf.py, our theme, a fixed clock and a
fixed SITEURL) is built in a subprocess with a fixed locale, time zone and
hash seed, and every page, feed and export the plugin writes is compared with
tests/golden/. An unintended change to any of them fails here, with a diff,
for review. The theme's own pages (articles, archives, tags, categories) are
left out: they are Pelican's and Markdown's output, and an upgrade of either
would change them with no change of ours.

After an intended change, refresh the files and commit them with it:

    ./dev test -k golden --update-golden
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

GOLDEN = Path(__file__).parent / "golden"
# The pages and data the build writes; copied stylesheets, scripts and images
# are the theme's and the plugin's own files, not output of the build.
COMPARED = (".html", ".xml", ".json")
# What the plugin writes, with the default REALSELF_*_SAVE_AS settings.
OURS = (
    "about/",
    "give/",
    "pt-PT/about/",  # the Portuguese translation of the profile and one offer
    "pt-PT/give/",
    "feeds/give.atom.xml",
    "realself.json",
)
SETTINGS = """
import runpy
globals().update(
    {{k: v for k, v in runpy.run_path({conf!r}).items() if k.isupper()}}
)
PATH = {content!r}
THEME = {theme!r}
OUTPUT_PATH = {output!r}
CACHE_PATH = {cache!r}
SITEURL = "https://teo.example"
REALSELF_NOW = "2026-11-25T12:00:00"
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""


def build_sample(root: Path) -> Path:
    output = root / "output"
    settings = root / "goldenconf.py"
    settings.write_text(
        SETTINGS.format(
            conf=str(REPO / "pelicanconf.py"),
            content=str(REPO / "content"),
            theme=str(REPO / "themes" / "realself"),
            output=str(output),
            cache=str(root / "cache"),
        ),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "TZ": "UTC",
        "PYTHONHASHSEED": "0",
    }
    env.pop("SOURCE_DATE_EPOCH", None)
    done = subprocess.run(
        [sys.executable, "-m", "pelican", "-s", str(settings), "--fatal", "errors"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return output


def pages(folder: Path) -> dict[str, Path]:
    found = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_file() and path.suffix in COMPARED and name.startswith(OURS):
            found[name] = path
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    return pages(build_sample(tmp_path_factory.mktemp("golden")))


def test_sample_site_matches_the_golden_files(built, request):
    if request.config.getoption("--update-golden"):
        if GOLDEN.exists():
            shutil.rmtree(GOLDEN)
        for name, path in built.items():
            target = GOLDEN / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        pytest.skip(f"wrote {len(built)} golden files to {GOLDEN}; review and commit")

    golden = pages(GOLDEN)
    assert golden, "no golden files yet: run ./dev test -k golden --update-golden"
    assert sorted(built) == sorted(golden), (
        "pages added or gone; if intended: ./dev test -k golden --update-golden"
    )
    changed = []
    for name, path in built.items():
        now = path.read_text(encoding="utf-8")
        then = golden[name].read_text(encoding="utf-8")
        if now != then:
            diff = difflib.unified_diff(
                then.splitlines(), now.splitlines(), "golden/" + name, name, lineterm=""
            )
            changed.append("\n".join(list(diff)[:40]))
    assert not changed, (
        f"{len(changed)} page(s) differ from tests/golden/ (if intended, run "
        "./dev test -k golden --update-golden and commit):\n\n" + "\n\n".join(changed)
    )


def test_golden_files_hold_no_machine_paths():
    """A golden file naming this machine's folders would fail everywhere else."""
    for name, path in pages(GOLDEN).items():
        text = path.read_text(encoding="utf-8")
        assert str(REPO) not in text, name
        assert "/tmp/" not in text, name
