"""The one seam to Pelican's internals: checked at start-up, loudly."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pelican.cache import FileDataCacher
from pelican.contents import Content
from pelican.plugins import realself

from pelican.plugins.realself import host


def test_this_pelican_has_every_internal_we_use():
    host.check()  # raises if not


def test_a_missing_internal_stops_register_naming_it_and_the_version(monkeypatch):
    monkeypatch.delattr(Content, "_update_content")
    with pytest.raises(host.PelicanChanged) as stopped:
        realself.register()
    message = str(stopped.value)
    assert f"Pelican {host.pelican_version()}" in message
    assert "Content._update_content(content, siteurl)" in message
    assert "_expand_settings" not in message  # only what is missing is named


def test_a_renamed_private_attribute_is_seen_too(monkeypatch):
    def init(self, *args, **kwargs):  # a Pelican that renamed _cache_open
        self._opener = open

    monkeypatch.setattr(FileDataCacher, "__init__", init)
    with pytest.raises(host.PelicanChanged, match=r"FileDataCacher\._cache_open"):
        host.check()


def test_a_change_in_how_pelican_writes_links_back_is_seen(monkeypatch):
    """Were Pelican to write a rewritten link with other quotes, our read-back
    of a lone URL would fail and publish {static} links unresolved."""
    original = Content._link_replacer

    def single_quotes(self, siteurl, match):
        return original(self, siteurl, match).replace('"', "'")

    monkeypatch.setattr(Content, "_link_replacer", single_quotes)
    with pytest.raises(host.PelicanChanged, match=r'<a href="\{index\}">'):
        host.check()


def test_a_build_says_why_the_plugin_did_not_load(site):
    """In a fresh process (signals connected by other tests stay connected in
    this one), as a user runs `pelican`: the message is in what they see."""
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\n")
    run = (
        "import sys; from pelican.contents import Content; "
        "del Content._expand_settings; from pelican import main; main(sys.argv[1:])"
    )
    settings = site.root / "pelicanconf.py"
    settings.write_text('PLUGINS = ["pelican.plugins.realself"]\nTIMEZONE = "UTC"\n')
    done = subprocess.run(
        [sys.executable, "-c", run, str(site.content), "-o", str(site.output)]
        + ["-s", str(settings)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    said = " ".join((done.stdout + done.stderr).split())  # rich wraps lines
    assert "Content._expand_settings(key, klass)" in said, said
    assert f"Pelican {host.pelican_version()}" in said, said
    assert not site.exists("about/sam/index.html")


class _Post:
    def __init__(self, html, **metadata):
        self._content = html
        self.metadata = metadata


@pytest.mark.parametrize(
    ("post", "said"),
    [
        (_Post("<p>[realself:offers]</p>"), True),
        (_Post("<p>plain</p>", summary="[realself:offer x]"), True),
        (_Post(None, title="realself notes"), True),
        (_Post("<p>plain</p>", summary="plain", date=2024, tags=["realself"]), False),
        (_Post(None), False),
    ],
)
def test_says_reads_the_html_and_every_text_of_the_metadata(post, said):
    """The one look that decides which posts the markers are read in: it
    finds the word wherever replace_in would (the HTML, the summary), and a
    non-text value (a date, a list) is not read."""
    assert host.says(post, "realself") is said
