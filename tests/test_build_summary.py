"""The build ends with one line a blogger sees at Pelican's default log level:
what was built, the notes held back, and when the next giveaway change is due.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

PELICANCONF = """
PATH = "content"
OUTPUT_PATH = "output"
PLUGINS = ["pelican.plugins.realself"]
SITENAME = "Summary"
SITEURL = "https://example.com"
TIMEZONE = "Europe/Lisbon"
REALSELF_NOW = "2026-11-25T12:00:00"
REALSELF_VOICE_WARNINGS = False
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
"""

DOCUMENTS = """
kind: profile
name: Sam
---
kind: note
quote: Kind words.
who: Ana
consent: true
---
kind: note
quote: Not yet.
who: Rui
consent: false
---
kind: offer
slug: sunday-spots
title: Sunday spots
closes: 2026-12-05T23:59
"""


def pelican(root, *args: str, columns: int = 400, raw: bool = False) -> str:
    env = dict(os.environ, COLUMNS=str(columns), TERM="dumb", NO_COLOR="1")
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    if raw:
        return result.stdout + result.stderr
    return re.sub(r"\s+", " ", result.stdout + result.stderr)


def test_one_line_at_the_default_level_and_never_fatal(tmp_path):
    (tmp_path / "pelicanconf.py").write_text(PELICANCONF)
    folder = tmp_path / "content" / "realself"
    folder.mkdir(parents=True)
    (folder / "sam.yaml").write_text(textwrap.dedent(DOCUMENTS).lstrip())
    # --fatal warnings: the summary is not a warning, a held-back note neither
    output = pelican(tmp_path, "--fatal", "warnings")
    # closing soon (3 days before 23:59 on 5 December) is the next change
    assert (
        "realself: 1 profile, 1 note, 1 offer; held back 1 note without consent; "
        "next giveaway change 2026-12-02 23:59 Europe/Lisbon (sunday-spots): "
        "rebuild then"
    ) in output
    assert output.count("realself: 1 profile") == 1


def test_a_site_without_our_yaml_says_nothing(tmp_path):
    (tmp_path / "pelicanconf.py").write_text(PELICANCONF)
    (tmp_path / "content").mkdir()
    assert "realself:" not in pelican(tmp_path)


def test_the_line_stays_whole_in_a_narrow_log(tmp_path):
    """A CI log 40 columns wide still gets one line to read and to grep."""
    (tmp_path / "pelicanconf.py").write_text(PELICANCONF)
    folder = tmp_path / "content" / "realself"
    folder.mkdir(parents=True)
    (folder / "sam.yaml").write_text(textwrap.dedent(DOCUMENTS).lstrip())
    lines = pelican(tmp_path, columns=40, raw=True).splitlines()
    ours = [line for line in lines if line.startswith("realself:")]
    assert ours == [
        "realself: 1 profile, 1 note, 1 offer; held back 1 note without consent; "
        "next giveaway change 2026-12-02 23:59 Europe/Lisbon (sunday-spots): "
        "rebuild then"
    ]
