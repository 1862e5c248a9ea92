"""What a marker shows: the section (or one-line link) of what it names.

markers.py finds the markers and puts the result in place; this decides the
subject (an offer, the open offers, a profile; the version in the post's
language; one another language's site shows) and renders it once per build.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import host, translations
from .markers import ROOT


class MarkerRenderer:
    """``markers.Renderer`` for one build: (what, slug, post, form) -> HTML."""

    def __init__(
        self,
        realself: Any,  # template_api.RealselfContext: this site's published pages
        elsewhere: dict[tuple[str, str], Any],  # our_outputs.Pages.elsewhere
        get_template: Callable[[str], Any],
        context: dict[str, Any],
        words: Callable[[str], dict[str, Any]],  # lang -> catalogs.page_words
        default_lang: str,
    ):
        self.realself = realself
        self.elsewhere = elsewhere
        self.get_template = get_template
        self.context = context
        self.words = words
        self.default_lang = default_lang
        self._sections: dict[tuple[Any, ...], str] = {}

    def subject(self, what: str, slug: str | None) -> Any:
        """The offer, the open offers or the profile a marker names, or None."""
        if what == "offers":
            return self.realself.open_offers
        if slug is None:
            return None
        if what == "offer":
            found = self.realself.offer(slug)
        else:
            found = self.realself.profile(slug)
        if found is None:  # with i18n_subsites: shown by another site?
            found = self.elsewhere.get((what, slug))
        return found

    def __call__(self, what: str, slug: str | None, content: Any, form: str):
        """A marker's section (form "section") or its one-line link ("link")."""
        subject = self.subject(what, slug)
        if subject is None:
            return None
        # One section can be shown on pages at different depths and in feeds,
        # so it is written against a placeholder root (markers.ROOT, filled in
        # per output file) and the same marker gives the same HTML in every
        # article: render it once per build.
        lang = getattr(content, "lang", None) or self.default_lang
        # A post in French shows the French version of an offer or profile.
        if what == "offers":
            subject = [
                translations.in_lang([*o.translations, o], lang, o) for o in subject
            ]
        else:
            versions = [*subject.translations, subject]
            subject = translations.in_lang(versions, lang, subject)
        key = (what, slug, form, host.page_siteurl(self.context), lang)
        if key not in self._sections:
            name = "realself/marker" if form == "section" else "realself/marker_link"
            self._sections[key] = self.get_template(name).render(
                {
                    **self.context,
                    **self.words(lang),
                    "SITEURL": ROOT,
                    "what": what,
                    "subject": subject,
                }
            )
        return self._sections[key]
