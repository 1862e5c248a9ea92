"""What keeps builds fast, checked by counting work, never by timing it.

bench/benchmark.py measures the speed; these tests guard the structure that
makes it: each file parsed once and each text rendered once (also across
cached rebuilds), one Markdown instance per build, a sidebar capped at
REALSELF_SIDEBAR_OFFERS whatever the number of offers, a marker section
rendered once per build, URL settings worked out once per object, translations
in linear time, and nothing heavy imported by a site without our YAML.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import jinja2
import pytest
from pelican import Pelican
from pelican.contents import Content
from pelican.settings import read_settings
from pelican.utils import process_translations

from pelican.plugins.realself import render
from pelican.plugins.realself.generator import RealselfGenerator
from pelican.plugins.realself.pages import RealselfOffer
from pelican.plugins.realself.translations import originals_and_translations

from conftest import touch

REPO = Path(__file__).resolve().parent.parent
THEME = REPO / "themes" / "realself"


def offer(slug: str, *, state: str = "open", profile: str = "sam") -> str:
    window = {
        "open": "opens: 2026-10-01\ncloses: 2027-03-01\n",
        "closed": "opens: 2026-01-01\ncloses: 2026-02-01\n",
        "upcoming": "opens: 2027-02-01\n",
    }[state]
    return (
        f"kind: offer\nslug: {slug}\nprofile: {profile}\ntitle: Gift {slug}\n"
        f"summary: The *{slug}* gift, described.\nspots: 5\nclaimed: 1\n{window}"
        f'claim: "mailto:sam@example.com?subject={slug}"\n'
    )


PROFILE = """\
kind: profile
name: Sam Rivera
story: |
  I grew up above a **hardware shop**.
facets:
  - {label: Mornings, text: Coffee on the *back step*.}
  - {label: My dog, text: Biscuit.}
now: {updated: 2026-11-01, text: Learning to bake rye.}
"""


def write_site(site, offers: int = 6, articles: int = 3, marker: bool = True):
    site.write("realself/sam.yaml", PROFILE)
    site.write("realself/lee.yaml", "kind: profile\nname: Lee\nstory: Hello *there*.\n")
    site.write(
        "realself/notes.yaml",
        "kind: note\nprofile: sam\nquote: Kind.\nwho: Priya\nconsent: true\n"
        "reply: Thank *you*.\n",
    )
    for i in range(offers):
        state = ("open", "closed", "upcoming")[i % 3]
        site.write(f"realself/offers/o{i}.yaml", offer(f"o{i}", state=state))
    for i in range(articles):
        body = "[realself:offers]\n" if marker else ""
        site.write(
            f"post{i}.md",
            f"Title: Post {i}\nDate: 2026-01-0{i + 1}\n\nHello {i}.\n\n{body}",
        )


class Counting:
    """Record what every RealselfGenerator build did."""

    def __init__(self, monkeypatch):
        self.parsed: list[int] = []
        self.rendered: list[int] = []
        original = RealselfGenerator.generate_context
        counts = self

        def counting(generator):
            original(generator)
            counts.parsed.append(generator.parsed_files)
            counts.rendered.append(generator.render.rendered)

        monkeypatch.setattr(RealselfGenerator, "generate_context", counting)


def build(settings):
    Pelican(read_settings(path=None, override=dict(settings))).run()


# -- parse once, render once -----------------------------------------------------------
def test_a_cached_rebuild_parses_and_renders_only_the_edited_file(site, monkeypatch):
    write_site(site, offers=6)
    counts = Counting(monkeypatch)
    settings = site.cached_settings()
    build(settings)
    first = site.read("about/lee/index.html")
    files = len(list((site.content / "realself").rglob("*.yaml")))
    # Lee's story changes; nothing else does.
    touch(
        site.content / "realself/lee.yaml",
        "kind: profile\nname: Lee\nstory: A *new* one.\n",
    )
    build(settings)
    assert counts.parsed == [files, 1]
    # Cold: 4 Sam fields + 1 Lee story + 1 note reply + 6 offer summaries.
    # Warm: only Lee's new story goes through Markdown again.
    assert counts.rendered == [12, 1]
    assert "<em>new</em>" in site.read("about/lee/index.html") != first
    page = site.html("about/sam/index.html")
    assert page.select_one(".realself-story strong").get_text() == "hardware shop"


def test_rendered_html_is_not_reused_when_markdown_settings_change(site, monkeypatch):
    write_site(site, offers=3)
    counts = Counting(monkeypatch)
    build(site.cached_settings())
    build(site.cached_settings(MARKDOWN={"output_format": "html5"}))
    assert counts.parsed[1] == 0  # the YAML itself is still cached
    assert counts.rendered[1] == counts.rendered[0]  # but every text renders again


def test_one_markdown_instance_per_build(site, monkeypatch):
    write_site(site, offers=9, articles=1, marker=False)
    made = []

    class CountingMarkdown(render.Markdown):
        def __init__(self, *args, **kwargs):
            made.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(render, "Markdown", CountingMarkdown)
    site.build()
    assert len(made) == 1  # 15 fields rendered, one instance reset between them
    assert site.exists("give/o0/index.html")


def test_a_site_without_yaml_renders_nothing(site, monkeypatch):
    made = []

    class CountingMarkdown(render.Markdown):
        def __init__(self, *args, **kwargs):
            made.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(render, "Markdown", CountingMarkdown)
    site.write("post.md", "Title: P\nDate: 2026-01-01\n\nHello.\n")
    site.build()
    assert made == []
    assert site.exists("p.html")
    # nor does it write anything: nothing would link to our files
    assert not site.exists("realself.json") and not site.exists("realself")


def test_an_export_an_earlier_build_left_is_emptied_once_the_yaml_is_gone(site):
    site.write("realself/sam.yaml", "kind: profile\nname: Sam\nstory: Hello.\n")
    site.write("post.md", "Title: P\nDate: 2026-01-01\n\nHello.\n")
    site.build()
    assert [p["slug"] for p in json.loads(site.read("realself.json"))["profiles"]] == [
        "sam"
    ]
    (site.content / "realself" / "sam.yaml").unlink()
    site.build()
    assert json.loads(site.read("realself.json"))["profiles"] == []


# -- per-page work that does not grow with the number of offers ------------------------
@pytest.mark.parametrize("limit", [3, 1])
def test_our_theme_shows_at_most_the_sidebar_limit_on_every_page(site, limit):
    write_site(site, offers=30, articles=4, marker=False)  # 10 open offers
    site.build(THEME=str(THEME), REALSELF_SIDEBAR_OFFERS=limit)
    pages = 0
    for path in site.output.rglob("*.html"):
        page = site.html(path.relative_to(site.output).as_posix())
        for section in page.select(".sidebar-giveaway"):
            pages += 1
            assert len(section.select(".realself-offer-line")) <= limit, path
    assert pages >= 4 + 2  # the articles and the profile pages at least
    post = site.html("post-0.html")
    assert len(post.select(".sidebar-giveaway .realself-offer-line")) == limit


def test_a_marker_section_is_rendered_once_per_build(site, monkeypatch):
    write_site(site, offers=6, articles=4, marker=True)
    rendered = []
    original = jinja2.Template.render

    def counting(self, *args, **kwargs):
        rendered.append(self.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", counting)
    site.build()
    assert rendered.count("realself/marker.html") == 1
    for i in range(4):  # yet every article shows it
        page = site.html(f"post-{i}.html")
        assert len(page.select(".realself-giveaway [data-realself-offer]")) == 2


def test_a_marker_section_is_never_parsed_only_the_article_around_it(site, monkeypatch):
    # A [realself:offers] section can list thousands of offers: parsing it
    # again in every article that holds the marker was most of a large build.
    import bs4

    from pelican.plugins.realself import marker_html

    write_site(site, offers=6, articles=4, marker=True)
    scanned, souped = [], []
    original_scan = marker_html._Scan.__init__
    original_soup = bs4.BeautifulSoup.__init__

    def scanning(self, html):
        scanned.append(html)
        original_scan(self, html)

    def souping(self, markup="", *args, **kwargs):
        souped.append(str(markup))
        original_soup(self, markup, *args, **kwargs)

    monkeypatch.setattr(marker_html._Scan, "__init__", scanning)
    monkeypatch.setattr(bs4.BeautifulSoup, "__init__", souping)
    site.build()
    assert len(scanned) == 4  # the four articles with a marker, once each
    parsed = scanned + souped
    assert not [m for m in parsed if "data-realself-offer" in m]
    page = site.html("post-0.html")
    assert len(page.select(".realself-giveaway [data-realself-offer]")) == 2


def test_offer_urls_are_worked_out_once_per_offer(site, monkeypatch):
    write_site(site, offers=12, articles=5, marker=True)
    calls = []
    original = Content.get_url_setting

    def counting(self, key):
        if isinstance(self, RealselfOffer):
            calls.append((self.slug, key))
        return original(self, key)

    monkeypatch.setattr(Content, "get_url_setting", counting)
    site.build(THEME=str(THEME))
    # The sidebar of every page, the markers, the giveaway page, the feed and
    # the export all ask; Pelican's rules run once per offer and key.
    assert len(calls) == len(set(calls))
    assert {key for _, key in calls} == {"url", "save_as"}


# -- linear-time bookkeeping -----------------------------------------------------------
class Item:
    def __init__(self, slug, lang, name):
        self.slug, self.lang, self.name = slug, lang, name
        self.in_default_lang = lang == "en"
        self.metadata = {}
        self.source_path = f"{name}.yaml"

    def __repr__(self):
        return self.name


def test_translations_match_pelicans_own_rule():
    def items():
        return [
            Item("b", "en", "b-en"),
            Item("a", "fr", "a-fr"),
            Item("c", "de", "c-de"),
            Item("a", "en", "a-en"),
            Item("b", "fr", "b-fr"),
            Item("d", "en", "d-en"),
        ]

    ours, pelicans = items(), items()
    found = originals_and_translations(ours)
    expected = process_translations(list(pelicans), "slug")
    assert [[x.name for x in part] for part in found] == [
        [x.name for x in part] for part in expected
    ]
    by_name = {x.name: x for x in pelicans}
    for item in ours:
        assert [t.name for t in item.translations] == [
            t.name for t in by_name[item.name].translations
        ]


# -- idle: a site without our YAML -----------------------------------------------------
# What a build with documents needs and a site without our YAML must not load:
# reading and checking YAML, Markdown and its cleaning (nh3), our Content
# classes, pages and their head markup, markers, the voice check, problems.
ONLY_WITH_DOCUMENTS = {
    *("about_links", "assemble", "authors", "collect", "cross_checks", "dates"),
    *("head_scan",),
    *("limits", "load", "marker_html", "marker_render", "markers", "migrate"),
    *("models", "pages", "page_head", "problems", "render", "rendered"),
    *("summary", "theme_parent", "traps", "voice"),
    # nor does it write anything (an export an earlier build left aside)
    *("export", "inside_output", "structured", "urls", "write"),
}


def test_a_site_without_yaml_never_imports_yaml_pydantic_babel_or_bs4(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "post.md").write_text("Title: P\nDate: 2026-01-01\n\nHello.\n")
    # Pelican imports every installed namespace plugin while it looks for
    # plugins (render-math, a test dependency, imports bs4): here it finds ours
    # alone, so what is counted is what our plugin imports.
    script = textwrap.dedent(
        f"""
        import json, sys
        import pelican.plugins._utils as found
        import pelican.plugins.realself as ours
        ours_at_import = sorted(m for m in sys.modules if m.startswith(ours.__name__))
        print("AT-IMPORT", ours_at_import)
        found.get_namespace_plugins = lambda *a: {{"pelican.plugins.realself": ours}}
        from pelican import Pelican
        from pelican.settings import read_settings
        settings = read_settings(path=None, override={{
            "PATH": {str(content)!r}, "OUTPUT_PATH": {str(tmp_path / "out")!r},
            "THEME": {str(THEME)!r}, "PLUGINS": ["pelican.plugins.realself"],
            "TIMEZONE": "UTC", "FEED_ALL_ATOM": None, "CATEGORY_FEED_ATOM": None,
            "AUTHOR_FEED_ATOM": None, "AUTHOR_FEED_RSS": None,
        }})
        Pelican(settings).run()
        heavy = {{"pydantic", "bs4", "yaml", "difflib", "babel", "nh3"}}
        heavy = sorted({{m.split(".")[0] for m in sys.modules}} & heavy)
        print("HEAVY", heavy)
        prefix = ours.__name__ + "."
        mine = {{m.split(".")[3] for m in sys.modules if m.startswith(prefix)}}
        print("OURS", json.dumps(sorted(mine)))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "HEAVY []" in done.stdout, done.stdout + done.stderr
    assert (tmp_path / "out" / "p.html").exists()
    assert not (tmp_path / "out" / "realself.json").exists()  # nothing of ours
    # Importing the plugin (every `pelican` run does) loads register() and the
    # check of Pelican it makes; the handlers import the rest when called.
    assert (
        "AT-IMPORT ['pelican.plugins.realself', 'pelican.plugins.realself.host']"
        in (done.stdout)
    ), done.stdout
    loaded = set(json.loads(done.stdout.split("OURS ", 1)[1].splitlines()[0]))
    assert loaded & ONLY_WITH_DOCUMENTS == set()
    assert "generator" in loaded  # the build did run our generator
    package = Path(render.__file__).parent  # every name above is one of ours
    for name in ONLY_WITH_DOCUMENTS:
        assert (package / f"{name}.py").exists() or (package / name).is_dir(), name


def test_a_cold_build_with_a_profile_skips_what_it_does_not_use(tmp_path):
    """A cold build (content caching off, Pelican's default) of a profile
    without corporate phrases: the migration's code (realself new profile
    --from) is not loaded and the voice check compiles neither its phrase
    and credential patterns (no word they need is there) nor its irony
    pattern (only read for a sentence holding a phrase), nor the patterns for
    what an offer asks or for a problem's message (there is neither). The
    page and its warnings are those of the plain path (test_voice*,
    test_migrate)."""
    content = tmp_path / "content"
    (content / "realself").mkdir(parents=True)
    (content / "realself" / "sam.yaml").write_text(
        "kind: profile\nname: Sam\nstory: I fix bikes on Sundays.\n"
        "facets:\n  - {label: Mornings, text: Coffee and the dog.}\n"
    )
    script = textwrap.dedent(
        f"""
        import sys
        from pelican import Pelican
        from pelican.settings import read_settings
        settings = read_settings(path=None, override={{
            "PATH": {str(content)!r}, "OUTPUT_PATH": {str(tmp_path / "out")!r},
            "THEME": {str(THEME)!r}, "PLUGINS": ["pelican.plugins.realself"],
            "TIMEZONE": "UTC", "FEED_ALL_ATOM": None, "CATEGORY_FEED_ATOM": None,
            "AUTHOR_FEED_ATOM": None, "AUTHOR_FEED_RSS": None,
        }})
        Pelican(settings).run()
        print("CHECKED", "pelican.plugins.realself.voice.check" in sys.modules)
        from pelican.plugins.realself.voice import buzz
        print("MIGRATE", "pelican.plugins.realself.migrate" in sys.modules)
        print("IRONY", buzz._irony.cache_info().currsize)
        print("PHRASES", buzz.phrase_pattern.cache_info().currsize)
        print("CREDENTIALS", buzz.credential.cache_info().currsize)
        from pelican.plugins.realself import problems
        from pelican.plugins.realself.voice import asks
        print("OFFER-ASKS", asks._costly_ask.cache_info().currsize)
        print("PROBLEMS", problems._breaks.cache_info().currsize)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert (tmp_path / "out" / "about" / "sam" / "index.html").exists()
    assert "CHECKED True" in done.stdout, done.stdout  # the voice check ran
    assert "MIGRATE False" in done.stdout, done.stdout + done.stderr
    assert "IRONY 0" in done.stdout, done.stdout
    assert "PHRASES 0" in done.stdout, done.stdout  # nor the phrases' pattern
    assert "CREDENTIALS 0" in done.stdout, done.stdout  # nor the credentials'
    assert "OFFER-ASKS 0" in done.stdout, done.stdout  # no offer asks anything
    assert "PROBLEMS 0" in done.stdout, done.stdout  # nothing to say


def test_models_are_built_when_first_used_and_nested_ones_only_inside(tmp_path):
    """Models are built on first use (defer_build): the profile's validator is
    built when a profile is read, and still refuses a bad facet; a facet's own
    validator is never built, since facets are only validated in profiles."""
    content = tmp_path / "content"
    (content / "realself").mkdir(parents=True)
    (content / "realself" / "sam.yaml").write_text(
        "kind: profile\nname: Sam\nfacets:\n  - {label: Dog, text: Biscuit.}\n"
        "  - {label: Cat, text: [not, text]}\n"
    )
    script = textwrap.dedent(
        f"""
        from pelican import Pelican
        from pelican.settings import read_settings
        from pelican.plugins.realself.models.profile import Facet, Profile
        assert not Profile.__pydantic_complete__
        settings = read_settings(path=None, override={{
            "PATH": {str(content)!r}, "OUTPUT_PATH": {str(tmp_path / "out")!r},
            "CACHE_PATH": {str(tmp_path / "cache")!r},
            "PLUGINS": ["pelican.plugins.realself"], "TIMEZONE": "UTC",
            "FEED_ALL_ATOM": None, "CATEGORY_FEED_ATOM": None,
            "AUTHOR_FEED_ATOM": None, "AUTHOR_FEED_RSS": None,
            "REALSELF_NOW": "2026-11-25", "REALSELF_VOICE_WARNINGS": False,
        }})
        Pelican(settings).run()
        print("BUILT", Profile.__pydantic_complete__, Facet.__pydantic_complete__)
        import sys
        # an English page in UTC needs none of Babel (dates._english)
        print("BABEL", "babel" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True
    )
    assert "BUILT True False" in done.stdout, done.stdout + done.stderr
    assert "BABEL False" in done.stdout
    assert "facets[1].text" in done.stdout + done.stderr
    assert "Biscuit." in (tmp_path / "out" / "about" / "sam" / "index.html").read_text()


# -- the benchmark's own sites ---------------------------------------------------------
def test_the_benchmark_sites_are_clean_and_unique(tmp_path):
    """A benchmark of error paths, or of texts a memo renders once, would lie."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import sites
    finally:
        sys.path.remove(str(REPO / "bench"))
    from pelican.plugins.realself.cli import load_settings, run_check

    sites.make_site(
        tmp_path, articles=3, profiles=4, profile_pages=2, notes=5, offers=9
    )
    problems, counts = run_check(load_settings(str(tmp_path), None))[:2]
    assert [p for p in problems if p.level != "info"] == []
    assert counts == {"files": 18, "profiles": 4, "notes": 5, "offers": 9}
    texts = [sites.offer_yaml(i, "p").split("summary: ")[1] for i in range(200)]
    assert len(set(texts)) == len(texts)
    stories = [sites.profile_fields(i)["story"] for i in range(200)]
    assert len(set(stories)) == len(stories)


def test_the_benchmark_runs_and_prints_each_ratio_against_its_target(tmp_path):
    """The benchmark on tiny sites, once each: it must keep working, not be fast."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import benchmark
    finally:
        sys.path.remove(str(REPO / "bench"))
    benchmark.PYCACHE = tmp_path / "pycache"
    typical = benchmark.bench_typical(tmp_path, 1, articles=8)
    page = benchmark.bench_page(tmp_path, 1, small=2, large=5)
    growth = benchmark.bench_growth(tmp_path, 1, sizes=(20, 40), few=4)
    check = benchmark.bench_check(tmp_path, 1)
    lines = typical + page + growth + check
    targets = [x for x in lines if "target <=" in x]
    assert len(targets) == 4, lines
    assert all(re.search(r"target <= [\d.]+\s+(ok|MISSED)", x) for x in targets)
    assert any("documents per second" in x for x in check)
    # where the plugin's own time goes: its import and its generator's reading
    split = next(x for x in typical if "by where it goes" in x)
    assert re.search(r"\bimport \d+\b", split) and "generate_context" in split, split
