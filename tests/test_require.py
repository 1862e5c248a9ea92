"""conftest.require: a missing browser or validator skips on a user's machine
with a stated reason, and fails when CI is set, so CI never goes green by
skipping."""

from __future__ import annotations

import pytest

import conftest
from conftest import require


@pytest.fixture
def nothing(monkeypatch):
    monkeypatch.setitem(
        conftest.TOOLS, "nothing", (("/nonexistent/nothing",), "a tool nobody has")
    )
    monkeypatch.setitem(conftest.PYTHON_TOOLS, "no_such_module_x", "no-such-module")


def test_a_user_without_the_tool_is_told_why(nothing, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="needs a tool nobody has"):
        require("nothing")
    with pytest.raises(pytest.skip.Exception, match="needs no-such-module"):
        require("no_such_module_x")


def test_ci_without_the_tool_fails(nothing, monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set.*a tool nobody has"):
        require("nothing")
    with pytest.raises(pytest.fail.Exception, match="CI is set.*no-such-module"):
        require("no_such_module_x")
