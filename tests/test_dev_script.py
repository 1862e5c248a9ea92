"""./dev, the first thing a new user runs: it says every command it has, and
`./dev serve` has built the site before the server answers."""

from __future__ import annotations

import re

from conftest import REPO

DEV = (REPO / "dev").read_text(encoding="utf-8")
README = (REPO / "README.md").read_text(encoding="utf-8")


def _case(name: str) -> str:
    return re.search(rf"^    {name}\)\n(.*?)^        ;;", DEV, re.S | re.M).group(1)


def test_the_usage_line_names_every_command():
    commands = re.findall(r"^    ([a-z-]+)\)$", DEV, re.M)
    usage = re.search(r'echo "usage: ([^"]*)"', DEV).group(1)
    assert commands and all(f"./dev {c}" in usage for c in commands), usage


def test_serve_builds_before_it_listens():
    serve = _case("serve")
    build = serve.index('pelican" content')
    listen = serve.index("--listen")
    assert build < listen
    assert "--listen" not in serve[:build] and "exec" not in serve[:build]


def test_the_readme_says_how_to_change_port_and_bind():
    assert "PORT=" in README and "BIND=" in README
    assert '"${PORT:-8000}"' in DEV and '"${BIND:-127.0.0.1}"' in DEV
