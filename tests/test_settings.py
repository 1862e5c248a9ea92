"""REALSELF_* settings of the wrong type: one message naming the setting, the
default used instead, and the site still built (never a traceback)."""

from __future__ import annotations

import ast
import datetime as dt
import re

import pytest

from pelican.plugins.realself import settings as realself_settings
from pelican.plugins.realself.settings import DEFAULTS, check, kind_of

from conftest import REPO

# A value of the wrong type for each kind of setting.
WRONG = {
    "text": 5,
    "text or None": ["feeds"],
    "yes/no": "yes",
    "whole": "5",
    "whole or None": 2.5,
    "texts": "synergy",
    "folders": 5,
    "moment": "next tuesday",
    "menu": "About",
    "labels": ["Sobre"],
    "text per language": ["Ce que je donne"],
}


def test_every_setting_has_a_kind():
    """A setting added to DEFAULTS without a kind fails here, not for a user."""
    for name in DEFAULTS:
        assert kind_of(name) in WRONG, name


@pytest.mark.parametrize("name", sorted(DEFAULTS))
def test_a_wrong_type_is_named_and_replaced_by_the_default(name):
    settings = dict(DEFAULTS, **{name: WRONG[kind_of(name)]})
    ((named, message),) = check(settings)
    assert named == name
    assert message.startswith(f"setting {name} must be "), message
    assert settings[name] == DEFAULTS[name]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("REALSELF_PATHS", "realself"),
        ("REALSELF_PATHS", ("realself", "more")),
        ("REALSELF_FEED_ATOM", None),
        ("REALSELF_NOW", dt.date(2026, 1, 2)),
        ("REALSELF_NOW", "2026-01-02T10:00+01:00"),
        ("REALSELF_VOICE_MIN", 60),
        ("REALSELF_GIVE_SAVE_AS", ""),
    ],
)
def test_documented_values_pass(name, value):
    settings = dict(DEFAULTS, **{name: value})
    assert check(settings) == []
    assert settings[name] == value


@pytest.mark.parametrize("paths", [5, None, {"realself": 1}, ["realself", 5]])
def test_a_wrong_realself_paths_builds_with_the_default(site, problems, paths):
    """Was: REALSELF_PATHS = 5 or None stopped Pelican with a CRITICAL
    TypeError and wrote nothing."""
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\n")
    site.build(REALSELF_PATHS=paths)
    assert problems() == [
        "realself: setting REALSELF_PATHS must be a folder name or a list of "
        f"them, like ['realself'], got {paths!r}; using ['realself']"
    ]
    assert "Sam" in site.read("about/sam/index.html")


def test_every_setting_wrong_at_once_still_builds(site, problems):
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\n")
    site.build(**{name: WRONG[kind_of(name)] for name in DEFAULTS})
    said = [m for m in problems() if m.startswith("realself: setting ")]
    assert len(said) == len(DEFAULTS)
    assert "Sam" in site.read("about/sam/index.html")


def test_an_unknown_time_zone_falls_back_to_utc(caplog):
    config = realself_settings.read({**DEFAULTS, "TIMEZONE": "Mars/Olympus"})
    assert str(config.timezone) == "UTC"
    assert "TIMEZONE 'Mars/Olympus' is not a known time zone" in caplog.text


def _readme_settings() -> dict[str, object]:
    """Each setting in the README's settings tables, with its default."""
    found: dict[str, object] = {}
    header = "| setting | default | what it does |"
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    rows = [i for i, line in enumerate(lines) if line == header]
    assert rows, "no settings table in the README"
    for start in rows:
        for line in lines[start + 2 :]:
            if not line.startswith("|"):
                break
            names, defaults = line.split(" | ")[:2]
            names = re.findall(r"`(REALSELF_\w+)`", names)
            values = [ast.literal_eval(v) for v in re.findall(r"`([^`]+)`", defaults)]
            assert len(names) == len(values), line
            found.update(zip(names, values, strict=True))
    return found


def test_the_readme_documents_every_setting_with_its_default():
    documented = _readme_settings()
    assert sorted(documented) == sorted(DEFAULTS)
    for name, default in DEFAULTS.items():
        assert documented[name] == default, name


def test_config_holds_every_setting_frozen():
    config = realself_settings.read(
        {**DEFAULTS, "REALSELF_PATHS": "yaml", "REALSELF_NOW": "2026-01-02"}
    )
    assert config.paths == ("yaml",)
    assert config.give_save_as == "give/index.html"
    assert config.now == dt.datetime(2026, 1, 2, tzinfo=config.timezone)
    assert config.limits.max_bytes == DEFAULTS["REALSELF_MAX_FILE_BYTES"]
    with pytest.raises(AttributeError):
        config.paths = ("other",)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("REALSELF_NOW_STALE_DAYS", 0),
        ("REALSELF_CLOSING_SOON_DAYS", -1),
        ("REALSELF_SIDEBAR_OFFERS", 5000),
        ("REALSELF_MAX_FILE_BYTES", 0),
        ("REALSELF_VOICE_MIN", 101),
    ],
)
def test_a_whole_number_out_of_bounds_reads_as_its_default(name, value, caplog):
    config = realself_settings.read({**DEFAULTS, name: value})
    assert config.setting(name) == DEFAULTS[name]
    assert f"{name} must be a whole number from " in caplog.text
