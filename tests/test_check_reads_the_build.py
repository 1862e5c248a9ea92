"""`realself check` reads the content folder the build reads."""

from __future__ import annotations

import pytest

from pelican.plugins.realself import cli

PROFILE = "kind: profile\nname: Robin Example\nstory: I fix bikes.\n"


@pytest.fixture
def blog(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def put(path, text=PROFILE):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_path_from_the_settings(blog, capsys):
    put(blog / "posts/realself/robin.yaml")
    (blog / "pelicanconf.py").write_text("PATH = 'posts'\n")
    assert cli.main(["check"]) == 0
    assert "ok: 1 file(s): 1 profile(s)" in capsys.readouterr().out


def test_content_folder_as_for_pelican(blog, capsys):
    """pelicanconf.py without PATH; the build runs `pelican content`."""
    put(blog / "content/realself/robin.yaml", "kind: profile\nname: [\n")
    (blog / "pelicanconf.py").write_text("SITENAME = 'x'\n")
    assert cli.main(["check", "content"]) == 1
    assert "content/realself/robin.yaml:" in capsys.readouterr().out
    assert cli.main(["check"]) == 1  # ./content, as Pelican's Makefile passes


def test_nothing_found_is_a_warning_not_a_silent_ok(blog, capsys):
    (blog / "content").mkdir()
    (blog / "pelicanconf.py").write_text("PATH = 'content'\n")
    assert cli.main(["check"]) == 0
    out = capsys.readouterr().out
    assert "content: warning: no documents found under content/realself/" in out
    assert "1 warning(s)" in out
    assert cli.main(["check", "--strict"]) == 1


def test_a_folder_that_is_not_there(blog, capsys):
    assert cli.main(["check", "nowhere"]) == 2
    assert "realself: no folder nowhere" in capsys.readouterr().err


def test_a_site_folder_without_settings(blog, tmp_path, capsys):
    """`realself check SITE` on SITE/content, whatever ./pelicanconf.py says."""
    site = tmp_path / "site"
    put(site / "content/realself/robin.yaml")
    (blog / "pelicanconf.py").write_text("PATH = 'elsewhere'\n")
    assert cli.main(["check", str(site)]) == 0
    assert "ok: 1 file(s): 1 profile(s)" in capsys.readouterr().out
