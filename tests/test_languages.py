"""Language codes compared as BCP 47 says, and one site per language.

The second half builds with the real i18n_subsites plugin from PyPI: a
German blog with an English subsite.
"""

from __future__ import annotations

import re

import pytest

from pelican.plugins.realself.languages import direction, key, tag

from conftest import english_label_words, readable_text

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


# ---- labels in the page's language -----------------------------------------

FRENCH_PROFILE = """
kind: profile
slug: lea
name: Léa Martin
pronouns: elle
pronunciation: lé-A mar-TIN
location: Lyon
headline: Je répare des vélos et j’écris des lettres.
story: J’ai ouvert mon atelier en 2019.
facets:
  - {label: Matins, text: Café noir et radio.}
values: [Dire les choses simplement]
honest: [Je réponds lentement le vendredi.]
not_a_fit_if: [Vous voulez une marque sans personne derrière.]
now: {updated: 2026-11-10, text: Je range mon atelier.}
links:
  - {label: Mastodon, url: "https://exemple.social/@lea", me: true}
reciprocity:
  gives: [Je réponds à chaque message.]
  hopes: [Parlez-en à une amie.]
  ask: {question: De quoi avez-vous besoin ?, url: "mailto:lea@exemple.fr"}
---
kind: note
profile: lea
quote: Elle a pris le temps.
who: Paul, client
date: 2026-03-02
consent: true
reply: Merci Paul.
"""

FRENCH_OFFERS = """
kind: offer
slug: ateliers
profile: lea
title: Trois ateliers gratuits
summary: Trois soirées pour apprendre à régler ses freins.
you_get: [Trois soirées]
spots: 3
claimed: 1
opens: 2026-11-01
closes: 2026-12-05T18:00
claim: "mailto:lea@exemple.fr"
how_chosen: premier arrivé
---
kind: offer
slug: demain
profile: lea
title: Une relecture
spots: 1
opens: 2027-01-10
closes: 2027-02-01
asks: [Un retour honnête]
claim: "mailto:lea@exemple.fr"
---
kind: offer
slug: passe
profile: lea
title: Le guide
opens: 2026-06-01
closes: 2026-08-31
claimed: 40
claim: "mailto:lea@exemple.fr"
---
kind: offer
slug: complet
profile: lea
title: Un café
spots: 2
claimed: 2
opens: 2026-06-01
claim: "mailto:lea@exemple.fr"
"""


@pytest.fixture(scope="module")
def french_site(tmp_path_factory):
    from conftest import Site

    site = Site(tmp_path_factory.mktemp("francais"))
    site.write("realself/lea.yaml", FRENCH_PROFILE)
    site.write("realself/offres.yaml", FRENCH_OFFERS)
    site.write(
        "billet.md",
        "Title: Billet\nDate: 2026-01-01\n\n"
        "[realself:offers]\n\n[realself:profile lea]\n",
    )
    site.build(DEFAULT_LANG="fr", TIMEZONE="Europe/Paris")
    return site


@pytest.mark.parametrize(
    "path",
    [
        "about/index.html",
        "give/index.html",
        "give/ateliers/index.html",
        "give/demain/index.html",
        "give/passe/index.html",
        "give/complet/index.html",
        "billet.html",
    ],
)
def test_a_french_site_shows_no_english_word(french_site, path):
    said = readable_text(french_site.html(path))
    english = english_label_words()
    found = {w for w in re.findall(r"[A-Za-z’']+", said) if w.lower() in english}
    assert not found, f"{path}: {sorted(found)} in {said!r}"
    assert len(said) > 40  # there was something to read


def test_french_labels_and_plurals(french_site):
    give = french_site.html("give/index.html")
    assert give.select_one(".realself-give h1").get_text() == "Ce que j’offre"
    assert give.select_one(".realself-ledger").get_text() == (
        "Jusqu’ici\u00a0: 3 offres données, 43 places prises, 2 encore libres."
    )
    card = french_site.html("give/ateliers/index.html")
    assert card.select_one(".realself-spots").get_text() == (
        "Places libres\u00a0: 2 sur 3"
    )
    assert (
        card.select_one(".realself-claim").get_text().startswith("Réserver une place")
    )
    feed = french_site.html("give/index.html").select_one(
        'link[type="application/atom+xml"]'
    )
    assert feed["title"] == "Nouvelles offres gratuites"
    menu = {a.get_text() for a in give.select("nav a")}
    assert {"À propos", "Offres gratuites"} <= menu


# ---- a theme's own translations keep working -------------------------------


@pytest.fixture(scope="module")
def themed(tmp_path_factory):
    """A German blog with an English subsite whose theme has its own catalog."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    from conftest import Site

    site = Site(tmp_path_factory.mktemp("themed"))
    overrides = site.root / "overrides"
    overrides.mkdir()
    (overrides / "base.html").write_text(
        '<!DOCTYPE html><html lang="{% block html_lang %}{{ DEFAULT_LANG }}'
        '{% endblock %}"><head><title>{% block title %}{{ SITENAME }}{% endblock %}'
        "</title>{% block head %}{% endblock %}</head><body>"
        '<p id="theme">{{ _("Hallo Welt") }}</p>{% block content %}{% endblock %}'
        "</body></html>"
    )
    translations = site.root / "translations" / "en" / "LC_MESSAGES"
    translations.mkdir(parents=True)
    catalog = Catalog(locale="en")
    catalog.add("Hallo Welt", "Hello world")
    with open(translations / "messages.mo", "wb") as handle:
        write_mo(handle, catalog)
    site.write("realself/sam.yaml", SAM + "honest: [Ich bin langsam.]\n")
    site.write("realself/sam-en.yaml", SAM + "lang: en\nhonest: [I am slow.]\n")
    site.build(
        DEFAULT_LANG="de",
        PLUGINS=["pelican.plugins.realself", "pelican.plugins.i18n_subsites"],
        I18N_SUBSITES={"en": {}},
        I18N_GETTEXT_LOCALEDIR=str(site.root / "translations"),
        JINJA_ENVIRONMENT={"extensions": ["jinja2.ext.i18n"]},
        THEME_TEMPLATES_OVERRIDES=[str(overrides)],
    )
    return site


def test_the_themes_catalog_and_ours_both_speak(themed):
    german = themed.html("about/index.html")
    assert german.select_one("#theme").get_text() == "Hallo Welt"
    assert german.select_one("#realself-honest-title").get_text() == (
        "Was ich (noch) nicht gut kann"
    )
    english = themed.html("en/about/index.html")
    assert english.select_one("#theme").get_text() == "Hello world"
    assert english.select_one("#realself-honest-title").get_text() == (
        "What I’m not good at (yet)"
    )


# ---- your own words, per language ------------------------------------------


def test_labels_and_titles_can_be_reworded_per_language(site, problems):
    site.write("realself/sam.yaml", SAM)
    site.write("realself/sam-fr.yaml", SAM + "lang: fr\n")
    site.write(
        "realself/offers.yaml",
        OFFER.format(title="Calls")
        + "---\n"
        + OFFER.format(title="Appels")
        + "lang: fr\nclaimed: 2\n",
    )
    site.build(
        REALSELF_LABELS={
            "en": {"Claim a spot": "Count me in"},
            "FR": {"%(left)s of %(count)s spot left": ["une place", "%(left)s places"]},
        },
        REALSELF_GIVE_TITLE={"en": "Gifts & more"},
    )
    assert problems() == []
    english = site.html("give/calls/index.html")
    assert english.select_one(".realself-claim").get_text().startswith("Count me in")
    french = site.html("fr/give/calls/index.html")
    assert french.select_one(".realself-spots").get_text() == "1 places"
    assert french.select_one(".realself-claim").get_text().startswith("Réserver")
    give = site.html("give/index.html")
    assert give.select_one(".realself-give h1").get_text() == "Gifts & more"
    assert "Gifts &amp; more" in site.read("give/index.html")


def test_a_post_shows_the_version_in_its_language(site):
    site.write("realself/sam.yaml", SAM)
    site.write("realself/sam-fr.yaml", SAM + "lang: fr\nheadline: Bonjour.\n")
    site.write(
        "realself/offers.yaml",
        OFFER.format(title="Calls")
        + "---\n"
        + OFFER.format(title="Appels")
        + "lang: fr\n",
    )
    site.write(
        "billet.md",
        "Title: Billet\nLang: fr\nDate: 2026-01-01\n\n"
        "[realself:offers]\n\n[realself:profile sam]\n",
    )
    site.build()
    post = site.html("billet-fr.html")  # Pelican's ARTICLE_LANG_SAVE_AS
    assert post.select_one(".realself-offer-title").get_text() == "Appels"
    assert post.select_one(".realself-card .p-note").get_text() == "Bonjour."
    assert post.select_one(".realself-giveaway-title").get_text() == (
        "Gratuit, avant toute chose"
    )


def test_a_direction_asked_again_is_what_it_works_out():
    """direction() keeps its answer per code (every card and note asks)."""
    codes = ["en", "EN", "ar", "ar-EG", "he", "fa_IR", "fr", "pt-BR", "zz", "x-klingon"]
    for _ in range(2):
        for code in codes:
            assert direction(code) == direction.__wrapped__(code), code
    assert [direction(c) for c in ("ar", "he", "fr", "zz")] == [
        "rtl",
        "rtl",
        "ltr",
        "ltr",
    ]
