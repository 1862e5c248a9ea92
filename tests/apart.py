"""Pelican builds in a fresh interpreter.

A plugin's ``register()`` connects its handlers to Pelican's process-wide
signals for good: once a test process has built with a plugin, every later
build in it runs that plugin too. Builds with third-party plugins, and builds
without ours to compare with, run here instead, through the same
``Site.build()`` (so with its checks).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SCRIPT = """
import json, logging, sys
sys.path.insert(0, sys.argv[1])
from conftest import Site
records = []

class Keep(logging.Handler):
    def emit(self, record):
        records.append([record.levelno, record.name, record.getMessage()])

logging.getLogger().addHandler(Keep(logging.WARNING))
Site(__import__("pathlib").Path(sys.argv[2])).build(**json.loads(sys.argv[3]))
print("@@records@@" + json.dumps(records))
"""


def build_apart(site, *, ordered=None, **overrides) -> list[tuple[int, str, str]]:
    """Build ``site`` like ``site.build(**overrides)`` in a new interpreter;
    return the (level, logger, message) of every warning and error logged.

    ``ordered``: plugin names whose all_generators_finalized handlers run in
    that order (tests/ordered.py); PLUGINS is then that wrapper alone.
    """
    env = dict(os.environ)
    if ordered:
        env["ORDERED_PLUGINS"] = ",".join(ordered)
        overrides = {**overrides, "PLUGINS": ["ordered"], "PLUGIN_PATHS": [str(TESTS)]}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT,
            str(TESTS),
            str(site.root),
            json.dumps(overrides),
        ],
        cwd=site.root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    plugins = ordered or overrides.get("PLUGINS")
    assert done.returncode == 0, f"{plugins}: {done.stderr[-3000:]}"
    logged = done.stdout.rsplit("@@records@@", 1)[1]
    return [tuple(record) for record in json.loads(logged)]
