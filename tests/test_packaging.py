"""The plugin installs as a wheel and Pelican finds it by itself."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile

import pytest

import pelican.plugins.realself as plugin

from conftest import REPO


def run(*args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)


def test_editable_install_is_importable_by_dotted_name():
    # The suite itself runs from an editable install: PLUGINS names it explicitly.
    assert os.path.realpath(plugin.__file__).startswith(str(REPO))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    result = run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "-w",
        str(out),
        str(REPO),
    )
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("pelican_realself-*.whl")
    return built


def test_wheel_carries_templates_and_stylesheet(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "pelican/plugins/realself/templates/realself/profile.html" in names
    assert "pelican/plugins/realself/templates/realself/macros.html" in names
    assert "pelican/plugins/realself/static/realself.css" in names
    assert not any(name.startswith("pelican/plugins/__init__") for name in names)


def test_wheel_carries_the_voice_word_list(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "pelican/plugins/realself/data/buzzwords.txt" in names
    assert "pelican/plugins/realself/voice.py" in names


def test_wheel_is_found_by_namespace_discovery(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    result = run(str(python), "-m", "pip", "install", "-q", str(wheel))
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    (site / "content" / "realself").mkdir(parents=True)
    (site / "content" / "realself" / "kim.yaml").write_text(
        "kind: profile\nname: Kim\nheadline: I teach pottery to kids.\n"
    )
    # No PLUGINS setting at all: Pelican must discover pelican.plugins.realself.
    (site / "conf.py").write_text('PATH = "content"\nTIMEZONE = "UTC"\n')
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
    assert (site / "output" / "about" / "index.html").exists()
