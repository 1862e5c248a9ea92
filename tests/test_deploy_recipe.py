"""The documented deploy workflow does what it says, on the sample site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "deploy.yml"
BIN = Path(sys.executable).parent


def steps() -> list[dict]:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    return workflow["jobs"]["build"]["steps"]


def test_workflow_rebuilds_daily_and_checks_before_building():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["schedule"][0]["cron"].split()[2:] == ["*", "*", "*"]
    assert "push" in triggers
    runs = [step.get("run", "") for step in steps()]
    check = next(i for i, run in enumerate(runs) if run.startswith("realself check"))
    build = next(i for i, run in enumerate(runs) if run.startswith("pelican "))
    assert check < build
    assert "--strict" in runs[check]
    assert runs[build] == "pelican content --fatal errors -s publishconf.py"
    uses = [step.get("uses", "") for step in steps()]
    assert any(u.startswith("actions/upload-pages-artifact") for u in uses)


def test_the_workflow_commands_pass_on_the_sample_site(tmp_path):
    site = tmp_path / "site"
    for name in ("content", "themes"):
        shutil.copytree(REPO / name, site / name)
    for name in ("pelicanconf.py", "publishconf.py"):
        shutil.copy(REPO / name, site / name)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}

    def run(*command: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            command, cwd=site, env=env, capture_output=True, text=True, timeout=300
        )

    check = run("realself", "check", "--strict")
    assert check.returncode == 0, check.stdout + check.stderr
    build = run("pelican", "content", "--fatal", "errors", "-s", "publishconf.py")
    assert build.returncode == 0, build.stdout + build.stderr
    about = (site / "output" / "about" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.com/about/"' in about  # publishconf's SITEURL
    assert (site / "output" / "feeds" / "give.atom.xml").exists()
    assert (site / "output" / "realself.json").exists()
