"""The release files build, pass twine's checks, and install as a plugin.

Everything here works offline: the sdist and wheel are built with this
environment's setuptools (no build isolation, no index), and the wheel goes
into a fresh virtualenv with `--no-index --no-deps`, its dependencies read from
this environment. Nothing is written into the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

import pelican.plugins.realself as plugin

from conftest import REPO

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PROJECT["project"]["version"]


def run(*args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)


def test_editable_install_is_importable_by_dotted_name():
    # The suite itself runs from an editable install of src/.
    assert os.path.realpath(plugin.__file__).startswith(str(REPO / "src"))


def checkout_state() -> str:
    """The checkout's files as git sees them, ignored ones (build/, dist/) too."""
    done = run("git", "status", "--porcelain", "--ignored", cwd=REPO)
    if done.returncode != 0:  # not a git checkout (an unpacked sdist, say)
        return "\n".join(sorted(p.name for p in REPO.iterdir()))
    return done.stdout


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    before = checkout_state()
    # build makes the sdist, then the wheel from the unpacked sdist in a
    # temporary folder, so setuptools' build/ never lands in the checkout.
    result = run(
        sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(REPO)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert checkout_state() == before, "building wrote into the checkout"
    (wheel,) = out.glob("pelican_realself-*.whl")
    (sdist,) = out.glob("pelican_realself-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def test_both_files_carry_the_version(dists):
    assert dists["wheel"].name == f"pelican_realself-{VERSION}-py3-none-any.whl"
    assert dists["sdist"].name == f"pelican_realself-{VERSION}.tar.gz"


def test_twine_check_passes(dists):
    result = run(
        sys.executable, "-m", "twine", "check", "--strict", *map(str, dists.values())
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == 2, result.stdout


def test_wheel_metadata_names_the_pelican_plugin_classifier(dists):
    with zipfile.ZipFile(dists["wheel"]) as wheel:
        metadata = wheel.read(f"pelican_realself-{VERSION}.dist-info/METADATA").decode()
    assert "Classifier: Framework :: Pelican :: Plugins" in metadata.splitlines()
    assert "License-Expression: MIT" in metadata.splitlines()


def test_wheel_carries_templates_and_stylesheet(dists):
    names = zipfile.ZipFile(dists["wheel"]).namelist()
    assert "pelican/plugins/realself/templates/realself/profile.html" in names
    assert "pelican/plugins/realself/templates/realself/macros.html" in names
    assert "pelican/plugins/realself/static/realself.css" in names
    assert "pelican/plugins/realself/realself.schema.json" in names
    # Pelican's own packages are namespaces we add to, never files of ours.
    assert not any(name.startswith("pelican/__init__") for name in names)
    for lang in ("en", "fr", "de", "ar", "pt_BR"):
        assert (
            f"pelican/plugins/realself/locale/{lang}/LC_MESSAGES/realself.mo" in names
        )
        assert (
            f"pelican/plugins/realself/locale/{lang}/LC_MESSAGES/realself.po" in names
        )
    assert not any(name.startswith("pelican/plugins/__init__") for name in names)


def test_both_files_carry_the_compiled_templates(dists):
    """A cold build loads them instead of compiling (precompiled.py)."""
    from pelican.plugins.realself.compiled import TEMPLATES

    modules = [module for module, _, _ in TEMPLATES.values()]
    assert "macros" in modules
    names = zipfile.ZipFile(dists["wheel"]).namelist()
    with tarfile.open(dists["sdist"]) as sdist:
        in_sdist = {name.split("/", 1)[-1] for name in sdist.getnames()}
    for module in ["__init__", *modules]:
        assert f"pelican/plugins/realself/compiled/{module}.py" in names
        assert f"src/pelican/plugins/realself/compiled/{module}.py" in in_sdist


def test_wheel_carries_the_voice_word_list(dists):
    names = zipfile.ZipFile(dists["wheel"]).namelist()
    assert "pelican/plugins/realself/data/buzzwords.txt" in names
    assert "pelican/plugins/realself/voice/__init__.py" in names


def test_sdist_carries_the_changelog_and_the_package(dists):
    with tarfile.open(dists["sdist"]) as sdist:
        names = {name.split("/", 1)[-1] for name in sdist.getnames()}
    assert {"README.md", "LICENSE", "CHANGELOG.md", "pyproject.toml"} <= names
    assert "src/pelican/plugins/realself/__init__.py" in names


def test_wheel_is_found_by_namespace_discovery(dists, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    # The fresh environment borrows this one's packages (Pelican and the other
    # dependencies) through a .pth line. Our editable install is not among
    # them: .pth files are only read in site folders, not in folders that a
    # .pth line adds, so the plugin it imports is the wheel's.
    site_packages = Path(
        run(
            str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"
        ).stdout.strip()
    )
    borrowed = sysconfig.get_path("purelib")
    (site_packages / "borrowed.pth").write_text(borrowed + "\n")
    result = run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "--no-index",
        "--no-deps",
        "-q",
        str(dists["wheel"]),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    where = run(
        str(python), "-c", "import pelican.plugins.realself as p; print(p.__file__)"
    )
    assert where.stdout.startswith(str(site_packages)), where.stdout + where.stderr

    site = tmp_path / "site"
    (site / "content" / "realself").mkdir(parents=True)
    (site / "content" / "realself" / "kim.yaml").write_text(
        "kind: profile\nname: Kim\nheadline: I teach pottery to kids.\n"
        "honest: [Ich bin langsam.]\n"
    )
    # No PLUGINS setting at all: Pelican must discover pelican.plugins.realself.
    # It discovers the test environment's plugins too; one of them insists on
    # a SITEURL.
    (site / "conf.py").write_text(
        'PATH = "content"\nTIMEZONE = "UTC"\nDEFAULT_LANG = "de"\n'
        'SITEURL = "https://kim.example"\n'
    )
    result = run(
        str(python),
        "-m",
        "pelican",
        "content",
        "-s",
        "conf.py",
        "-o",
        "output",
        cwd=site,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    page = (site / "output" / "about" / "kim" / "index.html").read_text()
    assert "I teach pottery to kids." in page
    # the compiled catalogs are found in the installed wheel
    assert "Was ich (noch) nicht gut kann" in page
    assert (site / "output" / "about" / "index.html").exists()
