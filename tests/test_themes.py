"""Our page sits inside whatever theme the site already uses."""

from __future__ import annotations

from pathlib import Path

import pelican
import pytest
from bs4 import BeautifulSoup
from jinja2 import StrictUndefined

from conftest import THEME

BUILTIN = Path(pelican.__file__).parent / "themes"
PROFILE = """
kind: profile
name: Robin Example
headline: I fix bikes and write about it.
story: I like *mornings*.
facets: [{label: Dog, text: Pepper}]
links: [{label: Fedi, url: "https://example.social/@robin", me: true}]
reciprocity: {gives: [Free repairs on Sundays], ask: {question: What breaks most?}}
"""


@pytest.mark.parametrize(
    ("theme", "header", "footer"),
    [
        (BUILTIN / "simple", "body > header h1", "body > footer address"),
        (BUILTIN / "notmyidea", "header#banner h1", "footer#contentinfo"),
        (THEME, "header .site-title, header h1, header a", "footer"),
    ],
    ids=["simple", "notmyidea", "realself"],
)
def test_profile_inside_theme(site, theme, header, footer):
    site.write("realself/robin.yaml", PROFILE)
    site.build(THEME=str(theme))
    page = site.html("about/robin/index.html")
    assert page.select_one(header) is not None, "theme header missing"
    assert page.select_one(footer) is not None, "theme footer missing"
    card = page.select_one("article.h-card")
    assert card is not None
    # our content comes after the theme's header and before its footer
    order = [
        tag for tag in page.find_all(True) if tag in (card, page.select_one(footer))
    ]
    assert order[0] is card
    assert page.title.get_text().startswith("Robin Example")
    assert page.find("script", type="application/ld+json") is not None


def test_theme_overrides_our_template(site, tmp_path):
    overrides = tmp_path / "overrides" / "realself"
    overrides.mkdir(parents=True)
    (overrides / "profile.html").write_text(
        '{% extends "base.html" %}{% block content %}'
        '<p id="mine">{{ profile.name }}</p>{% endblock %}'
    )
    site.write("realself/robin.yaml", PROFILE)
    site.build(THEME_TEMPLATES_OVERRIDES=[str(tmp_path / "overrides")])
    page = site.html("about/robin/index.html")
    assert page.select_one("#mine").get_text() == "Robin Example"
    assert page.select_one("article.h-card") is None


MINIMAL = {
    "base.html": '<!doctype html><html lang="{% block html_lang %}en{% endblock %}">'
    "<head>{% block head %}<title>{% block title %}{% endblock %}</title>"
    "{% endblock %}</head><body>{% block content %}{% endblock %}</body></html>",
}
for _name in (
    "index",
    "tags",
    "categories",
    "authors",
    "archives",
    "article",
    "page",
    "category",
    "tag",
    "author",
    "period_archives",
):
    MINIMAL[f"{_name}.html"] = '{% extends "base.html" %}'


def make_theme(folder: Path, templates: dict[str, str]) -> Path:
    """A theme in ``folder``: MINIMAL's templates, with ``templates`` over them."""
    (folder / "templates").mkdir(parents=True)
    (folder / "static").mkdir()
    for name, text in {**MINIMAL, **templates}.items():
        (folder / "templates" / name).write_text(text)
    return folder


def test_our_templates_use_only_defined_variables(site, tmp_path):
    theme = make_theme(tmp_path / "strict-theme", {})
    site.write("realself/robin.yaml", PROFILE)
    site.write("realself/lee.yaml", "kind: profile\nname: Lee\n")
    site.build(
        THEME=str(theme),
        JINJA_ENVIRONMENT={"undefined": StrictUndefined, "extensions": []},
    )
    assert "Free repairs on Sundays" in site.read("about/robin/index.html")
    assert "Lee" in site.read("about/lee/index.html")


BARE = {
    # no head block, no </head> nor <body> tag, no <title>: all optional in HTML
    "base.html": "<!doctype html><html><meta charset=utf-8>"
    '<link rel="canonical" href="/">'
    "<main>{% block content %}{% endblock %}</main></html>",
}


def test_head_markup_and_title_without_head_tags(site, tmp_path, problems):
    theme = make_theme(tmp_path / "bare", BARE)
    site.write("realself/robin.yaml", PROFILE)
    # the site is named after her: her name once, not "Robin Example · Robin..."
    site.build(THEME=str(theme), SITENAME="Robin Example's bikes")
    html = site.read("about/robin/index.html")
    page = BeautifulSoup(html, "html5lib")  # as a browser reads it
    assert [t.get_text() for t in page.find_all("title")] == ["Robin Example"]
    assert page.title.parent is page.head
    assert page.head.find("script", type="application/ld+json") is not None
    assert page.head.find("link", href=lambda h: h.endswith("realself.css"))
    # the theme's canonical link (to the home page) gave way to ours
    canonical = page.find_all("link", rel="canonical")
    assert [c["href"] for c in canonical] == ["/about/"]  # her primary address
    assert page.select_one("main article.h-card") is not None
    assert problems() == []


def test_a_theme_without_a_content_block(site, tmp_path, problems):
    base = (
        "<!doctype html><html><head><title>{{ SITENAME }}</title></head>"
        "<body><header>Frame</header>{% block main %}{% endblock %}</body></html>"
    )
    theme = make_theme(tmp_path / "frame", {"base.html": base})
    site.write("realself/robin.yaml", PROFILE)
    site.write("realself/lee.yaml", "kind: profile\nname: Lee\n")
    site.build(THEME=str(theme))
    page = BeautifulSoup(site.read("about/robin/index.html"), "html5lib")
    assert page.select_one("body > header + article.h-card") is not None
    assert "Lee" in site.read("about/lee/index.html")
    # one warning for the build, not one per page
    said = [m for m in problems() if "block content" in m]
    assert len(said) == 1, problems()


def test_a_theme_whose_content_block_is_in_a_layout(site, tmp_path, problems):
    """jwk-theme's shape: base.html fills no content block itself; the layout
    its page.html extends puts one inside the theme's column. Our pages extend
    that layout, as the theme's own pages do."""
    theme = make_theme(
        tmp_path / "layout",
        {
            "base.html": "<!doctype html><html><head><title>{{ SITENAME }}</title>"
            "</head><body><header>Frame</header>"
            "{% block content_placeholder %}{% endblock %}</body></html>",
            "column.html": '{% extends "base.html" %}{% block content_placeholder %}'
            '<div class="column">{% block content %}{% endblock %}</div>'
            "{% endblock %}",
            "page.html": '{% extends "column.html" %}'
            "{% block content %}{{ page.content }}{% endblock %}",
        },
    )
    site.write("realself/robin.yaml", PROFILE)
    site.build(THEME=str(theme))
    page = BeautifulSoup(site.read("about/robin/index.html"), "html5lib")
    assert page.select_one("body > header + div.column > article.h-card") is not None
    assert page.select("article.h-card") == [page.select_one("div.column > article")]
    assert problems() == []  # nothing to warn about: the theme has a place


@pytest.mark.parametrize(
    "base",
    [
        "<main>{% block content %}{% endblock %}</main>",
        "{% block body %}<div>{% block content %}{% endblock %}</div>{% endblock %}",
        "{% if x %}{% block content %}{% endblock %}{% endif %}",
        "{% block main %}{% endblock %}",
        "{# {% block content %}{% endblock %} #}{% block main %}{% endblock %}",
        "{% raw %}{% block content %}{% endblock %}{% endraw %}",
        "{% block contents %}{% endblock %}",
        "{% block content %}",  # not a template Jinja can read
        None,  # no base.html at all
    ],
)
def test_the_content_block_is_found_in_the_compiled_base_as_in_its_parse(base):
    """theme_parent reads base.html's blocks from the compiled template it
    needs anyway instead of parsing it once more; the answer is the parse's."""
    from jinja2 import DictLoader, Environment

    from pelican.plugins.realself import theme_parent

    environment = Environment(
        loader=DictLoader({} if base is None else {"base.html": base})
    )
    tree = theme_parent._parsed(environment, theme_parent.BASE)
    parsed = None if tree is None else theme_parent._has_content(tree, False)
    assert theme_parent._base_has_content(environment) == parsed
