"""private.OutputFolder.writable, the quick check the writer makes for each
page, answers exactly as private.writable does, links and odd names included."""

from __future__ import annotations

import os

import pytest

from pelican.plugins.realself.private import OutputFolder, writable

NAMES = [
    "index.html",
    "about/sam/index.html",
    "about/new/deeper/index.html",
    "about/./sam/index.html",
    "about//sam/index.html",
    "about/../about/sam/index.html",
    "../outside.html",
    "../output-other/x.html",
    "about/../../outside.html",
    "/etc/passwd",
    "",
    ".",
    "..",
    "about/",
    "about/.",
    "about/..",
    "out-link/index.html",
    "out-link/deeper/index.html",
    "in-link/index.html",
    "a-file/index.html",
    "dangling/index.html",
    "about/sam/link-to-outside/x.html",
]


@pytest.fixture
def output(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = tmp_path / "real-output"
    (real / "about" / "sam").mkdir(parents=True)
    (real / "out-link").symlink_to(elsewhere)
    (real / "in-link").symlink_to(real / "about")
    (real / "a-file").write_text("x")
    (real / "dangling").symlink_to(tmp_path / "nowhere")
    (real / "about" / "sam" / "link-to-outside").symlink_to(elsewhere)
    # the output folder itself reached through a link, as on some machines
    (tmp_path / "output").symlink_to(real)
    return tmp_path


@pytest.mark.parametrize("folder", ["output", "real-output", "real-output/"])
@pytest.mark.parametrize("name", NAMES)
def test_same_answer_as_writable(output, folder, name):
    root = str(output / folder)
    path = os.path.join(root, name)
    assert OutputFolder(root).writable(path) is writable(path, root)


def test_it_can_refuse(output):
    root = str(output / "output")
    assert not OutputFolder(root).writable(os.path.join(root, "out-link/x.html"))
    assert OutputFolder(root).writable(os.path.join(root, "in-link/x.html"))
