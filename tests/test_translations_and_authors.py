"""Profiles in several languages, and profiles that are Pelican authors."""

from __future__ import annotations

SAM = "kind: profile\nslug: sam\nprimary: true\nname: Sam Rivera\n"
EN = SAM + "headline: Hello there.\n"
FR = SAM + "lang: fr\nheadline: Bonjour.\n"


def test_translations_get_their_own_pages_and_link_both_ways(site, problems):
    site.write("realself/sam.yaml", EN)
    site.write("realself/sam-fr.yaml", FR)
    site.build(SITEURL="https://sam.example")
    assert problems() == []
    english = site.html("about/index.html")
    french = site.html("fr/about/sam/index.html")
    assert english.select_one(".p-note").get_text() == "Hello there."
    assert french.select_one(".p-note").get_text() == "Bonjour."
    assert french.html["lang"] == "fr"

    def alternates(page):
        return {
            link["hreflang"]: link["href"]
            for link in page.find_all("link", rel="alternate", hreflang=True)
        }

    both = {
        "en": "https://sam.example/about/",
        "fr": "https://sam.example/fr/about/sam/",
    }
    assert alternates(english) == both
    assert alternates(french) == both
    assert english.select_one('.realself-translations a[hreflang="fr"]')["href"] == (
        "https://sam.example/fr/about/sam/"
    )


def test_default_language_version_is_the_one_at_about(site):
    site.write("realself/a-fr.yaml", FR)  # read first: sorted file names
    site.write("realself/b.yaml", EN)
    site.build()
    assert site.html("about/index.html").select_one(".p-note").get_text() == (
        "Hello there."
    )


ARTICLE = "Title: A post\nDate: 2026-01-01\nAuthor: {author}\n\nHello.\n"


def test_author_pages_and_bylines_reach_the_profile(site, tmp_path):
    site.write(
        "realself/sam.yaml", "kind: profile\nname: Sam Rivera\nauthors: [Sammy]\n"
    )
    site.write("one.md", ARTICLE.format(author="Sam Rivera"))
    site.write("two.md", ARTICLE.replace("A post", "Another").format(author="Sammy"))
    site.write("three.md", ARTICLE.replace("A post", "Third").format(author="Lee"))
    theme = tmp_path / "t" / "templates"
    theme.mkdir(parents=True)
    (theme / "article.html").write_text(
        '{% extends "!simple/article.html" %}{% block content %}{{ super() }}'
        '<p id="who">{% if article.author.realself %}'
        "{{ article.author.realself.name }}|{{ article.author.realself.url }}"
        "{% else %}none{% endif %}</p>{% endblock %}"
    )
    (theme / "author.html").write_text(
        '{% extends "!simple/author.html" %}{% block content %}'
        '<p id="who">{{ author.realself.url if author.realself else "none" }}</p>'
        "{% endblock %}"
    )
    site.build(THEME=str(tmp_path / "t"))
    assert site.html("a-post.html").select_one("#who").get_text() == "Sam Rivera|about/"
    assert (
        site.html("another.html").select_one("#who").get_text() == "Sam Rivera|about/"
    )
    assert site.html("third.html").select_one("#who").get_text() == "none"
    assert site.html("author/sam-rivera.html").select_one("#who").get_text() == "about/"
    assert site.html("author/lee.html").select_one("#who").get_text() == "none"
