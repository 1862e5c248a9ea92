"""Every problem in one run: N independent mistakes in N files of every kind
give N messages, and ``--fatal errors`` exits 1 only after printing all of
them (Pelican's own fatal mode would stop at the first).

tests/test_malformed.py pins the wording of each message; here the point is
the count, across kinds, with the real command line.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

PELICANCONF = """
PATH = "content"
OUTPUT_PATH = "output"
PLUGINS = ["pelican.plugins.realself"]
SITENAME = "Every problem"
SITEURL = ""
TIMEZONE = "UTC"
REALSELF_NOW = "2026-11-25T12:00:00"
REALSELF_VOICE_WARNINGS = False  # this test counts located mistakes only
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
"""

GOOD = "kind: profile\nslug: sam\nname: Sam\n"
# file -> (text, the located start of its one error)
MISTAKES = {
    "a-syntax": ("kind: profile\nname: [Sam\n", "a-syntax.yaml:2:7:"),
    "b-unknown": (
        "kind: profile\nslug: b\nname: B\nhedline: x\n",
        "b-unknown.yaml:4:1:",
    ),
    "c-tab": ("kind: profile\nname: C\nnow:\n\tupdated: x\n", "c-tab.yaml:4:1:"),
    "d-note-who": (
        "kind: note\nprofile: sam\nquote: q\nconsent: true\n",
        "d-note-who.yaml:1:1:",
    ),
    "e-note-owner": (
        "kind: note\nprofile: nobody\nquote: q\nwho: w\nconsent: true\n",
        "e-note-owner.yaml:2:10:",
    ),
    "f-offer-claim": (
        "kind: offer\nprofile: sam\ntitle: T\nclaim: 'javascript:x'\n",
        "f-offer-claim.yaml:4:8:",
    ),
    "g-offer-window": (
        "kind: offer\nprofile: sam\ntitle: T\nopens: 2026-12-01\ncloses: 2026-11-01\n",
        "g-offer-window.yaml:5:9:",
    ),
    "h-offer-spots": (
        "kind: offer\nprofile: sam\ntitle: T\nspots: 2\nclaimed: 3\n",
        "h-offer-spots.yaml:5:10:",
    ),
    "i-bytes": (b"kind: profile\nname: \xff\n", "i-bytes.yaml:2:7:"),
    "j-date": (
        "kind: note\nprofile: sam\nquote: q\nwho: w\ndate: 2026-02-30\nconsent: true\n",
        "j-date.yaml:5:7:",
    ),
    "k-control": ('kind: profile\nname: "K\\x07"\n', "k-control.yaml:2:7:"),
    "l-far-date": (
        "kind: offer\nprofile: sam\ntitle: T\ncloses: 9999-12-31\n",
        "l-far-date.yaml:4:9:",
    ),
}


def write_site(root: Path) -> None:
    (root / "pelicanconf.py").write_text(PELICANCONF, encoding="utf-8")
    folder = root / "content" / "realself"
    folder.mkdir(parents=True)
    (folder / "sam.yaml").write_text(GOOD, encoding="utf-8")
    for name, (text, _) in MISTAKES.items():
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        (folder / f"{name}.yaml").write_bytes(data)


def test_n_files_n_messages_in_process(site, problems):
    write_site(site.root)
    site.build()
    errors = problems(level=40)  # logging.ERROR
    assert len(errors) == len(MISTAKES), errors
    for name, (_, start) in MISTAKES.items():
        (mine,) = [m for m in errors if f"/{name}.yaml:" in m]
        assert mine.startswith("content/realself/" + start), mine
    assert site.exists("about/sam/index.html")


def test_fatal_errors_exits_1_after_reporting_all_of_them(tmp_path):
    write_site(tmp_path)
    env = dict(os.environ, COLUMNS="400", TERM="dumb", NO_COLOR="1")
    env.pop("SOURCE_DATE_EPOCH", None)
    done = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py"]
        + ["--fatal", "errors"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = re.sub(r"\s+", " ", done.stdout + done.stderr)
    assert done.returncode == 1, output
    for name, (_, start) in MISTAKES.items():
        assert f"content/realself/{start}" in output, (name, output)
    found = re.findall(r"ERROR content/realself/[\w-]+\.yaml:\d+:\d+:", output)
    assert len(found) == len(MISTAKES), found  # each once, none more
