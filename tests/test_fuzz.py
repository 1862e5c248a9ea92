"""Property-based tests: thousands of broken documents, no crash, every
failure a located message of ours, and the rest of the site still built.

Most examples go through the plugin's own pipeline in-process (load, validate,
cross-check, render: fast); a smaller share through whole Pelican builds.
The CI settings profile (tests/conftest.py) makes the examples the same on
every run; on a laptop they are new each time.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hostile import (
    ANY_LOCATED,
    GOOD,
    SUPPORT_FILES,
    assert_located,
    files,
    html_problems,
    inside,
    join,
    json_url_problems,
    listening,
    written,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.settings import DEFAULT_CONFIG

from pelican.plugins.realself import settings as realself_settings
from pelican.plugins.realself.collect import collect
from pelican.plugins.realself.load import load_text
from pelican.plugins.realself.models.records import Record
from pelican.plugins.realself.models.shapes import MODELS
from pelican.plugins.realself.render import MarkdownRenderer, text

from conftest import Site

# What must never be in a published value (tab, LF and CR may be).
INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
# Raw in a file, YAML reads these as line breaks that editors do not show.
HIDDEN_BREAK = re.compile("[\x85\u2028\u2029]")


def strings(data) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        data = list(data.values())
    if isinstance(data, list | tuple):
        return [s for value in data for s in strings(value)]
    return []


# Examples per kind, in-process; together well over 5,000 documents.
IN_PROCESS = {"profile": 1200, "note": 800, "offer": 800, "offer-file": 400}
BUILDS = 40


def make_site(root: Path) -> Site:
    site = Site(root)
    for name, data in SUPPORT_FILES.items():
        site.write(name, data)
    site.write("realself/good.yaml", GOOD)
    site.write(
        "marked.md",
        "Title: Marked\nDate: 2026-01-02\n\n[realself:offers]\n\n"
        "[realself:offer five-free-spots]\n\n[realself:profile sam]\n",
    )
    return site


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    """A content folder and settings for calling the plugin's pipeline."""
    site = make_site(tmp_path_factory.mktemp("fuzz"))
    (site.root / "secret.jpg").write_bytes(b"outside the content folder")
    config_dict = copy.deepcopy(DEFAULT_CONFIG)
    realself_settings.apply_defaults(config_dict)
    config_dict.update(TIMEZONE="UTC", REALSELF_NOW="2026-11-25T12:00:00")
    config = realself_settings.read(config_dict)
    render = MarkdownRenderer(config_dict)
    return site, config, config_dict, render


def _holds(data, path) -> bool:
    """Is there a value at ``path`` in a model's dump?"""
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return False
    return data not in (None, [], {})


def as_data(value: Any, *, defaults: bool = True) -> Any:
    """A record as plain data; ``defaults=False`` leaves out fields holding
    their model's default (what the user did not write, or wrote as it)."""
    if isinstance(value, list):
        return [as_data(item, defaults=defaults) for item in value]
    if not isinstance(value, Record):
        return value
    fields = MODELS[type(value).__name__]
    return {
        name: as_data(getattr(value, name), defaults=defaults)
        for name, _, _, required, default in fields
        if defaults or required or getattr(value, name) != default
    }


def check_pipeline(pipeline, docs: list[str]) -> None:
    """One file of (mostly broken) documents next to a good profile."""
    site, config, config_dict, render = pipeline
    source = join(docs)
    path = site.content / "realself" / "x.yaml"
    path.write_bytes(source.encode("utf-8"))
    good = site.content / "realself" / "good.yaml"

    result = collect([str(good), str(path)], str(site.content), config, config_dict)

    # The rest of the site is unaffected.
    assert [i.model.slug for i in result.profiles if i.path == str(good)] == ["good"]
    for problem in result.problems:
        assert_located(problem, source)
        assert problem.source == "content/realself/x.yaml", problem
    ours = [
        i for i in result.profiles + result.notes + result.offers if i.path == str(path)
    ]
    for item in ours:
        # what the loader refused is left out of what is built (a refused list
        # item is gone too, but the next one takes its index: so is an item
        # whose required field was refused)
        for refused in item.doc.reported:
            if any(isinstance(part, int) for part in refused):
                continue
            dump = as_data(item.model, defaults=False)
            assert not _holds(dump, refused), (refused, item.doc)
        # Nothing invisible reaches a page: controls, DEL, C1, separators.
        for value in strings(as_data(item.model)):
            assert not INVISIBLE.search(value), (value, source)
        # What the pages will show renders without a crash.
        model = item.model
        for markdown in ("story", "summary", "reply"):
            render(getattr(model, markdown, None))
        for facet in getattr(model, "facets", []):
            render.inline(facet.text)
        text(getattr(model, "name", None) or getattr(model, "title", None))
    # Every document that did not make it has its message.
    loaded, _ = load_text(source, "x.yaml", config.limits)
    errors = [p for p in result.problems if p.is_error]
    held_back = [p for p in result.problems if "consent" in p.message]
    if not errors:
        assert len(ours) + len(held_back) == len(loaded), (result.problems, source)
    if len(docs) == 1 and HIDDEN_BREAK.search(source):
        # refused wherever it is: the value holding it is left out (checked
        # above for every refused path), or the whole document
        assert all(item.doc.reported for item in ours), source


@pytest.mark.parametrize("kind", sorted(IN_PROCESS))
def test_mutated_documents_in_process(pipeline, kind):
    @settings(max_examples=IN_PROCESS[kind])
    @given(files(kind))
    def run(docs):
        check_pipeline(pipeline, docs)

    run()


@settings(max_examples=300)
@given(files())
def test_mixed_files_in_process(pipeline, docs):
    check_pipeline(pipeline, docs)


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(list(":-[]{}#&*!|>'\"%@`,?~ \n\t\r\\abkind") + ["é"]),
        max_size=80,
    )
)
def test_arbitrary_text_in_process(pipeline, source):
    """Not even a document: punctuation soup, in every order."""
    check_pipeline(pipeline, [source])


@settings(max_examples=BUILDS)
@given(st.lists(files(), min_size=1, max_size=5))
def test_mutated_documents_in_whole_builds(tmp_path_factory, many):
    """Several broken files in one real Pelican build."""
    site = make_site(tmp_path_factory.mktemp("build"))
    for number, docs in enumerate(many):
        site.write(f"realself/f{number}.yaml", join(docs).encode("utf-8"))
    with listening() as log:
        site.build(SITEURL="https://fuzz.example")

    assert "Good Sibling" in site.read("about/good/index.html")
    assert "Hello." in site.read("a-post.html")
    for message in log.ours():
        assert ANY_LOCATED.match(message), message
    assert log.others() == []  # Pelican itself found nothing to complain about
    for path in written(site.output):
        assert inside(path, site.output), path
        assert path.suffix not in (".yaml", ".yml"), path  # our YAML stays ours
        if path.suffix == ".html":
            assert html_problems(path.read_text(encoding="utf-8")) == [], path
        if path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            assert json_url_problems(data) == [], path
