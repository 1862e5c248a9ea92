"""`realself new profile --from PAGE`: a starter profile from the About page a
site already has, read with Pelican's own readers; the page is never changed."""

from __future__ import annotations

import os

import pytest
import yaml

from pelican.plugins.realself import cli

from conftest import Site

CONF = """\
PATH = "content"
AUTHOR = "Robin Example"
SOCIAL = (("Mastodon", "https://example.social/@robin"), ("RSS", "/feeds/all.xml"))
"""
PAGES = {
    "md": """\
        Title: About
        Summary: I fix bikes and write about it.

        ![Robin on a ridge at sunrise]({static}../images/robin.jpg)

        I grew up above a *bike shop*. I write about [repairs]({filename}../hello.md)
        and keep my code on [GitHub](https://github.com/robin).
        """,
    "rst": """\
        About
        #####

        :summary: I fix bikes and write about it.

        .. image:: {static}/images/robin.jpg
           :alt: Robin on a ridge at sunrise

        I grew up above a *bike shop*. I write about `repairs <{filename}/hello.md>`_
        and keep my code on `GitHub <https://github.com/robin>`_.
        """,
    "html": """\
        <html><head><title>About</title>
        <meta name="summary" content="I fix bikes and write about it."></head>
        <body><figure><img src="/images/robin.jpg" alt="Robin on a ridge at sunrise">
        <figcaption>Last spring</figcaption></figure>
        <p>I grew up above a <em>bike shop</em>. I write about
        <a href="{filename}/hello.md">repairs</a> and keep my code on
        <a href="https://github.com/robin">GitHub</a>.</p></body></html>
        """,
}


def blog(root, ext: str) -> Site:
    site = Site(root)
    (root / "content").mkdir()
    (root / "pelicanconf.py").write_text(CONF)
    site.write("images/robin.jpg", b"\xff\xd8\xff")
    site.write(
        "hello.md",
        "Title: Hello\nDate: 2026-01-02\n\n"
        f"See [me]({{filename}}/pages/about.{ext}).\n",
    )
    site.write(f"pages/about.{ext}", PAGES[ext])
    return site


@pytest.mark.parametrize("ext", ["md", "rst", "html"])
def test_a_starter_profile_from_the_page(tmp_path, monkeypatch, capsys, ext):
    site = blog(tmp_path, ext)
    monkeypatch.chdir(tmp_path)
    page = site.content / f"pages/about.{ext}"
    before = (page.read_bytes(), page.stat().st_mtime_ns)
    assert cli.main(["new", "profile", "--from", f"content/pages/about.{ext}"]) == 0
    said = capsys.readouterr().out
    assert "wrote content/realself/robin-example.yaml" in said
    assert f"delete content/pages/about.{ext}" in said
    assert (page.read_bytes(), page.stat().st_mtime_ns) == before  # untouched

    data = yaml.safe_load((site.content / "realself/robin-example.yaml").read_text())
    assert data["name"] == "Robin Example"
    assert data["replaces"] == f"pages/about.{ext}"
    assert data["headline"] == "I fix bikes and write about it."
    assert data["photo"]["src"] == "{static}/images/robin.jpg"
    assert data["photo"]["alt"] == "Robin on a ridge at sunrise"
    assert "*bike shop*" in data["story"]
    assert "[repairs]({filename}/hello.md)" in data["story"]
    assert "robin.jpg" not in data["story"]  # the photo is not shown twice
    assert data["links"] == [
        {"label": "Mastodon", "url": "https://example.social/@robin", "me": True}
    ]
    text = (site.content / "realself/robin-example.yaml").read_text()
    assert '# - {label: "GitHub", url: "https://github.com/robin", me: true}' in text

    # it passes the check as written
    problems, _, _ = cli.run_check(cli.load_settings(None, None))
    assert not [p for p in problems if p.is_error]


def test_after_the_page_is_removed_links_and_menu_lead_to_the_profile(
    tmp_path, monkeypatch
):
    site = blog(tmp_path, "md")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["new", "profile", "--from", "content/pages/about.md"]) == 0
    os.remove(site.content / "pages/about.md")
    site.build(THEME="simple")
    hello = site.html("hello.html")
    assert hello.find("a", string="me")["href"] == "/about/"
    assert ("About", "/about/") in [
        (a.get_text(strip=True), a["href"]) for a in hello.select("header nav a")
    ]
    photo = site.html("about/index.html").select_one("img.u-photo")
    assert photo["src"] == "/images/robin.jpg"
    assert site.exists("images/robin.jpg")


def test_never_overwrites_a_profile(tmp_path, monkeypatch, capsys):
    site = blog(tmp_path, "md")
    monkeypatch.chdir(tmp_path)
    mine = site.write("realself/robin-example.yaml", "kind: profile\nname: Me\n")
    assert cli.main(["new", "profile", "--from", "content/pages/about.md"]) == 1
    assert "already exists; nothing was changed" in capsys.readouterr().err
    assert mine.read_text() == "kind: profile\nname: Me\n"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["new", "profile", "--from", "content/pages/nope.md"], "no file"),
        (["new", "profile", "--from", "pelicanconf.py"], "not in the content folder"),
        (["new", "note", "--from", "content/pages/about.md"], "--from works with"),
        (
            ["new", "profile", "--from", "content/images/robin.jpg"],
            "no reader for .jpg",
        ),
    ],
)
def test_mistakes_are_one_line(tmp_path, monkeypatch, capsys, argv, said):
    blog(tmp_path, "md")
    monkeypatch.chdir(tmp_path)
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert said in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "content/realself").exists()


def test_a_blog_whose_menu_is_menuitems(tmp_path, monkeypatch, capsys, problems):
    """As on a real blog: About in MENUITEMS, SOCIAL labels that are icon names."""
    site = blog(tmp_path, "md")
    (tmp_path / "pelicanconf.py").write_text(
        'PATH = "content"\nAUTHOR = "Robin Example"\n'
        'SOCIAL = (("github-square", "https://github.com/robin"),)\n'
        'MENUITEMS = (("About", "/pages/about.html"), ("Tags", "/tags.html"))\n'
        "DISPLAY_PAGES_ON_MENU = False\n"
    )
    monkeypatch.chdir(tmp_path)
    assert cli.main(["new", "profile", "--from", "content/pages/about.md"]) == 0
    said = capsys.readouterr().out
    assert "MENUITEMS links 'About' to the page: point it at /about/" in said
    text = (site.content / "realself/robin-example.yaml").read_text()
    assert '{label: "github.com", url: "https://github.com/robin", me: true}' in text

    os.remove(site.content / "pages/about.md")
    site.build(
        THEME="simple",
        MENUITEMS=(("About", "/pages/about.html"), ("Tags", "/tags.html")),
        DISPLAY_PAGES_ON_MENU=False,
    )
    nav = [
        (a.get_text(strip=True), a["href"])
        for a in site.html("hello.html").select("header nav a")
    ]
    assert nav[:2] == [("About", "/about/"), ("Tags", "/tags.html")]
    (warning,) = [m for m in problems() if "MENUITEMS" in m]
    assert "'About' links to /pages/about.html" in warning


def test_without_social_links_the_candidates_stay_valid(tmp_path, monkeypatch):
    """Only commented candidates: no empty `links:` (an error) is written."""
    site = blog(tmp_path, "md")
    (tmp_path / "pelicanconf.py").write_text('PATH = "content"\n')
    monkeypatch.chdir(tmp_path)
    assert cli.main(["new", "profile", "--from", "content/pages/about.md"]) == 0
    written = site.content / "realself/me.yaml"  # no AUTHOR, no author: "me"
    assert "links" not in yaml.safe_load(written.read_text())
    problems, _, _ = cli.run_check(cli.load_settings(None, None))
    assert not [p for p in problems if p.is_error]
    # uncommenting the links and one candidate gives a valid list
    text = written.read_text().replace("# links:", "links:")
    text = text.replace('#   - {label: "GitHub"', '  - {label: "GitHub"')
    data = yaml.safe_load(text)
    assert data["links"][0]["url"] == "https://github.com/robin"


def test_a_link_to_a_removed_about_page_gets_a_located_warning(site, problems):
    """Without `replaces:`, the link cannot lead anywhere: say where it is."""
    site.write("realself/robin.yaml", "kind: profile\nname: Robin Example\n")
    site.write(
        "hello.md",
        "Title: Hello\nDate: 2026-01-02\n\nSee [me]({filename}/pages/about.md).\n",
    )
    site.build()
    (said,) = [m for m in problems() if "About page that is gone" in m]
    assert said.startswith("content/hello.md:4:10: {filename}/pages/about.md links")
    assert "replaces: pages/about.md" in said
    site.write(
        "realself/robin.yaml",
        "kind: profile\nname: Robin Example\nreplaces: pages/about.md\n",
    )
    site.build()
    # the second build adds no such warning: the link leads to the profile
    assert len([m for m in problems() if "About page that is gone" in m]) == 1
    assert site.html("hello.html").find("a", string="me")["href"] == "/about/"


def test_only_sources_with_a_filename_link_are_read_again(
    site, problems, caplog, monkeypatch
):
    """dead_about_links rereads a source only when Pelican's HTML or metadata
    of it holds a {filename} link: the warnings are those of rereading every
    source, for links in the text, the summary and other metadata, in
    Markdown, reST and HTML, written {filename} or |filename|."""
    from pelican.plugins.realself import about_links

    site.write("realself/robin.yaml", "kind: profile\nname: Robin Example\n")
    gone = "/pages/about.md"
    pages = {
        "body.md": f"Title: Body\nDate: 2026-01-02\n\nSee [me]({{filename}}{gone}).\n",
        "pipes.md": f"Title: Pipes\nDate: 2026-01-02\n\nSee [me](|filename|{gone}).\n",
        "summary.md": "Title: Summary\nDate: 2026-01-02\n"
        f"Summary: About [me]({{filename}}{gone}).\n\nText.\n",
        "other.md": "Title: Other\nDate: 2026-01-02\n"
        f"Bio: {{filename}}{gone}\n\nText.\n",
        "page.rst": "Page\n####\n\n:date: 2026-01-02\n\n"
        f"See `me <{{filename}}{gone}>`_.\n",
        "page.html": "<html><head><title>Html</title>"
        '<meta name="date" content="2026-01-02"></head><body>'
        f'<a href="{{filename}}{gone}">me</a></body></html>\n',
        "comment.md": "Title: Comment\nDate: 2026-01-02\n\n"
        f"<!-- [me]({{filename}}{gone}) -->\nText.\n",
        "alive.md": "Title: Alive\nDate: 2026-01-02\n\n[x]({filename}/plain-1.md)\n",
    }
    for name, text in pages.items():
        site.write(name, text)
    for number in range(5):
        site.write(f"plain-{number}.md", f"Title: P{number}\nDate: 2026-01-02\n\nHi.\n")

    def gone_warnings() -> list[str]:
        caplog.clear()
        site.build()
        return sorted(m for m in problems() if "About page that is gone" in m)

    asked: dict[str, bool] = {}
    may_link = about_links._may_link

    def watched(content) -> bool:
        answer = may_link(content)
        asked[os.path.basename(content.source_path)] = answer
        return answer

    monkeypatch.setattr(about_links, "_may_link", watched)
    ours = gone_warnings()
    assert len(ours) == 7, ours  # every page above but alive.md
    assert {name for name, answer in asked.items() if answer} == set(pages)
    assert len(asked) == len(pages) + 5  # the plain pages were not reread
    monkeypatch.setattr(about_links, "_may_link", lambda content: True)
    assert gone_warnings() == ours
