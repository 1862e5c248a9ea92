"""Language codes compared as BCP 47 says, and one site per language.

The second half builds with the real i18n_subsites plugin from PyPI: a
German blog with an English subsite.
"""

from __future__ import annotations

import pytest

from pelican.plugins.realself.languages import key, tag

SAM = "kind: profile\nslug: sam\nprimary: true\nname: Sam Rivera\n"
OFFER = (
    "kind: offer\nslug: calls\nprofile: sam\ntitle: {title}\nspots: 3\n"
    "claim: mailto:sam@example.com\n"
)


@pytest.mark.parametrize(
    "code, shown",
    [
        ("zh-cn", "zh-CN"),
        ("PT_br", "pt-BR"),
        ("sr-latn-rs", "sr-Latn-RS"),
        ("es-419", "es-419"),
    ],
)
def test_codes_are_spelt_the_usual_way(code, shown):
    assert tag(code) == shown
    assert key(code) == key(shown)


def test_the_sites_own_language_in_another_case_is_not_a_translation(site, problems):
    site.write("realself/sam.yaml", SAM + "lang: zh-CN\nheadline: 你好。\n")
    site.write("realself/offers.yaml", OFFER.format(title="免费") + "lang: zh-cn\n")
    site.build(DEFAULT_LANG="zh-CN")
    assert problems() == []
    assert (
        site.html("about/sam/index.html").select_one(".p-note").get_text() == "你好。"
    )
    assert site.exists("about/index.html")
    assert site.exists("give/calls/index.html")
    assert not site.exists("zh-CN") and not site.exists("zh-cn")
    assert site.html("about/index.html").html["lang"] == "zh-CN"


def test_a_slug_used_twice_in_one_language_whatever_its_case(site, problems):
    site.write("realself/a.yaml", SAM + "lang: pt-BR\n")
    site.write("realself/b.yaml", SAM.replace("primary: true\n", "") + "lang: pt-br\n")
    site.build()
    assert any("'sam' is already used by" in p for p in problems())


# ---- i18n_subsites: a German blog with an English subsite ------------------


@pytest.fixture(scope="module")
def subsites(tmp_path_factory):
    from conftest import Site

    site = Site(tmp_path_factory.mktemp("subsites"))
    site.write("realself/sam.yaml", SAM + "headline: Hallo.\n")
    site.write("realself/sam-en.yaml", SAM + "lang: en\nheadline: Hello.\n")
    site.write("realself/sam-fr.yaml", SAM + "lang: fr\nheadline: Bonjour.\n")
    site.write(
        "realself/offers.yaml",
        OFFER.format(title="Drei Gespräche")
        + "---\n"
        + OFFER.format(title="Three calls")
        + "lang: en\n",
    )
    site.build(
        SITEURL="https://sam.example",
        DEFAULT_LANG="de",
        PLUGINS=["pelican.plugins.realself", "pelican.plugins.i18n_subsites"],
        I18N_SUBSITES={"en": {"SITENAME": "Sam in English"}},
    )
    return site


def _headline(site, path):
    return site.html(path).select_one(".p-note").get_text()


def test_each_site_shows_the_documents_in_its_language(subsites):
    assert _headline(subsites, "about/index.html") == "Hallo."
    assert _headline(subsites, "about/sam/index.html") == "Hallo."
    assert _headline(subsites, "en/about/index.html") == "Hello."
    assert _headline(subsites, "en/about/sam/index.html") == "Hello."
    # French has no site of its own: the main site shows it, once.
    assert _headline(subsites, "fr/about/sam/index.html") == "Bonjour."
    assert (
        subsites.html("give/calls/index.html")
        .select_one(".realself-offer-title")
        .get_text()
        == "Drei Gespräche"
    )
    assert (
        subsites.html("en/give/calls/index.html")
        .select_one(".realself-offer-title")
        .get_text()
        == "Three calls"
    )


def test_nothing_is_written_twice(subsites):
    written = {
        p.relative_to(subsites.output).as_posix()
        for p in subsites.output.rglob("index.html")
        if "about" in p.parts or "give" in p.parts
    }
    assert written == {
        "about/index.html",
        "about/sam/index.html",
        "fr/about/sam/index.html",
        "give/index.html",
        "give/calls/index.html",
        "en/about/index.html",
        "en/about/sam/index.html",
        "en/give/index.html",
        "en/give/calls/index.html",
    }


def test_translations_link_to_the_site_that_shows_them(subsites):
    def also_in(path):
        links = subsites.html(path).select(".realself-translations a")
        return {a["hreflang"]: a["href"] for a in links}

    def alternates(path):
        page = subsites.html(path)
        return {
            link["hreflang"]: link["href"]
            for link in page.find_all("link", rel="alternate", hreflang=True)
        }

    assert also_in("about/index.html") == {
        "en": "https://sam.example/en/about/",
        "fr": "https://sam.example/fr/about/sam/",
    }
    assert also_in("en/about/index.html") == {
        "de": "https://sam.example/en/../about/",
        "fr": "https://sam.example/en/../fr/about/sam/",
    }
    every = {
        "de": "https://sam.example/about/",
        "en": "https://sam.example/en/about/",
        "fr": "https://sam.example/fr/about/sam/",
    }
    assert alternates("about/index.html") == every
    assert alternates("en/about/index.html") == every
    offer = subsites.html("en/give/calls/index.html")
    # The English offer is given by the English version of the profile.
    card = offer.select_one(".realself-offered-by a.p-name")
    assert card["href"] == "https://sam.example/en/about/"


# ---- dates in the page's language ------------------------------------------


@pytest.fixture(scope="module")
def french(tmp_path_factory):
    from conftest import Site

    site = Site(tmp_path_factory.mktemp("french"))
    site.write(
        "realself/sam.yaml",
        SAM
        + "now: {updated: 2026-11-10, text: Je range mon atelier.}\n"
        + "---\nkind: note\nprofile: sam\nquote: Merci.\nwho: Léa\n"
        + "date: 2026-03-02\nconsent: true\n",
    )
    site.write(
        "realself/offers.yaml",
        OFFER.format(title="Trois appels")
        + "opens: 2026-11-01\ncloses: 2026-12-05T18:00\n",
    )
    site.build(
        DEFAULT_LANG="fr",
        TIMEZONE="Europe/Paris",
        DATE_FORMATS={"fr": "%A %-d %B %Y"},
    )
    return site


def test_dates_are_written_in_the_pages_language(french):
    card = french.html("give/calls/index.html")
    assert card.select_one(".realself-as-of time").get_text() == (
        "mercredi 25 novembre 2026, 12:00 UTC+1"
    )
    window = card.select_one(".realself-window").get_text()
    assert "dimanche 1 novembre 2026" in window
    assert "samedi 5 décembre 2026, 18:00 UTC+1" in window
    profile = french.html("about/index.html")
    assert profile.select_one(".realself-updated time").get_text() == (
        "mardi 10 novembre 2026"
    )
    assert profile.select_one(".realself-note time").get_text() == "lundi 2 mars 2026"
