"""``kind: profile``: the person behind the site, in their own words."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import BeforeValidator, Field, StrictBool

from .fields import (
    Day,
    Lang,
    Markdown,
    Model,
    Slug,
    Text,
    Url,
    text_list,
)
from .rules import one_or_many

Status = Literal["published", "hidden", "draft"]


class Photo(Model):
    src: Url
    alt: Text  # required: a photo nobody can hear described is half a photo
    caption: Text | None = None


class Facet(Model):
    """One human detail a sanitized bio leaves out: a habit, a dog, a cause."""

    label: Text
    text: Markdown


class Now(Model):
    updated: Day
    text: Markdown


class Link(Model):
    label: Text
    url: Url
    me: StrictBool = False  # rel="me": this link is also me


class Ask(Model):
    question: Text
    url: Url | None = None


class Reciprocity(Model):
    gives: list[Text] = text_list()
    hopes: list[Text] = text_list()
    ask: Ask | None = None


class Profile(Model):
    # A mistake in one of these leaves the profile out; anywhere else it
    # costs only that field or list item (recover.py).
    essential: ClassVar[frozenset[str]] = frozenset(
        {"kind", "slug", "status", "lang", "name"}
    )
    kind: Literal["profile"]
    slug: Slug | None = None
    primary: StrictBool = False
    status: Status = "published"
    lang: Lang | None = None
    name: Text
    pronouns: Text | None = None
    pronunciation: Text | None = None
    headline: Text | None = None
    photo: Annotated[
        list[Photo], BeforeValidator(one_or_many), Field(max_length=20)
    ] = Field(default_factory=list)
    location: Text | None = None
    story: Markdown | None = None
    facets: list[Facet] = text_list()
    values: list[Text] = text_list()
    honest: list[Text] = text_list()
    not_a_fit_if: list[Text] = text_list()
    now: Now | None = None
    links: list[Link] = text_list()
    reciprocity: Reciprocity | None = None
    # The page this profile replaces (a path in the content folder, as in
    # {filename}/pages/about.md): links to it land on the profile once it is gone.
    replaces: Text | None = None
    # Pelican author names that are this person (the name itself always is).
    authors: list[Text] = text_list(20)
