"""The generator's steps as plain functions, without building a site.

The site-building tests (test_languages, test_collisions, test_menu,
test_translations_and_authors...) cover the same steps end to end; these pin
down the rules each step keeps on its own.
"""

from __future__ import annotations

import copy
from types import SimpleNamespace

from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Author

from pelican.plugins.realself import ledger, our_outputs, translations
from pelican.plugins.realself.authors import link_authors
from pelican.plugins.realself.offer_state import CLOSED, FULL, OPEN, UPCOMING


def page(slug: str, lang: str, here: bool = True) -> SimpleNamespace:
    return SimpleNamespace(slug=slug, lang=lang, writes_here=here, translations=[])


def test_in_lang_prefers_the_version_this_site_writes_in_that_language():
    en, fr, de_elsewhere = page("a", "en"), page("a", "fr"), page("a", "de", False)
    versions = [en, fr, de_elsewhere]
    assert translations.in_lang(versions, "fr") is fr
    # a version another site shows is never picked; the original is the fallback
    assert translations.in_lang(versions, "de") is en
    assert translations.in_lang(versions, "de", default=fr) is fr
    assert translations.in_lang([], "en") is None


def test_a_version_on_another_languages_site_is_linked_from_this_one():
    en, other = page("a", "en"), page("b", "en")
    fr_elsewhere = page("a", "fr", False)
    here, elsewhere = translations.here_and_elsewhere([en, other, fr_elsewhere])
    assert (here, elsewhere) == ([en, other], [fr_elsewhere])
    translations.link_elsewhere(here, elsewhere)
    assert en.translations == [fr_elsewhere]
    assert other.translations == []


def test_originals_and_translations_keep_one_version_per_slug():
    en = SimpleNamespace(slug="a", lang="en", in_default_lang=True, metadata={})
    fr = SimpleNamespace(slug="a", lang="fr", in_default_lang=False, metadata={})
    alone = SimpleNamespace(slug="b", lang="fr", in_default_lang=False, metadata={})
    originals, others = translations.originals_and_translations([fr, alone, en])
    assert originals == [en, alone]
    assert others == [fr]
    assert en.translations == [fr]
    assert alone.translations == []


def test_settled_leaves_out_only_the_write_that_was_skipped():
    profile = object()
    settled = our_outputs.Settled(
        skipped={("give/index.html", "REALSELF_GIVE_SAVE_AS"), ("about/x", id(profile))}
    )
    assert not settled.free("/give//index.html", "REALSELF_GIVE_SAVE_AS")
    assert settled.free("give/index.html", "REALSELF_JSON_SAVE_AS")
    assert not settled.free("about/x", profile)
    assert settled.free("about/x", object())
    assert not settled.free(None, "REALSELF_FEED_ATOM")  # a setting turned off
    assert not settled.free("", "REALSELF_FEED_ATOM")


def test_our_static_files_follow_realself_css():
    assert our_outputs.static_names(True) == ["realself.js", "realself.css"]
    assert our_outputs.static_names(False) == ["realself.js"]


def offer(slug: str, state: str, claimed: int, left: int | None, change=None):
    model = SimpleNamespace(claimed=claimed)
    return SimpleNamespace(
        slug=slug, state=state, model=model, spots_left=left, next_change=change
    )


def test_the_ledger_counts_opened_offers_and_open_spots():
    offers = [
        offer("open", OPEN, 2, 4),
        offer("full", FULL, 5, 0),
        offer("closed", CLOSED, 3, 1),  # a spot left, but closed: not open
        offer("soon", UPCOMING, 0, 6),
    ]
    total = ledger.ledger(offers)
    assert (total.offers_given, total.spots_given, total.spots_open) == (3, 10, 4)
    assert our_outputs.opened(offers) == offers[:3]  # the feed waits for "soon"


def test_the_next_change_is_the_soonest_then_by_slug():
    offers = [
        offer("b", OPEN, 0, 1, 5),
        offer("a", OPEN, 0, 1, 5),
        offer("c", OPEN, 0, 1),
    ]
    when, which = ledger.next_change(offers)
    assert (when, which.slug) == (5, "a")
    assert ledger.next_change([offer("c", OPEN, 0, 1)]) is None


def test_authors_get_the_profile_that_names_them():
    settings = copy.deepcopy(DEFAULT_CONFIG)
    model = SimpleNamespace(name="Sam Rivera", authors=["S. Rivera"])
    profile = SimpleNamespace(model=model)
    listed, byline, stranger = (
        Author("Sam Rivera", settings),
        Author("S. Rivera", settings),
        Author("Someone Else", settings),
    )
    article = SimpleNamespace(authors=[byline, stranger])
    context = {"authors": [(listed, [article])], "articles": [article]}
    link_authors([profile], context, settings)
    assert listed.realself is profile
    assert byline.realself is profile
    assert not hasattr(stranger, "realself")
