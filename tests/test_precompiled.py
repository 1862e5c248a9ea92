"""Our templates ship compiled (precompiled.py and the compiled/ package): a
build without a cache folder loads their code instead of compiling them, and
only when that code is what Jinja would compile in the build's environment.
"""

from __future__ import annotations

import shutil

import jinja2
import pytest

from pelican.plugins.realself import caching, precompiled
from pelican.plugins.realself.compiled import OPTIONS, TEMPLATES

from conftest import Site

RUN = f"run {precompiled.COMMAND} and commit src/pelican/plugins/realself/compiled/"


@pytest.fixture(scope="module")
def default_env(tmp_path_factory):
    """Pelican's default environment with our plugin's additions, as the
    compiled modules were made for."""
    return precompiled.default_environment(str(tmp_path_factory.mktemp("cache")))


def made_for(env) -> bool:
    """Whether the shipped modules were made for this Jinja and these options."""
    return precompiled.compile_options(env) == OPTIONS


def source_of(env, name: str) -> tuple[str, str]:
    source, filename, _ = env.loader.get_source(env, name)
    return source, filename


def test_every_template_is_shipped_compiled_from_its_current_source():
    ours = {
        f"realself/{path.name}": path.read_text(encoding="utf-8")
        for path in sorted(precompiled.OURS.glob("*.html"))
    }
    assert ours, "no templates found"
    for name, source in ours.items():
        assert name in TEMPLATES, f"{name} has no compiled copy: {RUN}"
        module, made_from, _ = TEMPLATES[name]
        assert made_from == precompiled.checksum(source), (
            f"{name} changed since it was compiled: {RUN}"
        )
        assert (precompiled.COMPILED / f"{module}.py").is_file(), RUN
    assert set(TEMPLATES) == set(ours), f"compiled copies of removed templates: {RUN}"
    modules = {path.stem for path in precompiled.COMPILED.glob("*.py")}
    assert modules - {"__init__"} == {module for module, _, _ in TEMPLATES.values()}


def test_shipped_code_is_what_jinja_compiles_now_or_is_not_used(default_env):
    """With the Jinja and the Pelican defaults they were made for, each module
    is exactly the code Jinja generates now (and the record is what it finds
    now); with any other, none is used."""
    for name, (module, _, calls) in TEMPLATES.items():
        source, filename = source_of(default_env, name)
        code = precompiled.shipped_code(default_env, name, filename, source)
        if not made_for(default_env):
            assert code is None, f"{name}: code made for Jinja {OPTIONS[0]} used"
            continue
        shipped = (precompiled.COMPILED / f"{module}.py").read_text(encoding="utf-8")
        now = default_env.compile(source, name, filename, raw=True)
        assert shipped == now, f"{name}: {RUN}"
        assert calls == precompiled.calls_in(default_env, name, source), RUN
        assert code is not None and code.co_filename == filename
        # the functions inside name the template too (tracebacks, Template.filename)
        inner = [c for c in code.co_consts if hasattr(c, "co_filename")]
        assert inner and {c.co_filename for c in inner} == {filename}


def differently(env, change: str) -> None:
    """Change ``env`` in one way that shapes the code Jinja compiles."""
    if change == "trim_blocks off":
        env.trim_blocks = False
    elif change == "old-style gettext":
        env.newstyle_gettext = False
    elif change == "another extension":
        env.add_extension("jinja2.ext.loopcontrols")
    elif change == "a filter we use takes the context":
        env.filters["trim"] = jinja2.pass_context(lambda context, value: value)
    elif change == "a filter we use is missing":
        del env.filters["striptags"]
    elif change == "autoescape":
        env.autoescape = True


@pytest.mark.parametrize(
    "change",
    [
        "trim_blocks off",
        "old-style gettext",
        "another extension",
        "a filter we use takes the context",
        "a filter we use is missing",
        "autoescape",
    ],
)
def test_any_other_environment_compiles(tmp_path, change):
    env = precompiled.default_environment(str(tmp_path))
    source, filename = source_of(env, "realself/macros.html")
    before = precompiled.shipped_code(env, "realself/macros.html", filename, source)
    assert (before is not None) == made_for(env)
    differently(env, change)
    assert (
        precompiled.shipped_code(env, "realself/macros.html", filename, source) is None
    )


def test_what_does_not_shape_the_code_keeps_it(tmp_path):
    """A site's own filters, tests and globals (JINJA_FILTERS, other plugins)
    leave ours compiled as they were; an edited source does not."""
    env = precompiled.default_environment(str(tmp_path))
    source, filename = source_of(env, "realself/macros.html")
    env.filters["shout"] = jinja2.pass_context(lambda context, value: value)
    env.tests["odd_one"] = jinja2.pass_context(lambda context, value: True)
    env.globals["SOMETHING"] = 1
    env.filters["strftime"] = jinja2.pass_context(lambda context, value: value)
    code = precompiled.shipped_code(env, "realself/macros.html", filename, source)
    assert (code is not None) == made_for(env)
    edited = source.replace("realself", "realself ", 1)
    assert (
        precompiled.shipped_code(env, "realself/macros.html", filename, edited) is None
    )


def test_a_filter_the_compiler_applies_to_constants_is_recorded_by_identity(
    default_env,
):
    """Jinja folds ``{{ "a"|upper }}`` into the code by calling the filter
    while compiling: the record then names the very function."""
    calls = precompiled.calls_in(default_env, "t", '{{ "a"|upper }}{{ x|lower }}')
    assert calls[("filter", "upper", True)] == "value jinja2.filters.do_upper"
    assert calls[("filter", "lower", False)] == "value"


SAM = """\
kind: profile
slug: sam-rivera
name: Sam Rivera
headline: I fix bikes & answer <every> email.
story: |
  I grew up *here*. [My post]({filename}/post.md).
facets:
  - {label: Mornings, text: Coffee first.}
values: [Say what I mean]
reciprocity:
  gives: [I answer every email.]
---
kind: note
profile: sam-rivera
quote: She asked about my kids first.
who: Priya
date: 2025-03-02
consent: true
---
kind: offer
slug: spring-repairs
profile: sam-rivera
title: Spring repairs
summary: A free tune-up.
spots: 5
claimed: 2
claim: "mailto:sam@example.com"
"""


def compiled_files(patch: pytest.MonkeyPatch) -> list[str]:
    """The files of the templates Jinja compiles from now on, in order."""
    compiled: list[str] = []
    original = jinja2.Environment._compile

    def counting(self, source, filename):
        compiled.append(filename)
        return original(self, source, filename)

    patch.setattr(jinja2.Environment, "_compile", counting)
    return compiled


def every_file(folder) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def both_ways(tmp_path_factory):
    """One site built cold twice in Pelican's default theme: loading the
    shipped code, then compiling ours as any template (the plain path).
    Returns each build's files and the templates each compiled."""
    site = Site(tmp_path_factory.mktemp("precompiled"))
    site.write("realself/sam.yaml", SAM)
    site.write(
        "post.md", "Title: Post\nDate: 2026-01-01\n\n[realself:offer spring-repairs]\n"
    )
    site.write("pages/hello.md", "Title: Hello\n\n[realself:profile sam-rivera]\n")
    settings = {
        "SITEURL": "https://blog.example",
        "FEED_ALL_ATOM": "feeds/all.atom.xml",
    }
    built = {}
    with pytest.MonkeyPatch.context() as patch:
        compiled = compiled_files(patch)
        for way in ("shipped", "plain"):
            if way == "plain":
                patch.setattr(caching, "shipped_code", lambda *args: None)
            shutil.rmtree(site.output, ignore_errors=True)
            shutil.rmtree(site.root / "cache", ignore_errors=True)  # cold
            compiled.clear()
            site.build(**settings)
            ours = sorted(
                {f.split("/realself/")[-1] for f in compiled if "/realself/" in f}
            )
            built[way] = (every_file(site.output), ours)
    return built


def test_a_build_with_shipped_code_writes_what_compiling_writes(both_ways):
    shipped, _ = both_ways["shipped"]
    plain, ours = both_ways["plain"]
    assert (
        "about/sam-rivera/index.html" in plain
        and "give/spring-repairs/index.html" in plain
    )
    assert "macros.html" in ours  # the plain path did compile ours
    assert shipped == plain


def test_a_cold_build_compiles_none_of_ours(both_ways, default_env):
    _, ours = both_ways["shipped"]
    if made_for(default_env):
        assert ours == []
    else:  # other Jinja or defaults: compiled as before
        assert "macros.html" in ours


def test_a_context_taking_replacement_filter_gets_our_templates_compiled(
    site, monkeypatch
):
    """JINJA_FILTERS replacing a filter our templates use with one that takes
    the context: the shipped code would call it without one, so our
    templates are compiled for it, and it gets its context."""
    compiled, given = compiled_files(monkeypatch), []

    @jinja2.pass_context
    def default(context, value, default_value="", boolean=False):
        given.append(context)
        return jinja2.filters.do_default(value, default_value, boolean)

    site.write("realself/sam.yaml", SAM)
    site.write("post.md", "Title: Post\nDate: 2026-01-01\n\nHi.\n")
    site.build(JINJA_FILTERS={"default": default})
    assert any(f.endswith("realself/profile.html") for f in compiled)
    assert given and all(isinstance(c, jinja2.runtime.Context) for c in given)
    page = site.html("about/sam-rivera/index.html")
    assert page.select_one(".p-name").get_text() == "Sam Rivera"
