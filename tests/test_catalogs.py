"""Every message catalog is complete, careful and compiled.

The messages are extracted from the sources here, as ``pybabel extract``
does with babel.cfg, so a label added to a template without a translation
fails this test in every language.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from pelican.plugins.realself import catalogs
from pelican.plugins.realself.catalogs import Labels

from conftest import REPO

LOCALE = Path(catalogs.LOCALE_DIR)
SHIPPED = {"en", "fr", "de", "es", "pt_BR", "pt_PT", "it", "nl", "pl", "ja", "ar"}
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
# The number a plural message is chosen by; a form may say it in words.
COUNTED = {"num", "count"}


def _extracted() -> set[str]:
    method_map = [
        ("src/pelican/plugins/realself/**.py", "python"),
        ("src/pelican/plugins/realself/templates/**.html", "jinja2"),
    ]
    options = {"src/pelican/plugins/realself/templates/**.html": {"trimmed": "true"}}
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
    found = set()
    for _, _, message, _, _ in extract_from_dir(
        str(REPO), method_map, options, keywords=keywords
    ):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


@pytest.fixture(scope="module")
def template() -> dict[str, object]:
    with open(LOCALE / "realself.pot", "rb") as handle:
        pot = read_po(handle)
    return {_id(m.id): m.id for m in pot if m.id}


def _id(msgid) -> str:
    return msgid[0] if isinstance(msgid, (tuple, list)) else msgid


def _text(string):
    return tuple(string) if isinstance(string, (tuple, list)) else string


def test_the_template_holds_every_message_of_the_sources(template):
    assert _extracted() == set(template)


def test_every_language_we_promise_is_shipped():
    assert set(catalogs.languages()) == SHIPPED


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_catalog_is_complete_and_careful(lang, template):
    with open(LOCALE / lang / "LC_MESSAGES" / "realself.po", "rb") as handle:
        catalog = read_po(handle, locale=lang)
    assert not catalog.fuzzy, f"{lang}: the catalog header is marked fuzzy"
    forms = get_plural(lang).num_plurals
    assert catalog.num_plurals == forms
    messages = {_id(m.id): m for m in catalog if m.id}
    assert set(messages) == set(template), f"{lang}: missing or stale messages"
    for key, message in messages.items():
        assert not message.fuzzy, f"{lang}: {key!r} is fuzzy"
        wanted = set(PLACEHOLDER.findall(key))
        if isinstance(message.id, tuple):
            assert isinstance(message.string, tuple)
            assert len(message.string) == forms, f"{lang}: {key!r} plural forms"
            texts = list(message.string)
            plural = set(PLACEHOLDER.findall(message.id[1]))
            assert plural == wanted, f"{key!r}: singular and plural differ"
            for text in texts:
                assert text.strip(), f"{lang}: {key!r} has an empty form"
                got = set(PLACEHOLDER.findall(text))
                # every form names the values; the count may be said in words
                assert wanted - COUNTED <= got <= wanted, f"{lang}: {text!r}"
            assert set(PLACEHOLDER.findall(texts[-1])) == wanted, f"{lang}: {key!r}"
        else:
            texts = [message.string]
            assert message.string.strip(), f"{lang}: {key!r} is not translated"
            got = set(PLACEHOLDER.findall(message.string))
            assert got == wanted, f"{lang}: {message.string!r} placeholders"
        for text in texts:
            # catalog text is printed as markup: no tags, no stray percent
            assert not re.search(r"[<>&]", text), f"{lang}: {text!r}"
            assert "%" not in PLACEHOLDER.sub("", text), f"{lang}: {text!r}"
            if lang != "en":
                assert text != key or key in {"Open"}, f"{lang}: {key!r} untranslated"


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_compiled_catalog_matches_its_source(lang):
    folder = LOCALE / lang / "LC_MESSAGES"
    with open(folder / "realself.po", "rb") as handle:
        source = {_id(m.id): _text(m.string) for m in read_po(handle) if m.id}
    with open(folder / "realself.mo", "rb") as handle:
        compiled = {_id(m.id): _text(m.string) for m in read_mo(handle) if m.id}
    assert compiled == source, f"run: pybabel compile -d {folder.parent.parent}"


@pytest.mark.parametrize(
    "lang, counts",
    [
        ("en", {1: "1 spot taken", 2: "2 spots taken"}),
        ("fr", {0: "0 place prise", 1: "1 place prise", 2: "2 places prises"}),
        (
            "pl",
            {
                1: "1 miejsce zajęte",
                3: "3 miejsca zajęte",
                5: "5 miejsc zajętych",
                12: "12 miejsc zajętych",
                22: "22 miejsca zajęte",
            },
        ),
        (
            "ar",
            {
                0: "لم يُحجز أي مكان",
                1: "حُجز مكان واحد",
                2: "حُجز مكانان",
                5: "حُجزت 5 أماكن",
                11: "حُجز 11 مكانًا",
                100: "حُجز 100 مكان",
            },
        ),
        ("ja", {1: "1枠が利用済み", 7: "7枠が利用済み"}),
    ],
)
def test_plurals_follow_each_languages_rules(lang, counts):
    labels = Labels(lang)
    for n, text in counts.items():
        assert labels.ngettext("%(num)s spot taken", "%(num)s spots taken", n) == text


def test_a_language_without_a_region_gets_its_catalog():
    assert Labels("pt").gettext("Claim a spot") == "Garantir uma vaga"
    assert Labels("pt-PT").gettext("Claim a spot") == "Reservar uma vaga"
    assert Labels("de-AT").gettext("Claim a spot") == "Platz sichern"
    assert Labels("tlh").gettext("Claim a spot") == "Claim a spot"


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_label_asked_again_says_what_a_fresh_lookup_says(lang, template):
    """Labels keeps each message without variables once looked up; asked again
    (and after messages with variables), it says what new Labels say."""
    overrides = {lang: {"Open": "Come in", "Claim a spot": "Take one"}}
    kept = Labels(lang, overrides)
    for _ in range(2):
        for message in template:
            fresh = Labels(lang, overrides)
            assert kept.gettext(message) == fresh.gettext(message)
            assert kept.gettext(message, when="<b>", day="<i>") == fresh.gettext(
                message, when="<b>", day="<i>"
            )
    assert kept.gettext("Open") == "Come in"
    assert "&lt;b&gt;" in kept.gettext("Opens %(when)s", when="<b>")
