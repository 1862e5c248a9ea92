"""Nothing the user wrote is lost: builds never touch content/, and a failed
build leaves the previous output in place.

Two kinds of proof: the content tree is hashed (bytes, modes, times) before
and after builds that succeed, builds with broken files and builds that stop
under ``--fatal errors``; and an audit hook (sys.addaudithook) records every
file operation of an in-process build, so that any write, rename, delete or
truncate aimed under content/ is caught whoever makes it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

BROKEN = {
    "realself/broken-syntax.yaml": "kind: profile\nname: [Sam\n",
    "realself/broken-field.yaml": "kind: profile\nname: B\nhedline: x\n",
    "realself/broken-url.yaml": (
        "kind: profile\nname: C\nlinks: [{label: x, url: 'javascript:x'}]\n"
    ),
}

CONF = """
PATH = "content"
OUTPUT_PATH = "output"
THEME = {theme!r}
PLUGINS = ["pelican.plugins.realself"]
SITENAME = "Nothing lost"
SITEURL = ""
TIMEZONE = "Europe/Lisbon"
REALSELF_NOW = "2026-11-25T12:00:00"
STATIC_PATHS = ["images"]
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
FEED_ALL_ATOM = "feeds/all.atom.xml"
"""


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder``: kind, bytes' hash, mode and times."""
    out = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        if path.is_symlink():
            what: tuple = ("link", os.readlink(path))
        elif path.is_file():
            what = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
        else:
            what = ("dir",)
        key = str(path.relative_to(folder))
        out[key] = (*what, info.st_mode, info.st_mtime_ns, info.st_size)
    return out


@pytest.fixture
def sample(tmp_path) -> Path:
    """The sample site, copied, with its own pelicanconf.py."""
    shutil.copytree(REPO / "content", tmp_path / "content")
    theme = str(REPO / "themes" / "realself")
    (tmp_path / "pelicanconf.py").write_text(CONF.format(theme=theme))
    # A file the user keeps next to their YAML, and a symlink in content.
    (tmp_path / "content" / "realself" / "notes-to-self.txt").write_text("mine")
    (tmp_path / "content" / "images" / "alias.svg").symlink_to("teo.svg")
    return tmp_path


def pelican(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="400", NO_COLOR="1")
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def add_broken(root: Path) -> None:
    for name, text in BROKEN.items():
        (root / "content" / name).write_text(text, encoding="utf-8")


def test_builds_never_change_the_content_folder(sample):
    content = sample / "content"
    add_broken(sample)
    before = snapshot(content)

    ok = pelican(sample)  # broken files reported, the rest built
    assert ok.returncode == 0, ok.stderr
    assert (sample / "output" / "about" / "index.html").exists()
    assert snapshot(content) == before

    fatal = pelican(sample, "--fatal", "errors")
    assert fatal.returncode == 1
    assert snapshot(content) == before

    deleting = pelican(sample, "--delete-output-directory")
    assert deleting.returncode == 0, deleting.stderr
    assert snapshot(content) == before


def test_a_failed_build_leaves_the_previous_output(sample):
    """Without DELETE_OUTPUT_DIRECTORY, last good output stays usable."""
    first = pelican(sample, "--fatal", "errors")
    assert first.returncode == 0, first.stdout + first.stderr
    output = sample / "output"
    good = snapshot(output)
    about = (output / "about" / "index.html").read_bytes()

    # The profile gets a typo, another file breaks: the build stops ...
    # (in English and in Portuguese: with one version left, about/ shows it)
    for teo in (sample / "content" / "realself").glob("teo*.yaml"):
        teo.write_text(teo.read_text().replace("name: Teodora", "nmae: Teodora"))
    add_broken(sample)
    failed = pelican(sample, "--fatal", "errors")
    assert failed.returncode == 1
    # ... before writing anything: every page is as the last good build left it.
    assert snapshot(output) == good

    # Without --fatal, the broken profile is skipped and its old page stays.
    lenient = pelican(sample)
    assert lenient.returncode == 0, lenient.stderr
    assert (output / "about" / "index.html").read_bytes() == about
    assert set(snapshot(output)) >= set(good)
    for name in good:
        path = output / name
        assert path.is_dir() or path.stat().st_size > 0, name


# -- every file operation of a build, seen from inside --------------------------

_WATCH: dict[str, object] = {"root": None, "seen": []}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_CHANGING = {
    "os.remove",
    "os.rename",
    "os.rmdir",
    "os.truncate",
    "os.chmod",
    "os.chown",
    "os.utime",
    "os.mkdir",
    "os.symlink",
    "os.link",
    "shutil.rmtree",
    "shutil.move",
    "shutil.copyfile",
    "shutil.copytree",
}


def _audit(event: str, args: tuple) -> None:
    root = _WATCH["root"]
    if root is None or not (event == "open" or event in _CHANGING):
        return
    if event == "open":
        path, mode, flags = (list(args) + [None, None])[:3]
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if not writing:
            return
        targets = [path]
    elif event in ("os.rename", "shutil.move"):
        targets = list(args[:2])  # the source goes away: both count
    elif event in ("os.link", "shutil.copyfile", "shutil.copytree"):
        targets = [args[1]]  # reading the source is fine
    else:
        targets = [args[0]]
    for target in targets:
        if isinstance(target, int) or target is None:
            continue
        full = os.path.realpath(os.fsdecode(target))
        if os.path.commonpath([full, root]) == root:
            _WATCH["seen"].append((event, full))


sys.addaudithook(_audit)


@pytest.fixture
def watch_content():
    def start(root: Path) -> list:
        _WATCH["root"] = os.path.realpath(root)
        _WATCH["seen"] = []
        return _WATCH["seen"]

    yield start
    _WATCH["root"] = None


@pytest.mark.parametrize("broken", [False, True], ids=["clean", "broken"])
def test_no_file_operation_of_a_build_touches_content(site, watch_content, broken):
    shutil.copytree(REPO / "content", site.content, dirs_exist_ok=True)
    if broken:
        add_broken(site.root)
    seen = watch_content(site.content)
    site.build(
        THEME=str(REPO / "themes" / "realself"),
        STATIC_PATHS=["images"],
        FEED_ALL_ATOM="feeds/all.atom.xml",
        DELETE_OUTPUT_DIRECTORY=True,
    )
    assert site.exists("about/index.html")
    assert seen == []


def test_the_audit_hook_would_see_a_write(tmp_path, watch_content):
    """The check above is only as good as this."""
    seen = watch_content(tmp_path)
    (tmp_path / "x.txt").write_text("x")
    os.rename(tmp_path / "x.txt", tmp_path / "y.txt")
    os.remove(tmp_path / "y.txt")
    assert [event for event, _ in seen] == ["open", *["os.rename"] * 2, "os.remove"]


def test_the_realself_command_only_ever_adds_a_file(sample):
    """`realself new` never overwrites (not even through a dangling symlink),
    `realself check` writes nothing, and a new starter is the only change."""
    script = shutil.which("realself", path=str(Path(sys.executable).parent))
    assert script, "the realself console script is installed with the package"
    folder = sample / "content" / "realself"
    (folder / "ghost.yaml").symlink_to(sample / "nowhere.yaml")
    before = snapshot(sample / "content")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [script, *args], cwd=sample, capture_output=True, text=True, timeout=120
        )

    for kind, slug in (("profile", "teo"), ("note", "notes"), ("offer", "ghost")):
        refused = run("new", kind, "--slug", slug)
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert "already exists" in refused.stderr
    assert not (sample / "nowhere.yaml").exists()
    run("check")
    assert snapshot(sample / "content") == before

    fresh = run("new", "note", "--slug", "fresh")
    assert fresh.returncode == 0, fresh.stderr
    after = snapshot(sample / "content")
    assert set(after) - set(before) == {"realself/fresh.yaml"}
    # Everything else is as it was (the folder's own time changes, of course).
    unchanged = {k: v for k, v in before.items() if v[0] != "dir"}
    assert {k: v for k, v in after.items() if k in unchanged} == unchanged
