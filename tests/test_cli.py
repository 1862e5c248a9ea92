"""The realself command, run as users run it: a subprocess of the installed script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REALSELF = shutil.which("realself", path=str(Path(sys.executable).parent))


def run(site: Path, *args: str) -> subprocess.CompletedProcess:
    assert REALSELF, "the realself console script is installed with the package"
    return subprocess.run(
        [REALSELF, *args], cwd=site, capture_output=True, text=True, timeout=120
    )


def write(site: Path, name: str, text: str) -> Path:
    path = site / "content" / "realself" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.fixture
def site(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "pelicanconf.py").write_text(
        'PATH = "content"\nTIMEZONE = "UTC"\nREALSELF_NOW = "2026-11-25"\n'
    )
    return tmp_path


HUMAN = """
kind: profile
name: Sam
story: I fix bikes in my garage and I talk too much while I do it.
facets: [{label: Mornings, text: Porridge and the radio.}]
"""


def test_check_clean_site(site):
    write(site, "sam.yaml", HUMAN)
    result = run(site, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("content/realself/sam.yaml: voice score for sam: ")
    assert lines[-1] == (
        "ok: 1 file(s): 1 profile(s), 0 published note(s), 0 offer(s); "
        "0 error(s), 0 warning(s)"
    )


def test_check_broken_site_lists_every_problem(site):
    write(site, "sam.yaml", "kind: profile\nname: Sam\nnmae: x\n")
    write(site, "lee.yaml", "kind: profile\nname: [Lee]\n")
    result = run(site, "check")
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert errors == [
        "content/realself/lee.yaml:2:7: error: name: must be text, got a list",
        "content/realself/sam.yaml:3:1: error: nmae: unknown field; "
        "did you mean 'name'?",
    ]
    assert result.stdout.splitlines()[-1].startswith("not ok: 2 file(s)")


def test_check_warning_only_site_passes_unless_strict(site):
    write(
        site,
        "sam.yaml",
        "kind: profile\nname: Sam\nnow: {updated: 2025-01-01, text: x}\n",
    )
    relaxed = run(site, "check")
    assert relaxed.returncode == 0
    assert relaxed.stdout.startswith(
        "content/realself/sam.yaml:3:16: warning: now.updated: is 693 days old"
    )
    strict = run(site, "check", "--strict")
    assert strict.returncode == 1
    assert strict.stdout.splitlines()[-1].startswith("not ok:")


def test_check_json(site):
    write(site, "sam.yaml", "kind: profile\nname: Sam\nprimary: yes\n")
    result = run(site, "check", "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["errors"] == 1
    errors = [p for p in report["problems"] if p["level"] == "error"]
    assert errors == [
        {
            "file": "content/realself/sam.yaml",
            "line": 3,
            "column": 10,
            "field": "primary",
            "message": errors[0]["message"],
            "level": "error",
        }
    ]
    assert "true or false" in errors[0]["message"]


def test_check_reads_settings_from_pelicanconf(site):
    (site / "pelicanconf.py").write_text(
        'PATH = "content"\nREALSELF_PATHS = ["people"]\nTIMEZONE = "UTC"\n'
    )
    folder = site / "content" / "people"
    folder.mkdir(parents=True)
    (folder / "sam.yaml").write_text("kind: profile\nname: [x]\n")
    write(site, "ignored.yaml", "kind: profile\nname: [ignored]\n")
    result = run(site, "check")
    assert result.returncode == 1
    assert "content/people/sam.yaml:2:7: error: name:" in result.stdout
    assert "ignored" not in result.stdout


def test_usage_errors_exit_2(site, tmp_path):
    assert run(site, "frobnicate").returncode == 2
    assert run(site, "check", "--format", "xml").returncode == 2
    missing = run(site, "check", str(tmp_path / "nowhere"))
    assert missing.returncode == 2
    assert missing.stderr.startswith("realself: ")
    assert run(site, "new", "profile", "--slug", "Not A Slug").returncode == 2


@pytest.mark.parametrize("kind", ["profile", "note", "offer"])
def test_new_writes_a_starter_that_passes_check(site, kind):
    if kind != "profile":
        write(site, "sam.yaml", HUMAN)
    result = run(site, "new", kind, "--slug", f"my-{kind}")
    assert result.returncode == 0, result.stderr
    path = site / "content" / "realself" / f"my-{kind}.yaml"
    first = path.read_text().splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../realself.schema.json"
    assert (site / "realself.schema.json").exists()
    checked = run(site, "check", "--strict")
    assert checked.returncode == 0, checked.stdout


def test_new_never_overwrites(site):
    path = write(site, "me.yaml", "kind: profile\nname: Mine, hand written\n")
    before = path.read_bytes()
    result = run(site, "new", "profile")
    assert result.returncode == 1
    assert "content/realself/me.yaml already exists" in result.stderr
    assert path.read_bytes() == before


def test_new_note_needs_a_profile_first(site):
    result = run(site, "new", "note")
    assert result.returncode == 1
    assert "realself new profile" in result.stderr
    assert not (site / "content" / "realself").exists()


SANITIZED = """
kind: profile
name: Jordan Blake
headline: Jordan Blake is a results-driven, award-winning strategy consultant.
story: |
  Jordan Blake is a results-driven consultant with over 15 years of experience
  leveraging best-in-class synergies to deliver value-added, scalable solutions
  for Fortune 500 clients. He holds an MBA from a leading business school.
"""


def test_check_prints_voice_findings_and_scores(site):
    write(site, "jordan.yaml", SANITIZED)
    result = run(site, "check")
    assert result.returncode == 0  # findings are warnings: kind hints, not errors
    assert "content/realself/jordan.yaml:3:11: warning: headline:" in result.stdout
    assert "voice score for jordan-blake" in result.stdout or (
        "voice score for jordan" in result.stdout
    )
    assert run(site, "check", "--strict").returncode == 1


def test_voice_min_fails_check_below_the_floor(site):
    write(site, "jordan.yaml", SANITIZED)
    with (site / "pelicanconf.py").open("a") as conf:
        conf.write("REALSELF_VOICE_MIN = 60\n")
    result = run(site, "check", "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["voice_min"] == 60
    (profile,) = report["voice"]
    assert profile["score"] < 60
    assert report["errors"] == 0  # it failed on the score alone


def test_check_says_which_voice_checks_ran_for_another_language(site):
    write(
        site, "lea.yaml", HUMAN.replace("kind: profile\n", "kind: profile\nlang: fr\n")
    )
    result = run(site, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        "content/realself/lea.yaml: voice checks for lea (fr): nothing personal, "
        "asks before gives (hopes without gives only), third person, corporate "
        "phrases; not run in this language: credentials"
    ) in result.stdout
    write(site, "lea.yaml", HUMAN)  # English: every check runs, nothing to say
    assert "voice checks for" not in run(site, "check").stdout


# -- file-system problems and wrong settings: one line, nothing half-written ----


@pytest.mark.parametrize(
    ("paths", "words"),
    [
        ("5", "setting REALSELF_PATHS must be a folder name or a list of them"),
        ("None", "setting REALSELF_PATHS must be a folder name or a list of them"),
        ("[]", "REALSELF_PATHS is empty; name the folder for your YAML"),
    ],
)
def test_new_with_a_wrong_realself_paths_is_one_line(site, paths, words):
    """Was: TypeError, or IndexError for [], as a traceback."""
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + f"REALSELF_PATHS = {paths}\n")
    result = run(site, "new", "profile")
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("realself: ") and words in line, line
    assert sorted(p.name for p in site.iterdir()) == ["content", "pelicanconf.py"]


def test_new_leaves_a_dangling_schema_link_alone(site):
    """Was: FileExistsError after the YAML was already written."""
    (site / "realself.schema.json").symlink_to(site / "nowhere.json")
    result = run(site, "new", "profile")
    assert result.returncode == 0, result.stderr
    assert (site / "content" / "realself" / "me.yaml").is_file()
    assert (site / "realself.schema.json").is_symlink()
    assert not (site / "nowhere.json").exists()


def test_new_where_the_folder_cannot_be_made_is_one_line(site):
    (site / "content" / "realself").write_text("a file where the folder goes")
    result = run(site, "new", "profile")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "realself: cannot write content/realself: File exists"
    ]
    assert not (site / "realself.schema.json").exists()


def test_new_in_a_read_only_folder_is_one_line(site, monkeypatch, capsys):
    """Was: PermissionError as a traceback. As root a chmod does not stop a
    write, so the refusal comes from the file system call itself here."""
    from pelican.plugins.realself import cli

    monkeypatch.chdir(site)
    real = open

    def refuse(path, mode="r", *args, **kwargs):
        if "x" in str(mode):
            raise PermissionError(13, "Permission denied", path)
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    assert cli.main(["new", "profile"]) == 1
    assert capsys.readouterr().err == (
        "realself: cannot write realself.schema.json: Permission denied\n"
    )
    assert not (site / "content" / "realself" / "me.yaml").exists()
    assert not (site / "realself.schema.json").exists()


def test_schema_into_a_missing_folder_is_one_line(site):
    result = run(site, "schema", "-o", "nowhere/schema.json")
    assert result.returncode == 1
    assert result.stderr == (
        "realself: nowhere/schema.json: No such file or directory\n"
    )


def test_check_with_a_wrong_setting_names_the_file_and_setting(site):
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "REALSELF_NOW_STALE_DAYS = 'ninety'\n")
    result = run(site, "check")
    assert result.returncode == 2
    assert result.stderr == (
        "realself: ./pelicanconf.py: setting REALSELF_NOW_STALE_DAYS must be a "
        "whole number, got 'ninety'\n"
    )
