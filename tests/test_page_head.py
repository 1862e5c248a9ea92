"""page_head.FinishedPage renders its two blocks and the page in one Jinja
context; these hold it equal to the plain path (the page, then each block alone
in a fresh context), on a theme that writes to the context and on our own
templates in a real build."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import DictLoader, Environment
from markupsafe import Markup

from pelican.plugins.realself import page_head

# A theme whose base.html sets, at its top level, names our blocks also read:
# the page writes them into its context, so a block rendered after the page in
# that same context would say the theme's values instead of ours.
THEME = {
    "base.html": (
        "{% set canonical_url = 'https://theme.example/home/' %}"
        "{% set SITENAME = 'Renamed by the theme' %}"
        "<html><head><title>{% block title %}{{ SITENAME }}{% endblock %}</title>"
        '<link rel="canonical" href="{{ canonical_url }}"></head>'
        "<body>{% block content %}{% endblock %}</body></html>"
    ),
    "parts.html": (
        "{% macro head(url) %}"
        '<link rel="canonical" href="{{ url }}">'
        '<meta name="site" content="{{ SITENAME }}">'
        "{% endmacro %}"
    ),
    "page.html": (
        '{% extends "base.html" %}'
        "{% block title %}{{ name }}{% endblock %}"
        "{% block realself_title %}{% set words = [name, SITENAME] %}"
        "{{ words|join(' · ') }} ({{ self.title() }}){% endblock %}"
        "{% block realself_head %}{% import 'parts.html' as parts with context %}"
        "{{ parts.head(canonical_url) }}{% endblock %}"
        '{% block content %}<p class="realself-x">{{ name }} {{ canonical_url }}</p>'
        "{% endblock %}"
    ),
}


def plain(template, context: dict) -> str:
    """What FinishedPage did before it shared one context: three of them."""
    page = template.render(context)
    head = page_head.render_block(template, "realself_head", context) or ""
    title = page_head.render_block(template, "realself_title", context)
    return page_head.finish(page, head, title)


def test_one_context_renders_what_three_fresh_ones_do():
    template = Environment(loader=DictLoader(THEME)).get_template("page.html")
    context = {
        "name": "Sam",
        "SITENAME": "Sam's workshop",
        "canonical_url": "https://sam.example/about/",
    }
    finished = page_head.FinishedPage(template, set()).render(dict(context))
    assert finished == plain(template, context)
    # ours, not the theme's top-level values (this is what would change if the
    # blocks were rendered after the page in its context)
    assert '<link rel="canonical" href="https://sam.example/about/">' in finished
    assert "theme.example" not in finished.split("<body>")[0]
    assert "<title>Sam · Sam's workshop (Sam)</title>" in finished
    assert '<meta name="site" content="Sam\'s workshop">' in finished
    # the page itself still sees what its theme set
    assert "Sam https://theme.example/home/</p>" in finished


def test_our_pages_equal_the_plain_path_in_a_real_build(site, monkeypatch):
    site.write(
        "realself/sam.yaml",
        """
        kind: profile
        slug: sam
        name: Sam Rivera
        headline: I fix radios.
        story: I fix radios in a shed. [More]({filename}/realself/offer.yaml).
        links:
          - {label: Mastodon, url: "https://example.social/@sam", me: true}
        """,
    )
    site.write(
        "realself/offer.yaml",
        """
        kind: offer
        slug: radio
        profile: sam
        title: One radio fixed free
        summary: Bring a radio.
        you_get: [A working radio]
        spots: 3
        claimed: 1
        opens: 2026-11-01
        claim: "mailto:sam@example.com"
        asks: []
        how_chosen: first come
        """,
    )
    rendered = []
    shared = page_head.FinishedPage.render

    def both(self, context):
        finished = shared(self, context)
        rendered.append((self.template.name, finished, plain(self.template, context)))
        return finished

    monkeypatch.setattr(page_head.FinishedPage, "render", both)
    site.build(SITEURL="https://sam.example", RELATIVE_URLS=True)
    names = {name for name, _, _ in rendered}
    assert names >= {
        "realself/profile.html",
        "realself/offer.html",
        "realself/give.html",
    }
    for name, finished, expected in rendered:
        assert finished == expected, name


class _Item:
    """What the head macros read of a profile or offer and its translations."""

    def __init__(self, lang: str, url: str, translations: list | None = None):
        self.lang, self.url, self.absolute_url = lang, url, url
        self.translations = translations or []


def test_head_macros_read_the_importers_context_when_not_given():
    """Our head and title blocks import macros.html without context and pass
    SITEURL, SITENAME and REALSELF_CSS; a theme importing it with context and
    calling the macros with their first arguments only gets the same text."""
    from jinja2 import FileSystemLoader

    from pelican.plugins.realself import TEMPLATES

    env = Environment(
        loader=FileSystemLoader(TEMPLATES), extensions=["jinja2.ext.i18n"]
    )
    env.install_null_translations(newstyle=True)
    item = _Item("en", "about/sam/", [_Item("pt-PT", "pt-PT/about/sam/")])
    calls = (
        "{{ m.canonical('/about/sam/'%s) }}|{{ m.page_title('Sam Rivera'%s) }}|"
        "{{ m.head(item, '/about/sam/', [('og:title', 'Sam')], '{}'%s) }}|"
        "{{ m.alternates(item%s) }}|{{ m.alternate_href(item%s) }}"
    )
    theirs = '{% import "realself/macros.html" as m with context %}' + calls % (
        ("",) * 5
    )
    ours = '{% import "realself/macros.html" as m %}' + calls % (
        ", SITEURL",
        ", SITENAME",
        ", SITEURL, REALSELF_CSS",
        ", SITEURL",
        ", SITEURL",
    )
    for site in (
        {"SITEURL": "../..", "SITENAME": "Sam's workshop", "REALSELF_CSS": True},
        {
            "SITEURL": "https://sam.example",
            "SITENAME": "Sam Rivera",
            "REALSELF_CSS": False,
        },
    ):
        context = {"item": item, **site}
        expected = env.from_string(theirs).render(context)
        assert env.from_string(ours).render(context) == expected
        # the values came from the page, not from defaults
        assert f'<link rel="canonical" href="{site["SITEURL"]}/about/sam/">' in expected
        assert f'href="{site["SITEURL"]}/pt-PT/about/sam/"' in expected
        assert ("realself.css" in expected) is site["REALSELF_CSS"]
        title = expected.split("|")[1]
        assert title == (
            "Sam Rivera · Sam's workshop"
            if site["SITENAME"] != "Sam Rivera"
            else "Sam Rivera"
        )


# page_title as it was written first: a loop of replace, one mark at a time.
_PAGE_TITLE_BY_LOOP = (
    "{%- set site = sitename|striptags|trim -%}"
    '{%- set ns = namespace(words=" " ~ site ~ " ") -%}'
    '{%- for mark in "\'’,:;|·—–-.!?" -%}'
    '{%- set ns.words = ns.words.replace(mark, " ") -%}{%- endfor -%}'
    '{{ first }}{% if site and (" " ~ (first|striptags) ~ " ") not in ns.words %}'
    " · {{ site }}{% endif %}"
)

_TITLE_TEXT = st.text(alphabet="Sam Rivera'’,:;|·—–-.!?<b>&amp; ", max_size=24)


@functools.cache
def _title_macros() -> tuple:
    """Our page_title and the loop it replaced, each compiled once."""
    from jinja2 import FileSystemLoader

    from pelican.plugins.realself import TEMPLATES

    env = Environment(
        loader=FileSystemLoader(TEMPLATES), extensions=["jinja2.ext.i18n"]
    )
    macros = env.get_template("realself/macros.html").module
    return macros.page_title, env.from_string(_PAGE_TITLE_BY_LOOP)


@settings(max_examples=400, deadline=None)
@given(first=_TITLE_TEXT, sitename=_TITLE_TEXT)
def test_page_title_says_what_the_loop_of_replace_said(first, sitename):
    page_title, plain = _title_macros()
    values = {"first": Markup(first), "sitename": sitename}
    assert page_title(Markup(first), sitename) == plain.render(values)


NAMES = {
    "base.html": (
        "<html><head><title>Site</title></head>"
        "<body>{% block content %}{% endblock %}</body></html>"
    ),
    "names.html": "{% macro who() %}{{ owner|default('nobody') }}{% endmacro %}",
    "page.html": (
        '{% extends "base.html" %}'
        '{% block realself_title %}{% import "names.html" as n %}{{ n.who() }}'
        "{% endblock %}"
        '{% block realself_head %}{% import "names.html" as n %}'
        '<meta name="owner" content="{{ n.who() }}">{% endblock %}'
        '{% block content %}{% import "names.html" as n %}'
        '<p class="realself-owner">{{ n.who() }}</p>{% endblock %}'
    ),
}


@pytest.mark.parametrize("own_globals", [None, {"owner": "Sam"}])
def test_imports_without_context_see_the_pages_own_globals_as_before(own_globals):
    """The page's context leaves out the names of its globals only when they
    are the environment's (the module imported without context is then the
    cached one either way); a page template with globals of its own keeps
    them, so what it imports without context still sees them."""
    env = Environment(loader=DictLoader(NAMES))
    template = env.get_template("page.html", globals=own_globals)
    finished = page_head.FinishedPage(template, set()).render({})
    assert finished == plain(template, {})
    who = "Sam" if own_globals else "nobody"
    assert finished.count(who) == 3
    assert f"<title>{who}</title>" in finished
    shortcut = not page_head._page_context(template, {}).globals_keys
    assert shortcut is (own_globals is None)
