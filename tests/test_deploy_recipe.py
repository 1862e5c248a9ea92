"""The workflows: the deploy recipe we hand users does what it says on the
sample site, and both it and our own test workflow pass an audit and the
GitHub workflow schema (offline: zizmor --offline and check-jsonschema's
built-in copy of the schema need no network)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"
DEPLOY = WORKFLOWS / "deploy.yml"
BIN = Path(sys.executable).parent


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def steps() -> list[dict]:
    return load(DEPLOY)["jobs"]["build"]["steps"]


def run(*command: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=300, **kwargs
    )


def test_workflow_rebuilds_daily_and_checks_before_building():
    triggers = load(DEPLOY)[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["schedule"][0]["cron"].split()[2:] == ["*", "*", "*"]
    assert "push" in triggers
    runs = [step.get("run", "") for step in steps()]
    check = next(i for i, run in enumerate(runs) if "realself check" in run)
    build = next(i for i, run in enumerate(runs) if run.startswith("pelican "))
    assert check < build
    assert runs[build] == "pelican content --fatal errors -s publishconf.py"
    uses = [step.get("uses", "") for step in steps()]
    assert any(u.startswith("actions/upload-pages-artifact") for u in uses)


@pytest.mark.parametrize(
    ("event", "arguments"),
    [
        ("push", "check --strict"),
        ("workflow_dispatch", "check --strict"),
        ("schedule", "check"),
    ],
)
def test_the_check_is_strict_except_on_the_daily_rebuild(tmp_path, event, arguments):
    """The check step's own script, run with a stand-in `realself` that says
    how it was called."""
    (step,) = [s for s in steps() if "realself check" in s.get("run", "")]
    stand_in = tmp_path / "realself"
    stand_in.write_text('#!/bin/sh\necho "$@"\n')
    stand_in.chmod(0o755)
    env = {
        "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_EVENT_NAME": event,
    }
    done = run("bash", "-e", "-c", step["run"], env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == arguments


@pytest.mark.parametrize("workflow", sorted(p.name for p in WORKFLOWS.glob("*.yml")))
def test_workflow_passes_the_zizmor_audit(workflow):
    # The auditor persona reports everything, hints included; a finding we
    # accept is ignored in the workflow itself, with its reason beside it.
    done = run(
        str(BIN / "zizmor"),
        "--offline",
        "--persona",
        "auditor",
        "--no-progress",
        str(WORKFLOWS / workflow),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No findings to report" in done.stdout, done.stdout


@pytest.mark.parametrize("workflow", sorted(p.name for p in WORKFLOWS.glob("*.yml")))
def test_workflow_is_valid_against_the_github_schema(workflow):
    done = run(
        str(BIN / "check-jsonschema"),
        "--builtin-schema",
        "vendor.github-workflows",
        str(WORKFLOWS / workflow),
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_our_ci_runs_the_readme_test_command_on_the_declared_pelicans():
    workflow = load(WORKFLOWS / "test.yml")
    (job,) = workflow["jobs"].values()
    assert [s["run"] for s in job["steps"] if "run" in s] == ["./dev test"]
    assert "exec ./dev test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "./dev test" in (REPO / "README.md").read_text(encoding="utf-8")
    matrix = job["strategy"]["matrix"]
    assert matrix["python"] == ["3.11", "3.12", "3.13"]
    # The oldest Pelican in the matrix is the lower bound pyproject declares.
    oldest, newest = matrix["pelican"]
    assert newest == "newest"
    assert f'"pelican>={oldest},<5"' in (REPO / "pyproject.toml").read_text(
        encoding="utf-8"
    )


def test_the_workflow_commands_pass_on_the_sample_site(tmp_path):
    site = tmp_path / "site"
    for name in ("content", "themes"):
        shutil.copytree(REPO / name, site / name)
    for name in ("pelicanconf.py", "publishconf.py"):
        shutil.copy(REPO / name, site / name)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}

    check = run("realself", "check", "--strict", cwd=site, env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    build = run(
        "pelican",
        "content",
        "--fatal",
        "errors",
        "-s",
        "publishconf.py",
        cwd=site,
        env=env,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    about = (site / "output" / "about" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.com/about/"' in about  # publishconf's SITEURL
    assert (site / "output" / "feeds" / "give.atom.xml").exists()
    assert (site / "output" / "realself.json").exists()
