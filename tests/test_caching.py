"""Rebuilding as `pelican --autoreload` does: cached, in one process, never stale."""

from __future__ import annotations

import pytest
from pelican import Pelican
from pelican.settings import read_settings

from pelican.plugins.realself import caching
from pelican.plugins.realself.generator import RealselfGenerator

from conftest import touch


def build_twice(site, edit, **settings):
    """Two builds in one process with content caching on; edit in between."""
    counts = []
    original = RealselfGenerator.generate_context

    def counting(self):
        original(self)
        counts.append(self.parsed_files)

    base = site.cached_settings(**settings)
    RealselfGenerator.generate_context = counting
    try:
        Pelican(read_settings(path=None, override=dict(base))).run()
        edit()
        Pelican(read_settings(path=None, override=dict(base))).run()
    finally:
        RealselfGenerator.generate_context = original
    return counts


def test_second_run_reflects_a_yaml_edit_and_reparses_only_that_file(site):
    sam = site.write(
        "realself/sam.yaml", "kind: profile\nname: Sam\nheadline: Before.\n"
    )
    site.write("realself/lee.yaml", "kind: profile\nname: Lee\n")
    site.write(
        "realself/gift.yaml",
        "kind: offer\nprofile: sam\ntitle: Gift\nspots: 3\nclaimed: 1\n",
    )

    def edit():
        touch(sam, "kind: profile\nname: Sam\nheadline: After.\n")

    counts = build_twice(site, edit)
    assert counts == [3, 1]  # the cold build parses 3 files; the warm one, 1
    page = site.html("about/sam/index.html")
    assert page.select_one(".p-note").get_text() == "After."


def test_cached_offer_data_is_never_stale(site):
    gift = site.write(
        "realself/gift.yaml",
        "kind: profile\nname: Sam\n---\n"
        "kind: offer\nslug: gift\ntitle: Gift\nspots: 3\nclaimed: 1\n",
    )

    def edit():
        touch(gift, gift.read_text().replace("claimed: 1", "claimed: 3"))

    build_twice(site, edit)
    card = site.html("give/gift/index.html").select_one("[data-realself-offer]")
    assert card["data-state"] == "full"


@pytest.mark.parametrize("layer", ["reader", "generator"])
def test_running_twice_in_one_process_duplicates_nothing(site, layer):
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\n")
    site.write("post.md", "Title: P\nDate: 2026-01-01\n\n[realself:profile sam]\n")
    build_twice(site, lambda: None, CONTENT_CACHING_LAYER=layer)
    page = site.html("p.html")
    assert len(page.select(".realself-card")) == 1
    assert len(site.html("about/sam/index.html").select("article.h-card")) == 1


def plain_path(monkeypatch) -> None:
    """Compile our templates as any other, instead of loading the copies
    shipped compiled (tests/test_precompiled.py): here the cache folder is
    what is tested, for ours and the theme's."""
    monkeypatch.setattr(caching, "shipped_code", lambda *args: None)


def test_a_rebuild_loads_compiled_templates_instead_of_compiling_them(
    site, monkeypatch
):
    import jinja2

    compiled = []
    original = jinja2.Environment._compile

    def counting(self, source, filename):
        compiled.append(filename)
        return original(self, source, filename)

    monkeypatch.setattr(jinja2.Environment, "_compile", counting)
    plain_path(monkeypatch)
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\nstory: Hello.\n")
    site.write("post.md", "Title: P\nDate: 2026-01-01\n\nHi.\n")
    first = []

    def between():
        first.extend(compiled)
        compiled.clear()

    build_twice(site, between)
    # the first build compiled the theme's templates and ours ...
    assert any("realself/profile.html" in name for name in first)
    assert any(name.endswith("article.html") for name in first)
    # ... and the second compiled none of them again
    assert compiled == []


def every_file(folder) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_kept_templates_write_the_same_site_as_compiling_them(site, monkeypatch):
    """With Pelican's defaults (content caching off) compiled templates are
    kept too; a build that loads them writes byte for byte what a build that
    compiles every template writes."""
    import jinja2

    compiled = []
    original = jinja2.Environment._compile

    def counting(self, source, filename):
        compiled.append(filename)
        return original(self, source, filename)

    monkeypatch.setattr(jinja2.Environment, "_compile", counting)
    plain_path(monkeypatch)
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\nstory: Hello *you*.\n")
    site.write(
        "realself/gift.yaml",
        "kind: offer\nslug: gift\nprofile: sam\ntitle: Gift\nspots: 3\n"
        "claimed: 1\n---\nkind: note\nprofile: sam\nquote: Kind.\nwho: Ann\n"
        "consent: true\n",
    )
    site.write("post.md", "Title: P\nDate: 2026-01-01\n\n[realself:offer gift]\n")
    site.build(FEED_ALL_ATOM="feeds/all.atom.xml", SITEURL="https://a.example")
    compiling = every_file(site.output)
    assert any("realself/macros.html" in name for name in compiled)
    assert (site.root / "cache" / "RealselfTemplates").is_dir()
    compiled.clear()
    site.build(FEED_ALL_ATOM="feeds/all.atom.xml", SITEURL="https://a.example")
    assert compiled == []  # every template, ours and the theme's, loaded
    assert every_file(site.output) == compiling


def test_kept_templates_are_written_whole_or_not_at_all(tmp_path):
    """Written under a temporary name and renamed: no partial file is left
    behind, a disk error only means compiling again, anything else is raised."""
    import jinja2
    from jinja2.bccache import Bucket

    env = jinja2.Environment()
    code = compile(env.compile("Hi {{ name }}", raw=True), "t.html", "exec")
    kept = caching.CompiledTemplates(str(tmp_path))

    def bucket() -> Bucket:
        made = Bucket(env, "key", "checksum")
        made.code = code
        return made

    kept.dump_bytecode(bucket())
    assert [p.name for p in tmp_path.iterdir()] == ["__jinja2_key.cache"]
    loaded = Bucket(env, "key", "checksum")
    kept.load_bytecode(loaded)
    assert loaded.code == code

    class Interrupted(Exception):
        pass

    def failing(why: BaseException):
        def write(handle):
            handle.write(b"half")
            raise why

        return write

    broken = bucket()
    broken.write_bytecode = failing(OSError("disk full"))  # type: ignore[method-assign]
    kept.dump_bytecode(broken)
    broken.write_bytecode = failing(Interrupted())  # type: ignore[method-assign]
    with pytest.raises(Interrupted):
        kept.dump_bytecode(broken)
    assert [p.name for p in tmp_path.iterdir()] == ["__jinja2_key.cache"]
    kept.load_bytecode(loaded)
    assert loaded.code == code  # the whole file from before, untouched


def test_a_cache_folder_that_cannot_be_made_only_costs_compiling(site):
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\n")
    blocker = site.root / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    site.build(CACHE_PATH=str(blocker))
    assert site.html("about/sam/index.html").select_one(".p-name")


def test_the_template_key_follows_what_shapes_compiled_code():
    """Jinja checks a kept template against its source only; the key holds
    the rest: options, extensions, and how each filter is called."""
    import jinja2

    from pelican.plugins.realself.caching import _environment_key

    def key(**options) -> str:
        return _environment_key(jinja2.Environment(**options))

    plain = key()
    assert key() == plain  # the same every time (no addresses in it)
    assert key(trim_blocks=True) != plain
    assert key(extensions=["jinja2.ext.i18n"]) != plain
    assert key(block_start_string="<%", block_end_string="%>") != plain
    with_context = jinja2.Environment()
    with_context.filters["shout"] = jinja2.pass_context(lambda ctx, v: v)
    without = jinja2.Environment()
    without.filters["shout"] = lambda v: v
    assert _environment_key(with_context) != _environment_key(without)
    # kept, but not past a change to an environment: a filter added, or
    # one replaced by a function called otherwise
    before = _environment_key(without)
    without.filters["whisper"] = jinja2.pass_context(lambda ctx, v: v)
    in_context = _environment_key(without)
    assert in_context != before
    without.filters["whisper"] = lambda v: v
    assert _environment_key(without) not in (before, in_context)
    without.filters["whisper"] = jinja2.pass_context(lambda ctx, v: v)
    assert _environment_key(without) == in_context
    without.trim_blocks = True
    assert _environment_key(without) != before


@pytest.mark.parametrize("trim", [True, False])
def test_kept_templates_follow_a_change_of_jinja_options(site, trim):
    """Compiled code depends on the Jinja options: a change must not be missed."""
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\nstory: Hello.\n")
    options = {"extensions": [], "trim_blocks": trim, "lstrip_blocks": trim}
    fresh = {"CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False}
    site.build(JINJA_ENVIRONMENT=options, **fresh)
    expected = site.read("about/index.html")
    # The same site built with the other options first, then these, cached:
    other = {**options, "trim_blocks": not trim, "lstrip_blocks": not trim}
    cached = {
        "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": True,
        "CACHE_PATH": str(site.root / "cache"),
    }
    site.build(JINJA_ENVIRONMENT=other, **cached)
    assert site.read("about/index.html") != expected
    site.build(JINJA_ENVIRONMENT=options, **cached)
    assert site.read("about/index.html") == expected


def test_versions_in_cache_keys_are_the_installed_ones():
    """Cache keys read versions from the modules (``__version__``) instead of
    the installed metadata: the same strings, so kept caches stay valid."""
    import tomllib
    from importlib.metadata import version

    import markdown
    import nh3

    import pelican.plugins.realself as plugin
    from pelican.plugins.realself import rendered

    from conftest import REPO

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert plugin.__version__ == project["project"]["version"]
    assert plugin.__version__ == version("pelican-realself")
    assert caching.module_version(markdown, "markdown") == version("markdown")
    assert caching.module_version(nh3, "nh3") == version("nh3")
    assert rendered._renderer_code()[1:] == (version("markdown"), version("nh3"))
    # a module without one: the metadata, as before
    assert caching.module_version(object(), "jinja2") == version("jinja2")


def test_a_cache_an_earlier_format_wrote_is_not_read(site):
    """When a record the parsed cache holds changes shape, the cache file's
    name changes with it: the file an earlier version wrote (here one whose
    records no longer load at all) is left unread and the build goes on."""
    import gzip

    # a pickle of a record whose class is gone: loading it raises
    data = b"cpelican.plugins.realself.gone\nRecord\n)\x81."
    (site.root / "cache").mkdir()
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\nstory: Hello.\n")
    for earlier in ("RealselfGenerator", "RealselfGenerator-1"):
        with gzip.open(site.root / "cache" / earlier, "wb") as handle:
            handle.write(data)
    assert caching.PARSED not in ("RealselfGenerator", "RealselfGenerator-1")
    Pelican(read_settings(path=None, override=site.cached_settings())).run()
    assert "Sam" in site.read("about/sam/index.html")
